# ./pattoo admin for what names things: agents and their translation groups, languages, key and
# agent-program translations (the original pattoo_cli's show, create, set, import, assign).
# Source after scripts/admin.sh; every function runs after admin_login.

admin_translations_usage() {
  cat <<'USAGE'
  agent show                            every agent: idxAgent, program, target, group
  agent assign GROUP IDX_AGENT...       puts agents in a translation group (admins)
  language show                         every language
  language create CODE NAME | set CODE NAME | delete CODE       (admins)
  language choose [CODE]                the language your labels come in (none: the default)
  group show                            translation groups and their agents
  group create NAME | set ID NAME | delete ID                   (admins)
  key-translation show [--group ID] [--language CODE]
  key-translation set KEY TRANSLATION [--units U] [--group ID] [--language CODE]   (admins)
  key-translation delete KEY [--group ID] [--language CODE]                         (admins)
  key-translation import FILE [--group ID]
                                        CSV with the header language,key,translation,units;
                                        a file with a bad line imports nothing (admins)
  agent-translation show [--language CODE]
  agent-translation set PROGRAM TRANSLATION [--language CODE] | delete PROGRAM [--language CODE]
  agent-translation import FILE         CSV with the header language,key,translation (admins)
USAGE
}

# admin_options <command> <allowed options, space separated> [args...]: sets OPT_<name> for
# each --name VALUE and leaves the other arguments in ARGS; an unknown option dies.
admin_options() {
  local command=$1 allowed=" $2 " name
  shift 2
  ARGS=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --*)
        name=${1#--}
        [[ "$allowed" == *" $name "* ]] || die "$command: unknown option $1"
        [ $# -ge 2 ] || die "$command: $1 needs a value"
        printf -v "OPT_${name//-/_}" '%s' "$2"
        shift 2 ;;
      *) ARGS+=("$1"); shift ;;
    esac
  done
}

# admin_number <what> <value>: dies unless value is a whole number.
admin_number() {
  [[ "$2" =~ ^[0-9]+$ ]] || die "$1: expecting a number, found \"$2\""
}

# admin_args <command> <count> <names>: dies unless exactly <count> arguments were given.
admin_args() {
  [ "${#ARGS[@]}" -eq "$2" ] || die "$1: expecting $3"
}

admin_tsv() { jq -r "$1 | @tsv"; }

# A string as JSON, or null when it is empty (an argument left out).
admin_json_or_null() { jq -n --arg v "$1" '$v | if . == "" then null else . end'; }

admin_agent() {
  local action=${1:-}
  shift || true
  case "$action" in
    show | list)
      local after=null page
      while :; do
        page=$(admin_graphql "$ADMIN_TOKEN" \
          'query($a: String) { agents(first: 500, after: $a) { edges { node {
             idxAgent agentProgram agentPolledTarget agentId translationGroup } }
             pageInfo { hasNextPage endCursor } } }' --argjson a "$after")
        jq -r '.agents.edges[].node | [.idxAgent, .agentProgram, .agentPolledTarget, .agentId,
          "group " + (.translationGroup | tostring)] | @tsv' <<<"$page"
        jq -e '.agents.pageInfo.hasNextPage' >/dev/null <<<"$page" || break
        after=$(jq '.agents.pageInfo.endCursor' <<<"$page")
      done ;;
    assign)
      [ $# -ge 2 ] || die "agent assign: expecting GROUP and one or more IDX_AGENT"
      local group=$1
      shift
      [[ "$group" =~ ^[0-9]+$ ]] || die "agent assign: GROUP: expecting a number, found \"$group\""
      local id ids
      for id in "$@"; do
        [[ "$id" =~ ^[0-9]+$ ]] || die "agent assign: IDX_AGENT: expecting a number, found \"$id\""
      done
      ids=$(printf '%s\n' "$@" | jq -sc .)
      admin_graphql "$ADMIN_TOKEN" \
        'mutation($g: BigInteger!, $a: [BigInteger!]!) { assignAgents(group: $g, agents: $a) {
           idxAgent agentProgram agentPolledTarget agentId } }' --argjson g "$group" --argjson a "$ids" \
        | admin_tsv '.assignAgents[] | [.idxAgent, .agentProgram, .agentPolledTarget, .agentId]' ;;
    *) admin_translations_usage >&2; die "admin agent: unknown action \"$action\"" ;;
  esac
}

admin_language() {
  local action=${1:-} lang='code name'
  shift || true
  case "$action" in
    show | list) admin_graphql "$ADMIN_TOKEN" "{ languages { $lang } }" | admin_tsv '.languages[] | [.code, .name]' ;;
    create | set)
      [ $# -eq 2 ] || die "language $action: expecting CODE NAME"
      local m=createLanguage
      [ "$action" = set ] && m=updateLanguage
      admin_graphql "$ADMIN_TOKEN" "mutation(\$c: String!, \$n: String!) { $m(code: \$c, name: \$n) { $lang } }" \
        --arg c "$1" --arg n "$2" | admin_tsv ".$m | [.code, .name]" ;;
    delete)
      [ $# -eq 1 ] || die "language delete: expecting CODE"
      admin_graphql "$ADMIN_TOKEN" 'mutation($c: String!) { deleteLanguage(code: $c) }' --arg c "$1" >/dev/null
      echo "deleted language $1 and its translations" ;;
    choose)
      [ $# -le 1 ] || die "language choose: expecting at most one CODE"
      admin_graphql "$ADMIN_TOKEN" 'mutation($c: String) { chooseLanguage(code: $c) }' --arg c "${1:-}" \
        | jq -r '"your labels come in " + .chooseLanguage' ;;
    *) admin_translations_usage >&2; die "admin language: unknown action \"$action\"" ;;
  esac
}

admin_group() {
  local action=${1:-}
  shift || true
  case "$action" in
    show | list)
      admin_graphql "$ADMIN_TOKEN" '{ translationGroups { id name agents { idxAgent agentId agentPolledTarget } } }' \
        | jq -r '.translationGroups[] | ([.id, .name, "\(.agents | length) agents"] | @tsv),
            (.agents[] | ["", "", .idxAgent, .agentId, .agentPolledTarget] | @tsv)' ;;
    create)
      [ $# -eq 1 ] || die "group create: expecting NAME"
      admin_graphql "$ADMIN_TOKEN" 'mutation($n: String!) { createTranslationGroup(name: $n) { id name } }' \
        --arg n "$1" | admin_tsv '.createTranslationGroup | [.id, .name]' ;;
    set)
      [ $# -eq 2 ] && [[ "$1" =~ ^[0-9]+$ ]] || die "group set: expecting ID NAME"
      admin_graphql "$ADMIN_TOKEN" 'mutation($i: BigInteger!, $n: String!) { updateTranslationGroup(id: $i, name: $n) { id name } }' \
        --argjson i "$1" --arg n "$2" | admin_tsv '.updateTranslationGroup | [.id, .name]' ;;
    delete)
      [ $# -eq 1 ] && [[ "$1" =~ ^[0-9]+$ ]] || die "group delete: expecting ID"
      admin_graphql "$ADMIN_TOKEN" 'mutation($i: BigInteger!) { deleteTranslationGroup(id: $i) }' --argjson i "$1" >/dev/null
      echo "deleted translation group $1; its agents are in group 1 now" ;;
    *) admin_translations_usage >&2; die "admin group: unknown action \"$action\"" ;;
  esac
}

# admin_import_result <mutation>: prints what an import did.
admin_import_result() {
  jq -r ".$1 | \"imported: \(.created) new, \(.updated) changed, \(.unchanged) unchanged\""
}

admin_key_translation() {
  local action=${1:-} OPT_group=1 OPT_language="" OPT_units=""
  shift || true
  local fields='group language key translation units'
  local row='[.group, .language, .key, .translation, .units]'
  case "$action" in
    show | list)
      OPT_group=""
      admin_options "key-translation show" "group language" "$@"
      admin_args "key-translation show" 0 "only --group and --language"
      [[ "$OPT_group" =~ ^[0-9]*$ ]] || die "key-translation show: --group: expecting a number"
      admin_graphql "$ADMIN_TOKEN" 'query($g: BigInteger, $l: String) { keyTranslations(group: $g, language: $l) {
          group language key translation units } }' \
        --argjson g "${OPT_group:-null}" --argjson l "$(admin_json_or_null "$OPT_language")" \
        | admin_tsv ".keyTranslations[] | $row" ;;
    set)
      OPT_language=$(admin_default_language)
      admin_options "key-translation set" "group language units" "$@"
      admin_args "key-translation set" 2 "KEY TRANSLATION"
      admin_number "key-translation set: --group" "$OPT_group"
      admin_graphql "$ADMIN_TOKEN" "mutation(\$g: BigInteger!, \$l: String!, \$k: String!, \$t: String!, \$u: String!) {
          setKeyTranslation(group: \$g, language: \$l, key: \$k, translation: \$t, units: \$u) { $fields } }" \
        --argjson g "$OPT_group" --arg l "$OPT_language" --arg k "${ARGS[0]}" --arg t "${ARGS[1]}" \
        --arg u "$OPT_units" | admin_tsv ".setKeyTranslation | $row" ;;
    delete)
      OPT_language=$(admin_default_language)
      admin_options "key-translation delete" "group language" "$@"
      admin_args "key-translation delete" 1 "KEY"
      admin_number "key-translation delete: --group" "$OPT_group"
      admin_graphql "$ADMIN_TOKEN" 'mutation($g: BigInteger!, $l: String!, $k: String!) {
          deleteKeyTranslation(group: $g, language: $l, key: $k) }' \
        --argjson g "$OPT_group" --arg l "$OPT_language" --arg k "${ARGS[0]}" \
        | jq -r 'if .deleteKeyTranslation then "deleted" else "there was no such translation" end' ;;
    import)
      admin_options "key-translation import" "group" "$@"
      admin_args "key-translation import" 1 "FILE"
      admin_number "key-translation import: --group" "$OPT_group"
      [ -r "${ARGS[0]}" ] || die "key-translation import: cannot read ${ARGS[0]}"
      admin_graphql "$ADMIN_TOKEN" 'mutation($g: BigInteger!, $c: String!) {
          importKeyTranslations(group: $g, csv: $c) { created updated unchanged } }' \
        --argjson g "$OPT_group" --rawfile c "${ARGS[0]}" | admin_import_result importKeyTranslations ;;
    *) admin_translations_usage >&2; die "admin key-translation: unknown action \"$action\"" ;;
  esac
}

admin_agent_translation() {
  local action=${1:-} OPT_language=""
  shift || true
  local row='[.language, .agentProgram, .translation]'
  case "$action" in
    show | list)
      admin_options "agent-translation show" "language" "$@"
      admin_args "agent-translation show" 0 "only --language"
      admin_graphql "$ADMIN_TOKEN" 'query($l: String) { agentTranslations(language: $l) { language agentProgram translation } }' \
        --argjson l "$(admin_json_or_null "$OPT_language")" | admin_tsv ".agentTranslations[] | $row" ;;
    set | delete)
      OPT_language=$(admin_default_language)
      admin_options "agent-translation $action" "language" "$@"
      if [ "$action" = set ]; then
        admin_args "agent-translation set" 2 "PROGRAM TRANSLATION"
        admin_graphql "$ADMIN_TOKEN" 'mutation($l: String!, $p: String!, $t: String!) {
            setAgentTranslation(language: $l, agentProgram: $p, translation: $t) { language agentProgram translation } }' \
          --arg l "$OPT_language" --arg p "${ARGS[0]}" --arg t "${ARGS[1]}" | admin_tsv ".setAgentTranslation | $row"
      else
        admin_args "agent-translation delete" 1 "PROGRAM"
        admin_graphql "$ADMIN_TOKEN" 'mutation($l: String!, $p: String!) { deleteAgentTranslation(language: $l, agentProgram: $p) }' \
          --arg l "$OPT_language" --arg p "${ARGS[0]}" \
          | jq -r 'if .deleteAgentTranslation then "deleted" else "there was no such translation" end'
      fi ;;
    import)
      [ $# -eq 1 ] || die "agent-translation import: expecting FILE"
      [ -r "$1" ] || die "agent-translation import: cannot read $1"
      admin_graphql "$ADMIN_TOKEN" 'mutation($c: String!) { importAgentTranslations(csv: $c) { created updated unchanged } }' \
        --rawfile c "$1" | admin_import_result importAgentTranslations ;;
    *) admin_translations_usage >&2; die "admin agent-translation: unknown action \"$action\"" ;;
  esac
}

# The language a translation is set in when --language is not given: the caller's own.
admin_default_language() {
  admin_graphql "$ADMIN_TOKEN" '{ myLanguage }' | jq -r '.myLanguage'
}

# ./pattoo admin: an operator's first steps through the GraphQL API (users, agent tokens, API
# tokens). Source after scripts/common.sh. Credentials come from PATTOO_USERNAME and
# PATTOO_PASSWORD, or are asked for on the terminal; they are sent only in a login request body.

admin_usage() {
  cat <<'USAGE'
Usage: ./pattoo admin <object> <action> [arguments]

  user list                             every user (admins)
  user show                             the user you log in as
  user create NAME [--full-name TEXT] [--role admin|user] [--no-expire]
                                        asks for the new user's password twice (or reads
                                        PATTOO_NEW_PASSWORD); it is expired unless --no-expire
  user set NAME [--full-name TEXT] [--role admin|user] [--enable|--disable] [--expire]
  user reset-password NAME [--no-expire]
                                        an admin sets NAME's password (asked for, or
                                        PATTOO_NEW_PASSWORD); NAME's sessions end
  user passwd                           change your own password (PATTOO_NEW_PASSWORD or asked)
  token list | create NAME | revoke ID  agent tokens (admins); the secret is printed once
  api-token list | create NAME | revoke ID
                                        your read-only API tokens; the secret is printed once
USAGE
  admin_translations_usage
  admin_charts_usage
  cat <<'USAGE'

Each object's actions and options: ./pattoo admin <object> --help

Environment:
  PATTOO_URL       server base URL (default http://localhost:<up's HTTP port>/pattoo)
  PATTOO_USERNAME  who to log in as (asked for when unset)
  PATTOO_PASSWORD  their password (asked for when unset; never pass it as an argument)
USAGE
}

# admin_object_usage <object>: the usage lines of one object, continuation lines included.
admin_object_usage() {
  echo "Usage: ./pattoo admin $1 <action> [arguments]"
  echo
  admin_usage | awk -v o="  $1 " '/^  [^ ]/ { keep = index($0, o) == 1 } /^[^ ]/ || /^$/ { keep = 0 } keep'
}

# admin_graphql <authorization or ""> <query> [jq args building the variables object...]
# Prints the answer's data; dies with the first error message.
admin_graphql() {
  local auth=$1 query=$2 body answer status
  shift 2
  body=$(jq -cn --arg __query "$query" "$@" \
    '{query: $__query, variables: ($ARGS.named | del(.__query))}')
  local headers=(-H 'Content-Type: application/json')
  [ -n "$auth" ] && headers+=(-H "Authorization: Bearer $auth")
  answer=$(curl -sS --max-time 60 -w '\n%{http_code}' "${headers[@]}" --data-binary @- \
    "$ADMIN_URL/api/v1/web/graphql" <<<"$body") || die "no answer from $ADMIN_URL"
  status=${answer##*$'\n'}
  answer=${answer%$'\n'*}
  if ! jq -e . >/dev/null 2>&1 <<<"$answer"; then
    die "HTTP $status from $ADMIN_URL: not a GraphQL answer (is the URL right?)"
  fi
  if jq -e '.errors | length > 0' >/dev/null <<<"$answer"; then
    die "$(jq -r '.errors[0].message' <<<"$answer")"
  fi
  jq -c '.data' <<<"$answer"
}

# Reads a secret from the terminal without echo.
admin_ask_secret() {
  local prompt=$1 value
  [ -t 0 ] || [ -r /dev/tty ] || die "$prompt: no terminal to ask on; set it in the environment"
  read -r -s -p "$prompt: " value </dev/tty
  echo >&2
  printf '%s' "$value"
}

admin_new_password() {
  if [ -n "${PATTOO_NEW_PASSWORD:-}" ]; then
    printf '%s' "$PATTOO_NEW_PASSWORD"
    return
  fi
  local first second
  first=$(admin_ask_secret "new password") || exit 1
  second=$(admin_ask_secret "new password again") || exit 1
  [ "$first" = "$second" ] || die "the passwords differ"
  printf '%s' "$first"
}

admin_login() {
  local user=${PATTOO_USERNAME:-} password=${PATTOO_PASSWORD:-}
  if [ -z "$user" ]; then
    [ -r /dev/tty ] || die "PATTOO_USERNAME is not set and there is no terminal to ask on"
    read -r -p "username: " user </dev/tty
  fi
  [ -n "$password" ] || password=$(admin_ask_secret "password for $user") || exit 1
  ADMIN_TOKEN=$(admin_graphql "" \
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken passwordExpired } }' \
    --arg u "$user" --arg p "$password" | jq -r '.login.accessToken') || exit 1
  trap admin_logout EXIT
}

admin_logout() {
  [ -n "${ADMIN_TOKEN:-}" ] && admin_graphql "$ADMIN_TOKEN" 'mutation { logout }' >/dev/null 2>&1
  ADMIN_TOKEN=""
}

admin_role() {
  case "$1" in
    admin | ADMIN) echo ADMIN ;;
    user | USER) echo USER ;;
    *) die "--role: expecting admin or user, found \"$1\"" ;;
  esac
}

USER_FIELDS='username fullName role enabled passwordExpired'

admin_print_users() {
  jq -r '(if type == "array" then . else [.] end)[] |
    [.username, .role, (if .enabled then "enabled" else "disabled" end),
     (if .passwordExpired then "password expired" else "" end), .fullName] | @tsv'
}

admin_user() {
  local action=${1:-} name=${2:-}
  case "$action" in
    list)
      admin_graphql "$ADMIN_TOKEN" "{ users { $USER_FIELDS } }" | jq '.users' | admin_print_users ;;
    show)
      admin_graphql "$ADMIN_TOKEN" "{ me { $USER_FIELDS } }" | jq '.me' | admin_print_users ;;
    create)
      [ -n "$name" ] || die "user create: NAME is required"
      shift 2
      local full="" role=USER expire=true
      while [ $# -gt 0 ]; do
        case "$1" in
          --full-name) full=$2; shift 2 ;;
          --role) role=$(admin_role "$2"); shift 2 ;;
          --no-expire) expire=false; shift ;;
          *) die "user create: unknown option $1" ;;
        esac
      done
      local password
      password=$(admin_new_password) || exit 1
      admin_graphql "$ADMIN_TOKEN" \
        "mutation(\$u: String!, \$f: String!, \$r: Role!, \$p: String!, \$e: Boolean!) {
           createUser(username: \$u, fullName: \$f, role: \$r, password: \$p, passwordExpired: \$e) { $USER_FIELDS } }" \
        --arg u "$name" --arg f "$full" --arg r "$role" --arg p "$password" \
        --argjson e "$expire" | jq '.createUser' | admin_print_users ;;
    set)
      [ -n "$name" ] || die "user set: NAME is required"
      shift 2
      local args=(--arg u "$name") params='$u: String!' fields='username: $u'
      while [ $# -gt 0 ]; do
        case "$1" in
          --full-name) args+=(--arg f "$2"); params+=', $f: String'; fields+=', fullName: $f'; shift 2 ;;
          --role) args+=(--arg r "$(admin_role "$2")"); params+=', $r: Role'; fields+=', role: $r'; shift 2 ;;
          --enable | --disable)
            args+=(--argjson en "$([ "$1" = --enable ] && echo true || echo false)")
            params+=', $en: Boolean'; fields+=', enabled: $en'; shift ;;
          --expire) args+=(--argjson x true); params+=', $x: Boolean'; fields+=', passwordExpired: $x'; shift ;;
          *) die "user set: unknown option $1" ;;
        esac
      done
      admin_graphql "$ADMIN_TOKEN" "mutation($params) { updateUser($fields) { $USER_FIELDS } }" \
        "${args[@]}" | jq '.updateUser' | admin_print_users ;;
    reset-password)
      [ -n "$name" ] || die "user reset-password: NAME is required"
      local expire=true
      [ "${3:-}" = --no-expire ] && expire=false
      local password
      password=$(admin_new_password) || exit 1
      admin_graphql "$ADMIN_TOKEN" \
        "mutation(\$u: String!, \$p: String!, \$e: Boolean!) {
           resetPassword(username: \$u, password: \$p, passwordExpired: \$e) { $USER_FIELDS } }" \
        --arg u "$name" --arg p "$password" --argjson e "$expire" \
        | jq '.resetPassword' | admin_print_users ;;
    passwd)
      local current=${PATTOO_PASSWORD:-} password
      [ -n "$current" ] || current=$(admin_ask_secret "current password") || exit 1
      password=$(admin_new_password) || exit 1
      admin_graphql "$ADMIN_TOKEN" \
        "mutation(\$c: String!, \$n: String!) { changePassword(currentPassword: \$c, newPassword: \$n) { $USER_FIELDS } }" \
        --arg c "$current" --arg n "$password" | jq '.changePassword' | admin_print_users ;;
    *) admin_usage >&2; die "admin user: unknown action \"$action\"" ;;
  esac
}

# admin_tokens <agent|api> <action> [NAME|ID]
admin_tokens() {
  local kind=$1 action=${2:-} arg=${3:-} list create revoke fields
  if [ "$kind" = agent ]; then
    list=agentTokens create=createAgentToken revoke=revokeAgentToken fields='id name createdBy createdAt revokedAt'
  else
    list=apiTokens create=createApiToken revoke=revokeApiToken fields='id name owner createdAt revokedAt'
  fi
  local table='(if type == "array" then . else [.] end)[] |
    [.id, .name, (.createdBy // .owner), (.createdAt / 1000 | todate),
     (if .revokedAt then "revoked " + (.revokedAt / 1000 | todate) else "active" end)] | @tsv'
  case "$action" in
    list) admin_graphql "$ADMIN_TOKEN" "{ $list { $fields } }" | jq -r ".$list | $table" ;;
    create)
      [ -n "$arg" ] || die "$kind token create: NAME is required"
      local made
      made=$(admin_graphql "$ADMIN_TOKEN" \
        "mutation(\$n: String!) { $create(name: \$n) { token { $fields } secret } }" --arg n "$arg")
      jq -r ".$create.token | $table" <<<"$made"
      echo "secret (shown once, give it to the $([ "$kind" = agent ] && echo agent || echo script)):"
      jq -r ".$create.secret" <<<"$made" ;;
    revoke)
      [[ "$arg" =~ ^[0-9]+$ ]] || die "$kind token revoke: expecting a numeric ID, found \"$arg\""
      admin_graphql "$ADMIN_TOKEN" "mutation { $revoke(id: $arg) { $fields } }" \
        | jq -r ".$revoke | $table" ;;
    *) admin_usage >&2; die "admin $kind-token: unknown action \"$action\"" ;;
  esac
}

cmd_admin() {
  case "${1:-}" in
    "" | -h | --help | help) admin_usage; return 0 ;;
  esac
  command -v jq >/dev/null || apt_ensure jq
  command -v curl >/dev/null || apt_ensure curl
  ADMIN_URL=${PATTOO_URL:-http://localhost:$(SERVER=$(remembered_server) && server_http_port 2>/dev/null || echo 8080)/pattoo}
  ADMIN_URL=${ADMIN_URL%/}
  local object=$1
  shift
  case "$object" in
    user | token | api-token | agent | language | group | key-translation | agent-translation | chart | favorite) ;;
    *) admin_usage >&2; die "admin: unknown object \"$object\"" ;;
  esac
  case "${1:-}" in
    -h | --help | help) admin_object_usage "$object"; return 0 ;;
  esac
  admin_login
  case "$object" in
    user) admin_user "$@" ;;
    token) admin_tokens agent "$@" ;;
    api-token) admin_tokens api "$@" ;;
    agent) admin_agent "$@" ;;
    language) admin_language "$@" ;;
    group) admin_group "$@" ;;
    key-translation) admin_key_translation "$@" ;;
    agent-translation) admin_agent_translation "$@" ;;
    chart) admin_chart "$@" ;;
    favorite) admin_favorite "$@" ;;
  esac
}

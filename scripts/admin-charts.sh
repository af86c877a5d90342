# ./pattoo admin for charts (named, ordered sets of datapoints) and your favorite charts.
# Source after scripts/admin-translations.sh; every function runs after admin_login.

admin_charts_usage() {
  cat <<'USAGE'
  chart show [--mine]                   every chart (or yours): id, name, owner, datapoints
  chart create NAME IDX_DATAPOINT...    a chart of these datapoints, in this order; yours
  chart set ID [--name NAME] [--datapoints IDX,IDX,...]
                                        (its owner or an admin)
  chart delete ID                       (its owner or an admin)
  favorite show                         your favorite charts, in order
  favorite add CHART | remove CHART     at the end of your list, or out of it
  favorite set CHART...                 your favorites become these, in this order
USAGE
}

CHART_ROW='[.id, .name, .owner, (.datapointIds | map(tostring) | join(","))]'

# admin_ids <what> <ids...>: the ids as a JSON array; dies on one that is not a number.
admin_ids() {
  local what=$1 id
  shift
  for id in "$@"; do
    admin_number "$what" "$id"
  done
  printf '%s\n' "$@" | jq -sc .
}

admin_chart() {
  local action=${1:-} OPT_name="" OPT_datapoints=""
  shift || true
  local fields='id name owner datapointIds'
  case "$action" in
    show | list)
      local mine=false
      case "${1:-}" in
        --mine) mine=true ;;
        "") ;;
        *) die "chart show: expecting nothing or --mine, found $1" ;;
      esac
      admin_graphql "$ADMIN_TOKEN" "query(\$m: Boolean!) { charts(mine: \$m) { $fields } }" \
        --argjson m "$mine" | admin_tsv ".charts[] | $CHART_ROW" ;;
    create)
      [ $# -ge 1 ] || die "chart create: expecting NAME and the datapoints' IDX_DATAPOINT"
      local name=$1
      shift
      admin_graphql "$ADMIN_TOKEN" "mutation(\$n: String!, \$d: [BigInteger!]!) {
          createChart(name: \$n, datapointIds: \$d) { $fields } }" \
        --arg n "$name" --argjson d "$(admin_ids "chart create: IDX_DATAPOINT" "$@")" \
        | admin_tsv ".createChart | $CHART_ROW" ;;
    set)
      admin_options "chart set" "name datapoints" "$@"
      admin_args "chart set" 1 "ID [--name NAME] [--datapoints IDX,IDX,...]"
      admin_number "chart set: ID" "${ARGS[0]}"
      local d=null
      if [ -n "$OPT_datapoints" ]; then
        local list
        IFS=, read -r -a list <<<"$OPT_datapoints"
        d=$(admin_ids "chart set: --datapoints" "${list[@]}")
      fi
      admin_graphql "$ADMIN_TOKEN" "mutation(\$i: BigInteger!, \$n: String, \$d: [BigInteger!]) {
          updateChart(id: \$i, name: \$n, datapointIds: \$d) { $fields } }" \
        --argjson i "${ARGS[0]}" --argjson n "$(admin_json_or_null "$OPT_name")" --argjson d "$d" \
        | admin_tsv ".updateChart | $CHART_ROW" ;;
    delete)
      [ $# -eq 1 ] || die "chart delete: expecting ID"
      admin_number "chart delete: ID" "$1"
      admin_graphql "$ADMIN_TOKEN" 'mutation($i: BigInteger!) { deleteChart(id: $i) }' --argjson i "$1" >/dev/null
      echo "deleted chart $1" ;;
    *) admin_charts_usage >&2; die "admin chart: unknown action \"$action\"" ;;
  esac
}

admin_favorite() {
  local action=${1:-}
  shift || true
  local fields='id name owner datapointIds' answer
  case "$action" in
    show | list) answer=$(admin_graphql "$ADMIN_TOKEN" "{ favorites { $fields } }") ;;
    add | remove)
      [ $# -eq 1 ] || die "favorite $action: expecting CHART"
      admin_number "favorite $action: CHART" "$1"
      answer=$(admin_graphql "$ADMIN_TOKEN" "mutation(\$c: BigInteger!) { ${action}Favorite(chartId: \$c) { $fields } }" \
        --argjson c "$1") ;;
    set)
      answer=$(admin_graphql "$ADMIN_TOKEN" "mutation(\$c: [BigInteger!]!) { setFavorites(chartIds: \$c) { $fields } }" \
        --argjson c "$(admin_ids "favorite set: CHART" "$@")") ;;
    *) admin_charts_usage >&2; die "admin favorite: unknown action \"$action\"" ;;
  esac
  admin_tsv ".[][] | $CHART_ROW" <<<"$answer"
}

#!/bin/bash
# Hot-day layouts in PostgreSQL alone (docs/performance.md, "The hot path"): how fast a day of
# samples goes in, and how fast one and 100 series' day comes back, for
#   btree  today's partition: one row per sample, unique B-tree on (series_id, ts)
#   brin   one row per sample, BRIN on (series_id minmax-multi, ts) only
#   fold   one row per sample into an unindexed table, folded every 288 rounds (48 min at 10 s)
#          into one row per series holding arrays, B-tree on (series_id, first_ts)
# The day: 1,000 series x 8,640 rounds at 10 s, each round one sample per series in series
# order, as agents post. Usage: bench/pg/hot-layouts.sh [port] (a local cluster; superuser via
# the postgres OS user). Creates and drops the database pattoo_layouts.
set -euo pipefail
port=${1:-5432}
psql_() { runuser -u postgres -- psql -qAt -p "$port" "$@"; }
data=$(mktemp -d)
trap 'rm -rf "$data"; psql_ -c "DROP DATABASE IF EXISTS pattoo_layouts" >/dev/null 2>&1' EXIT
chmod 755 "$data"
python3 -c "
import sys
w = sys.stdout.write
for r in range(8640):
    for s in range(1000):
        w(f'{s + 1000},{1700000000000 + r * 10000},{(s * 7 + r) % 100 / 10}\n')
" >"$data/day.csv"
split -l 288000 "$data/day.csv" "$data/fold."
chmod 644 "$data"/*
psql_ -c "DROP DATABASE IF EXISTS pattoo_layouts" -c "CREATE DATABASE pattoo_layouts" 2>/dev/null
db() { psql_ -d pattoo_layouts "$@"; }
now() { date +%s.%N; }
rate() { python3 -c "print(f'{8_640_000 / ($1):,.0f}')"; }

# best of three, in ms
timed() {
  for _ in 1 2 3; do db -c "EXPLAIN (ANALYZE) $1" | sed -n 's/Execution Time: \(.*\) ms/\1/p'; done \
    | sort -n | head -1
}
one_series="series_id = 1517"
hundred="series_id = ANY(ARRAY(SELECT generate_series(1500, 1599)::bigint))"

for layout in btree brin fold; do
  db -c "DROP TABLE IF EXISTS t, inbox" \
    -c "CREATE TABLE t (series_id bigint, ts bigint, value double precision, counter numeric)"
  case $layout in
    btree) db -c "CREATE UNIQUE INDEX ON t (series_id, ts)" ;;
    brin) db -c "CREATE INDEX t_brin ON t USING brin (series_id int8_minmax_multi_ops, ts)
                 WITH (pages_per_range = 1)" ;;
    fold) db -c "DROP TABLE t" \
      -c "CREATE TABLE inbox (series_id bigint, ts bigint, value double precision, counter numeric)" \
      -c "CREATE TABLE t (series_id bigint, first_ts bigint, last_ts bigint, ts bigint[],
          vals double precision[])" -c "CREATE INDEX ON t (series_id, first_ts)" ;;
  esac
  if [ "$layout" = fold ]; then
    copy=0 fold=0
    for f in "$data"/fold.*; do
      s=$(now); db -c "\\copy inbox (series_id, ts, value) from '$f' csv"; m=$(now)
      db -c "BEGIN" -c "INSERT INTO t SELECT series_id, min(ts), max(ts), array_agg(ts ORDER BY ts),
             array_agg(value ORDER BY ts) FROM inbox GROUP BY series_id" -c "TRUNCATE inbox" -c "COMMIT"
      e=$(now)
      copy=$(python3 -c "print($copy + $m - $s)") fold=$(python3 -c "print($fold + $e - $m)")
    done
    echo "fold: COPY $(rate "$copy") rows/s, fold $(rate "$fold") rows/s, both $(rate "$copy + $fold") rows/s"
    select="SELECT h.series_id, u.t, u.v FROM t h, unnest(h.ts, h.vals) u(t, v) WHERE"
    order="ORDER BY h.series_id, h.first_ts"
  else
    s=$(now); db -c "\\copy t (series_id, ts, value) from '$data/day.csv' csv"; e=$(now)
    [ "$layout" = brin ] && db -c "SELECT brin_summarize_new_values('t_brin')" >/dev/null
    echo "$layout: COPY $(rate "$e - $s") rows/s"
    select="SELECT series_id, ts, value FROM t WHERE"
    order="ORDER BY series_id, ts"
  fi
  db -c "VACUUM ANALYZE t"
  echo "  size $(db -c "SELECT pg_size_pretty(pg_total_relation_size('t'))");" \
    "1 series x 24 h $(timed "$select $one_series $order") ms;" \
    "100 series x 24 h $(timed "$select $hundred $order") ms"
done

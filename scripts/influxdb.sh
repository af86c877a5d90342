# InfluxDB 1.x as the peer of `./pattoo bench ingest --compare influxdb`: Debian's `influxdb`
# package, but never its service. We run our own influxd on loopback, with a generated config and
# empty data, meta and wal folders under .run/influxdb/, and stop it by its pid when done.
# Source after common.sh; RUN_DIR must be set.

INFLUX_PORT=18086      # its HTTP API, on 127.0.0.1 only
INFLUX_RPC_PORT=18088  # its backup/restore RPC listener, on 127.0.0.1 only
INFLUX_DB=pattoo_bench # the database the benchmark writes to

influx_dir() { printf '%s\n' "$RUN_DIR/influxdb"; }
influx_url() { printf 'http://127.0.0.1:%s\n' "$INFLUX_PORT"; }

# Installs Debian's influxdb when influxd is missing. Its package starts its own service where
# policy allows (port 8086, /var/lib/influxdb): we never use it, and say so rather than stop it.
influx_ensure_installed() {
  command -v influxd >/dev/null || apt_ensure influxdb
  command -v influxd >/dev/null || die "influxd not found after installing Debian's influxdb"
  if command -v systemctl >/dev/null && systemctl is-active --quiet influxdb 2>/dev/null; then
    warn "Debian's influxdb service runs too (port 8086); the benchmark uses its own influxd," \
      "not that one (systemctl disable --now influxdb if you do not need it)"
  fi
}

# influx_config <dir>: the config influxd runs with. Every listener on loopback or off; the
# cold-write durations are short so that, once the writes stop, the cache goes from the WAL into a
# TSM file within seconds and the shard is fully compacted within a minute, which is the state the
# benchmark measures bytes per sample in (writes themselves are unaffected: they are never cold).
influx_config() {
  local dir=$1
  cat <<CONFIG
reporting-disabled = true
bind-address = "127.0.0.1:$INFLUX_RPC_PORT"

[meta]
  dir = "$dir/meta"

[data]
  dir = "$dir/data"
  wal-dir = "$dir/wal"
  query-log-enabled = false
  cache-snapshot-write-cold-duration = "5s"
  compact-full-write-cold-duration = "30s"

[monitor]
  store-enabled = false

[http]
  enabled = true
  bind-address = "127.0.0.1:$INFLUX_PORT"
  auth-enabled = false
  log-enabled = false

[continuous_queries]
  enabled = false

[logging]
  level = "warn"
CONFIG
}

influx_pid_file() { printf '%s\n' "$(influx_dir)/influxd.pid"; }

influx_running() {
  local pid_file
  pid_file=$(influx_pid_file)
  [ -s "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null
}

influx_ping() { curl -fsS -o /dev/null "$(influx_url)/ping"; }

# influx_start: a fresh influxd (its folders emptied first, so the storage figure is the
# benchmark's alone) answering on 127.0.0.1:$INFLUX_PORT, with the database created.
influx_start() {
  local dir
  dir=$(influx_dir)
  influx_ensure_installed
  influx_running && die "an influxd started by an earlier benchmark still runs (pid" \
    "$(cat "$(influx_pid_file)")); stop it first"
  if curl -sS -o /dev/null "$(influx_url)/ping" 2>/dev/null; then
    die "something already answers on 127.0.0.1:$INFLUX_PORT; InfluxDB's port must be free"
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  influx_config "$dir" >"$dir/influxdb.conf"
  say "starting InfluxDB $(influxd version 2>/dev/null | awk '{print $2}') on $(influx_url)" \
    "(data in $dir, log $dir/influxd.log)"
  influxd -config "$dir/influxdb.conf" >"$dir/influxd.log" 2>&1 &
  echo $! >"$(influx_pid_file)"
  if ! wait_until 60 "InfluxDB answers /ping" influx_ping; then
    influx_stop
    die "InfluxDB did not answer $(influx_url)/ping within 60 s (see $dir/influxd.log)"
  fi
  curl -fsS -o /dev/null -XPOST "$(influx_url)/query" --data-urlencode "q=CREATE DATABASE $INFLUX_DB" \
    || { influx_stop; die "could not create InfluxDB database $INFLUX_DB (see $dir/influxd.log)"; }
}

# influx_stop: stops the influxd influx_start started, by its pid; SIGKILL after 30 s. Its data
# stays in .run/influxdb until the next start, to look at.
influx_stop() {
  local pid_file pid i
  pid_file=$(influx_pid_file)
  influx_running || { rm -f "$pid_file"; return 0; }
  pid=$(cat "$pid_file")
  say "stopping InfluxDB (pid $pid)"
  kill "$pid" 2>/dev/null || true
  for ((i = 0; i < 30; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
  rm -f "$pid_file"
}

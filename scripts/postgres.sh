# PostgreSQL provisioning for ./pattoo: a local Debian cluster, a role and a database, idempotent.
# Source after common.sh.

# Installs Debian's postgresql when its cluster tools are missing.
pg_ensure_installed() {
  command -v pg_ctlcluster >/dev/null && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 \
    || apt_ensure postgresql
}

# The newest installed major version.
pg_version() {
  ls /usr/lib/postgresql | sort -n | tail -n 1
}

# pg_cluster_port <cluster>: the port of a cluster of the newest version, empty when it does not exist.
pg_cluster_port() {
  pg_lsclusters -h 2>/dev/null | awk -v v="$(pg_version)" -v c="$1" '$1 == v && $2 == c {print $3}'
}

pg_cluster_online() {
  pg_lsclusters -h 2>/dev/null | awk -v v="$(pg_version)" -v c="$1" '$1 == v && $2 == c {print $4}' \
    | grep -q online
}

# pg_cluster_ensure <cluster> <port>: creates the cluster if missing, starts it if stopped.
# Prints "started" when this call started it, so `down` can stop only what `up` started.
pg_cluster_ensure() {
  local cluster=$1 port=$2 v
  v=$(pg_version)
  if [ -z "$(pg_cluster_port "$cluster")" ]; then
    say "creating PostgreSQL $v cluster '$cluster' on port $port" >&2
    as_root pg_createcluster "$v" "$cluster" -p "$port" >/dev/null
  fi
  if ! pg_cluster_online "$cluster"; then
    say "starting PostgreSQL $v cluster '$cluster'" >&2
    as_root pg_ctlcluster "$v" "$cluster" start
    echo started
  fi
}

# pg_psql <cluster-port> <sql>: runs SQL as the postgres superuser over the local socket.
pg_psql() {
  (cd / && as_root runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$1" -d postgres -tAc "$2")
}

# pg_role_and_db <port> <role> <password> <database>: creates or updates both.
pg_role_and_db() {
  local port=$1 role=$2 password=$3 db=$4
  if [ "$(pg_psql "$port" "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" = 1 ]; then
    pg_psql "$port" "ALTER ROLE \"$role\" LOGIN PASSWORD '$password'"
  else
    pg_psql "$port" "CREATE ROLE \"$role\" LOGIN PASSWORD '$password'"
  fi
  if [ "$(pg_psql "$port" "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
    say "creating database '$db'"
    pg_psql "$port" "CREATE DATABASE \"$db\" OWNER \"$role\""
  fi
}

# pg_answers <host> <port>: true when something accepts PostgreSQL connections there.
pg_answers() {
  pg_isready -q -h "$1" -p "$2"
}

# pg_tune <cluster> <port>: settings for pattoo's write-heavy load (docs/operations.md), applied
# with ALTER SYSTEM when they differ; restarts the cluster only when one that needs it changed.
# Measured on 2 cores (docs/performance.md): a larger shared_buffers keeps the day's index pages
# cached (line protocol 300,000 -> 333,000 points/s at 1 GB, and less loss as the day grows); the
# WAL settings cut the WAL per 10 M points from 2.9 GB to 1.2 GB (fewer checkpoints, fewer
# full-page images).
pg_tune() {
  local cluster=$1 port=$2 name value restart=""
  local ram_mb
  ram_mb=$(awk '/MemTotal/ {print int($2 / 1024)}' /proc/meminfo)
  # 1 GB is what the figures were measured with; machines under 4 GB get a quarter of it.
  local shared="1GB"
  [ "$ram_mb" -lt 4096 ] && shared="$((ram_mb / 4))MB"
  while read -r name value; do
    [ "$(pg_psql "$port" "SHOW $name")" = "$value" ] && continue
    pg_psql "$port" "ALTER SYSTEM SET $name = '$value'"
    case "$name" in shared_buffers | wal_buffers) restart=1 ;; esac
  done <<SETTINGS
shared_buffers $shared
wal_buffers 64MB
max_wal_size 8GB
checkpoint_timeout 15min
wal_compression lz4
SETTINGS
  if [ -n "$restart" ]; then
    say "restarting PostgreSQL cluster '$cluster' for its new memory settings"
    as_root pg_ctlcluster "$(pg_version)" "$cluster" restart
  else
    pg_psql "$port" "SELECT pg_reload_conf()" >/dev/null
  fi
}

# WildFly helpers: fetch the pinned distribution, run a server of pattoo's, talk to it with
# jboss-cli. Source after scripts/common.sh; PATTOO_HOME must point at the checkout.
#
# One installation serves every server: each server is a base directory of its own under
# .wildfly/servers/NAME (configuration, data, logs), as WildFly's jboss.server.base.dir allows,
# like the domains of one Payara installation.

WILDFLY_VERSION=$(pom_property wildfly.version)
WILDFLY_HOME=${WILDFLY_HOME:-$PATTOO_HOME/.wildfly/wildfly}
JBOSS_CLI="$WILDFLY_HOME/bin/jboss-cli.sh"

# About 260 MB, once per version.
wildfly_install() {
  install_zip WildFly org.wildfly:wildfly-dist "$WILDFLY_VERSION" "$WILDFLY_HOME" "wildfly-$WILDFLY_VERSION"
}

wildfly_server_dir() {
  echo "$PATTOO_HOME/.wildfly/servers/$1"
}

wildfly_server_exists() {
  [ -f "$(wildfly_server_dir "$1")/configuration/standalone.xml" ]
}

# The management user's password file (WILDFLY_ADMIN_PASSWORD=..., mode 600), once it has one.
wildfly_password_file() {
  echo "$PATTOO_HOME/.run/wildfly-$1.password"
}

# wildfly_port_offset <server>: read from the server's standalone.xml, so we never guess.
wildfly_port_offset() {
  local offset
  offset=$(sed -n 's/.*<socket-binding-group name="standard-sockets"[^>]*port-offset="\([0-9]*\)".*/\1/p' \
    "$(wildfly_server_dir "$1")/configuration/standalone.xml" 2>/dev/null | head -n 1)
  echo "${offset:-0}"
}

wildfly_http_port() {
  echo $((8080 + $(wildfly_port_offset "$1")))
}

wildfly_management_port() {
  echo $((9990 + $(wildfly_port_offset "$1")))
}

# The JVM options a server starts with; Arquillian's managed container is given the same.
wildfly_jvm_options() {
  local heap
  heap=$(cat "$(wildfly_server_dir "$1")/heap" 2>/dev/null || echo 2g)
  # Metaspace unbounded, as Payara's: 512 MB ran out after about 60 redeployments of the EAR in
  # one run of the integration tests.
  echo "-Xms64m -Xmx$heap -XX:MetaspaceSize=96M" \
    "-Djava.net.preferIPv4Stack=true -Djava.awt.headless=true" \
    "-Djboss.server.base.dir=$(wildfly_server_dir "$1")"
}

# wildfly_server_create <server>: a fresh base directory from the installation's template.
wildfly_server_create() {
  wildfly_server_exists "$1" && return 0
  say "creating WildFly server '$1'"
  local dir
  dir=$(wildfly_server_dir "$1")
  rm -rf "$dir" && mkdir -p "$dir"
  cp -r "$WILDFLY_HOME/standalone/configuration" "$WILDFLY_HOME/standalone/deployments" "$dir/"
  rm -f "$(wildfly_password_file "$1")"
}

wildfly_pid() {
  local file
  file="$(wildfly_server_dir "$1")/server.pid"
  [ -s "$file" ] && kill -0 "$(cat "$file")" 2>/dev/null && cat "$file"
}

wildfly_server_running() {
  [ -n "$(wildfly_pid "$1")" ]
}

# jboss_cli_on <server> <command...>: jboss-cli connected to the server's management port. The
# CLI proves it runs as the server's own OS user (local authentication), so no password is passed.
jboss_cli_on() {
  local server=$1
  shift
  JAVA_OPTS="-Djava.net.preferIPv4Stack=true" "$JBOSS_CLI" --connect \
    --controller="remote+http://127.0.0.1:$(wildfly_management_port "$server")" "$@"
}

# Started in the background; the wait ends when the management interface says "running".
wildfly_server_start() {
  wildfly_server_running "$1" && return 0
  say "starting WildFly server '$1'"
  local dir
  dir=$(wildfly_server_dir "$1")
  mkdir -p "$dir/log"
  # standalone.sh writes its java's pid here (JBOSS_PIDFILE), not the script's.
  # The server's environment is a MicroProfile Config source: the database settings the scripts
  # hold in theirs (the password among them) stay out of it.
  env -u PATTOO_DB_HOST -u PATTOO_DB_PORT -u PATTOO_DB_NAME -u PATTOO_DB_USER -u PATTOO_DB_PASSWORD \
    JAVA_OPTS="$(wildfly_jvm_options "$1")" JBOSS_PIDFILE="$dir/server.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 \
    nohup "$WILDFLY_HOME/bin/standalone.sh" -c standalone.xml >"$dir/log/console.log" 2>&1 &
  wait_until 180 "WildFly server '$1' started" wildfly_server_state_is "$1" running \
    || die "WildFly server '$1' did not start (see $dir/log/server.log)"
}

# wildfly_server_state_is <server> <state>: true when :read-attribute(name=server-state) says so.
wildfly_server_state_is() {
  jboss_cli_on "$1" --command=":read-attribute(name=server-state)" 2>/dev/null | grep -q "\"result\" => \"$2\""
}

wildfly_server_stop() {
  wildfly_server_running "$1" || return 0
  say "stopping WildFly server '$1'"
  local pid
  pid=$(wildfly_pid "$1")
  jboss_cli_on "$1" --command=":shutdown" >/dev/null 2>&1 || kill "$pid"
  for _ in $(seq 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  rm -f "$(wildfly_server_dir "$1")/server.pid"
}

# wildfly_set_config <server> <key> <value>: a MicroProfile Config property of pattoo's config
# source (configure-server made it); the application reads it after the server's next reload.
wildfly_set_config() {
  local file
  file=$(mktemp)
  # The value may be a secret's hash: through a file, never on a command line.
  printf '/subsystem=microprofile-config-smallrye/config-source=pattoo:map-put(name=properties, key="%s", value="%s")\n' \
    "$2" "$3" >"$file"
  jboss_cli_on "$1" --file="$file" >/dev/null
  local status=$?
  rm -f "$file"
  return $status
}

wildfly_delete_config() {
  jboss_cli_on "$1" --command="/subsystem=microprofile-config-smallrye/config-source=pattoo:map-remove(name=properties, key=\"$2\")" >/dev/null
}

# wildfly_deploy <server> <ear>: deploys or replaces pattoo.ear. Config source changes reach
# applications only after a reload (the server says reload-required), so one comes first then.
wildfly_deploy() {
  if wildfly_server_state_is "$1" reload-required; then
    say "reloading WildFly server '$1' for its new MicroProfile Config properties"
    jboss_cli_on "$1" --command=":reload" >/dev/null
    wait_until 120 "WildFly server '$1' reloaded" wildfly_server_state_is "$1" running || return 1
  fi
  jboss_cli_on "$1" --command="deploy $2 --name=pattoo.ear --force" >/dev/null
}

wildfly_undeploy() {
  jboss_cli_on "$1" --command="undeploy pattoo.ear" >/dev/null 2>&1
}

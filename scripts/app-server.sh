# The application server `./pattoo up` runs pattoo on: Payara (payara-config/) or WildFly
# (wildfly-config/), chosen with --server and remembered in .run/up-server for down and status.
# Each function does the same thing on both; source after payara.sh and wildfly.sh.

UP_NAME=pattoo # the Payara domain's name, and the WildFly server's

# server_configure: creates or updates the server for the database in PATTOO_DB_*, leaves it running.
server_configure() {
  case $SERVER in
    payara) "$PATTOO_HOME/payara-config/configure-domain" --domain "$UP_NAME" ;;
    wildfly) "$PATTOO_HOME/wildfly-config/configure-server" --server "$UP_NAME" ;;
  esac
}

server_exists() {
  case $SERVER in
    payara) payara_domain_exists "$UP_NAME" ;;
    wildfly) wildfly_server_exists "$UP_NAME" ;;
  esac
}

server_running() {
  case $SERVER in
    payara) payara_domain_exists "$UP_NAME" && payara_domain_running "$UP_NAME" ;;
    wildfly) wildfly_server_running "$UP_NAME" ;;
  esac
}

server_http_port() {
  case $SERVER in
    payara) payara_domain_http_port "$UP_NAME" ;;
    wildfly) wildfly_http_port "$UP_NAME" ;;
  esac
}

# server_set_config <key> <value>: a MicroProfile Config property, seen by the next server_deploy.
server_set_config() {
  case $SERVER in
    payara) asadmin_on "$UP_NAME" set-config-property --source=domain --propertyName="$1" \
      --propertyValue="$2" >/dev/null ;;
    wildfly) wildfly_set_config "$UP_NAME" "$1" "$2" ;;
  esac
}

server_delete_config() {
  case $SERVER in
    payara) asadmin_on "$UP_NAME" delete-config-property --source=domain --propertyName="$1" >/dev/null ;;
    wildfly) wildfly_delete_config "$UP_NAME" "$1" ;;
  esac
}

server_log() {
  case $SERVER in
    payara) echo "$PAYARA_HOME/glassfish/domains/$UP_NAME/logs/server.log" ;;
    wildfly) echo "$(wildfly_server_dir "$UP_NAME")/log/server.log" ;;
  esac
}

# server_deploy: deploys the EAR; a failed first attempt gets one restart of the server.
server_deploy() {
  say "deploying pattoo.ear on $SERVER"
  case $SERVER in
    payara)
      asadmin_on "$UP_NAME" deploy --force=true --name pattoo "$EAR" >/dev/null && return 0
      # Payara 6 sometimes keeps a broken state after a failed start of the application (e.g.
      # "graphQLProducer is null"); only a restart clears it. A real fault fails twice.
      say "deployment failed; restarting the domain and trying once more"
      asadmin_on "$UP_NAME" undeploy pattoo >/dev/null 2>&1 || true
      payara_domain_stop "$UP_NAME"
      payara_domain_start "$UP_NAME"
      asadmin_on "$UP_NAME" deploy --force=true --name pattoo "$EAR" >/dev/null
      ;;
    wildfly) wildfly_deploy "$UP_NAME" "$EAR" ;;
  esac || die "deployment failed (see $(server_log))"
}

# server_stop: undeployed first, so the application does not start while the server next boots,
# before `up` deploys the current build (where Payara 6 sometimes breaks it).
server_stop() {
  server_running || return 0
  case $SERVER in
    payara)
      asadmin_on "$UP_NAME" undeploy pattoo >/dev/null 2>&1 || true
      payara_domain_stop "$UP_NAME"
      ;;
    wildfly)
      wildfly_undeploy "$UP_NAME" || true
      wildfly_server_stop "$UP_NAME"
      ;;
  esac
}

# What the operator needs to administer the server, for up's closing message.
server_console_hint() {
  case $SERVER in
    payara)
      echo "  admin       http://localhost:$(payara_domain_admin_port "$UP_NAME")  (Payara console, loopback only; user admin, password in"
      echo "              $(payara_password_file "$UP_NAME"))"
      ;;
    wildfly)
      echo "  admin       http://localhost:$(wildfly_management_port "$UP_NAME")/console  (WildFly console, loopback only; user admin,"
      echo "              password in $(wildfly_password_file "$UP_NAME"))"
      ;;
  esac
}

# The console's generated password, shown once when `up` made it.
server_console_password() {
  case $SERVER in
    payara) sed -n 's/^AS_ADMIN_PASSWORD=//p' "$(payara_password_file "$UP_NAME")" ;;
    wildfly) sed -n 's/^WILDFLY_ADMIN_PASSWORD=//p' "$(wildfly_password_file "$UP_NAME")" ;;
  esac
}

server_password_file() {
  case $SERVER in
    payara) payara_password_file "$UP_NAME" ;;
    wildfly) wildfly_password_file "$UP_NAME" ;;
  esac
}

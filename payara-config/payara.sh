# Payara Server helpers: fetch the pinned distribution, create and configure a domain for pattoo.
# Source after scripts/common.sh; PATTOO_HOME must point at the checkout.

PAYARA_VERSION=$(pom_property payara.version)
PAYARA_HOME=${PAYARA_HOME:-$PATTOO_HOME/.payara/payara6}
ASADMIN="$PAYARA_HOME/bin/asadmin"

payara_install() {
  install_zip "Payara Server" fish.payara.distributions:payara "$PAYARA_VERSION" "$PAYARA_HOME" payara6
}

# The asadmin password file of a domain (AS_ADMIN_PASSWORD=..., mode 600), once it has one.
payara_password_file() {
  echo "$PATTOO_HOME/.run/payara-$1.password"
}

# asadmin_on <domain> <command...>: asadmin against the domain's admin port as its admin, with
# the domain's password file when it has one, never prompting.
asadmin_on() {
  local domain=$1 file
  shift
  file=$(payara_password_file "$domain")
  local auth=()
  [ -s "$file" ] && auth=(--user admin --passwordfile "$file")
  "$ASADMIN" --interactive=false --port "$(payara_domain_admin_port "$domain")" "${auth[@]}" "$@"
}

payara_domain_exists() {
  [ -d "$PAYARA_HOME/glassfish/domains/$1" ]
}

payara_domain_running() {
  "$ASADMIN" list-domains 2>/dev/null | grep -q "^$1 running"
}

# payara_domain_admin_port <domain>: read from domain.xml, so we never guess.
payara_domain_admin_port() {
  sed -n 's/.*<network-listener[^>]*name="admin-listener"[^>]*port="\([0-9]*\)".*/\1/p;
          s/.*<network-listener[^>]*port="\([0-9]*\)"[^>]*name="admin-listener".*/\1/p' \
    "$PAYARA_HOME/glassfish/domains/$1/config/domain.xml" | head -n 1
}

payara_domain_http_port() {
  sed -n 's/.*<network-listener[^>]*name="http-listener-1"[^>]*port="\([0-9]*\)".*/\1/p;
          s/.*<network-listener[^>]*port="\([0-9]*\)"[^>]*name="http-listener-1".*/\1/p' \
    "$PAYARA_HOME/glassfish/domains/$1/config/domain.xml" | head -n 1
}

# payara_domain_create <domain> [portbase]: without a portbase, the standard 4848/8080 ports.
# A new domain has no admin password yet; configure-domain gives it one.
payara_domain_create() {
  payara_domain_exists "$1" && return 0
  say "creating Payara domain '$1'"
  rm -f "$(payara_password_file "$1")"
  if [ -n "${2:-}" ]; then
    "$ASADMIN" --interactive=false create-domain --nopassword=true --portbase "$2" "$1" >/dev/null
  else
    "$ASADMIN" --interactive=false create-domain --nopassword=true "$1" >/dev/null
  fi
}

payara_domain_start() {
  payara_domain_running "$1" && return 0
  say "starting Payara domain '$1'"
  "$ASADMIN" --interactive=false start-domain "$1" >/dev/null || die "Payara domain '$1' did not start (see $PAYARA_HOME/glassfish/domains/$1/logs/server.log)"
}

payara_domain_stop() {
  payara_domain_running "$1" || return 0
  say "stopping Payara domain '$1'"
  if ! "$ASADMIN" --interactive=false stop-domain "$1" >/dev/null; then
    # A stop can hang (seen in Hazelcast's graceful shutdown after an OutOfMemoryError); a domain
    # left half stopped refuses deployments, so end its process.
    say "domain '$1' did not stop in time; killing its process"
    "$ASADMIN" --interactive=false stop-domain --kill=true "$1" >/dev/null
  fi
}

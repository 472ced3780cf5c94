# Shared set-up for scripts/run and scripts/test: Debian packages that Qt needs,
# a virtual environment in .venv, and the app installed in it (again only when
# pyproject.toml changes).

# Libraries that Qt loads even offscreen (OpenGL/EGL, fonts, keyboard, D-Bus).
QT_OFFSCREEN_PACKAGES="libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libglib2.0-0 libdbus-1-3 fonts-dejavu-core"
# What the tests use besides Qt: pdftotext reads back the PDFs the app writes, and a
# PostgreSQL server for the tests' PostgreSQL leg.
TEST_PACKAGES="poppler-utils postgresql postgresql-common"
# What the X11 platform plugin adds for a window on a desktop.
QT_DESKTOP_PACKAGES="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1"

ensure_debian_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian/Ubuntu: nothing to do
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Please install these Debian packages first: ${missing[*]}" >&2; return 1
    fi
  fi
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_venv() {
  local python=${PYTHON:-python3}
  if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "Python 3.11 or newer is needed (found: $("$python" --version 2>&1))." >&2
    return 1
  fi
  if [ ! -x .venv/bin/python ]; then
    if ! "$python" -m venv .venv 2>/dev/null; then
      rm -rf .venv
      ensure_debian_packages "python3-venv" && "$python" -m venv .venv
    fi
  fi
  local stamp
  stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e ".[test]"
    rm -f .venv/.installed-*
    touch "$stamp"
  fi
}

# A throwaway PostgreSQL cluster on 127.0.0.1 for the tests, made once and started when
# needed; exports CAPRURAL_TEST_POSTGRES_URL. pg_createcluster needs root (or sudo): it
# runs initdb as the "postgres" user, which initdb requires.
TEST_CLUSTER=caprural_tests
TEST_CLUSTER_PORT=54330

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$1"; else sudo -u postgres sh -c "$1"; fi
}

start_test_postgres() {
  if [ -n "${CAPRURAL_TEST_POSTGRES_URL:-}" ]; then return 0; fi  # the caller's own server
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo -n true 2>/dev/null || { echo "No root or sudo to start PostgreSQL." >&2; return 1; }
    sudo="sudo"
  fi
  command -v pg_createcluster >/dev/null 2>&1 || { echo "pg_createcluster is missing." >&2; return 1; }
  local version
  # The newest version whose server is installed (not only its client).
  version=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | cut -d/ -f5 | sort -V | tail -1)
  [ -n "$version" ] || { echo "No PostgreSQL server is installed." >&2; return 1; }
  if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$version $TEST_CLUSTER"; then
    $sudo pg_createcluster "$version" "$TEST_CLUSTER" --port "$TEST_CLUSTER_PORT" \
      -- --auth-local=trust --auth-host=scram-sha-256 >/dev/null || return 1
  fi
  if ! pg_lsclusters -h | awk '{print $1, $2, $4}' | grep -qx "$version $TEST_CLUSTER online"; then
    $sudo pg_ctlcluster "$version" "$TEST_CLUSTER" start || return 1
  fi
  local exists="SELECT 1 FROM pg_roles WHERE rolname = 'caprural_tests'"
  local create="CREATE ROLE caprural_tests LOGIN SUPERUSER PASSWORD 'caprural_tests'"
  as_postgres "psql -q -p $TEST_CLUSTER_PORT -tAc \"$exists\"" | grep -q 1 \
    || as_postgres "psql -q -p $TEST_CLUSTER_PORT -c \"$create\"" || return 1
  export CAPRURAL_TEST_POSTGRES_URL="postgresql+psycopg://caprural_tests:caprural_tests@127.0.0.1:$TEST_CLUSTER_PORT/postgres"
}

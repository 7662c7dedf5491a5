#!/bin/sh
# Install skyddsapp from an offline wheelhouse (made by `make wheelhouse`) on a Linux workstation
# without network: checks SHA256SUMS, creates a venv, installs every wheel with --no-index
# --require-hashes, and writes launchers.
#
#   ./install-offline.sh [--prefix DIR] [--bin DIR] [--wheelhouse DIR]
#
# Defaults: the wheelhouse is this script's folder, the program goes to ~/.local/opt/skyddsapp
# (as root: /opt/skyddsapp), the launchers to ~/.local/bin (as root: /usr/local/bin).
# Needs Python 3.11 (python3.11 or python3; or set PYTHON) with venv, and glibc 2.34 or newer.
set -eu

WHEELHOUSE=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" = 0 ]; then
    PREFIX=/opt/skyddsapp
    BINDIR=/usr/local/bin
    APPS=/usr/local/share/applications
else
    PREFIX="$HOME/.local/opt/skyddsapp"
    BINDIR="$HOME/.local/bin"
    APPS="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
fi
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX=$2; shift 2 ;;
        --bin) BINDIR=$2; shift 2 ;;
        --wheelhouse) WHEELHOUSE=$(cd "$2" && pwd); shift 2 ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "okänt argument: $1" >&2; exit 2 ;;
    esac
done

fail() { echo "install-offline: $*" >&2; exit 1; }

# 1. Every file of the wheelhouse is what `make wheelhouse` wrote.
[ -f "$WHEELHOUSE/SHA256SUMS" ] || fail "SHA256SUMS saknas i $WHEELHOUSE"
(cd "$WHEELHOUSE" && sha256sum --check --quiet --strict SHA256SUMS) \
    || fail "kontrollsumman stämmer inte: kopiera om mappen från originalet"

# 2. Python 3.11 (the wheels are built for it).
if [ -z "${PYTHON:-}" ]; then
    for candidate in python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1; then PYTHON=$candidate; break; fi
    done
fi
[ -n "${PYTHON:-}" ] || fail "Python 3.11 hittades inte (sätt PYTHON=/sökväg/till/python3.11)"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' \
    || fail "$PYTHON är inte Python 3.11"

# 3. A fresh venv, every wheel from the wheelhouse only, each checked against its hash.
if [ -e "$PREFIX/venv" ]; then
    rm -rf "$PREFIX/venv.old"
    mv "$PREFIX/venv" "$PREFIX/venv.old"
fi
mkdir -p "$PREFIX"
"$PYTHON" -m venv "$PREFIX/venv"
PIP_CONFIG_FILE=/dev/null "$PREFIX/venv/bin/python" -m pip install --quiet --no-index \
    --disable-pip-version-check --no-cache-dir --find-links "$WHEELHOUSE" --only-binary=:all: \
    --require-hashes -r "$WHEELHOUSE/requirements-linux.txt"
rm -rf "$PREFIX/venv.old"

# 4. Launchers.
mkdir -p "$BINDIR"
for name in skyddsapp skyddsapp-desktop; do
    ln -sf "$PREFIX/venv/bin/$name" "$BINDIR/$name"
done
for entry in "$WHEELHOUSE"/*.desktop; do
    [ -f "$entry" ] || continue
    mkdir -p "$APPS"
    sed "s|^Exec=skyddsapp-desktop|Exec=$BINDIR/skyddsapp-desktop|" "$entry" \
        > "$APPS/$(basename "$entry")"
done
"$BINDIR/skyddsapp" --help >/dev/null || fail "den installerade skyddsapp startar inte"
echo "skyddsapp installerad i $PREFIX; starta med $BINDIR/skyddsapp-desktop"

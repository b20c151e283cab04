#!/usr/bin/env bash
# System packages PoWER Desktop needs on Debian/Ubuntu: Python's venv module, the libraries
# Qt loads (offscreen for tests, X11/xcb for the window), and poppler-utils (pdftoppm and
# pdftotext: the tests look at printed PDFs as pictures), and a Secret Service (GNOME Keyring
# on a D-Bus session: the keystore account key slots are tied to), and iproute2 (`ip netns`: a
# camp-server test pulls a LAN cable under a laptop in a network namespace). Installs them when run as
# root and they are missing; otherwise prints the exact apt-get line. Quick when everything is there.
set -euo pipefail

python3 - <<'PY' || { echo "PoWER Desktop needs Python 3.11 or newer (python3 is $(python3 --version 2>&1))." >&2; exit 1; }
import sys
sys.exit(0 if sys.version_info >= (3, 11) else 1)
PY

packages=(
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xkb1
  libxcb-render-util0 libxcb-image0 libxcb-randr0 libx11-xcb1
  poppler-utils
  gnome-keyring dbus-daemon
  iproute2
)
python3 -c 'import ensurepip' 2>/dev/null || packages+=(python3-venv)

command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian/Ubuntu: nothing to check here
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "PoWER Desktop needs these system packages. Install them with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

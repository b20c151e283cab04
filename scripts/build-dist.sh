#!/usr/bin/env bash
# `make dist`: the one-folder frozen build (PyInstaller, installer/power-desktop.spec) and a
# tarball of it for Linux laptops, written whole or not at all; prints both sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
version=$($PY -c "import power_desktop; print(power_desktop.__version__)")
name="power-desktop-${version}-linux-$(uname -m)"
$PY -m PyInstaller --noconfirm --clean --log-level ERROR \
    --distpath build/dist --workpath build/work installer/power-desktop.spec
mkdir -p dist
part="dist/.${name}.tar.gz.part"
tar -C build/dist -czf "$part" power-desktop
mv -f "$part" "dist/${name}.tar.gz"
folder=$(du -sm build/dist/power-desktop | cut -f1)
packed=$(du -sm "dist/${name}.tar.gz" | cut -f1)
echo "Built build/dist/power-desktop/ (${folder} MB) and dist/${name}.tar.gz (${packed} MB)"

#!/usr/bin/env bash
# A real print service for the printing test: CUPS with a cups-pdf queue named PoWER-PDF, whose
# jobs land as PDF files under ~/PDF. Installs CUPS when run as root and it is missing, starts
# the scheduler if it is not running, and adds the queue once. Used by .ci/run.
set -euo pipefail

if ! command -v cupsd >/dev/null 2>&1 || [ ! -e /usr/lib/cups/backend/cups-pdf ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "The print test needs CUPS: sudo apt-get install -y cups printer-driver-cups-pdf" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends cups printer-driver-cups-pdf >/dev/null
fi
# `lpstat -r` exits 0 either way; only its words tell whether the scheduler runs.
running() { [ "$(lpstat -r 2>/dev/null)" = "scheduler is running" ]; }
if ! running; then
  /usr/sbin/cupsd
  for _ in $(seq 1 50); do running && break; sleep 0.2; done
  running || { echo "CUPS did not start (/usr/sbin/cupsd)" >&2; exit 1; }
fi
if ! lpstat -p PoWER-PDF >/dev/null 2>&1; then
  lpadmin -p PoWER-PDF -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd
fi
lpstat -p PoWER-PDF

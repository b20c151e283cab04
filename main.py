"""Start PoWER Desktop: `python main.py` does what the `power-desktop` command does."""

import multiprocessing
import sys

from power_desktop.app import main

if __name__ == "__main__":
    # A frozen build starts its helper processes (batch writer, QR codes, previews) by running
    # itself again; this hands those runs to multiprocessing instead of opening a window.
    multiprocessing.freeze_support()
    sys.exit(main())

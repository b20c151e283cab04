"""Start PoWER Desktop: `python main.py` does what the `power-desktop` command does."""

import sys

from power_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())

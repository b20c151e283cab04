"""The foundation's figures in one run: start-up and save latency, each next to its baseline.

    python benchmarks/foundation.py [--families 200000] [--saves 200] [--runs 7]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--families", type=int, default=200_000)
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    subprocess.run([sys.executable, str(HERE / "startup.py"), "--runs", str(args.runs)],
                   check=True)
    subprocess.run([sys.executable, str(HERE / "save_latency.py"), "--families",
                    str(args.families), "--saves", str(args.saves)], check=True)


if __name__ == "__main__":
    main()

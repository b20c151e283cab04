"""Start-up, in a fixed order: paths -> logging -> database -> window.

`power-desktop COMMAND ...` runs the command line; with no command the window opens.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from power_desktop import cli
    if any(a in cli.COMMANDS or a in ("-h", "--help", "--version") for a in args):
        return cli.main(args)
    data_dir = None
    rest = list(args)
    if "--data-dir" in rest:
        i = rest.index("--data-dir")
        if i + 1 >= len(rest):
            print("error: --data-dir needs a folder", file=sys.stderr)
            return 2
        data_dir = rest[i + 1]
        del rest[i:i + 2]
    from power_desktop.ui.start import run_gui
    return run_gui(data_dir, rest)

"""Start-up, in a fixed order: paths -> logging -> database -> window.

`power-desktop COMMAND ...` runs the command line; with no command the window opens.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--self-check" in args:
        from power_desktop import selfcheck
        return selfcheck.run()
    rest = _without_data_dir(args)
    if (rest and not rest[0].startswith("-")) or any(a in ("-h", "--help", "--version")
                                                     for a in args):
        from power_desktop import cli  # the command line: no Qt loaded
        return cli.main(args)
    data_dir = None
    if "--data-dir" in args:
        i = args.index("--data-dir")
        if i + 1 >= len(args):
            print("error: --data-dir needs a folder", file=sys.stderr)
            return 2
        data_dir = args[i + 1]
    from power_desktop.ui.start import run_gui
    return run_gui(data_dir, rest)


def _without_data_dir(args: list[str]) -> list[str]:
    rest = list(args)
    if "--data-dir" in rest:
        i = rest.index("--data-dir")
        del rest[i:i + 2]
    return rest

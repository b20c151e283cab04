"""Start-up, in a fixed order: paths -> logging -> database -> window.

`power-desktop COMMAND ...` runs the command line; with no command the window opens.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--self-check" in args:
        from power_desktop import selfcheck
        return selfcheck.run()
    window_args = _window_options(args)
    if window_args is None:
        # A command, or anything else (--help, an unknown option, a misspelt command): the
        # command line reads it, and says what is wrong with the usage (exit 2). No Qt loaded.
        from power_desktop import cli
        try:
            return cli.main(args)
        except SystemExit as exc:  # argparse: --help, --version, or a usage error
            return exc.code if isinstance(exc.code, int) else 2
    data_dir, database = window_args
    if database:  # Services.open reads it there, as it reads the variable set by hand
        from power_desktop.store.server_config import ENV_DATABASE
        os.environ[ENV_DATABASE] = database
    from power_desktop.ui.start import run_gui
    return run_gui(data_dir, [])


_WINDOW_OPTIONS = ("--data-dir", "--database")


def _window_options(args: list[str]) -> tuple[str | None, str | None] | None:
    """(data folder, database) when `args` hold only the window's options (each with its
    value, as `--opt VALUE` or `--opt=VALUE`); None when anything else is there."""
    found: dict[str, str] = {}
    i = 0
    while i < len(args):
        name, eq, value = args[i].partition("=")
        if name not in _WINDOW_OPTIONS:
            return None
        if not eq:
            if i + 1 >= len(args) or args[i + 1].startswith("-"):
                return None  # the command line says which value is missing
            value = args[i + 1]
            i += 1
        found[name] = value
        i += 1
    return found.get("--data-dir"), found.get("--database")

"""Logging in from the command line, and reading new passwords."""

from __future__ import annotations

import argparse
import os
import sys

from power_desktop.services import Services
from power_desktop.services.errors import LoginFailed, ServiceError

# They log in their own way, or (aadhaar-qr) read only what they are given, no record.
NO_LOGIN = {"init", "recover", "validate-batch", "aadhaar-qr"}


def _log_in(services: Services) -> bool:
    """Log in as $POWER_DESKTOP_OPERATOR with $POWER_DESKTOP_PASSWORD, or ask at a terminal."""
    if not services.accounts.has_accounts():
        print("error: this laptop has no accounts yet. Set it up first: power-desktop init "
              "--operator NAME ...", file=sys.stderr)
        return False
    name = os.environ.get("POWER_DESKTOP_OPERATOR")
    password = os.environ.get("POWER_DESKTOP_PASSWORD")
    if not name or password is None:
        if not sys.stdin.isatty():
            print("error: log in first: set POWER_DESKTOP_OPERATOR and POWER_DESKTOP_PASSWORD, "
                  "or run the command at a terminal to be asked.", file=sys.stderr)
            return False
        import getpass
        name = name or input("Operator name: ")
        password = getpass.getpass(f"Password for {name}: ")
    try:
        services.accounts.login(name, password)
    except LoginFailed as failed:
        print(f"error: {failed}", file=sys.stderr)
        return False
    _USED[:] = [name, password]
    return True


# Who logged in, for a command that logs in twice (sync: the laptop, then the camp server).
_USED: list[str] = []


def _log_in_again(services: Services) -> bool:
    """Log in to a second database as the person who logged in to the first."""
    if len(_USED) != 2:
        return _log_in(services)
    try:
        services.accounts.login(_USED[0], _USED[1])
    except LoginFailed as failed:
        print(f"error: on the camp server: {failed}", file=sys.stderr)
        return False
    return True


def _new_password(args: argparse.Namespace, lines: list[str] | None = None) -> tuple[str, str]:
    """A new password and its confirmation: from stdin lines, or asked twice at a terminal."""
    if lines is not None or getattr(args, "password_stdin", False):
        given = lines if lines is not None else sys.stdin.read().splitlines()
        if len(given) < 2:
            raise ServiceError("Give the password and then its confirmation on standard input, "
                               "one per line.")
        return given[0], given[1]
    if not sys.stdin.isatty():
        raise ServiceError("Use --password-stdin to give the password (and its confirmation) "
                           "on standard input.")
    import getpass
    return getpass.getpass("New password: "), getpass.getpass("Type it again: ")


def _print_recovery_code(code: str) -> None:
    print(f"Recovery code: {code}")
    print("Write the recovery code on paper and keep it locked away from the laptop. It is "
          "shown only now. If every supervisor password is forgotten, it is the only way back "
          "to the Aadhaar numbers (power-desktop recover).", file=sys.stderr)

"""`power-desktop sync`: push what this laptop registered offline to the camp server."""

from __future__ import annotations

import argparse
import sys

from power_desktop.services import Services
from power_desktop.services.errors import ServiceError
from power_desktop.services.sync import SyncService
from power_desktop.store import server_config

from .login import _log_in_again


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "sync", help="push what this laptop registered offline to the camp server",
        description="Push the families this laptop registered on its own database (while the "
        "camp server was out of reach) to the server: those already there are skipped (by "
        "record UUID: running it twice changes nothing), those that look already registered "
        "in the camp are listed for a supervisor and not pushed. Runs on the laptop's own "
        "database whatever --database says.")
    p.add_argument("--to", metavar="URL",
                   help="the camp server (default: the one this laptop joined)")


def server_url(services: Services, args: argparse.Namespace) -> str:
    url = args.to or server_config.recall(services.paths.settings, services.paths.settings_key)
    if not url:
        raise ServiceError("Which camp server? This laptop has not joined one: give --to URL.",
                           hi="कौन सा कैंप सर्वर? यह लैपटॉप किसी से नहीं जुड़ा: --to URL दें।")
    return url


def cmd_sync(services: Services, args: argparse.Namespace) -> int:
    server = Services.open(services.paths, database_url=server_url(services, args))
    try:
        if not _log_in_again(server):
            return 2
        report = SyncService(services, server).push()
    finally:
        server.close()
    for code in report.pushed:
        print(code)
    for code, candidates in report.duplicates:
        print(f"{code}: not pushed, looks already registered in the camp:", file=sys.stderr)
        for c in candidates[:3]:
            print(f"  {c.member_name}: {c.name}, {c.member_id} ({c.score}%; "
                  f"{', '.join(c.reasons)})", file=sys.stderr)
    for code in report.clashes:
        print(f"{code}: not pushed, the server has another family with this ID",
              file=sys.stderr)
    print(f"Pushed {len(report.pushed)}, already on the server {report.already}, likely "
          f"duplicates listed {len(report.duplicates)}, ID clashes {len(report.clashes)}.",
          file=sys.stderr)
    return 1 if report.duplicates or report.clashes else 0

"""The command line: each sub-command calls one service and prints what it did.

`power-desktop` alone starts the window; `power-desktop COMMAND ...` runs a command. Exit codes:
0 done, 1 some input was refused (the rest was done), 2 nothing could be done.
"""
from __future__ import annotations

import argparse
import os
import sys

from power_desktop import __version__, logs
from power_desktop.paths import resolve
from power_desktop.services import Services
from power_desktop.services.errors import ServiceError

from . import aadhaar, accounts, batches, families, sync
from .login import NO_LOGIN, _log_in

COMMANDS = {name: getattr(module, name) for module in (aadhaar, accounts, batches, families, sync)
            for name in dir(module) if name.startswith("cmd_")}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="power-desktop",
        description="PoWER Desktop: register families at welfare camps. "
                    "Run without a command to open the window.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="where the database, logs and exports live (default: the user's "
                             "data folder, or $POWER_DESKTOP_HOME)")
    parser.add_argument("--database", metavar="URL",
                        help="the camp server to work on, e.g. postgresql://camp@10.0.0.5/power "
                             "(default: $POWER_DESKTOP_DATABASE, else the server this laptop "
                             "joined, else the data folder's own database; 'local' for that "
                             "one whatever was joined)")
    parser.add_argument("--self-check", action="store_true",
                        help="check that this installation works (in a temporary folder: the "
                             "camp's records are not touched), print each check, exit 0 if "
                             "all passed")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="set up this laptop for a camp (or start the next camp)",
                       description="Set up this laptop for a camp (--district, --camp, --device) "
                       "and, on a new laptop, its first supervisor (--operator). A laptop "
                       "upgraded from release 0.1 keeps its camp: give only --operator.")
    p.add_argument("--state", default="DL", help="state code, e.g. DL")
    p.add_argument("--district", help='district name, e.g. "South"')
    p.add_argument("--camp", help="camp code, e.g. C07")
    p.add_argument("--device", help="this laptop's code in the camp, e.g. L2")
    p.add_argument("--operator", metavar="NAME",
                   help="the first supervisor's name (first set-up only; later camps are set "
                        "up by a logged-in supervisor)")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the new supervisor's password, then its confirmation, from "
                        "standard input, one per line")
    p.add_argument("--date", help="camp date, YYYY-MM-DD (default: today)")

    p = sub.add_parser("join", help="add this laptop to the camp on a camp server (a "
                                    "supervisor logs in)",
                       description="Add this laptop to the camp set up on the camp server "
                       "given with --database (by `init` on the first laptop). The laptop "
                       "gets its own device code and ID numbering; the server is remembered "
                       "for later starts.")
    p.add_argument("--device", required=True, help="this laptop's code in the camp, e.g. L2")
    p.add_argument("--operator", metavar="NAME",
                   help="who is in charge of this laptop (default: the supervisor logged in)")

    p = sub.add_parser("operators", help="accounts on this laptop (supervisors only)")
    ops = p.add_subparsers(dest="operators_command", metavar="ACTION", required=True)
    q = ops.add_parser("list", help="list accounts")
    q = ops.add_parser("add", help="add an operator or supervisor")
    q.add_argument("name")
    q.add_argument("--role", choices=("operator", "supervisor"), default="operator")
    q.add_argument("--password-stdin", action="store_true",
                   help="read the password, then its confirmation, from standard input")
    q = ops.add_parser("disable", help="stop an account from logging in")
    q.add_argument("name")
    q = ops.add_parser("enable", help="let a disabled or locked account log in again")
    q.add_argument("name")
    q = ops.add_parser("reset-password", help="set a new password for someone who forgot it")
    q.add_argument("name")
    q.add_argument("--password-stdin", action="store_true")
    q = ops.add_parser("new-recovery-code", help="replace the recovery code (shown once)")

    p = sub.add_parser("recover", help="every supervisor password forgotten: use the recovery "
                                       "code to set a new one")
    p.add_argument("--operator", required=True, metavar="NAME", help="the supervisor's name")
    p.add_argument("--stdin", action="store_true",
                   help="read the recovery code, the new password and its confirmation from "
                        "standard input, one per line")

    p = sub.add_parser("register", help="register families from a JSON file")
    p.add_argument("--json", required=True, metavar="FILE", help="a JSON file, or - for stdin")
    p.add_argument("--accept-warnings", action="store_true",
                   help="save families whose only problems are warnings to confirm")
    p.add_argument("--allow-duplicate", action="store_true",
                   help="save families even if someone in them looks already registered "
                        "(recorded as your decision); never a second person with an Aadhaar "
                        "number already on file")
    p.add_argument("--move-from", metavar="MEMBER_ID",
                   help="the person with the same Aadhaar number, registered as MEMBER_ID, "
                        "moves into this family (their old family loses them; recorded)")

    p = sub.add_parser("check-duplicates",
                       help="list likely duplicates for families in a JSON file; saves nothing")
    p.add_argument("--json", required=True, metavar="FILE", help="a JSON file, or - for stdin")

    aadhaar.add_parser(sub)
    sync.add_parser(sub)

    p = sub.add_parser("show", help="show one family (Aadhaar masked)")
    p.add_argument("family_id")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("history", help="earlier versions of a family: who changed what")
    p.add_argument("family_id")

    p = sub.add_parser("families", help="list the newest families")
    p.add_argument("--limit", type=int, default=20)

    p = sub.add_parser("search", help="find people by name, mobile, Aadhaar or ID")
    p.add_argument("query", nargs="+", help='e.g. "laxmi bist", 2233, DL-SO-C07-L2-000001-8')
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=20)

    p = sub.add_parser("screen", help="which schemes each member qualifies for, and why")
    p.add_argument("family_id")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--lang", choices=("en", "hi"), default="en")

    p = sub.add_parser("apply", help="apply for a scheme (refused unless eligible)")
    p.add_argument("family_id")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--scheme", help="scheme code, e.g. DL-OAP")
    group.add_argument("--all-eligible", action="store_true",
                       help="apply for every scheme every member is eligible for")
    p.add_argument("--member", help="member ID (or number) for a scheme for one person")

    p = sub.add_parser("print", help="print application forms (one PDF, one print job)")
    p.add_argument("application_ids", nargs="+", metavar="APPLICATION_ID")
    p.add_argument("--out", metavar="FILE.pdf", help="save the forms as this PDF")
    p.add_argument("--printer", metavar="NAME",
                   help="send them to this printer through the system's print service")

    p = sub.add_parser("slip", help="the family's slip: applications, documents, next steps")
    p.add_argument("family_id")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--paper", choices=("a5", "a4", "roll80"),
                   help="paper size (default: the laptop's setting, A5 unless changed)")

    p = sub.add_parser("print-queue", help="applications waiting to be printed")
    p.add_argument("--all", action="store_true", help="printed and handed over ones too")
    p = sub.add_parser("handed-over", help="the family took these printed forms")
    p.add_argument("application_ids", nargs="+", metavar="APPLICATION_ID")

    p = sub.add_parser("export", help="write the day's batch for the central system "
                                      "(supervisors)")
    p.add_argument("--out", metavar="DIR", help="folder for the batch (default: exports/)")
    p.add_argument("--preview", action="store_true",
                   help="only show what the batch would carry, and any problems")
    p.add_argument("--again", metavar="BATCH_ID", help="write a past batch again")
    sub.add_parser("batches", help="the batches exported from this laptop")
    p = sub.add_parser("validate-batch", help="check a batch file against the batch format")
    p.add_argument("file")
    p = sub.add_parser("import-ack", help="apply the central system's acknowledgement file")
    p.add_argument("file")
    sub.add_parser("returns", help="applications rejected or needing correction")
    p = sub.add_parser("resubmit", help="send corrected applications again in the next batch")
    p.add_argument("application_ids", nargs="+", metavar="APPLICATION_ID")
    p = sub.add_parser("consolidate", help="join the batches of a camp's laptops into one")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--out", required=True, metavar="FILE")

    p = sub.add_parser("report", help="the end-of-day camp report as a PDF")
    p.add_argument("--date", help="YYYY-MM-DD (default: today)")
    p.add_argument("--out", required=True, metavar="FILE.pdf")

    p = sub.add_parser("schemes", help="the camp's scheme pack")
    schemes_sub = p.add_subparsers(dest="schemes_command", metavar="ACTION", required=True)
    q = schemes_sub.add_parser("list", help="list the schemes")
    q.add_argument("--json", action="store_true")
    q = schemes_sub.add_parser("check", help="check a scheme pack folder (for pack authors)")
    q.add_argument("path")
    q = schemes_sub.add_parser(
        "facts", help="every fact of the pack: value, source, date checked, confirmed or not",
        description="Every fact of a scheme pack (each criterion, benefit, documents list and "
                    "note) with its source, the date it was checked, and whether it is "
                    "confirmed: the table in docs/scheme-facts.md. Without PATH, the camp's "
                    "pack (after logging in).")
    q.add_argument("path", nargs="?", help="a scheme pack folder, e.g. forms/delhi")
    q.add_argument("--json", action="store_true")
    q = schemes_sub.add_parser("preview", help="count families that qualify, with changed limits")
    q.add_argument("code")
    q.add_argument("--set", action="append", default=[], metavar="LIMIT=VALUE",
                   help="try a different limit, e.g. --set income_limit=120000")

    p = sub.add_parser("backup", help="back the database up to a folder (a USB drive)")
    p.add_argument("--out", required=True, metavar="DIR")
    p = sub.add_parser("restore", help="replace the database with a backup (checked first, "
                                       "and what it would lose shown)")
    p.add_argument("file")
    p.add_argument("--yes", action="store_true",
                   help="confirm without asking (for scripts): what is lost is still printed")
    p.add_argument("--move-here", action="store_true",
                   help="the backup is another laptop's (or camp's) and this laptop takes over "
                        "from it")
    p.add_argument("--above", nargs="+", metavar="BATCH", default=[],
                   help="batches the backup's laptop exported after the backup was made: "
                        "numbers continue above those they carried")

    p = sub.add_parser("audit", help="the audit trail")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    q = audit_sub.add_parser("verify", help="check that no entry was altered or removed")
    q.add_argument("--against", nargs="+", metavar="FILE", default=[],
                   help="batches this laptop exported and backups it made: the trail must "
                        "still reach, unchanged, the end each of them recorded")

    p = sub.add_parser("demo", help="add synthetic families for demos and benchmarks")
    p.add_argument("--families", type=int, required=True)
    p.add_argument("--seed", type=int)
    return parser


def main(argv: list[str] | None = None) -> int:
    from .plain_out import plain_output
    with plain_output():
        return _main(argv)


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    paths = resolve(args.data_dir).ensure()
    logs.setup(paths)
    database = "local" if args.command == "sync" else args.database  # pushes its own
    try:
        services = Services.open(paths, database_url=database)
    except ServiceError as exc:  # a camp server that does not answer, settings unreadable
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # the database or key file cannot be opened: say so plainly
        print(f"error: cannot open the data in {paths.data_dir}: {exc}", file=sys.stderr)
        return 2
    try:
        pack_check = args.command == "schemes" and (args.schemes_command == "check" or (
            args.schemes_command == "facts" and args.path))  # a folder: no records read
        if args.command not in NO_LOGIN and not pack_check and not _log_in(services):
            return 2
        handler = COMMANDS[f"cmd_{args.command.replace('-', '_')}"]
        code: int = handler(services, args)
        return code
    except ServiceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `... | head` stopped reading: not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        services.close()

"""Commands for the camp, accounts, the audit trail, backup and restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from power_desktop.core.localtime import shown, to_local
from power_desktop.core.validate import Invalid, parse_date
from power_desktop.services import Services
from power_desktop.services.camp import CampSetup
from power_desktop.services.errors import LoginFailed
from power_desktop.services.results import KeptLogin

from .counts import counted
from .login import _log_in, _new_password, _print_recovery_code


def cmd_init(services: Services, args: argparse.Namespace) -> int:
    try:
        start = parse_date(args.date) if args.date else None
    except Invalid:
        print(f"error: --date '{args.date}' is not a date (use YYYY-MM-DD)", file=sys.stderr)
        return 2
    camp_given = [name for name in ("district", "camp", "device") if getattr(args, name)]
    keep_camp = not camp_given and services.camp.current() is not None
    if not keep_camp and len(camp_given) < 3:
        missing = ", ".join(f"--{n}" for n in ("district", "camp", "device")
                            if n not in camp_given)
        print(f"error: {missing}: say which camp this laptop works at", file=sys.stderr)
        return 2
    if services.on_server and services.laptop_camp_id is None and \
            services.accounts.has_accounts():
        print("error: this camp server is set up already (by its first laptop). Add this "
              "laptop to the camp with: power-desktop --database URL join --device CODE "
              "(a supervisor logs in)", file=sys.stderr)
        return 2
    if not services.accounts.has_accounts():
        if not args.operator:
            print("error: --operator: give the name of the first supervisor (the person "
                  "setting up this laptop)", file=sys.stderr)
            return 2
        if not keep_camp:
            services.camp.check(CampSetup(args.state, args.district, args.camp, args.device,
                                          args.operator, start))
        password, confirm = _new_password(args)
        code = services.accounts.setup_first(args.operator, password, confirm)
        print(f"Supervisor {services.operator} created.")
        _print_recovery_code(code)
    elif not _log_in(services):
        return 2
    if keep_camp:
        camp = services.camp.current()
        print(f"Camp {camp.label} ({camp.district}) carries on; its records are kept. "
              f"Data folder: {services.paths.data_dir}")
        return 0
    camp = services.camp.setup(CampSetup(args.state, args.district, args.camp, args.device,
                                         services.operator, start))
    print(f"Camp {camp.label} ({camp.district}) is set up on this laptop, "
          f"starting {camp.start_date.isoformat()}. Data folder: {services.paths.data_dir}")
    if services.on_server:
        kept = services.remember_server()
        print(f"This laptop works on the camp server {db_where(services)} from now on; add "
              "the others with: power-desktop --database URL join --device L2")
        _say_login(kept)
    return 0


def cmd_join(services: Services, args: argparse.Namespace) -> int:
    camp = services.camp.join(args.device, args.operator)
    kept = services.remember_server()
    print(f"This laptop joined camp {camp.camp_code} on the camp server "
          f"{db_where(services)} as {camp.label}: its IDs are its own "
          f"({camp.label}-000001 onwards). It works on the server from now on.")
    _say_login(kept)
    return 0


def _say_login(kept: KeptLogin | None) -> None:
    if kept is None:
        return
    if kept.own:
        print(f"It logs in to the server as its own database user {kept.user} (password "
              "sealed on this laptop). If the laptop is lost, shut it out alone on the "
              f"server: ALTER ROLE \"{kept.user}\" NOLOGIN;")
    else:
        print(f"warning: this laptop keeps the camp's database user {kept.user}: "
              f"{kept.why_not_own}. See docs/camp-server.md, 'A user per laptop'.",
              file=sys.stderr)


def db_where(services: Services) -> str:
    from power_desktop.store.db import where
    return where(services.engine)



def cmd_audit(services: Services, args: argparse.Namespace) -> int:
    from power_desktop.services.audit import verify
    from power_desktop.services.audit_copies import trail_copy
    result = verify(services, [trail_copy(services, Path(f)) for f in args.against])
    print(result.message if result.intact else f"Audit trail broken: {result.message}.",
          file=sys.stdout if result.intact else sys.stderr)
    return 0 if result.intact else 1


def cmd_backup(services: Services, args: argparse.Namespace) -> int:
    from power_desktop.services.backup import BackupService
    info = BackupService(services).backup(Path(args.out))
    print(info.path)
    print(f"Checked: {counted(info.families, 'family')}, schema {info.schema}. Aadhaar "
          "numbers in it open only with a password of this laptop's accounts or the recovery code.",
          file=sys.stderr)
    return 0


def cmd_operators(services: Services, args: argparse.Namespace) -> int:
    accounts, action = services.accounts, args.operators_command
    if action == "list":
        for a in accounts.list():
            state = "active" if a.active else "disabled"
            if a.active and a.locked_until and a.locked_until > services.clock.now():
                state = f"locked until {to_local(a.locked_until):%H:%M}"
            last = shown(a.last_login_at, empty="never")
            print(f"{a.name:<24} {a.role:<11} {state:<20} last login {last}")
        return 0
    if action == "add":
        password, confirm = _new_password(args)
        made = accounts.add(args.name, password, args.role, confirm)
        print(f"Added {made.role} {made.name}.")
    elif action in ("disable", "enable"):
        done = accounts.set_active(args.name, action == "enable")
        print(f"{done.name} is {'active' if done.active else 'disabled'}.")
    elif action == "reset-password":
        password, confirm = _new_password(args)
        accounts.reset_password(args.name, password, confirm)
        print(f"New password set for {args.name}.")
    else:
        _print_recovery_code(accounts.new_recovery_code())
    return 0


def cmd_recover(services: Services, args: argparse.Namespace) -> int:
    if args.stdin:
        lines = sys.stdin.read().splitlines()
        code, rest = (lines[0] if lines else ""), lines[1:]
        password, confirm = _new_password(args, rest)
    else:
        if not sys.stdin.isatty():
            print("error: use --stdin to give the code and the new password", file=sys.stderr)
            return 2
        import getpass
        code = getpass.getpass("Recovery code: ")
        password, confirm = _new_password(args)
    try:
        user = services.accounts.recover(code, args.operator, password, confirm)
    except LoginFailed as failed:
        print(f"error: {failed}", file=sys.stderr)
        return 2
    print(f"New password set for supervisor {user.name}. Log in with it.")
    return 0



def cmd_restore(services: Services, args: argparse.Namespace) -> int:
    from power_desktop.services import restore
    plan = restore.plan(services, Path(args.file), move_here=args.move_here)
    marks = restore.marks_above(Path(args.file), [Path(b) for b in args.above])
    for line in plan.describe():
        print(line)
    for label, counters in sorted(marks.items()):
        print(f"The batches given carry {label}'s numbers up to family "
              f"{counters.get('family', 1) - 1}, application "
              f"{counters.get('application', 1) - 1}, batch {counters.get('batch', 1) - 1}: "
              "numbering continues above them.")
    if not args.yes:
        if not sys.stdin.isatty():
            print("error: a restore needs confirming: run it at a terminal, or add --yes",
                  file=sys.stderr)
            return 2
        if input("Type yes to restore this backup: ").strip().lower() != "yes":
            print("Not restored; nothing was changed.")
            return 2
    aside = restore.restore(services, Path(args.file), confirmed=True,
                            move_here=args.move_here, marks=marks)
    print(f"Restored {args.file}. The database it replaced is kept in {aside}. Log in with "
          "an account of the restored database.")
    return 0

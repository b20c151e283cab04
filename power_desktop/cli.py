"""The command line: each sub-command calls one service and prints what it did.

`power-desktop` alone starts the window; `power-desktop COMMAND ...` runs a command. Exit codes:
0 done, 1 some input was refused (the rest was done), 2 nothing could be done.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from power_desktop import __version__, logs
from power_desktop.core.validate import Invalid, parse_date
from power_desktop.paths import resolve
from power_desktop.services import Services
from power_desktop.services.camp import CampSetup
from power_desktop.services.duplicates import PossibleDuplicate
from power_desktop.services.errors import InvalidFamily, LoginFailed, ServiceError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="power-desktop",
        description="PoWER Desktop: register families at welfare camps. "
                    "Run without a command to open the window.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="where the database, logs and exports live (default: the user's "
                             "data folder, or $POWER_DESKTOP_HOME)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="set up this laptop for a camp (or start the next camp)")
    p.add_argument("--state", default="DL", help="state code, e.g. DL")
    p.add_argument("--district", required=True, help='district name, e.g. "South"')
    p.add_argument("--camp", required=True, help="camp code, e.g. C07")
    p.add_argument("--device", required=True, help="this laptop's code in the camp, e.g. L2")
    p.add_argument("--operator", metavar="NAME",
                   help="the first supervisor's name (first set-up only; later camps are set "
                        "up by a logged-in supervisor)")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the new supervisor's password, then its confirmation, from "
                        "standard input, one per line")
    p.add_argument("--date", help="camp date, YYYY-MM-DD (default: today)")

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
                        "(recorded as your decision)")

    p = sub.add_parser("check-duplicates",
                       help="list likely duplicates for families in a JSON file; saves nothing")
    p.add_argument("--json", required=True, metavar="FILE", help="a JSON file, or - for stdin")

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
    q = schemes_sub.add_parser("preview", help="count families that qualify, with changed limits")
    q.add_argument("code")
    q.add_argument("--set", action="append", default=[], metavar="LIMIT=VALUE",
                   help="try a different limit, e.g. --set income_limit=120000")

    p = sub.add_parser("backup", help="back the database up to a folder (a USB drive)")
    p.add_argument("--out", required=True, metavar="DIR")
    p = sub.add_parser("restore", help="replace the database with a backup (checked first)")
    p.add_argument("file")

    p = sub.add_parser("audit", help="the audit trail")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_sub.add_parser("verify", help="check that no entry was altered or removed")

    p = sub.add_parser("demo", help="add synthetic families for demos and benchmarks")
    p.add_argument("--families", type=int, required=True)
    p.add_argument("--seed", type=int)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    paths = resolve(args.data_dir).ensure()
    logs.setup(paths)
    try:
        services = Services.open(paths)
    except Exception as exc:  # the database or key file cannot be opened: say so plainly
        print(f"error: cannot open the data in {paths.data_dir}: {exc}", file=sys.stderr)
        return 2
    try:
        pack_check = args.command == "schemes" and args.schemes_command == "check"
        if args.command not in NO_LOGIN and not pack_check and not _log_in(services):
            return 2
        handler = globals()[f"cmd_{args.command.replace('-', '_')}"]
        code: int = handler(services, args)
        return code
    except ServiceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        services.close()


NO_LOGIN = {"init", "recover", "validate-batch"}  # they log in their own way


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


def cmd_init(services: Services, args: argparse.Namespace) -> int:
    try:
        start = parse_date(args.date) if args.date else None
    except Invalid:
        print(f"error: --date '{args.date}' is not a date (use YYYY-MM-DD)", file=sys.stderr)
        return 2
    if not services.accounts.has_accounts():
        if not args.operator:
            print("error: --operator: give the name of the first supervisor (the person "
                  "setting up this laptop)", file=sys.stderr)
            return 2
        services.camp.check(CampSetup(args.state, args.district, args.camp, args.device,
                                      args.operator, start))
        password, confirm = _new_password(args)
        code = services.accounts.setup_first(args.operator, password, confirm)
        print(f"Supervisor {services.operator} created.")
        _print_recovery_code(code)
    elif not _log_in(services):
        return 2
    camp = services.camp.setup(CampSetup(args.state, args.district, args.camp, args.device,
                                         services.operator, start))
    print(f"Camp {camp.label} ({camp.district}) is set up on this laptop, "
          f"starting {camp.start_date.isoformat()}. Data folder: {services.paths.data_dir}")
    return 0


def _read_json(source: str) -> Any:
    if source == "-":
        return json.load(sys.stdin)
    return json.loads(Path(source).read_text(encoding="utf-8"))


_UNREADABLE = object()


def _read_json_or_say(source: str) -> Any:
    """The JSON in a file (or stdin); on failure, says why and returns _UNREADABLE."""
    try:
        return _read_json(source)
    except FileNotFoundError:
        print(f"error: file not found: {source}", file=sys.stderr)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        print(f"error: {source} is not valid JSON: {exc}", file=sys.stderr)
    return _UNREADABLE


def _who(index: int, raw: Any) -> str:
    head = ""
    if isinstance(raw, dict) and isinstance(raw.get("members"), list):
        for m in raw["members"]:
            if isinstance(m, dict) and m.get("relation") == "head" and m.get("name"):
                head = f" (head: {m['name']})"
    return f"family {index + 1}{head}"


def cmd_register(services: Services, args: argparse.Namespace) -> int:
    data = _read_json_or_say(args.json)
    if data is _UNREADABLE:
        return 2
    families = data if isinstance(data, list) else [data]
    refused = 0
    for index, raw in enumerate(families):
        try:
            done = services.registration.register(
                raw, confirm_warnings=args.accept_warnings,
                duplicate_decision="different person (--allow-duplicate)"
                if args.allow_duplicate else None)
        except PossibleDuplicate as dup:
            refused += 1
            print(f"{_who(index, raw)}: possible duplicate, not saved "
                  "(use --allow-duplicate if these are different people)", file=sys.stderr)
            for c in dup.candidates:
                print(f"  member {c.member_index + 1} ({c.member_name}) looks like {c.name}, "
                      f"{c.member_id}, age {c.age}, {c.locality}: {c.score}% "
                      f"({', '.join(c.reasons)})", file=sys.stderr)
            continue
        except InvalidFamily as bad:
            refused += 1
            verdict = ("needs confirmation (use --accept-warnings)" if bad.needs_confirmation
                       else "not saved")
            print(f"{_who(index, raw)}: {verdict}", file=sys.stderr)
            for p in bad.problems:
                where = "household" if p.member is None else f"member {p.member + 1}"
                print(f"  {where}, {p.field}: {p.message()}", file=sys.stderr)
            continue
        print(done.family_id)
        for w in done.warnings:
            print(f"{done.family_id}: confirmed warning: {w.describe()}", file=sys.stderr)
    return 1 if refused else 0


def cmd_show(services: Services, args: argparse.Namespace) -> int:
    family = services.registration.get(args.family_id)
    if args.json:
        print(json.dumps(family.to_json(), ensure_ascii=False, indent=2))
        return 0
    a = family.address
    print(f"{family.family_id}  (version {family.version}, camp {family.camp})")
    print(f"  {a['line1']}, {a['locality']}, {a['district']}, {a['state']} {a['pin']}")
    income = "-" if family.annual_income is None else family.annual_income
    print(f"  mobile {family.mobile or '-'}  income {income}"
          f"  category {family.social_category or '-'}")
    for m in family.members:
        born = ("~" if m.dob_estimated else "") + m.dob.isoformat()
        print(f"  {m.member_id}  {m.name:<28} {m.relation:<15} {m.gender} {m.age:>3}y "
              f"{born}  Aadhaar {m.aadhaar_masked or '-'}")
    return 0


def cmd_history(services: Services, args: argparse.Namespace) -> int:
    entries = services.registration.history(args.family_id)
    if not entries:
        print("No edits: this is the family as first registered.")
    for e in entries:
        print(f"version {e.version} -> {e.version + 1} by {e.changed_by} at "
              f"{e.changed_at.isoformat(timespec='seconds')} UTC")
        for c in e.changes:
            print(f"  {c['field']}: {c['old']!r} -> {c['new']!r}")
    return 0


def cmd_families(services: Services, args: argparse.Namespace) -> int:
    print(f"{services.registration.count()} families")
    for row in services.registration.page(limit=args.limit):
        print(f"{row.family_id}  {row.head_name:<28} {row.member_count:>2}  {row.locality}, "
              f"{row.district}")
    return 0


def cmd_demo(services: Services, args: argparse.Namespace) -> int:
    from power_desktop.services import demo
    made = demo.generate(services, args.families, args.seed,
                         progress=lambda n: print(f"\r{n} families", end="", file=sys.stderr))
    print(file=sys.stderr)
    print(f"Added {made} demo families; {services.registration.count()} in all.")
    return 0




def _verdict_json(v: Any) -> dict[str, Any]:
    return {"scheme": v.scheme.code, "member_no": v.member_no, "member": v.member_name,
            "status": v.status, "annual_value": v.annual_value,
            "reasons": [r.en for r in v.reasons], "reasons_hi": [r.hi for r in v.reasons],
            "questions": [{"fact": q.path, "question": q.question_en,
                           "question_hi": q.question_hi} for q in v.questions],
            "unconfirmed": [u.en for u in v.scheme.unconfirmed]}


def cmd_screen(services: Services, args: argparse.Namespace) -> int:
    from power_desktop.core.codes import indian_grouping
    screening = services.eligibility.screen(args.family_id)
    if args.json:
        print(json.dumps({"family_id": services.registration.get(args.family_id).family_id,
                          "total_annual_value": screening.total_annual_value,
                          "verdicts": [_verdict_json(v) for v in screening.verdicts]},
                         ensure_ascii=False, indent=2))
        return 0
    lang = args.lang
    marks = {"eligible": "ELIGIBLE", "not_eligible": "not eligible", "needs_info": "NEEDS INFO"}
    by_member: dict[str, list[Any]] = {}
    for v in screening.verdicts:
        who = v.member_name if v.member_no else f"{v.member_name} (family)"
        by_member.setdefault(who, []).append(v)
    for who, verdicts in by_member.items():
        print(who)
        order = {"eligible": 0, "needs_info": 1, "not_eligible": 2}
        for v in sorted(verdicts, key=lambda v: (order[v.status], -v.annual_value)):
            value = f"  Rs {indian_grouping(v.annual_value)}/year" if v.annual_value else ""
            flag = "  [some facts unconfirmed]" if v.scheme.unconfirmed else ""
            print(f"  {marks[v.status]:<13} {v.scheme.code:<9} {v.scheme.name.get(lang)}"
                  f"{value}{flag}")
            if v.status == "needs_info":
                for q in v.questions:
                    print(f"                ask: {q.question(lang)}")
            elif v.status == "not_eligible":
                print(f"                {'; '.join(r.get(lang) for r in v.reasons)}")
    print(f"Total a year if every eligible scheme is applied for: "
          f"Rs {indian_grouping(screening.total_annual_value)}")
    return 0


def cmd_apply(services: Services, args: argparse.Namespace) -> int:
    if args.all_eligible:
        made = services.eligibility.apply_all_eligible(args.family_id)
        for a in made:
            print(f"{a.application_id}  {a.scheme_code:<9} {a.member_name}")
        if not made:
            print("No new applications: nobody is eligible for a scheme not yet applied for.",
                  file=sys.stderr)
        return 0
    member_no = None
    if args.member:
        text = args.member.strip()
        if text.isdigit():
            member_no = int(text)
        else:
            from power_desktop.core import ids
            try:
                member_no = ids.parse_member_id(text)[1]
            except ids.BadId as bad:
                print(f"error: --member: {bad}", file=sys.stderr)
                return 2
    a = services.eligibility.apply(args.family_id, args.scheme, member_no)
    print(a.application_id)
    return 0


def cmd_schemes(services: Services, args: argparse.Namespace) -> int:
    from power_desktop.schemes import PackError, load_pack
    if args.schemes_command == "check":
        try:
            schemes = load_pack(Path(args.path))
        except PackError as bad:
            print(str(bad), file=sys.stderr)
            return 1
        print(f"{args.path}: {len(schemes)} schemes, all valid")
        return 0
    if args.schemes_command == "preview":
        params: dict[str, Any] = {}
        for item in args.set:
            name, _, value = item.partition("=")
            try:
                params[name.strip()] = int(value)
            except ValueError:
                print(f"error: --set {item}: give a whole number, e.g. income_limit=120000",
                      file=sys.stderr)
                return 2
        base = services.eligibility.preview(args.code)
        print(f"{base.scheme_code}: {base.eligible_families} of {base.families} families "
              f"qualify ({base.eligible_members} people); {base.needs_info} need information")
        if params:
            changed = services.eligibility.preview(args.code, params)
            print(f"with {', '.join(args.set)}: {changed.eligible_families} families "
                  f"({changed.eligible_families - base.eligible_families:+d}), "
                  f"{changed.eligible_members} people; {changed.needs_info} need information")
        return 0
    schemes = services.eligibility.schemes()
    if args.json:
        print(json.dumps([{
            "code": s.code, "level": s.level, "name": s.name.en, "name_hi": s.name.hi,
            "benefit": s.benefit.text.en, "amount": s.benefit.amount, "period": s.benefit.period,
            "checked_on": s.checked_on.isoformat(), "source": s.source,
            "unconfirmed": [u.en for u in s.unconfirmed], "params": s.params,
        } for s in schemes], ensure_ascii=False, indent=2))
        return 0
    for s in schemes:
        flag = " [unconfirmed facts]" if s.unconfirmed else ""
        print(f"{s.code:<9} {s.level:<6} {s.name.en} / {s.name.hi}{flag}")
        print(f"          {s.benefit.text.en}; facts checked {s.checked_on.isoformat()}")
    return 0


def cmd_search(services: Services, args: argparse.Namespace) -> int:
    from dataclasses import asdict
    result = services.search.search(" ".join(args.query), limit=args.limit)
    if args.json:
        print(json.dumps({"query": result.query, "exact": result.exact,
                          "hits": [asdict(h) for h in result.hits]}, ensure_ascii=False,
                         indent=2))
        return 0
    if not result.hits:
        print("Nobody found.", file=sys.stderr)
        return 1
    if result.exact:
        print(f"Family {result.exact}")
    for h in result.hits:
        print(f"{h.member_id}  {h.name:<26} {h.relation:<10} {h.age:>3}y  "
              f"f/h: {h.father_or_husband_name or '-':<22} {h.locality:<18} "
              f"{h.aadhaar_masked or '-':<15} [{', '.join(h.why)}]")
    return 0


def cmd_check_duplicates(services: Services, args: argparse.Namespace) -> int:
    from dataclasses import asdict
    data = _read_json_or_say(args.json)
    if data is _UNREADABLE:
        return 2
    report = []
    for index, raw in enumerate(data if isinstance(data, list) else [data]):
        try:
            candidates = [asdict(c) for c in services.duplicates.check(raw)]
            report.append({"family": index + 1, "candidates": candidates})
        except InvalidFamily as bad:
            report.append({"family": index + 1, "invalid": [p.describe() for p in bad.problems]})
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


def cmd_audit(services: Services, args: argparse.Namespace) -> int:
    from power_desktop.services.audit import verify
    result = verify(services)
    print(result.message if result.intact else f"Audit trail broken: {result.message}.",
          file=sys.stdout if result.intact else sys.stderr)
    return 0 if result.intact else 1


def cmd_backup(services: Services, args: argparse.Namespace) -> int:
    from power_desktop.services.backup import BackupService
    info = BackupService(services).backup(Path(args.out))
    print(info.path)
    print(f"Checked: {info.families} families, schema {info.schema}. Aadhaar numbers in it "
          "open only with a password of this laptop's accounts or the recovery code.",
          file=sys.stderr)
    return 0


def cmd_operators(services: Services, args: argparse.Namespace) -> int:
    accounts, action = services.accounts, args.operators_command
    if action == "list":
        for a in accounts.list():
            state = "active" if a.active else "disabled"
            if a.active and a.locked_until and a.locked_until > services.clock.now():
                state = f"locked until {a.locked_until:%H:%M} UTC"
            last = f"{a.last_login_at:%d/%m/%Y %H:%M}" if a.last_login_at else "never"
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


def cmd_print(services: Services, args: argparse.Namespace) -> int:
    batch = services.printing.print_forms(
        args.application_ids, Path(args.out) if args.out else None, args.printer)
    reprints = [a for a, n in batch.copies.items() if n]
    where = f"printer {args.printer}" if args.printer else str(batch.path)
    print(f"{len(batch.copies)} forms -> {where}")
    if reprints:
        print(f"marked DUPLICATE COPY: {', '.join(reprints)}", file=sys.stderr)
    return 0


def cmd_slip(services: Services, args: argparse.Namespace) -> int:
    print(services.printing.slip(args.family_id, Path(args.out), args.paper))
    return 0


def cmd_print_queue(services: Services, args: argparse.Namespace) -> int:
    statuses = ("created", "printed", "handed_over") if args.all else ("created",)
    rows = services.printing.queue(statuses)
    if not rows:
        print("Nothing waiting to print.", file=sys.stderr)
    for r in rows:
        print(f"{r.application_id}  {r.scheme_code:<9} {r.member_name:<26} {r.status:<12} "
              f"printed {r.prints}x  {r.family_id}")
    return 0


def cmd_handed_over(services: Services, args: argparse.Namespace) -> int:
    done = services.printing.hand_over(args.application_ids)
    print(f"{done} forms marked handed over.")
    return 0


def cmd_export(services: Services, args: argparse.Namespace) -> int:
    out = Path(args.out) if args.out else None
    if args.again:
        info = services.export.export_again(args.again, out)
        print(info.path)
        return 0
    if args.preview:
        preview = services.export.preview()
        print(f"The batch would carry {preview.families} families, {preview.members} members "
              f"and {preview.applications} applications.")
        for problem in preview.problems:
            print(f"left out: {problem}", file=sys.stderr)
        return 0
    info = services.export.export(out)
    print(info.path)
    print(f"{info.code}: {info.rows['families']} families, {info.rows['members']} members, "
          f"{info.rows['applications']} applications.", file=sys.stderr)
    for problem in info.problems:
        print(f"left out (fix and export again): {problem}", file=sys.stderr)
    return 1 if info.problems else 0


def cmd_batches(services: Services, args: argparse.Namespace) -> int:
    for b in services.export.batches():
        print(f"{b.code}  {b.created_at:%d/%m/%Y %H:%M}  {b.exported_by:<16} "
              f"families {b.rows['families']:>6}  members {b.rows['members']:>7}  "
              f"applications {b.rows['applications']:>6}  {b.path}")
    return 0


def cmd_validate_batch(services: Services, args: argparse.Namespace) -> int:
    from power_desktop.services.batch_check import validate
    problems = validate(Path(args.file))
    for problem in problems:
        print(problem)
    if problems:
        print(f"{args.file}: {len(problems)} problems", file=sys.stderr)
        return 1
    print(f"{args.file}: a sound batch (format, types, codes, hashes, no duplicates).")
    return 0


def cmd_import_ack(services: Services, args: argparse.Namespace) -> int:
    from power_desktop.services.acks import AckService
    result = AckService(services).import_file(Path(args.file))
    note = " (this file was imported before)" if result.seen_before else ""
    print(f"{result.rows} rows: {result.applied} applied, {result.unchanged} unchanged, "
          f"{len(result.set_aside)} set aside{note}.")
    for aside in result.set_aside:
        print(f"row {aside.row} ({aside.application_id or '-'}): {aside.why}", file=sys.stderr)
    return 1 if result.set_aside else 0


def cmd_returns(services: Services, args: argparse.Namespace) -> int:
    from power_desktop.services.acks import AckService
    rows = AckService(services).returns()
    if not rows:
        print("No rejections or corrections to act on.", file=sys.stderr)
    for r in rows:
        again = "  [goes out again in the next batch]" if r.resubmitted else ""
        print(f"{r.application_id}  {r.central_status:<16} {r.scheme_code:<9} {r.member_name}: "
              f"{r.reason}{again}")
    return 0


def cmd_resubmit(services: Services, args: argparse.Namespace) -> int:
    from power_desktop.services.acks import AckService
    done = AckService(services).resubmit(args.application_ids)
    print(f"{done} applications will go out again in the next batch.")
    return 0


def cmd_consolidate(services: Services, args: argparse.Namespace) -> int:
    from power_desktop.services.consolidate import ConsolidateService
    done = ConsolidateService(services).consolidate([Path(f) for f in args.files],
                                                    Path(args.out))
    print(done.path)
    print(f"{len(done.devices)} laptops ({', '.join(done.devices)}): {done.rows['families']} "
          f"families, {done.rows['members']} members, {done.rows['applications']} "
          f"applications; {done.replaced} older copies dropped.", file=sys.stderr)
    for conflict in done.conflicts:
        print(f"conflict: {conflict}", file=sys.stderr)
    for d in done.duplicates:
        print(f"possible duplicate: {d.member_a} ({d.device_a}) {d.name_a} ~ {d.member_b} "
              f"({d.device_b}) {d.name_b}: {d.score}% ({', '.join(d.reasons)})",
              file=sys.stderr)
    return 0


def cmd_report(services: Services, args: argparse.Namespace) -> int:
    try:
        day = parse_date(args.date) if args.date else None
    except Invalid:
        print(f"error: --date '{args.date}' is not a date (use YYYY-MM-DD)", file=sys.stderr)
        return 2
    print(services.dashboard.report(day, Path(args.out)))
    return 0


def cmd_restore(services: Services, args: argparse.Namespace) -> int:
    from power_desktop.services.backup import BackupService
    aside = BackupService(services).restore(Path(args.file))
    print(f"Restored {args.file}. The database it replaced is kept in {aside}. Log in with "
          "an account of the restored database.")
    return 0

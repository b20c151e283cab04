"""Commands for printing, batches, acknowledgements and the day report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from power_desktop.core.localtime import shown
from power_desktop.core.validate import Invalid, parse_date
from power_desktop.services import Services

from .counts import counted


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
        print(f"The batch would carry {counted(preview.families, 'family')}, "
              f"{counted(preview.members, 'member')} and "
              f"{counted(preview.applications, 'application')}.")
        for problem in preview.problems:
            print(f"left out: {problem}", file=sys.stderr)
        return 0
    info = services.export.export(out)
    print(info.path)
    print(f"{info.code}: {counted(info.rows['families'], 'family')}, "
          f"{counted(info.rows['members'], 'member')}, "
          f"{counted(info.rows['applications'], 'application')}.", file=sys.stderr)
    for problem in info.problems:
        print(f"left out (fix and export again): {problem}", file=sys.stderr)
    return 1 if info.problems else 0


def cmd_batches(services: Services, args: argparse.Namespace) -> int:
    for b in services.export.batches():
        print(f"{b.code}  {shown(b.created_at)}  {b.exported_by:<16} "
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

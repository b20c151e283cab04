"""Commands for families: register, look up, search, screen, apply."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from power_desktop.core import localtime
from power_desktop.core.validate import clip
from power_desktop.services import Services
from power_desktop.services.duplicates import PossibleDuplicate, SameAadhaar
from power_desktop.services.errors import InvalidFamily

from .counts import counted


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
    except IsADirectoryError:
        print(f"error: {source} is a folder, not a JSON file", file=sys.stderr)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        print(f"error: {source} is not valid JSON: {exc}", file=sys.stderr)
    except RecursionError:
        print(f"error: {source} is nested too deeply to be a family list", file=sys.stderr)
    except OSError as exc:
        print(f"error: {source} cannot be read: {exc.strerror or exc}", file=sys.stderr)
    return _UNREADABLE


def shown(value: Any) -> str:
    """Typed text for the terminal: a few words, hidden and control characters as codes."""
    return clip(str(value))


def _who(index: int, raw: Any) -> str:
    head = ""
    if isinstance(raw, dict) and isinstance(raw.get("members"), list):
        for m in raw["members"]:
            if isinstance(m, dict) and m.get("relation") == "head" and m.get("name"):
                head = f" (head: {shown(m['name'])})"
    return f"family {index + 1}{head}"


def cmd_register(services: Services, args: argparse.Namespace) -> int:
    data = _read_json_or_say(args.json)
    if data is _UNREADABLE:
        return 2
    families = data if isinstance(data, list) else [data]
    if not families:
        print(f"error: {args.json} holds no families (an empty list): nothing was saved",
              file=sys.stderr)
        return 2
    refused = 0
    for index, raw in enumerate(families):
        try:
            done = services.registration.register(
                raw, confirm_warnings=args.accept_warnings,
                duplicate_decision="different person (--allow-duplicate)"
                if args.allow_duplicate else None, move_from=args.move_from)
        except SameAadhaar as same:
            refused += 1
            print(f"{_who(index, raw)}: not saved: an Aadhaar number typed is already "
                  "registered (one Aadhaar number is one person; --allow-duplicate does not "
                  "change that). Open that family, or move the person with "
                  "'register --move-from MEMBER_ID'.", file=sys.stderr)
            for c in same.candidates:
                print(f"  {c.member_name or 'a member'}: already registered as {c.name}, "
                      f"{c.member_id}", file=sys.stderr)
            continue
        except PossibleDuplicate as dup:
            refused += 1
            print(f"{_who(index, raw)}: possible duplicate, not saved "
                  "(use --allow-duplicate if these are different people)", file=sys.stderr)
            for c in dup.candidates:
                print(f"  member {c.member_index + 1} ({c.member_name}) looks like {c.name}, "
                      f"{c.member_id}, age {c.age}, {c.locality}: {c.score}% "
                      f"({', '.join(c.reasons)})"
                      + (f"; against: {', '.join(c.against)}" if c.against else ""),
                      file=sys.stderr)
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
              f"{localtime.shown(e.changed_at)}")
        for c in e.changes:
            print(f"  {c['field']}: {c['old']!r} -> {c['new']!r}")
    return 0


def cmd_families(services: Services, args: argparse.Namespace) -> int:
    print(counted(services.registration.count(), "family"))
    for row in services.registration.page(limit=args.limit):
        print(f"{row.family_id}  {row.head_name:<28} {row.member_count:>2}  {row.locality}, "
              f"{row.district}")
    return 0


def cmd_demo(services: Services, args: argparse.Namespace) -> int:
    from power_desktop.core.codes import indian_grouping as grouped
    from power_desktop.services import demo
    start = time.monotonic()

    def progress(n: int) -> None:
        print(f"\r{grouped(n)} of {grouped(args.families)} families "
              f"({time.monotonic() - start:.0f} s)", end="", file=sys.stderr)
    made = demo.generate(services, args.families, args.seed, progress=progress)
    print(file=sys.stderr)
    print(f"Added {grouped(made)} demo families in {time.monotonic() - start:.0f} s; "
          f"{grouped(services.registration.count())} in all.")
    return 0




def _doubt_json(f: Any) -> dict[str, Any]:
    return {"fact": f.key, "unconfirmed": f.origin.doubt.en, "unconfirmed_hi": f.origin.doubt.hi,
            "source": f.origin.source.en, "source_hi": f.origin.source.hi,
            "checked_on": f.origin.checked_on.isoformat()}


def _doubt_line(f: Any, lang: str) -> str:
    checked = f.origin.checked_on.strftime("%d/%m/%Y")
    if lang == "hi":
        return (f"* पुष्टि नहीं: {f.origin.doubt.hi} (स्रोत: {f.origin.source.hi}; "
                f"जाँच {checked})")
    return f"* not confirmed: {f.origin.doubt.en} (source: {f.origin.source.en}; checked {checked})"


def _verdict_json(v: Any) -> dict[str, Any]:
    return {"scheme": v.scheme.code, "member_no": v.member_no, "member": v.member_name,
            "status": v.status, "annual_value": v.annual_value, "one_time": v.one_time,
            "reasons": [r.en for r in v.reasons], "reasons_hi": [r.hi for r in v.reasons],
            "questions": [{"fact": q.path, "question": q.question_en,
                           "question_hi": q.question_hi} for q in v.questions],
            "unconfirmed": [_doubt_json(f) for f in v.unconfirmed]}


def cmd_screen(services: Services, args: argparse.Namespace) -> int:
    from power_desktop.core.codes import indian_grouping
    screening = services.eligibility.screen(args.family_id)
    if args.json:
        print(json.dumps({"family_id": services.registration.get(args.family_id).family_id,
                          "total_annual_value": screening.total_annual_value,
                          "total_once_value": screening.total_once_value,
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
            value = (f"  Rs {indian_grouping(v.annual_value)}"
                     f"{' once' if v.one_time else '/year'}") if v.annual_value else ""
            flag = "  *" if v.unconfirmed else ""
            print(f"  {marks[v.status]:<13} {v.scheme.code:<9} {v.scheme.name.get(lang)}"
                  f"{value}{flag}")
            if v.status == "needs_info":
                for q in v.questions:
                    print(f"                ask: {q.question(lang)}")
            elif v.status == "not_eligible":
                print(f"                {'; '.join(r.get(lang) for r in v.reasons)}")
            for f in v.unconfirmed:
                print(f"                {_doubt_line(f, lang)}")
    print(f"Total a year if every eligible scheme is applied for: "
          f"Rs {indian_grouping(screening.total_annual_value)}")
    if screening.total_once_value:
        print(f"One-time benefits, apart from the yearly total: "
              f"Rs {indian_grouping(screening.total_once_value)}")
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
        print(f"{base.scheme_code}: {base.eligible_families} of "
              f"{counted(base.families, 'family')} "
              f"qualify ({base.eligible_members} people); {base.needs_info} need information")
        if params:
            changed = services.eligibility.preview(args.code, params)
            print(f"with {', '.join(args.set)}: "
                  f"{counted(changed.eligible_families, 'family')} "
                  f"({changed.eligible_families - base.eligible_families:+d}), "
                  f"{changed.eligible_members} people; {changed.needs_info} need information")
        return 0
    if args.schemes_command == "facts":
        from power_desktop.schemes import facts_table
        if args.path:
            try:
                schemes = load_pack(Path(args.path))
            except PackError as bad:
                print(str(bad), file=sys.stderr)
                return 1
        else:
            schemes = services.eligibility.schemes()
        if args.json:
            print(json.dumps(facts_table.as_json(schemes), ensure_ascii=False, indent=2))
        else:
            print(facts_table.markdown(schemes), end="")
        return 0
    schemes = services.eligibility.schemes()
    if args.json:
        print(json.dumps([{
            "code": s.code, "level": s.level, "name": s.name.en, "name_hi": s.name.hi,
            "benefit": s.benefit.text.en, "amount": s.benefit.amount, "period": s.benefit.period,
            "checked_on": s.checked_on.isoformat(), "source": s.source,
            "unconfirmed": [_doubt_json(f) for f in s.unconfirmed], "params": s.params,
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

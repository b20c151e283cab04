"""Every fact of a scheme pack in one table a program officer can check: scheme, fact, value,
source, date checked, confirmed or not.

`power-desktop schemes facts [PATH] [--json]` prints it, and docs/scheme-facts.md is made from
it (`make scheme-facts`; a test fails when the document is not what the pack gives), so the
document cannot drift from the data.

    python -m power_desktop.schemes.facts_table forms/delhi docs/scheme-facts.md
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from power_desktop.core.eligibility import Scheme, SchemeFact

from .loader import PackError, load_pack

HEADER = ("scheme", "fact", "value", "source", "checked", "confirmed")

INTRO = """\
# Scheme facts of the {pack} pack

Every fact the `forms/{pack}/` pack rests on, with where it comes from and the day it was
checked: one row per criterion, per benefit, per documents list, and per note on what the rules
do not decide. To check the pack, compare each row with its source; to correct a fact, edit the
scheme's file (docs/scheme-packs.md): the value, its `source`, its `checked_on`, and
`unconfirmed` while nobody has confirmed it. Operators see the unconfirmed facts on the
Entitlements page, with their source.

This document is made from the pack: do not edit it by hand. After changing the pack, run
`make scheme-facts` (a test fails until it is current). `power-desktop schemes facts
forms/{pack}` prints the same table; `--json` gives it as data.

{counts}

"""


def rows(schemes: list[Scheme]) -> list[SchemeFact]:
    return [fact for scheme in schemes for fact in scheme.facts]


def as_json(schemes: list[Scheme]) -> list[dict[str, Any]]:
    return [{
        "scheme": f.scheme, "fact": f.key, "value": f.value.en, "value_hi": f.value.hi,
        "params": dict(f.params), "source": f.origin.source.en,
        "source_hi": f.origin.source.hi, "checked_on": f.origin.checked_on.isoformat(),
        "confirmed": f.origin.confirmed,
        "unconfirmed": f.origin.doubt.en if f.origin.doubt else None,
        "unconfirmed_hi": f.origin.doubt.hi if f.origin.doubt else None,
    } for f in rows(schemes)]


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def _value(fact: SchemeFact) -> str:
    limits = ", ".join(f"`{name} = {value}`" for name, value in fact.params)
    return _cell(fact.value.en) + (f" ({limits})" if limits else "")


def markdown(schemes: list[Scheme]) -> str:
    """The table, in Markdown, English; one line per fact."""
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    for f in rows(schemes):
        confirmed = "yes" if f.origin.doubt is None else \
            f"**no**: {_cell(f.origin.doubt.en)}"
        lines.append("| " + " | ".join((
            f.scheme, f.key, _value(f), _cell(f.origin.source.en),
            f.origin.checked_on.isoformat(), confirmed)) + " |")
    return "\n".join(lines) + "\n"


def document(schemes: list[Scheme], pack: str) -> str:
    facts = rows(schemes)
    doubtful = sum(1 for f in facts if not f.origin.confirmed)
    oldest = min(f.origin.checked_on for f in facts)
    counts = (f"{len(schemes)} schemes, {len(facts)} facts, {doubtful} not confirmed; the "
              f"oldest check is of {oldest.isoformat()}.")
    return INTRO.format(pack=pack, counts=counts) + markdown(schemes)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m power_desktop.schemes.facts_table PACK_FOLDER OUT.md",
              file=sys.stderr)
        return 2
    folder, out = Path(args[0]), Path(args[1])
    try:
        schemes = load_pack(folder)
    except PackError as bad:
        print(str(bad), file=sys.stderr)
        return 1
    text = document(schemes, folder.name)
    part = out.with_name(out.name + ".part")  # never a half-written document
    part.write_text(text, encoding="utf-8")
    part.replace(out)
    print(f"{out}: {len(rows(schemes))} facts of {len(schemes)} schemes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The eligibility engine: for each member and scheme, eligible / not eligible / needs information.

Schemes arrive already loaded and checked (power_desktop.schemes); each criterion is a compiled
CEL program over `member`, `family` and the scheme's `params`. A fact nobody has recorded is
absent from those objects: a criterion that needs it cannot decide, and its fields become the
questions to ask. CEL's `&&` and `||` still decide when the known part is enough
(`false && unknown` is false).
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any, Literal

from .facts import FACTS, Fact, family_facts, member_facts

Status = Literal["eligible", "not_eligible", "needs_info"]
PERIOD_PER_YEAR = {"month": 12, "year": 1, "once": 1}
_PARAM = re.compile(r"\bparams\.([A-Za-z_]\w*)")


@dataclass(frozen=True)
class Text:
    en: str
    hi: str

    def get(self, lang: str = "en") -> str:
        return self.hi if lang == "hi" else self.en


@dataclass(frozen=True)
class Origin:
    """Where one fact of a scheme comes from: a short source note, the day it was checked and,
    while nobody has confirmed it, what is in doubt (shown to operators in both languages)."""
    source: Text
    checked_on: date
    doubt: Text | None = None

    @property
    def confirmed(self) -> bool:
        return self.doubt is None


UNKNOWN_ORIGIN = Origin(Text("", ""), date.min)


@dataclass(frozen=True)
class Criterion:
    id: str
    rule: str
    program: Any  # cel.Program
    passed: Text
    failed: Text
    fields: tuple[str, ...]  # fact paths it reads, e.g. ("member.age", "family.annual_income")
    origin: Origin = UNKNOWN_ORIGIN

    @cached_property
    def reads(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The member and family facts this criterion reads: CEL is handed only those (a rule
        over `family.members` costs its list's conversion, not every criterion's)."""
        return _split(self.fields)


@dataclass(frozen=True)
class Benefit:
    amount: int
    period: str  # once, month, year
    text: Text
    amount_rule: Any | None = None  # cel.Program giving the amount for this member, if it varies
    amount_fields: tuple[str, ...] = ()
    origin: Origin = UNKNOWN_ORIGIN


@dataclass(frozen=True)
class SchemeFact:
    """One fact of a scheme as a program officer checks it: a criterion, the benefit, the
    documents list, or a note on something the rules do not decide (`[[notes]]`)."""
    scheme: str
    key: str  # "criterion income", "benefit", "documents", "note window"
    value: Text
    origin: Origin
    params: tuple[tuple[str, Any], ...] = ()  # the limits the rule reads, as the pack has them


@dataclass(frozen=True)
class Scheme:
    code: str
    level: Literal["member", "family"]
    name: Text
    description: Text
    benefit: Benefit
    criteria: tuple[Criterion, ...]
    documents: tuple[Text, ...]
    checked_on: date
    source: str  # for what no criterion carries: the description and the documents list
    notes: tuple[SchemeFact, ...] = ()  # facts the rules do not decide, each with its origin
    reference_date: str | None = None  # "MM-DD": ages are taken on the next such day
    params: dict[str, Any] = field(default_factory=dict)
    questions: dict[str, Fact] = field(default_factory=dict)  # the pack's own facts
    exclusive_group: str | None = None
    form: dict[str, Any] = field(default_factory=dict)
    export_columns: tuple[dict[str, Any], ...] = ()
    file: str = ""

    def age_date(self, today: date) -> date:
        if not self.reference_date:
            return today
        month, day = (int(x) for x in self.reference_date.split("-"))
        candidate = date(today.year, month, day)
        return candidate if candidate >= today else date(today.year + 1, month, day)

    @cached_property
    def facts(self) -> tuple[SchemeFact, ...]:
        """Every fact of the scheme with where it comes from, in the pack's order."""
        rows = [SchemeFact(self.code, f"criterion {c.id}", c.passed, c.origin, tuple(
            (name, self.params[name]) for name in dict.fromkeys(_PARAM.findall(c.rule))
            if name in self.params)) for c in self.criteria]
        rows.append(SchemeFact(self.code, "benefit", self.benefit.text, self.benefit.origin))
        documents = Text("; ".join(d.en for d in self.documents),
                         "; ".join(d.hi for d in self.documents))
        rows.append(SchemeFact(self.code, "documents", documents,
                               Origin(Text(self.source, self.source), self.checked_on)))
        return (*rows, *self.notes)

    @property
    def unconfirmed(self) -> tuple[SchemeFact, ...]:
        return tuple(f for f in self.facts if not f.origin.confirmed)

    def fact(self, path: str) -> Fact | None:
        return self.questions.get(path) or FACTS.get(path)

    @cached_property
    def reads(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The member and family facts the rules read. Only those are handed to CEL: turning a
        whole family, members list and all, into CEL values costs ten times the evaluation."""
        return _split({p for c in self.criteria for p in c.fields}
                      | set(self.benefit.amount_fields))


@dataclass(frozen=True)
class Verdict:
    scheme: Scheme
    member_no: int | None
    member_name: str
    status: Status
    reasons: tuple[Text, ...]
    questions: tuple[Fact, ...] = ()
    annual_value: int = 0
    deciding: tuple[str, ...] = ()  # ids of the criteria the reasons come from

    @property
    def code(self) -> str:
        return self.scheme.code

    @property
    def one_time(self) -> bool:
        """Paid once (NFBS's Rs 20,000), not every year: never added to a yearly total."""
        return self.scheme.benefit.period == "once"

    @property
    def unconfirmed(self) -> tuple[SchemeFact, ...]:
        """The scheme's unconfirmed facts this verdict rests on: the failed criteria of a
        refusal; otherwise every criterion met or still open, the benefit and the notes."""
        if self.status == "not_eligible":
            keys = {f"criterion {c}" for c in self.deciding}
            return tuple(f for f in self.scheme.unconfirmed if f.key in keys)
        return self.scheme.unconfirmed


@dataclass(frozen=True)
class Screening:
    verdicts: tuple[Verdict, ...]

    @property
    def eligible(self) -> list[Verdict]:
        """Eligible verdicts, most valuable first."""
        return sorted((v for v in self.verdicts if v.status == "eligible"),
                      key=lambda v: (-v.annual_value, v.scheme.code, v.member_no or 0))

    @property
    def needs_info(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.status == "needs_info"]

    @property
    def total_annual_value(self) -> int:
        """What the family stands to receive in a year: a member counts once per exclusive
        group (Delhi pays one pension per person), taking the most valuable scheme in it.
        One-time benefits are not in it (`total_once_value`)."""
        return self._total(once=False)

    @property
    def total_once_value(self) -> int:
        """What the family stands to receive once (one-time benefits), apart from the yearly."""
        return self._total(once=True)

    def _total(self, once: bool) -> int:
        best: dict[tuple[str, int | None], int] = {}
        total = 0
        for v in self.eligible:
            if v.one_time != once:
                continue
            group = v.scheme.exclusive_group
            if group is None:
                total += v.annual_value
            else:
                key = (group, v.member_no)
                best[key] = max(best.get(key, 0), v.annual_value)
        return total + sum(best.values())

    def questions(self) -> list[tuple[Fact, int | None]]:
        """Every distinct question to ask, with the member it is about (None: the family)."""
        seen: dict[tuple[str, int | None], Fact] = {}
        for v in self.needs_info:
            for fact in v.questions:
                who = None if fact.level == "family" else v.member_no
                seen.setdefault((fact.path, who), fact)
        return [(fact, who) for (_, who), fact in seen.items()]


def _split(paths: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return (tuple(sorted(p[7:] for p in paths if p.startswith("member."))),
            tuple(sorted(p[7:] for p in paths if p.startswith("family."))))


def context_for(scheme: Scheme, member: dict[str, Any], family: dict[str, Any],
                criterion: Criterion | None = None) -> dict[str, Any]:
    """What CEL is handed: the facts the scheme reads, or only those of one criterion."""
    member_keys, family_keys = scheme.reads if criterion is None else criterion.reads
    return {"member": {k: member[k] for k in member_keys if k in member},
            "family": {k: family[k] for k in family_keys if k in family},
            "params": scheme.params}


def evaluate(scheme: Scheme, member: dict[str, Any], family: dict[str, Any]) -> tuple[
        Status, tuple[Text, ...], tuple[Fact, ...]]:
    """One scheme for one set of facts: the status, the deciding reasons, the questions."""
    status, reasons, questions, _ = decide(scheme, member, family)
    return status, reasons, questions


def decide(scheme: Scheme, member: dict[str, Any], family: dict[str, Any]) -> tuple[
        Status, tuple[Text, ...], tuple[Fact, ...], tuple[str, ...]]:
    """evaluate(), with the ids of the criteria the reasons come from."""
    passed: list[Criterion] = []
    failed: list[Criterion] = []
    missing: list[str] = []
    for criterion in scheme.criteria:
        context = context_for(scheme, member, family, criterion)
        try:
            result = criterion.program.execute(context)
        except KeyError:
            unknown = [p for p in criterion.fields if not _known(p, context)]
            missing.extend(unknown or list(criterion.fields))
            continue
        (passed if result is True else failed).append(criterion)
    if failed:
        return "not_eligible", tuple(c.failed for c in failed), (), tuple(c.id for c in failed)
    ids = tuple(c.id for c in passed)
    if missing:
        facts = []
        for path in dict.fromkeys(missing):
            fact = scheme.fact(path)
            if fact is not None:
                facts.append(fact)
        return "needs_info", tuple(c.passed for c in passed), tuple(facts), ids
    return "eligible", tuple(c.passed for c in passed), (), ids


def _known(path: str, context: dict[str, Any]) -> bool:
    level, _, name = path.partition(".")
    return name in context.get(level, {})


def annual_value(scheme: Scheme, member: dict[str, Any], family: dict[str, Any]) -> int:
    amount = scheme.benefit.amount
    if scheme.benefit.amount_rule is not None:
        # When not enough is known for the exact amount, the base amount stands.
        with contextlib.suppress(KeyError, TypeError, ValueError):
            amount = int(scheme.benefit.amount_rule.execute(context_for(scheme, member, family)))
    return amount * PERIOD_PER_YEAR[scheme.benefit.period]


def screen(schemes: list[Scheme], family: dict[str, Any], today: date) -> Screening:
    """Screen every member of a family (FamilyView.to_json()) for every scheme."""
    verdicts: list[Verdict] = []
    by_date: dict[date, tuple[dict[str, Any], list[dict[str, Any]]]] = {}
    for scheme in schemes:
        on = scheme.age_date(today)
        if on not in by_date:
            members = [member_facts(m, on) for m in family["members"]]
            by_date[on] = (family_facts(family, on, members), members)
        ffacts, mfacts = by_date[on]
        if scheme.level == "family":
            head = next((m for m in mfacts if m["relation"] == "head"), mfacts[0])
            candidates: list[tuple[int | None, str, dict[str, Any]]] = [
                (None, head["name"], head)]
        else:
            candidates = [(m["member_no"], m["name"], m) for m in mfacts]
        for member_no, name, facts in candidates:
            status, reasons, questions, deciding = decide(scheme, facts, ffacts)
            value = annual_value(scheme, facts, ffacts) if status == "eligible" else 0
            verdicts.append(Verdict(scheme, member_no, name, status, reasons, questions, value,
                                    deciding))
    return Screening(tuple(verdicts))

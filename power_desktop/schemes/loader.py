"""Loading and checking a scheme pack. An invalid pack is refused whole, with every problem
named by file, scheme and field, so a program officer can fix it without a developer.

A pack is a folder (forms/delhi/) of TOML files, one per scheme; files starting with `_` are
not schemes (`_pack.toml` holds the pack's own questions). docs/scheme-packs.md has the format.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import cel

from power_desktop.core.codes import Code
from power_desktop.core.eligibility import Benefit, Criterion, Origin, Scheme, SchemeFact, Text
from power_desktop.core.facts import FACTS, MEMBER_LIST_FACTS, Fact
from power_desktop.core.printable import is_printable

FORMS = Path(__file__).resolve().parents[2] / "forms"
PERIODS = ("once", "month", "year")
_FIELD = re.compile(r"\b(member|family|params)\.([A-Za-z_]\w*)")
_MACRO_VAR = re.compile(r"\.(?:exists|all|exists_one|filter|map)\(\s*([A-Za-z_]\w*)\s*,")
CRITERION_KEYS = {"id", "rule", "pass", "fail", "source", "checked_on", "unconfirmed"}
NOTE_KEYS = {"id", "text", "source", "checked_on", "unconfirmed"}
SAMPLE: dict[str, Any] = {"int": 30, "bool": True, "code": "x", "text": "x", "list": []}


class PackError(ValueError):
    """The pack cannot be used; `problems` lists each problem as 'file: scheme: what'."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("The scheme pack has problems:\n" + "\n".join(f"  - {p}"
                                                                      for p in problems))


def default_pack_dir(name: str) -> Path:
    return FORMS / name


class _Checker:
    def __init__(self, file: str, scheme: str = "") -> None:
        self.file, self.scheme, self.problems = file, scheme, []  # type: ignore[var-annotated]

    def add(self, what: str) -> None:
        where = f"{self.file}: {self.scheme}: " if self.scheme else f"{self.file}: "
        self.problems.append(where + what)

    def text(self, data: Any, key: str, required: bool = True) -> Text:
        value = data.get(key) if isinstance(data, dict) else None
        if value is None:
            if required:
                self.add(f"'{key}' is missing (it needs an English and a Hindi text)")
            return Text("", "")
        if not isinstance(value, dict) or not all(
                isinstance(value.get(lang), str) and value[lang].strip() for lang in ("en", "hi")):
            self.add(f"'{key}' needs both languages: {key} = {{ en = \"...\", hi = \"...\" }}")
            return Text(str(value), str(value))
        return Text(value["en"].strip(), value["hi"].strip())

    def origin(self, data: Any, where: str) -> Origin:
        """A fact's `source` (a short note: text, or both languages), `checked_on` (a date) and
        optional `unconfirmed` (what is in doubt, both languages). Operators are shown the
        source of an unconfirmed fact, so it then needs a Hindi text too."""
        data = data if isinstance(data, dict) else {}
        source, checked = data.get("source"), data.get("checked_on")
        doubt = None
        if "unconfirmed" in data:
            doubt = _both(data["unconfirmed"])
            if doubt is None:
                self.add(f"{where}: 'unconfirmed' says what is in doubt, in both languages: "
                         "unconfirmed = { en = \"...\", hi = \"...\" }")
                doubt = Text("?", "?")
        text = Text("", "")
        if isinstance(source, str) and source.strip():
            text = Text(source.strip(), source.strip())
            if doubt is not None:
                self.add(f"{where}: an unconfirmed fact is shown to operators, so its 'source' "
                         "needs both languages: source = { en = \"...\", hi = \"...\" }")
        elif isinstance(source, dict) and _both(source) is not None:
            text = _both(source) or text
        elif isinstance(source, dict):
            self.add(f"{where}: 'source' needs both languages: "
                     "source = { en = \"...\", hi = \"...\" }")
        else:
            self.add(f"{where}: 'source' must say where this fact comes from (a short note, "
                     "e.g. \"DoE circular, 3 January 2025\")")
        if not isinstance(checked, date):
            self.add(f"{where}: 'checked_on' must be the date this fact was checked, "
                     "e.g. 2026-12-01")
            checked = date.min
        return Origin(text, checked, doubt)

    def compile(self, where: str, rule: Any, facts: dict[str, Fact],
                params: dict[str, Any]) -> tuple[Any, tuple[str, ...]] | None:
        if not isinstance(rule, str) or not rule.strip():
            self.add(f"{where}: the rule is missing or not text")
            return None
        try:
            program = cel.compile(rule)
        except ValueError as bad:
            first = str(bad).split("\n")[0].replace("Failed to parse expression", "cannot read")
            self.add(f"{where}: {first}")
            return None
        fields = []
        for level, name in _FIELD.findall(rule):
            path = f"{level}.{name}"
            if level == "params":
                if name not in params:
                    self.add(f"{where}: 'params.{name}' is not defined in [params]")
            elif path not in facts:
                self.add(f"{where}: '{path}' is not a known fact (see docs/scheme-packs.md)")
            else:
                fields.append(path)
        for var in _MACRO_VAR.findall(rule):
            for name in re.findall(rf"\b{re.escape(var)}\.([A-Za-z_]\w*)", rule):
                if name not in MEMBER_LIST_FACTS:
                    self.add(f"{where}: '{var}.{name}' is not a fact of family.members "
                             f"(those are {', '.join(MEMBER_LIST_FACTS)})")
        sample: dict[str, Any] = {"member": {}, "family": {}, "params": params}
        for path, fact in facts.items():
            level, _, name = path.partition(".")
            value = next(iter(fact.codes)) if fact.codes else SAMPLE[fact.kind]
            sample[level][name] = value
        sample["family"]["members"] = [{name: sample["member"][name]
                                        for name in MEMBER_LIST_FACTS}]
        try:
            program.execute(sample)
        except TypeError as bad:
            self.add(f"{where}: the rule compares values of different kinds "
                     f"({str(bad).split('.')[0]})")
        except Exception as bad:  # CEL raises several kinds; all are the author's to fix
            self.add(f"{where}: the rule fails on sample data: {bad}")
        return program, tuple(dict.fromkeys(fields))


def _both(value: Any) -> Text | None:
    """{ en = "...", hi = "..." } as a Text, or None if either language is missing."""
    if isinstance(value, dict) and all(isinstance(value.get(lang), str) and value[lang].strip()
                                       for lang in ("en", "hi")):
        return Text(value["en"].strip(), value["hi"].strip())
    return None


def _questions(data: dict[str, Any], checker: _Checker) -> dict[str, Fact]:
    facts: dict[str, Fact] = {}
    for i, q in enumerate(data.get("questions", [])):
        where = f"question {i + 1}"
        name, level, kind = q.get("id"), q.get("level"), q.get("kind", "bool")
        if not isinstance(name, str) or not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
            checker.add(f"{where}: 'id' must be a lower-case name like owns_four_wheeler")
            continue
        if level not in ("member", "family"):
            checker.add(f"{where} ({name}): 'level' must be member or family")
            continue
        if kind not in ("int", "bool", "code"):
            checker.add(f"{where} ({name}): 'kind' must be int, bool or code")
            continue
        text = checker.text(q, "question")
        codes = None
        if kind == "code":
            choices = q.get("choices", {})
            codes = {c: Code(c, t.get("en", c), t.get("hi", c)) for c, t in choices.items()}
            if not codes:
                checker.add(f"{where} ({name}): a 'code' question needs [choices]")
        if f"{level}.{name}" in FACTS:
            checker.add(f"{where}: '{level}.{name}' is already a built-in fact")
            continue
        facts[f"{level}.{name}"] = Fact(level, name, kind, text.en, text.hi, codes,
                                        f"extra.{name}")
    return facts


def _form(form: Any, default: dict[str, Any], facts: dict[str, Fact],
          checker: _Checker) -> dict[str, Any]:
    """The scheme's form layout, or the pack's default sections; every field checked."""
    if not isinstance(form, dict):
        checker.add("[form] must be a table")
        return dict(default)
    merged = {**default, **form}
    extra = {path.split(".", 1)[1] for path in facts}
    sections = []
    for i, section in enumerate(merged.get("sections", [])):
        title = checker.text(section, "title")
        fields = section.get("fields", [])
        for key in fields:
            if not is_printable(key, extra):
                checker.add(f"form section {i + 1}: '{key}' is not a field a form can print "
                            "(see docs/scheme-packs.md)")
        sections.append({"title": title, "fields": list(fields)})
    if not sections:
        checker.add("the form has no [[form.sections]] (and the pack gives no default)")
    merged["sections"] = sections
    merged["aadhaar_full"] = bool(merged.get("aadhaar_full", False))
    for key in ("declaration", "submit_to", "next_steps"):  # the pack's, or the scheme's own
        merged[key] = checker.text(merged, key)
    return merged


def _scheme(path: Path, data: dict[str, Any], pack_facts: dict[str, Fact],
            checker: _Checker, default_form: dict[str, Any]) -> Scheme | None:
    code = data.get("code")
    if not isinstance(code, str) or not re.fullmatch(r"[A-Z0-9][A-Z0-9_-]{1,30}", code):
        checker.add("'code' must be capital letters, digits and dashes, e.g. DL-OAP")
        code = "?"
    checker.scheme = code
    level = data.get("level")
    if level not in ("member", "family"):
        checker.add("'level' must be member (each person) or family (the household)")
    name = checker.text(data, "name")
    description = checker.text(data, "description")
    checked = data.get("checked_on")
    if not isinstance(checked, date):
        checker.add("'checked_on' must be the date the facts were checked, e.g. 2026-10-15")
    source = data.get("source")
    if not isinstance(source, str) or not source.strip():
        checker.add("'source' must say where the facts come from")
    params = data.get("params", {})
    if not isinstance(params, dict):
        checker.add("[params] must be a table of named limits")
        params = {}
    facts = {**FACTS, **pack_facts, **_questions(data, checker)}
    own = {p: f for p, f in facts.items() if p not in FACTS}

    benefit_data = data.get("benefit", {})
    amount, period = benefit_data.get("amount"), benefit_data.get("period")
    if not isinstance(amount, int) or amount < 0:
        checker.add("[benefit] 'amount' must be a whole number of rupees (0 if not cash)")
        amount = 0
    if period not in PERIODS:
        checker.add(f"[benefit] 'period' must be one of {', '.join(PERIODS)}")
        period = "once"
    amount_rule: Any = None
    amount_fields: tuple[str, ...] = ()
    if "amount_rule" in benefit_data:
        compiled = checker.compile("[benefit] amount_rule", benefit_data["amount_rule"], facts,
                                   params)
        if compiled:
            amount_rule, amount_fields = compiled
    benefit = Benefit(amount, period, checker.text(benefit_data, "text"), amount_rule,
                      amount_fields, checker.origin(benefit_data, "[benefit]"))

    criteria = []
    raw_criteria = data.get("criteria", [])
    if not raw_criteria:
        checker.add("there are no [[criteria]]")
    for i, c in enumerate(raw_criteria):
        cid = c.get("id") or f"criterion {i + 1}"
        for key in sorted(set(c) - CRITERION_KEYS):
            checker.add(f"criterion '{cid}': unknown key '{key}' (in TOML, a key written after "
                        "a [[criteria]] table belongs to that criterion: move it above the "
                        "first [table])")
        compiled = checker.compile(f"criterion '{cid}'", c.get("rule"), facts, params)
        passed, failed = checker.text(c, "pass"), checker.text(c, "fail")
        origin = checker.origin(c, f"criterion '{cid}'")
        if compiled:
            criteria.append(Criterion(cid, c["rule"], compiled[0], passed, failed, compiled[1],
                                      origin))
    documents = tuple(checker.text({"d": d}, "d") for d in data.get("documents", []))
    if not documents:
        checker.add("'documents' is missing: list what the applicant must bring, in both "
                    "languages (it goes on the form and the family slip)")
    if "unconfirmed" in data:
        checker.add("'unconfirmed' now belongs to the fact it is about: move each text to its "
                    "[[criteria]], to [benefit], or to a [[notes]] entry, with that fact's "
                    "source and checked_on (docs/scheme-packs.md)")
    notes = []
    for i, n in enumerate(data.get("notes", [])):
        nid = n.get("id") if isinstance(n, dict) else None
        if not isinstance(nid, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", nid):
            checker.add(f"note {i + 1}: 'id' must be a lower-case name like window")
            nid = f"{i + 1}"
        for key in sorted(set(n) - NOTE_KEYS):
            checker.add(f"note '{nid}': unknown key '{key}'")
        notes.append(SchemeFact(str(code), f"note {nid}", checker.text(n, "text"),
                                checker.origin(n, f"note '{nid}'")))
    reference = data.get("age_reference_date")
    if reference is not None and not re.fullmatch(r"(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])",
                                                  str(reference)):
        checker.add("'age_reference_date' must be MM-DD, e.g. 03-31")
    form = _form(data.get("form", {}), default_form, own, checker)
    columns = []
    for col in data.get("export", {}).get("columns", []):
        if not isinstance(col, dict) or not col.get("name") or not col.get("value"):
            checker.add("each [[export.columns]] needs a 'name' and a 'value'")
            continue
        if not re.fullmatch(r"[a-z][a-z0-9_]*", str(col["name"])):
            checker.add(f"export column '{col['name']}': name it in lower case letters, "
                        "digits and _")
        compiled = checker.compile(f"export column '{col['name']}'", col["value"], facts,
                                   params)
        if compiled:
            columns.append({"name": col["name"], "value": col["value"],
                            "program": compiled[0]})
    return Scheme(code=code, level=level if level in ("member", "family") else "member",
                  name=name, description=description, benefit=benefit,
                  criteria=tuple(criteria), documents=documents,
                  checked_on=checked if isinstance(checked, date) else date.min,
                  source=str(source or ""), notes=tuple(notes), reference_date=reference,
                  params=dict(params), questions=own,
                  exclusive_group=data.get("exclusive_group"), form=dict(form),
                  export_columns=tuple(columns), file=path.name)


def load_pack(folder: Path) -> list[Scheme]:
    """Every scheme in the folder, checked; PackError lists all problems if any."""
    folder = Path(folder)
    if not folder.is_dir():
        raise PackError([f"{folder}: no such folder"])
    problems: list[str] = []
    pack_facts: dict[str, Fact] = {}
    default_form: dict[str, Any] = {}
    pack_file = folder / "_pack.toml"
    if pack_file.exists():
        checker = _Checker(pack_file.name)
        try:
            pack_data = tomllib.loads(pack_file.read_text(encoding="utf-8"))
            pack_facts = _questions(pack_data, checker)
            default_form = pack_data.get("form", {})
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as bad:
            checker.add(f"not valid TOML: {bad}")
        problems.extend(checker.problems)
    schemes: list[Scheme] = []
    codes: dict[str, str] = {}
    files = sorted(p for p in folder.glob("*.toml") if not p.name.startswith("_"))
    if not files:
        problems.append(f"{folder}: no scheme files (*.toml)")
    for path in files:
        checker = _Checker(path.name)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as bad:
            problems.append(f"{path.name}: not valid TOML: {bad}")
            continue
        scheme = _scheme(path, data, pack_facts, checker, default_form)
        if scheme is not None and scheme.code in codes:
            checker.add(f"the code {scheme.code} is also used by {codes[scheme.code]}")
        problems.extend(checker.problems)
        if scheme is not None:
            codes[scheme.code] = path.name
            schemes.append(scheme)
    if problems:
        raise PackError(problems)
    return schemes

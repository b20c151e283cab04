"""Every refusal a service raises carries Hindi as well as English, for the window in Hindi."""

from __future__ import annotations

import ast
from pathlib import Path

from power_desktop.services import errors
from power_desktop.services.errors import (
    InvalidFamily,
    NotLoggedIn,
    NotSetUp,
    ServerUnreachable,
    ServiceError,
)
from power_desktop.services.restore import NeedsConfirmation, RestorePlan
from power_desktop.store.restore_sql import Losses

SERVICES = Path(errors.__file__).parent
# Raised with their own bilingual text, from inside their class.
BUILT_IN = {"NotSetUp", "NotLoggedIn", "InvalidFamily", "PossibleDuplicate", "QrNotRead",
            "NeedsConfirmation", "ServerUnreachable", "OtherVersion"}
NAMES = {name for name, value in vars(errors).items()
         if isinstance(value, type) and issubclass(value, ServiceError)}


def _subclasses(tree: ast.Module) -> set[str]:
    """Classes a services module derives from a ServiceError class."""
    return {node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef) and any(
        isinstance(b, ast.Name) and b.id in NAMES for b in node.bases)}


def test_every_service_error_raised_has_a_hindi_text() -> None:
    missing = []
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in sorted(SERVICES.glob("*.py"))}
    for tree in trees.values():
        NAMES.update(_subclasses(tree))
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name in BUILT_IN:
                calls = [c for c in ast.walk(node) if isinstance(c, ast.Call)
                         and isinstance(c.func, ast.Attribute) and c.func.attr == "__init__"]
                if not all(any(k.arg == "hi" for k in c.keywords) for c in calls):
                    missing.append(f"{path.name}:{node.lineno} {node.name}.__init__")
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            call = node.exc
            name = call.func.id if isinstance(call.func, ast.Name) else ""
            if name not in NAMES or name in BUILT_IN:
                continue
            has_hi = any(k.arg == "hi" for k in call.keywords) or any(
                isinstance(a, ast.Starred) for a in call.args)  # (english, hindi) pairs
            if not has_hi:
                missing.append(f"{path.name}:{node.lineno} {name}")
    assert len(NAMES) >= 9 and "PrintCancelled" in NAMES
    assert not missing, "Service errors without Hindi (add hi=...):\n" + "\n".join(missing)


def test_say_picks_the_language() -> None:
    error = ServiceError("Name is required.", hi="नाम भरना ज़रूरी है।")
    assert error.say("hi") == "नाम भरना ज़रूरी है।"
    assert error.say("en") == str(error) == "Name is required."
    assert ServiceError("Only English").say("hi") == "Only English"
    plan = RestorePlan(Path("b.sqlite3"), "0008", 1, (), Losses((), (), (), 0), False)
    for built_in in (NotSetUp(), NotLoggedIn(), InvalidFamily([]), NeedsConfirmation(plan),
                     ServerUnreachable("10.0.0.5:5432/power", "connection refused")):
        assert built_in.hi and any("\u0900" <= ch <= "\u097f" for ch in built_in.hi)

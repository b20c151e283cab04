"""The laptop's numbering never goes backwards, even when an older backup is restored.

Family, application and batch numbers are printed on slips and sent in batches; a restored
backup knows only the numbers taken before it was made. So the data folder keeps, outside the
database, a high-water mark per camp and counter (`numbering.json`): before a number at or
above the mark is used, the mark is moved BLOCK numbers further and written to disk (one small
write per hundred families, not one per family). A restore then continues every counter from
at least the mark: the numbers in between are skipped, none is given twice.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from power_desktop.store.files import write_atomic
from power_desktop.store.models import Batch, Camp

from .errors import StorageProblem

if TYPE_CHECKING:
    from .context import Services

log = logging.getLogger("power.numbering")

Counter = Literal["family", "application", "batch"]
# How far ahead a mark is moved: families and applications come by the hundred a day; batches
# by one or two, and a skipped batch number would look like a lost batch.
BLOCK: dict[str, int] = {"family": 100, "application": 100, "batch": 1}
_COLUMNS = {"family": Camp.next_family_seq, "application": Camp.next_application_seq}


def read_marks(path: Path) -> dict[str, dict[str, int]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("%s cannot be read; numbering marks start again", path)
        return {}
    if not isinstance(data, dict):
        return {}
    return {label: {k: int(v) for k, v in counters.items() if isinstance(v, int)}
            for label, counters in data.items() if isinstance(counters, dict)}


def reserve(services: Services, camp_label: str, counter: Counter, last: int) -> None:
    """Before number `last` of `counter` is used: make sure the mark on disk is above it.
    Called inside the writing transaction, so writers on one data folder take turns here."""
    path = services.paths.numbering
    marks = read_marks(path)
    if marks.get(camp_label, {}).get(counter, 0) > last:
        return
    marks.setdefault(camp_label, {})[counter] = last + BLOCK[counter]
    try:
        write_atomic(path, json.dumps(marks, indent=1, sort_keys=True).encode())
    except OSError as exc:
        raise StorageProblem(
            f"The numbering mark could not be written ({exc.strerror or exc}): this change "
            "was not saved. Everything saved before is safe. Free some space and try again.",
            hi=f"नंबरों का निशान नहीं लिखा जा सका ({exc.strerror or exc}): यह बदलाव सहेजा "
               "नहीं गया। पहले सहेजा गया सब सुरक्षित है। जगह ख़ाली करके फिर कोशिश करें।") \
            from None


def mark_live_counters(services: Services, session: Session) -> None:
    """Marks at least as high as the database's own counters (a laptop upgraded from a
    release without marks has none yet): done before a restore replaces the database."""
    for camp in session.scalars(select(Camp)):
        for counter, column in _COLUMNS.items():
            value = getattr(camp, column.key)
            if value > 1:
                reserve(services, camp.label, counter, value - 1)  # type: ignore[arg-type]
        last_batch = session.scalar(select(func.max(Batch.seq))
                                    .where(Batch.camp_id == camp.id)) or 0
        if last_batch:
            reserve(services, camp.label, "batch", last_batch)


def batch_floor(services: Services, camp_label: str) -> int:
    """The lowest batch number still free by the mark (0: no mark)."""
    return read_marks(services.paths.numbering).get(camp_label, {}).get("batch", 0)


def continue_above_marks(services: Services, session: Session) -> dict[str, int]:
    """After a restore: every camp's counters raised to at least their marks. Returns how far
    each was moved on (camp label and counter -> numbers skipped)."""
    marks = read_marks(services.paths.numbering)
    moved: dict[str, int] = {}
    for camp in session.scalars(select(Camp)):
        mark = marks.get(camp.label, {})
        for counter, column in _COLUMNS.items():
            floor = mark.get(counter, 0)
            current = getattr(camp, column.key)
            if floor > current:
                session.execute(update(Camp).where(Camp.id == camp.id)
                                .values({column: floor}))
                moved[f"{camp.label} {counter}"] = floor - current
        last_batch = session.scalar(select(func.max(Batch.seq))
                                    .where(Batch.camp_id == camp.id)) or 0
        if mark.get("batch", 0) > last_batch + 1:
            moved[f"{camp.label} batch"] = mark["batch"] - last_batch - 1
    return moved


def high_water(services: Services, session: Session) -> dict[str, dict[str, int]]:
    """The next number free for each camp and counter, by the marks and the database both:
    carried in every batch's manifest, so that a laptop that takes over from a dead one (its
    marks lost with its disk) can continue above the numbers already sent."""
    marks = read_marks(services.paths.numbering)
    found: dict[str, dict[str, int]] = {}
    for camp in session.scalars(select(Camp)):
        mark = marks.get(camp.label, {})
        counters = {counter: max(mark.get(counter, 0), int(getattr(camp, column.key)))
                    for counter, column in _COLUMNS.items()}
        last_batch = session.scalar(select(func.max(Batch.seq))
                                    .where(Batch.camp_id == camp.id)) or 0
        counters["batch"] = max(mark.get("batch", 0), last_batch + 1)
        found[camp.label] = counters
    return found


def take_marks(services: Services, given: dict[str, dict[str, int]]) -> None:
    """Marks from elsewhere (a batch's manifest): numbers below them are never given again."""
    for label, counters in given.items():
        for counter, free in counters.items():
            if counter in BLOCK and free > 0:
                reserve(services, label, counter, free - 1)  # type: ignore[arg-type]

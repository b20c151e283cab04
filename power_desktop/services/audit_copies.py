"""Copies of the audit trail's end and of the numbering marks kept away from the laptop's
disk: in every batch this laptop signed (manifest keys `audit_head`, `numbering`, format 1.2)
and in every backup (its own trail ends where the laptop's did on that day).

Someone who can write the data folder can delete the trail's end together with the head file
beside it; `audit verify --against FILE ...` then still shows it, because the batch on the
central system or the backup drive in the supervisor's bag says how far the trail went. A
laptop that takes over from a dead one (`restore --move-here --above BATCH`) continues its
numbers above the ones its batches carried.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from power_desktop.core import batch_format as bf

from .errors import ServiceError
from .tx import transaction

if TYPE_CHECKING:
    from .context import Services


@dataclass(frozen=True)
class TrailCopy:
    """Where the trail ended when `source` was made: its last entry, hash and entry count."""

    source: str
    entry_id: int
    count: int
    entry_hash: str


def _unreadable(path: Path, why: str, hi: str) -> ServiceError:
    return ServiceError(f"{path}: {why}", hi=f"{path}: {hi}")


def _kind(path: Path) -> str:
    try:
        with path.open("rb") as f:
            magic = f.read(16)
    except FileNotFoundError:
        raise _unreadable(path, "no such file.", "ऐसी कोई फ़ाइल नहीं है।") from None
    except IsADirectoryError:
        raise _unreadable(path, "this is a folder; give a batch or backup file.",
                          "यह फ़ोल्डर है; बैच या बैकअप फ़ाइल दें।") from None
    except OSError as exc:
        raise _unreadable(path, f"cannot be read ({exc.strerror or exc}).",
                          f"पढ़ी नहीं जा सकती ({exc.strerror or exc})।") from None
    if magic.startswith(b"SQLite format 3\0"):
        return "backup"
    if magic.startswith(b"PK"):
        return "batch"
    raise _unreadable(path, "neither a batch (.xlsx) nor a backup of this program.",
                      "न बैच (.xlsx) है, न इस प्रोग्राम का बैकअप।")


def signed_manifest(path: Path, keys_known: set[str]) -> dict[str, Any]:
    """A batch's manifest, only when it is signed by one of `keys_known` and its signature
    holds (so its marks and trail's end are the laptop's own word)."""
    from power_desktop.core.batch_sign import SIGNATURE, SIGNING_KEY, signed_bytes

    from . import signing
    from .batch_files import logical_sheets, read_workbook
    sheets, _problems = logical_sheets(read_workbook(path))
    rows = sheets.get(bf.MANIFEST) or []
    values = {str(r[0]): (r[1] if len(r) > 1 else None) for r in rows[1:] if r and r[0]}
    pairs = [(k, values.get(k)) for k in bf.manifest_keys(values.get("format_version"))]
    key = str(values.get(SIGNING_KEY) or "")
    if key not in keys_known or not signing.verify(key, str(values.get(SIGNATURE) or ""),
                                                   signed_bytes(pairs)):
        raise _unreadable(path, "not a batch signed by this laptop (or changed since it was "
                                "signed): it says nothing of this laptop's records.",
                          "इस लैपटॉप का हस्ताक्षर किया बैच नहीं है (या हस्ताक्षर के बाद बदला "
                          "गया): यह इस लैपटॉप के रिकॉर्ड के बारे में कुछ नहीं बताता।")
    if "audit_head" not in values:
        raise _unreadable(path, f"a batch of format {values.get('format_version')}, made "
                                "before batches carried the trail's end and numbers.",
                          f"फ़ॉर्मैट {values.get('format_version')} का बैच, जो ट्रेल का अंत "
                          "और नंबर रखने से पहले बना था।")
    return values


def own_key(services: Services) -> set[str]:
    from . import signing
    with transaction(services.sessions) as session:
        return {signing.laptop_public_key(session, services.vault)}


def backup_keys(backup: Path) -> set[str]:
    """The batch-signing keys a backup's laptop recorded at its camp set-ups."""
    keys: set[str] = set()
    try:
        with _read_only(backup) as db:
            for (detail,) in db.execute("SELECT detail FROM audit WHERE action = 'camp.setup'"):
                with contextlib.suppress(ValueError, TypeError, AttributeError):
                    key = json.loads(detail).get("batch_signing_key")
                    if isinstance(key, str) and key:
                        keys.add(key)
    except sqlite3.Error:
        return set()
    return keys


@contextlib.contextmanager
def _read_only(backup: Path) -> Iterator[sqlite3.Connection]:
    """A backup file opened read-only (nothing it holds is changed by reading it)."""
    db = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        yield db
    finally:
        db.close()


def trail_copy(services: Services, path: Path) -> TrailCopy:
    from .audit_head import parse_stamp
    if _kind(path) == "batch":
        stamp = parse_stamp(signed_manifest(path, own_key(services))["audit_head"])
        if stamp is None:
            raise _unreadable(path, "its manifest's audit_head is not readable.",
                              "इसके मैनिफ़ेस्ट का audit_head पढ़ा नहीं जा सकता।")
        return TrailCopy(path.name, *stamp)
    try:
        with _read_only(path) as db:
            last = db.execute("SELECT id, entry_hash FROM audit WHERE entry_hash IS NOT NULL "
                              "ORDER BY id DESC LIMIT 1").fetchone()
            count = db.execute("SELECT count(*) FROM audit WHERE id <= ?",
                               (last[0] if last else 0,)).fetchone()[0]
    except sqlite3.Error as exc:
        raise _unreadable(path, f"not a readable backup ({exc}).",
                          f"पढ़ने योग्य बैकअप नहीं है ({exc})।") from None
    if last is None:
        return TrailCopy(path.name, 0, 0, "")
    return TrailCopy(path.name, int(last[0]), int(count), str(last[1]))


def marks_from_batch(path: Path, keys_known: set[str]) -> dict[str, dict[str, int]]:
    """The numbering marks a batch signed by one of `keys_known` carried."""
    if _kind(path) != "batch":
        raise _unreadable(path, "not a batch (.xlsx).", "बैच (.xlsx) नहीं है।")
    raw = signed_manifest(path, keys_known).get("numbering")
    try:
        data = json.loads(str(raw))
        return {str(label): {str(k): int(v) for k, v in counters.items()}
                for label, counters in data.items()}
    except (ValueError, TypeError, AttributeError):
        raise _unreadable(path, "its manifest's numbering is not readable.",
                          "इसके मैनिफ़ेस्ट की numbering पढ़ी नहीं जा सकती।") from None

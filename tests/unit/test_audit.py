"""The audit trail is chained: an edited or removed entry is found."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from power_desktop.services import Services
from power_desktop.services.audit import verify

from ..helpers import example_family


def three_entries(services: Services) -> None:
    services.registration.register(example_family())
    family = services.registration.page(limit=1)[0].family_id
    data = example_family()
    for no, member in enumerate(data["members"], start=1):
        member["member_no"] = no
    data["mobile"] = "9999988888"
    services.registration.update(family, data, 1)


def raw(data_dir: Path, sql: str) -> None:
    conn = sqlite3.connect(data_dir / "power.sqlite3")
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_intact_chain(services: Services) -> None:
    three_entries(services)
    result = verify(services)
    assert result.intact and result.entries == 3  # camp set-up, register, edit


def test_edited_entry_is_found(services: Services, data_dir: Path) -> None:
    three_entries(services)
    raw(data_dir, "UPDATE audit SET operator = 'Someone else' WHERE id = 2")
    result = verify(services)
    assert not result.intact and "entry 2" in result.message and "altered" in result.message


def test_deleted_entry_is_found(services: Services, data_dir: Path) -> None:
    three_entries(services)
    raw(data_dir, "DELETE FROM audit WHERE id = 2")
    result = verify(services)
    assert not result.intact and result.message.startswith("entries are missing before entry 3")


def test_rechaining_without_the_key_fails(services: Services, data_dir: Path) -> None:
    """Someone who rewrites an entry and recomputes plain hashes is still caught."""
    import hashlib
    three_entries(services)
    fake = hashlib.sha256(b"forged").hexdigest()
    raw(data_dir, f"UPDATE audit SET detail = '{{}}', entry_hash = '{fake}' WHERE id = 3")
    assert not verify(services).intact

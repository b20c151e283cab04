"""The audit trail is chained: an edited or removed entry is found."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from power_desktop.services import Services
from power_desktop.services.audit import verify
from power_desktop.services.errors import LoginFailed

from ..helpers import example_family

pytestmark = pytest.mark.engines  # each test on SQLite and on PostgreSQL


def three_entries(services: Services) -> None:
    services.registration.register(example_family())
    family = services.registration.page(limit=1)[0].family_id
    data = example_family()
    for no, member in enumerate(data["members"], start=1):
        member["member_no"] = no
    data["mobile"] = "9999988888"
    services.registration.update(family, data, 1)


def raw(services: Services, sql: str) -> None:
    """A change made behind the program's back, straight into its database (the laptop's file
    or the camp server)."""
    with services.engine.begin() as conn:
        conn.exec_driver_sql(sql)


def test_intact_chain(services: Services) -> None:
    three_entries(services)
    result = verify(services)
    # supervisor made, accounts sealed, camp set-up, register, edit
    assert result.intact and result.entries == 5


def test_edited_entry_is_found(services: Services, data_dir: Path) -> None:
    three_entries(services)
    raw(services, "UPDATE audit SET operator = 'Someone else' WHERE id = 3")
    result = verify(services)
    assert not result.intact and "entry 3" in result.message and "altered" in result.message


def test_deleted_entry_is_found(services: Services, data_dir: Path) -> None:
    three_entries(services)
    raw(services, "DELETE FROM audit WHERE id = 3")
    result = verify(services)
    assert not result.intact and result.message.startswith("entries are missing before entry 4")


def test_rechaining_without_the_key_fails(services: Services, data_dir: Path) -> None:
    """Someone who rewrites an entry and recomputes plain hashes is still caught."""
    import hashlib
    three_entries(services)
    fake = hashlib.sha256(b"forged").hexdigest()
    raw(services, f"UPDATE audit SET detail = '{{}}', entry_hash = '{fake}' WHERE id = 4")
    assert not verify(services).intact


def test_browse_filter_and_export(services: Services, tmp_path: Path) -> None:
    from power_desktop.services.audit import browse, export_csv
    three_entries(services)
    rows = browse(services)
    assert [r.action for r in rows][:2] == ["family.edit", "family.register"]  # newest first
    assert {r.action for r in browse(services, action="family")} == {"family.edit",
                                                                     "family.register"}
    assert browse(services, text="Asha") and not browse(services, text="Nobody at all")
    from datetime import date
    assert not browse(services, since=date(2026, 11, 28))
    assert len(browse(services, until=date(2026, 11, 27))) == len(rows)
    out = export_csv(services, tmp_path / "audit.csv", rows)
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("id,time (UTC),operator")
    assert "family.register" in text and "234123412346" not in text
    assert browse(services)[0].action == "audit.export"


def test_export_makes_formulas_inert(services: Services, tmp_path: Path) -> None:
    import csv

    from power_desktop.services.audit import AuditRow, export_csv
    hostile = AuditRow(1, datetime(2026, 11, 27), '=HYPERLINK("http://x","y")', "-",
                       "+1+cmd", "@a", "-2")
    export_csv(services, tmp_path / "a.csv", [hostile])
    with open(tmp_path / "a.csv", encoding="utf-8-sig", newline="") as handle:
        row = list(csv.reader(handle))[1]
    assert row[2:] == ["'=HYPERLINK(\"http://x\",\"y\")", "-", "'+1+cmd", "'@a", "-2"]


# --- tampering that the chain alone could not show (the head kept outside the database) ----
def _login_again(services: Services) -> None:
    services.accounts.logout()
    services.accounts.login("Asha", "camp-pass-2026")


def test_deleting_the_whole_trail_shows(services: Services, data_dir: Path) -> None:
    three_entries(services)
    raw(services, "DELETE FROM audit")
    _login_again(services)  # the login's own entry must not start a fresh chain
    result = verify(services)
    assert not result.intact, result.message


def test_removing_the_last_entries_shows(services: Services, data_dir: Path) -> None:
    three_entries(services)
    raw(services, "DELETE FROM audit WHERE id >= 3")
    result = verify(services)
    assert not result.intact and "removed" in result.message, result.message
    _login_again(services)
    assert not verify(services).intact


def test_unchaining_an_edited_entry_and_all_after_it_shows(services: Services,
                                                          data_dir: Path) -> None:
    three_entries(services)
    raw(services, "UPDATE audit SET operator = 'Someone else', entry_hash = NULL, "
                  "prev_hash = NULL WHERE id >= 3")
    _login_again(services)  # before, this login chained them all again
    result = verify(services)
    assert not result.intact, result.message


def test_a_forged_row_without_a_hash_is_never_chained(services: Services,
                                                     data_dir: Path) -> None:
    three_entries(services)
    raw(services, "INSERT INTO audit (at, operator, device, action, subject) VALUES "
                  "('2026-11-27 06:00:00', 'Asha', 'DL-SO-C07-L2', 'account.disable', 'Ravi')")
    _login_again(services)
    result = verify(services)
    assert not result.intact and "entry 6" in result.message and "not chained" in \
        result.message, result.message


def test_failed_logins_are_still_chained_at_the_next_login(services: Services) -> None:
    three_entries(services)
    services.accounts.logout()
    with pytest.raises(LoginFailed):
        services.accounts.login("Asha", "wrong-password")
    services.accounts.login("Asha", "camp-pass-2026")
    assert verify(services).intact


def test_an_edited_head_shows(services: Services, data_dir: Path) -> None:
    three_entries(services)
    head = data_dir / "audit-head.json"
    import json
    data = json.loads(head.read_text())
    data["count"] = 2
    head.write_text(json.dumps(data))
    assert not verify(services).intact

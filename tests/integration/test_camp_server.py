"""A camp on one PostgreSQL server: `init` on the first laptop's empty database, `join` for the
next (a supervisor logs in), each laptop with its own device code and numbering; accounts,
vault keys and the audit trail shared; a family saved on one laptop found by search and by the
duplicate check on the other at once."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from power_desktop.paths import Paths
from power_desktop.services import Services
from power_desktop.services.audit import verify
from power_desktop.services.errors import ServiceError

from .. import engines
from ..helpers import EXAMPLE_AADHAAR, PASSWORD, SUPERVISOR, FixedClock, example_family

pytestmark = pytest.mark.skipif(engines.SERVER is None,
                                reason="needs a PostgreSQL test server (POWER_TEST_POSTGRES)")
ROOT = Path(__file__).resolve().parents[2]


def run(data_dir: Path, *args: str, stdin: str | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "PYTHONPATH": str(ROOT), "POWER_DESKTOP_OPERATOR": SUPERVISOR,
            "POWER_DESKTOP_PASSWORD": PASSWORD, **(env or {})}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir),
                           *args], input=stdin, capture_output=True, text=True, env=full,
                          timeout=120, check=False)


@pytest.fixture
def server() -> str:
    """An empty database on the test server, as a new camp server's (init migrates it)."""
    from sqlalchemy import create_engine, text
    url = engines.new_database()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


def test_init_then_join_two_laptops_share_one_camp(server: str, tmp_path: Path) -> None:
    l1, l2 = tmp_path / "laptop1", tmp_path / "laptop2"
    first = run(l1, "--database", server, "init", "--district", "South", "--camp", "C07",
                "--device", "L1", "--operator", SUPERVISOR, "--password-stdin",
                stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert first.returncode == 0, first.stderr
    assert "DL-SO-C07-L1" in first.stdout and "camp server" in first.stdout
    settings = (l1 / "settings.json").read_text(encoding="utf-8")
    assert "127.0.0.1" in settings
    # A second `init` on the server is refused: the others join.
    again = run(l2, "--database", server, "init", "--district", "South", "--camp", "C07",
                "--device", "L2", "--operator", "Ravi", "--password-stdin",
                stdin="ravi-pass-1\nravi-pass-1\n")
    assert again.returncode == 2 and "join --device" in again.stderr
    taken = run(l2, "--database", server, "join", "--device", "L1")
    assert taken.returncode == 2 and "Device code L1 is taken" in taken.stderr
    joined = run(l2, "--database", server, "join", "--device", "L2")
    assert joined.returncode == 0, joined.stderr
    assert "DL-SO-C07-L2" in joined.stdout
    # Both remember the server: no --database from now on.
    family = tmp_path / "f.json"
    data = example_family()
    data["members"].append({"name": "Savitri Devi", "relation": "mother", "gender": "F",
                            "dob": "1950-05-01", "marital_status": "widowed",
                            "extra": {"gets_other_pension": False}})  # a pension to apply for
    family.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    on_l1 = run(l1, "register", "--json", str(family))
    assert on_l1.returncode == 0, on_l1.stderr
    assert on_l1.stdout.startswith("DL-SO-C07-L1-000001-")
    # L2 finds it at once: by search, and the duplicate check (the same Aadhaar number is
    # found: one token key for the whole camp).
    found = run(l2, "search", "kamla")
    assert on_l1.stdout.strip() in found.stdout, found
    dup = run(l2, "register", "--json", str(family))
    assert dup.returncode == 1 and "Aadhaar number typed is already registered" in dup.stderr
    assert on_l1.stdout.strip() + "-M01" in dup.stderr
    other = example_family(1)
    other["members"] = other["members"][:1]
    other["members"][0]["name"] = "Farida Khatoon"
    other["members"][0].pop("name_hi", None)
    other["mobile"] = "9000012345"
    family.write_text(json.dumps(other, ensure_ascii=False), encoding="utf-8")
    on_l2 = run(l2, "register", "--accept-warnings", "--json", str(family))
    assert on_l2.returncode == 0, on_l2.stderr
    assert on_l2.stdout.startswith("DL-SO-C07-L2-000001-")  # its own numbering
    listed = run(l1, "families").stdout
    assert listed.startswith("2 families")  # the whole camp, seen from either laptop
    assert run(l2, "audit", "verify").returncode == 0
    # Print queues stay per laptop: L1's applications wait on L1 only.
    applied = run(l1, "apply", on_l1.stdout.strip(), "--all-eligible")
    assert applied.returncode == 0, applied.stderr
    assert "-A" in run(l1, "print-queue").stdout, applied.stdout + applied.stderr
    assert "-A" not in run(l2, "print-queue").stdout
    # No Aadhaar number in clear on the server.
    services = Services.open(Paths(l1), clock=FixedClock())
    services.accounts.login(SUPERVISOR, PASSWORD)
    assert services.on_server and verify(services).intact
    from sqlalchemy import text
    with services.engine.connect() as conn:
        dump = " ".join(str(r) for t in ("member", "family_version", "audit")
                        for r in conn.execute(text(f"SELECT * FROM {t}")))
    assert EXAMPLE_AADHAAR not in dump
    assert [c.device_code for c in services.camp.laptops()] == ["L1", "L2"]
    # The day's figures are the whole camp's, with each laptop's part.
    from datetime import UTC, datetime
    figures = services.dashboard.day(datetime.now(UTC).date())
    assert figures.families_total == 2
    assert [(line.label, line.families) for line in figures.laptops] == [
        ("DL-SO-C07-L1", 1), ("DL-SO-C07-L2", 1)]
    assert figures.laptops[0].applications >= 1
    services.close()
    report = run(l2, "report", "--date", datetime.now(UTC).date().isoformat(), "--out",
                 str(tmp_path / "day.pdf"))
    assert report.returncode == 0, report.stderr
    if shutil.which("pdftotext"):
        shown = subprocess.run(["pdftotext", "-layout", str(tmp_path / "day.pdf"), "-"],
                               capture_output=True, text=True, check=True).stdout
        assert "Work by laptop" in shown and "DL-SO-C07-L1" in shown and \
            "DL-SO-C07-L2" in shown and "Families in the camp, all laptops" in shown



def test_a_laptop_that_has_not_joined_cannot_register(server: str, tmp_path: Path) -> None:
    l1, l3 = tmp_path / "laptop1", tmp_path / "laptop3"
    assert run(l1, "--database", server, "init", "--district", "South", "--camp", "C07",
               "--device", "L1", "--operator", SUPERVISOR, "--password-stdin",
               stdin=f"{PASSWORD}\n{PASSWORD}\n").returncode == 0
    services = Services.open(Paths(l3), clock=FixedClock(), database_url=server)
    services.accounts.login(SUPERVISOR, PASSWORD)  # the server's accounts, on any laptop
    assert services.camp.current() is None  # never L1's camp: its IDs would collide
    with pytest.raises(ServiceError):
        services.registration.register(example_family())
    services.close()


def test_two_laptops_editing_one_family_the_second_is_told(server: str, tmp_path: Path) -> None:
    from power_desktop.services import family_mapping as fm
    from power_desktop.services.errors import StaleRecord
    l1, l2 = tmp_path / "laptop1", tmp_path / "laptop2"
    assert run(l1, "--database", server, "init", "--district", "South", "--camp", "C07",
               "--device", "L1", "--operator", SUPERVISOR, "--password-stdin",
               stdin=f"{PASSWORD}\n{PASSWORD}\n").returncode == 0
    assert run(l2, "--database", server, "join", "--device", "L2").returncode == 0
    one, two = (Services.open(Paths(folder), clock=FixedClock()) for folder in (l1, l2))
    try:
        for services in (one, two):
            services.accounts.login(SUPERVISOR, PASSWORD)
        done = one.registration.register(example_family())
        # Both laptops open the family at version 1.
        seen_by_one = fm.view_to_input(one.registration.get(done.family_id).to_json())
        seen_by_two = fm.view_to_input(two.registration.get(done.family_id).to_json())
        seen_by_one["mobile"] = "9700011122"
        one.registration.update(done.family_id, seen_by_one, 1)
        seen_by_two["address"]["line1"] = "H. No. 12, Gali 3"
        with pytest.raises(StaleRecord) as told:
            two.registration.update(done.family_id, seen_by_two, 1)
        assert "was changed by Asha after you opened it (changed: mobile" in str(told.value)
        assert "mobile" in (told.value.hi or "")
        kept = two.registration.get(done.family_id)
        assert kept.version == 2 and kept.mobile == "9700011122"  # the first edit stands
    finally:
        one.close()
        two.close()


def test_one_camp_export_names_each_laptops_part(server: str, tmp_path: Path) -> None:
    import openpyxl
    l1, l2 = tmp_path / "laptop1", tmp_path / "laptop2"
    assert run(l1, "--database", server, "init", "--district", "South", "--camp", "C07",
               "--device", "L1", "--operator", SUPERVISOR, "--password-stdin",
               stdin=f"{PASSWORD}\n{PASSWORD}\n").returncode == 0
    assert run(l2, "--database", server, "join", "--device", "L2").returncode == 0
    for n, folder in enumerate((l1, l2)):
        path = tmp_path / f"f{n}.json"
        family = example_family(n + 1)
        family["mobile"] = f"90000{n:05d}"
        path.write_text(json.dumps(family, ensure_ascii=False), encoding="utf-8")
        done = run(folder, "register", "--allow-duplicate", "--json", str(path))
        assert done.returncode == 0, done.stderr
    out = tmp_path / "usb"
    out.mkdir()
    made = run(l1, "export", "--out", str(out))
    assert made.returncode == 0, made.stderr
    [batch] = out.glob("*.xlsx")
    assert batch.name.startswith("DL-SO-C07-CONS-")
    checked = run(l1, "validate-batch", str(batch))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    book = openpyxl.load_workbook(batch, read_only=True)
    manifest = {r[0]: r[1] for r in book["Manifest"].iter_rows(values_only=True) if len(r) > 1}
    rows = list(book["Families"].iter_rows(values_only=True))
    families = [str(r[rows[0].index("family_id")]) for r in rows[1:]]
    book.close()
    assert manifest["device"] == "DL-SO-C07-L1+DL-SO-C07-L2"
    assert sorted(f[:12] for f in families) == ["DL-SO-C07-L1", "DL-SO-C07-L2"]
    again = run(l2, "export", "--out", str(out))  # the camp's records went in that batch
    assert again.returncode == 2 and "Nothing new or changed" in again.stderr


def test_the_connection_is_encrypted_where_the_server_offers_it(server: str) -> None:
    from sqlalchemy import text

    from power_desktop.store import db
    probe = "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
    plain = db.make_engine(server)  # no sslmode given: TLS when offered
    try:
        with plain.connect() as conn:
            offered = bool(conn.execute(text("SHOW ssl")).scalar() == "on")
            assert conn.execute(text(probe)).scalar() is offered
    finally:
        plain.dispose()
    if not offered:
        pytest.skip("this test server has no TLS (no openssl when it was started)")
    required = db.make_engine(server + "?sslmode=require")
    try:
        with required.connect() as conn:
            assert conn.execute(text(probe)).scalar() is True
    finally:
        required.dispose()
    refused = db.make_engine(server + "?sslmode=disable")
    try:
        with refused.connect() as conn:
            assert conn.execute(text(probe)).scalar() is False  # the probe tells them apart
    finally:
        refused.dispose()


def test_acknowledgements_reach_records_whichever_laptop_made_them(
        server: str, tmp_path: Path) -> None:
    """L1 registers and applies; the central verdicts come back and L2's supervisor imports
    them: L1's applications are updated (and on L1 the returns list shows them)."""
    import csv

    from power_desktop.services.acks import AckService
    from power_desktop.services.camp import CampSetup
    l1 = Services.open(Paths(tmp_path / "l1"), database_url=server)
    l1.accounts.setup_first(SUPERVISOR, PASSWORD)
    l1.camp.setup(CampSetup("DL", "South", "C07", "L1", SUPERVISOR))
    l1.remember_server()
    family = example_family()
    family["members"].append({"name": "Savitri Devi", "relation": "mother", "gender": "F",
                              "dob": "1950-05-01", "marital_status": "widowed"})
    done = l1.registration.register(family, confirm_warnings=True)
    l1.eligibility.answer(done.family_id, {("member.gets_other_pension", 3): False})
    apps = [a.application_id for a in l1.eligibility.apply_all_eligible(done.family_id)]
    assert len(apps) >= 2
    l2 = Services.open(Paths(tmp_path / "l2"), database_url=server)
    l2.accounts.login(SUPERVISOR, PASSWORD)
    l2.camp.join("L2")
    path = tmp_path / "ack.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([
            ["application_id", "status", "reason", "central_reference"],
            [apps[0], "accepted", "", "CEN/2026/0001"],
            [apps[1], "rejected", "Income above the limit", "CEN/2026/0002"]])
    result = AckService(l2).import_file(path)
    assert (result.applied, list(result.set_aside)) == (2, [])
    returns = AckService(l1).returns()
    assert [(r.application_id, r.central_status, r.reason) for r in returns] == [
        (apps[1], "rejected", "Income above the limit")]
    assert AckService(l1).import_file(path).applied == 0  # the same file again, on L1: nothing
    l1.close()
    l2.close()


def test_a_draft_belongs_to_the_laptop_it_was_typed_on(server: str, tmp_path: Path) -> None:
    from power_desktop.services.camp import CampSetup
    l1 = Services.open(Paths(tmp_path / "l1"), clock=FixedClock(), database_url=server)
    l1.accounts.setup_first(SUPERVISOR, PASSWORD)
    l1.camp.setup(CampSetup("DL", "South", "C07", "L1", SUPERVISOR))
    l2 = Services.open(Paths(tmp_path / "l2"), clock=FixedClock(), database_url=server)
    l2.accounts.login(SUPERVISOR, PASSWORD)
    l2.camp.join("L2")
    try:
        l1.drafts.save("registration", {"name": "Kamla Devi", "aadhaar": EXAMPLE_AADHAAR})
        l2.drafts.save("registration", {"name": "Sunita Sharma"})
        assert l1.drafts.load("registration") == {"name": "Kamla Devi",
                                                  "aadhaar": EXAMPLE_AADHAAR}
        assert l2.drafts.load("registration") == {"name": "Sunita Sharma"}
        sealed = (tmp_path / "l1" / "drafts" / "registration.sealed").read_bytes()
        assert b"Kamla" not in sealed and EXAMPLE_AADHAAR.encode() not in sealed
        l1.drafts.discard("registration")
        assert l1.drafts.load("registration") is None
        assert l2.drafts.load("registration") == {"name": "Sunita Sharma"}
    finally:
        l1.close()
        l2.close()


def test_a_lan_that_drops_is_said_plainly_and_a_cut_commit_is_said_unsure(
        server: str, tmp_path: Path) -> None:
    from sqlalchemy import text

    from power_desktop.services.camp import CampSetup
    from power_desktop.services.errors import ServerUnreachable
    from power_desktop.services.tx import transaction

    from ..relay import Relay
    relay = Relay(server)
    laptop = Services.open(Paths(tmp_path / "l1"), clock=FixedClock(), database_url=relay.url)
    try:
        laptop.accounts.setup_first(SUPERVISOR, PASSWORD)
        laptop.camp.setup(CampSetup("DL", "South", "C07", "L1", SUPERVISOR))
        # Cut while committing: whether it landed is not known, and the message says so.
        with pytest.raises(ServerUnreachable) as cut, \
                transaction(laptop.sessions) as session:
            session.execute(text("SELECT 1"))
            relay.cut()
        assert "while the change was being committed" in str(cut.value)
        # Cut before the next step: refused at once, "nothing was changed".
        with pytest.raises(ServerUnreachable) as refused:
            laptop.registration.register(example_family(), confirm_warnings=True)
        assert "Nothing was changed" in str(refused.value)
        assert "cannot be reached" in str(refused.value)
        relay.mend()  # the LAN back: the next save goes through, without a restart
        laptop.registration.register(example_family(), confirm_warnings=True)
        assert laptop.registration.count() == 1
    finally:
        relay.cut()
        laptop.close()


def test_a_connection_the_server_dropped_while_idle_is_replaced_unseen(
        server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A laptop left alone while the server closed its connections (a server restarted in the
    lunch break) saves at once: a connection idle for a while is pinged before use and, found
    dead, replaced; one used a moment ago is not pinged (no round trip per session)."""
    from sqlalchemy import create_engine, text

    from power_desktop.services.camp import CampSetup
    from power_desktop.store import db

    from ..helpers import numbered_family
    laptop = Services.open(Paths(tmp_path / "l1"), clock=FixedClock(), database_url=server)
    pings: list[str] = []
    original = laptop.engine.dialect.do_ping

    def counted_ping(dbapi_connection: object) -> bool:
        pings.append("ping")
        return original(dbapi_connection)
    monkeypatch.setattr(laptop.engine.dialect, "do_ping", counted_ping)
    try:
        laptop.accounts.setup_first(SUPERVISOR, PASSWORD)
        laptop.camp.setup(CampSetup("DL", "South", "C07", "L1", SUPERVISOR))
        laptop.registration.register(numbered_family(1), confirm_warnings=True)
        assert pings == []  # busy: no pings
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            dropped = conn.execute(text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()")).scalar()
        admin.dispose()
        assert dropped
        monkeypatch.setattr(db, "PING_AFTER_IDLE_S", 0.0)  # as if minutes had passed
        laptop.registration.register(numbered_family(2), confirm_warnings=True,
                                     duplicate_decision="different family")
        assert "ping" in pings
        assert laptop.registration.count() == 2
    finally:
        laptop.close()

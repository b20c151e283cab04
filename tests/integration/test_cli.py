"""The command line end to end, in a temporary data folder, as an operator would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ..helpers import EXAMPLE_AADHAAR, PASSWORD, SUPERVISOR, example_family, raw_database_bytes

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.engines  # each test on SQLite and on a PostgreSQL camp server


@pytest.fixture(autouse=True)
def _engine(database: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands below work on the test's database: the data folder's own, or a server's
    (as a laptop told by $POWER_DESKTOP_DATABASE)."""
    if database is not None:
        monkeypatch.setenv("POWER_DESKTOP_DATABASE", database)


def run(data_dir: Path, *args: str, stdin: str | None = None,
        who: tuple[str, str] = (SUPERVISOR, PASSWORD)) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "POWER_DESKTOP_OPERATOR": who[0],
           "POWER_DESKTOP_PASSWORD": who[1]}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir),
                           *args], input=stdin, capture_output=True, text=True, env=env,
                          timeout=120, check=False)


def init(data_dir: Path) -> None:
    done = run(data_dir, "init", "--state", "DL", "--district", "South", "--camp", "C07",
               "--device", "L2", "--operator", SUPERVISOR, "--password-stdin",
               stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert done.returncode == 0, done.stderr
    assert "DL-SO-C07-L2" in done.stdout and "Recovery code: " in done.stdout


def test_register_show_and_mask(tmp_path: Path) -> None:
    data = tmp_path / "camp"
    init(data)
    families = tmp_path / "families.json"
    second = example_family()
    second["members"][0]["aadhaar"] = "4991 1866 5246"
    families.write_text(json.dumps([example_family(), second], ensure_ascii=False),
                        encoding="utf-8")
    done = run(data, "register", "--json", str(families))
    # The second family's daughter looks like the first's (same name, age and mobile).
    assert done.returncode == 1 and "family 2 (head: Kamla Devi): possible duplicate" in \
        done.stderr
    assert "member 2 (Pooja Kumari) looks like Pooja Kumari" in done.stderr
    first = done.stdout.split()
    assert len(first) == 1 and first[0].startswith("DL-SO-C07-L2-000001-")
    checked = json.loads(run(data, "check-duplicates", "--json", str(families)).stdout)
    assert checked[1]["candidates"][0]["member_id"] == first[0] + "-M02"
    families.write_text(json.dumps([second], ensure_ascii=False), encoding="utf-8")
    done = run(data, "register", "--allow-duplicate", "--json", str(families))
    assert done.returncode == 0, done.stderr
    ids = first + done.stdout.split()
    assert len(ids) == 2
    shown = run(data, "show", ids[0], "--json")
    assert shown.returncode == 0
    family = json.loads(shown.stdout)
    assert family["members"][0]["aadhaar"] == "XXXX XXXX 2346"
    assert family["members"][0]["name_hi"] == "कमला देवी"
    assert EXAMPLE_AADHAAR not in shown.stdout
    text = run(data, "show", ids[0].replace("-", ""))
    assert "Kamla Devi" in text.stdout and "XXXX XXXX 2346" in text.stdout
    assert EXAMPLE_AADHAAR.encode() not in raw_database_bytes(data)
    for log in (data / "logs").glob("*"):
        assert EXAMPLE_AADHAAR not in log.read_text() and "9811122233" not in log.read_text()


def test_register_from_stdin_with_invalid_families(tmp_path: Path) -> None:
    data = tmp_path / "camp"
    init(data)
    bad = example_family()
    bad["members"][1]["dob"] = "2030-01-01"
    bad["members"][1].pop("age")
    bad["address"]["pin"] = "11008"
    needs_ok = example_family(1)  # an Aadhaar number of its own: another Kamla Devi
    needs_ok["members"][1].update(relation="spouse", gender="M", age=15,
                                  marital_status="married")
    batch = [example_family(), bad, needs_ok]
    done = run(data, "register", "--json", "-", stdin=json.dumps(batch))
    assert done.returncode == 1
    assert len(done.stdout.split()) == 1  # only the valid one saved
    err = done.stderr
    assert "family 2 (head: Kamla Devi): not saved" in err
    assert "member 2, members[1].dob: Date of birth cannot be in the future." in err
    assert "household, address.pin: PIN code must be 6 digits" in err
    assert "family 3 (head: Kamla Devi): needs confirmation (use --accept-warnings)" in err
    again = run(data, "register", "--accept-warnings", "--allow-duplicate", "--json", "-",
                stdin=json.dumps([needs_ok]))
    assert again.returncode == 0 and "confirmed warning" in again.stderr
    listing = run(data, "families")
    assert listing.stdout.startswith("2 families")


def test_clear_errors_for_bad_files_and_no_camp(tmp_path: Path) -> None:
    data = tmp_path / "camp"
    families = tmp_path / "f.json"
    families.write_text(json.dumps(example_family()))
    no_accounts = run(data, "register", "--json", str(families))
    assert no_accounts.returncode == 2 and "no accounts yet" in no_accounts.stderr
    bad_district = run(data, "init", "--district", "Gurgaon", "--camp", "C1", "--device", "L1",
                       "--operator", "A", "--password-stdin", stdin="password1\npassword1\n")
    assert bad_district.returncode == 2 and "Choose one of" in bad_district.stderr
    init(data)  # the refused set-up made no supervisor
    missing = run(data, "register", "--json", str(tmp_path / "nope.json"))
    assert missing.returncode == 2 and "file not found" in missing.stderr
    (tmp_path / "broken.json").write_text("{not json")
    broken = run(data, "register", "--json", str(tmp_path / "broken.json"))
    assert broken.returncode == 2 and "is not valid JSON" in broken.stderr
    unknown = run(data, "show", "DL-SO-C07-L2-000001-X")
    assert unknown.returncode == 2 and "mistyped" in unknown.stderr


def test_demo_history_and_env_home(tmp_path: Path) -> None:
    data = tmp_path / "camp"
    init(data)
    made = run(data, "demo", "--families", "25", "--seed", "1")
    assert made.returncode == 0 and "25 in all" in made.stdout
    assert "25 of 25 families" in made.stderr  # progress, with the goal
    env_home = tmp_path / "via-env"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "POWER_DESKTOP_HOME": str(env_home)}
    env.pop("POWER_DESKTOP_DATABASE", None)  # a laptop of its own
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "init", "--district", "East",
                           "--camp", "C1", "--device", "L1", "--operator", "Ravi",
                           "--password-stdin"], input="ravi-pass-1\nravi-pass-1\n",
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0 and (env_home / "power.sqlite3").exists()
    history = run(data, "history", "DL-SO-C07-L2-000001-" + _check(1))
    assert "No edits" in history.stdout


def _check(seq: int) -> str:
    from power_desktop.core import ids
    return ids.family_id("DL", "SO", "C07", "L2", seq)[-1]


def _camp_with_a_widowed_mother(tmp_path: Path) -> tuple[Path, str]:
    """A new camp with the example family and Savitri Devi, 76, widowed, no other pension."""
    data = tmp_path / "camp"
    init(data)
    family = example_family()
    family["members"].append({"name": "Savitri Devi", "relation": "mother", "gender": "F",
                              "dob": "1950-05-01", "marital_status": "widowed",
                              "extra": {"gets_other_pension": False}})
    path = tmp_path / "f.json"
    path.write_text(json.dumps(family, ensure_ascii=False), encoding="utf-8")
    return data, run(data, "register", "--json", str(path)).stdout.strip()


def test_screen_apply_and_schemes(tmp_path: Path) -> None:
    data, family_id = _camp_with_a_widowed_mother(tmp_path)
    shown = run(data, "screen", family_id)
    assert shown.returncode == 0
    assert "ELIGIBLE" in shown.stdout and "Delhi Old Age Pension" in shown.stdout
    assert "ask: Which school class is the child in (or joining)?" in shown.stdout
    as_json = json.loads(run(data, "screen", family_id, "--json").stdout)
    oap = [v for v in as_json["verdicts"] if v["scheme"] == "DL-OAP" and v["member_no"] == 3]
    assert oap[0]["status"] == "eligible" and oap[0]["annual_value"] == 30000  # 76: no +500
    refused = run(data, "apply", family_id, "--scheme", "DL-OAP", "--member", "1")
    assert refused.returncode == 2 and "Under 60 years of age" in refused.stderr
    made = run(data, "apply", family_id, "--scheme", "DL-OAP", "--member", family_id + "-M03")
    assert made.returncode == 0 and "-A000001-" in made.stdout
    rest = run(data, "apply", family_id, "--all-eligible")
    assert rest.returncode == 0 and "PMJAY-70" in rest.stdout and "DL-OAP" not in rest.stdout
    listed = json.loads(run(data, "schemes", "list", "--json").stdout)
    assert len(listed) >= 11 and all(s["name_hi"] for s in listed)
    checked = run(data, "schemes", "check", str(ROOT / "forms" / "delhi"))
    assert checked.returncode == 0 and "all valid" in checked.stdout
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "x.toml").write_text('code = "X1"\nlevel = "member"\n', encoding="utf-8")
    bad = run(data, "schemes", "check", str(broken))
    assert bad.returncode == 1 and "x.toml: X1: 'name' is missing" in bad.stderr
    preview = run(data, "schemes", "preview", "DL-OAP", "--set", "income_limit=150000")
    assert preview.returncode == 0 and "with income_limit=150000" in preview.stdout


def test_schemes_facts_prints_the_documented_table(tmp_path: Path) -> None:
    """`schemes facts` prints what docs/scheme-facts.md holds, so the two cannot drift."""
    data = tmp_path / "camp"
    doc = (ROOT / "docs" / "scheme-facts.md").read_text(encoding="utf-8")
    table = doc[doc.index("| scheme | fact |"):]
    # A pack folder is read without logging in, as `schemes check` is.
    folder = run(data, "schemes", "facts", str(ROOT / "forms" / "delhi"), who=("", ""))
    assert folder.returncode == 0, folder.stderr
    assert folder.stdout == table
    init(data)
    camp = json.loads(run(data, "schemes", "facts", "--json").stdout)
    assert len(camp) == len(table.splitlines()) - 2
    window = next(r for r in camp if r["scheme"] == "PMMVY" and r["fact"] == "note window")
    assert window["confirmed"] is False and window["checked_on"] == "2026-12-01"
    bad = run(data, "schemes", "facts", str(tmp_path / "nowhere"))
    assert bad.returncode == 1 and "no such folder" in bad.stderr


def test_screen_says_which_facts_are_not_confirmed(tmp_path: Path) -> None:
    data, family_id = _camp_with_a_widowed_mother(tmp_path)
    shown = run(data, "screen", family_id).stdout
    assert "* not confirmed: A raise to Rs 2,500 (60-69) and Rs 3,000 (70+)" in shown
    assert "(source: News reports of November 2024 and May 2025" in shown
    assert "checked 01/12/2026)" in shown
    hindi = run(data, "screen", family_id, "--lang", "hi").stdout
    assert "* पुष्टि नहीं: मार्च 2025 के बजट में" in hindi and "जाँच 01/12/2026" in hindi
    verdicts = json.loads(run(data, "screen", family_id, "--json").stdout)["verdicts"]
    oap = next(v for v in verdicts if v["scheme"] == "DL-OAP" and v["member_no"] == 3)
    assert [d["fact"] for d in oap["unconfirmed"]] == ["benefit"]
    assert oap["unconfirmed"][0]["source_hi"].startswith("नवंबर 2024")
    refused = next(v for v in verdicts if v["scheme"] == "DL-OAP" and v["member_no"] == 1)
    assert refused["status"] == "not_eligible" and refused["unconfirmed"] == []


def test_search(tmp_path: Path) -> None:
    data = tmp_path / "camp"
    init(data)
    path = tmp_path / "f.json"
    path.write_text(json.dumps(example_family(), ensure_ascii=False), encoding="utf-8")
    family_id = run(data, "register", "--json", str(path)).stdout.strip()
    found = run(data, "search", "kamla", "devi")
    assert found.returncode == 0 and "Kamla Devi" in found.stdout and "[name]" in found.stdout
    assert "234123412346" not in found.stdout and "XXXX XXXX 2346" in found.stdout
    by_id = json.loads(run(data, "search", family_id.replace("-", ""), "--json").stdout)
    assert by_id["exact"] == family_id and len(by_id["hits"]) == 2
    hindi = json.loads(run(data, "search", "कमला", "--json").stdout)
    assert hindi["hits"][0]["name"] == "Kamla Devi"
    none = run(data, "search", "zzqx")
    assert none.returncode == 1 and "Nobody found" in none.stderr


@pytest.mark.sqlite_only  # alters the SQLite file behind the program's back
def test_audit_verify(tmp_path: Path) -> None:
    import sqlite3
    data = tmp_path / "camp"
    init(data)
    path = tmp_path / "f.json"
    path.write_text(json.dumps(example_family(), ensure_ascii=False), encoding="utf-8")
    run(data, "register", "--json", str(path))
    ok = run(data, "audit", "verify")
    # supervisor made, accounts sealed, camp set up, login, family registered, login
    assert ok.returncode == 0 and "intact: 6 entries" in ok.stdout
    conn = sqlite3.connect(data / "power.sqlite3")
    conn.execute("UPDATE audit SET action = 'nothing' WHERE id = 1")
    conn.commit()
    conn.close()
    broken = run(data, "audit", "verify")
    assert broken.returncode == 1 and "entry 1" in broken.stderr and "altered" in broken.stderr


def test_backup_and_restore(tmp_path: Path, database: str | None) -> None:
    data = tmp_path / "camp"
    init(data)
    path = tmp_path / "f.json"
    path.write_text(json.dumps(example_family(), ensure_ascii=False), encoding="utf-8")
    run(data, "register", "--json", str(path))
    missing = run(data, "backup", "--out", str(tmp_path / "usb"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    (tmp_path / "usb").mkdir()
    made = run(data, "backup", "--out", str(tmp_path / "usb"))
    assert made.returncode == 0 and "Checked: 1 family" in made.stderr
    backup = made.stdout.strip()
    if database is not None:  # a camp server's backup: the whole camp, a laptop's kind of file
        refused = run(data, "restore", backup, "--yes")
        assert refused.returncode == 2 and "works on the camp server" in refused.stderr
        copy = run(data, "--database", f"sqlite:///{backup}", "families")
        assert copy.returncode == 0 and copy.stdout.startswith("1 family\n"), copy.stderr
        return
    unconfirmed = run(data, "restore", backup)
    assert unconfirmed.returncode == 2 and "needs confirming" in unconfirmed.stderr
    assert "Nothing saved on this laptop is missing from it." in unconfirmed.stdout
    restored = run(data, "restore", backup, "--yes")
    assert restored.returncode == 0 and "kept in" in restored.stdout
    assert run(data, "families").stdout.startswith("1 family\n")
    bad = run(data, "restore", str(path))
    assert bad.returncode == 2 and "error:" in bad.stderr


def test_logins_and_roles_on_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "camp"
    init(data)
    ravi = ("Ravi", "ravi-pass-1")
    added = run(data, "operators", "add", "Ravi", "--password-stdin",
                stdin="ravi-pass-1\nravi-pass-1\n")
    assert added.returncode == 0 and "Added operator Ravi" in added.stdout
    listed = run(data, "operators", "list").stdout
    assert "Asha" in listed and "supervisor" in listed and "Ravi" in listed
    assert run(data, "families", who=ravi).returncode == 0  # an operator's work
    for refused in (("backup", "--out", str(tmp_path / "usb")), ("restore", "x.sqlite3"),
                    ("operators", "list"), ("audit", "verify"),
                    ("operators", "add", "Mohan", "--password-stdin")):
        done = run(data, *refused, who=ravi, stdin="mohan-pass-1\nmohan-pass-1\n")
        assert done.returncode == 2 and "Only a supervisor can" in done.stderr, refused
    assert not (tmp_path / "usb").exists()
    wrong = run(data, "families", who=("Ravi", "wrong"))
    assert wrong.returncode == 2 and "Name or password is wrong" in wrong.stderr
    env = {k: v for k, v in os.environ.items() if not k.startswith("POWER_DESKTOP_")
           or k == "POWER_DESKTOP_DATABASE"}
    anonymous = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data),
                                "families"], capture_output=True, text=True, timeout=120,
                               env={**env, "PYTHONPATH": str(ROOT)}, stdin=subprocess.DEVNULL,
                               check=False)
    assert anonymous.returncode == 2 and "POWER_DESKTOP_OPERATOR" in anonymous.stderr
    assert run(data, "operators", "disable", "Ravi").returncode == 0
    disabled = run(data, "families", who=ravi)
    assert disabled.returncode == 2 and "disabled" in disabled.stderr


def test_recover_with_the_code(tmp_path: Path) -> None:
    data = tmp_path / "camp"
    done = run(data, "init", "--district", "South", "--camp", "C07", "--device", "L2",
               "--operator", SUPERVISOR, "--password-stdin", stdin=f"{PASSWORD}\n{PASSWORD}\n")
    code = done.stdout.split("Recovery code: ")[1].split()[0]
    bad = run(data, "recover", "--operator", SUPERVISOR, "--stdin",
              stdin="0000-0000-0000-0000-0000\nnew-pass-99\nnew-pass-99\n")
    assert bad.returncode == 2 and "recovery code is not right" in bad.stderr
    good = run(data, "recover", "--operator", SUPERVISOR, "--stdin",
               stdin=f"{code}\nnew-pass-99\nnew-pass-99\n")
    assert good.returncode == 0, good.stderr
    assert run(data, "families", who=(SUPERVISOR, "new-pass-99")).returncode == 0
    assert run(data, "families").returncode == 2  # the old password no longer works


def test_full_workflow_leaves_no_aadhaar_or_mobile_in_logs(tmp_path: Path,
                                                          database: str | None) -> None:
    from sqlalchemy import create_engine
    from sqlalchemy import text as sql
    data = tmp_path / "camp"
    init(data)
    family = example_family()
    mobile = family["mobile"]
    path = tmp_path / "f.json"
    path.write_text(json.dumps(family, ensure_ascii=False), encoding="utf-8")
    assert run(data, "operators", "add", "Ravi", "--password-stdin",
               stdin="ravi-pass-1\nravi-pass-1\n").returncode == 0
    ravi = ("Ravi", "ravi-pass-1")
    family_id = run(data, "register", "--json", str(path), who=ravi).stdout.strip()
    steps = [("search", EXAMPLE_AADHAAR), ("search", mobile), ("search", "kamla"),
             ("check-duplicates", "--json", str(path)), ("screen", family_id),
             ("apply", family_id, "--all-eligible"), ("show", family_id, "--json"),
             ("history", family_id)]
    for step in steps:
        done = run(data, *step, who=ravi)
        assert done.returncode in (0, 1), (step, done.stderr)
        assert EXAMPLE_AADHAAR not in done.stdout + done.stderr, step
    run(data, "families", who=("Ravi", EXAMPLE_AADHAAR))  # a number typed as a password
    (tmp_path / "usb").mkdir()
    assert run(data, "backup", "--out", str(tmp_path / "usb")).returncode == 0
    assert run(data, "audit", "verify").returncode == 0
    logs = list((data / "logs").glob("*"))
    assert logs
    for log in logs:
        text = log.read_text(encoding="utf-8")
        assert EXAMPLE_AADHAAR not in text and mobile not in text, log
    engine = create_engine(database or f"sqlite:///{data / 'power.sqlite3'}")
    with engine.connect() as conn:  # on the camp server too: the same vault, nothing in clear
        trail = " ".join(str(row) for row in conn.execute(sql("SELECT * FROM audit")))
        everything = " ".join(str(row) for table in ("family", "member", "family_version")
                              for row in conn.execute(sql(f"SELECT * FROM {table}")))
    engine.dispose()
    assert EXAMPLE_AADHAAR not in trail and mobile not in trail
    assert EXAMPLE_AADHAAR not in everything and "2346" in everything  # masked: last four


def test_register_never_saves_a_second_person_with_the_same_aadhaar(tmp_path: Path) -> None:
    """Not even with --allow-duplicate; --move-from moves the person, recorded."""
    data = tmp_path / "camp"
    init(data)
    old = example_family()
    old["members"][0]["relation"], old["members"][1]["relation"] = "daughter", "head"
    old["members"][1]["age"] = 40
    families = tmp_path / "families.json"
    families.write_text(json.dumps([old], ensure_ascii=False), encoding="utf-8")
    first = run(data, "register", "--accept-warnings", "--json", str(families))
    assert first.returncode == 0, first.stderr
    kamla = first.stdout.split()[0] + "-M01"
    son = {"address": {"line1": "B-12", "locality": "Madanpur Khadar",
                       "district": "South East", "pin": "110076"},
           "members": [{"name": "Ravi Kumar", "relation": "head", "gender": "M",
                        "dob": "2000-03-04"},
                       {"name": "Kamla Devi", "relation": "mother", "gender": "F",
                        "dob": "1981-02-10", "aadhaar": "2341 2341 2346"}]}
    families.write_text(json.dumps([son], ensure_ascii=False), encoding="utf-8")
    refused = run(data, "register", "--allow-duplicate", "--json", str(families))
    assert refused.returncode == 1 and "already registered" in refused.stderr
    assert kamla in refused.stderr and "--move-from" in refused.stderr
    moved = run(data, "register", "--move-from", kamla, "--json", str(families))
    assert moved.returncode == 0, moved.stderr
    shown = run(data, "show", first.stdout.split()[0]).stdout
    assert "Kamla" not in shown and "Pooja Kumari" in shown

"""Batches from the command line: preview, export, list, validate, write again, acknowledge,
returns, resubmit, consolidate; operators refused."""

from __future__ import annotations

import json
from pathlib import Path

from ..helpers import PASSWORD, SUPERVISOR, example_family
from .test_cli import run


def _init(data: Path, device: str) -> None:
    done = run(data, "init", "--district", "South", "--camp", "C07", "--device", device,
               "--operator", SUPERVISOR, "--password-stdin", stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert done.returncode == 0, done.stderr


def test_export_acknowledge_and_consolidate(tmp_path: Path) -> None:
    one, two, usb = tmp_path / "l1", tmp_path / "l2", tmp_path / "usb"
    usb.mkdir()
    _init(one, "L1")
    _init(two, "L2")
    family = example_family()
    family["members"].append({"name": "Savitri Devi", "relation": "mother", "gender": "F",
                              "dob": "1950-05-01", "marital_status": "widowed"})
    path = tmp_path / "f.json"
    path.write_text(json.dumps(family, ensure_ascii=False), encoding="utf-8")
    family_id = run(one, "register", "--json", str(path)).stdout.strip()
    apps = [line.split()[0] for line in
            run(one, "apply", family_id, "--all-eligible").stdout.splitlines()]
    assert apps
    assert run(two, "demo", "--families", "5", "--seed", "3").returncode == 0
    preview = run(one, "export", "--preview")
    assert "1 family, 3 members and " in preview.stdout
    made = run(one, "export", "--out", str(usb))
    assert made.returncode == 0, made.stderr
    batch = Path(made.stdout.strip())
    assert batch.name == "DL-SO-C07-L1-B0001.xlsx" and batch.exists()
    assert run(one, "export", "--out", str(usb)).returncode == 2  # nothing new
    listed = run(one, "batches").stdout
    assert "DL-SO-C07-L1-B0001" in listed
    checked = run(one, "validate-batch", str(batch), who=("", ""))  # no login needed
    assert checked.returncode == 0 and "a sound batch" in checked.stdout
    (tmp_path / "re").mkdir()
    again = run(one, "export", "--again", "DL-SO-C07-L1-B0001", "--out", str(tmp_path / "re"))
    assert again.returncode == 0 and Path(again.stdout.strip()).exists()
    ack = tmp_path / "ack.csv"
    ack.write_text("application_id,status,reason,central_reference\n"
                   f"{apps[0]},needs_correction,Bank account missing,C-1\n"
                   "DL-SO-C07-L1-A000099-Q,accepted,,C-2\n", encoding="utf-8")
    imported = run(one, "import-ack", str(ack))
    assert imported.returncode == 1 and "1 applied, 0 unchanged, 1 set aside" in imported.stdout
    assert "row 3" in imported.stderr
    assert "unchanged" in run(one, "import-ack", str(ack)).stdout
    assert apps[0] in run(one, "returns").stdout
    assert run(one, "resubmit", apps[0]).returncode == 0
    second = run(one, "export", "--out", str(usb))
    assert second.returncode == 0 and "0 families, 0 members, 1 application" in second.stderr
    other = Path(run(two, "export", "--out", str(usb)).stdout.strip())
    joined = run(one, "consolidate", str(batch), str(other), "--out", str(tmp_path / "c.xlsx"))
    assert joined.returncode == 0, joined.stderr
    assert "2 laptops" in joined.stderr and "6 families" in joined.stderr
    assert run(one, "validate-batch", str(tmp_path / "c.xlsx")).returncode == 0
    run(one, "operators", "add", "Ravi", "--password-stdin", stdin="ravi-pass-1\nravi-pass-1\n")
    refused = run(one, "export", "--out", str(usb), who=("Ravi", "ravi-pass-1"))
    assert refused.returncode == 2 and "Only a supervisor can approve and export" in \
        refused.stderr
    trail = run(one, "audit", "verify")
    assert trail.returncode == 0


def test_day_report(tmp_path: Path) -> None:
    data = tmp_path / "camp"
    _init(data, "L1")
    assert run(data, "demo", "--families", "4", "--seed", "2").returncode == 0
    out = tmp_path / "report.pdf"
    done = run(data, "report", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    import subprocess
    words = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "Camp day report" in words and "Families registered today" in words
    import json
    head = json.loads((data / "audit-head.json").read_text())
    assert f"{head['count']} entries, the last no. {head['id']}" in words
    bad = run(data, "report", "--date", "2026-13-45", "--out", str(out))
    assert bad.returncode == 2 and "is not a date" in bad.stderr

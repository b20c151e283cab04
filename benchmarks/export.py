"""Batch figures, each next to a baseline measured in the same run:
- export of MEMBERS members with their families and applications, against bare openpyxl
  (write-only, lxml) writing exactly the same cells (goal: at most 1.3x); the export's peak
  memory, in a process of its own (goal: under 150 MB);
- import of an acknowledgement file of ACK_ROWS rows (goal: under 5 s), against reading the
  same file with the csv module alone.

    python benchmarks/export.py [--members 200000] [--ack-rows 100000]
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
import uuid
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BENCH_PASSWORD, BENCH_USER, open_logged_in  # noqa: E402
from sqlalchemy import func, insert, select  # noqa: E402

from power_desktop.core import ids  # noqa: E402
from power_desktop.services import demo  # noqa: E402
from power_desktop.services.camp import CampSetup  # noqa: E402
from power_desktop.store.models import Application, Batch, BatchContent, Family, Member  # noqa: E402

EXPORT_CHILD = r"""
import json, os, sys, threading, time
from pathlib import Path

def hwm_mb(pid="self"):
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmHWM"):
                return int(line.split()[1]) / 1024
    except OSError:
        return 0.0
    return 0.0

def watch_children(peaks, stop):
    # The writer process's own peak: read from /proc while it runs (ru_maxrss of a child
    # counts the parent's memory at the fork that precedes its exec).
    me = os.getpid()
    while not stop.is_set():
        try:
            kids = open(f"/proc/{me}/task/{me}/children").read().split()
        except OSError:
            kids = []
        for kid in kids:
            peaks[kid] = max(peaks.get(kid, 0.0), hwm_mb(kid))
        time.sleep(0.05)

if __name__ == "__main__":
    from power_desktop.paths import Paths
    from power_desktop.services import Services
    services = Services.open(Paths(Path(sys.argv[1])))
    services.accounts.login(sys.argv[3], sys.argv[4])
    with open("/proc/self/clear_refs", "w") as f:  # forget the login's 64 MB argon2 peak
        f.write("5")
    peaks, stop = {}, threading.Event()
    watcher = threading.Thread(target=watch_children, args=(peaks, stop), daemon=True)
    watcher.start()
    start = time.perf_counter()
    info = services.export.export(Path(sys.argv[2]))
    took = time.perf_counter() - start
    stop.set()
    watcher.join()
    print(json.dumps({"seconds": took, "peak_mb": hwm_mb(),
                      "writer_mb": max(peaks.values(), default=0.0),
                      "code": info.code, "rows": info.rows}))
"""

BARE_CHILD = r"""
import json, resource, sys, time, zlib
from openpyxl import Workbook
names = {"F": "Families", "M": "Members", "A": "Applications"}
rows = [(names[line[:1].decode()], json.loads(line[2:]))
        for line in zlib.decompress(open(sys.argv[1], "rb").read()).splitlines()]
start = time.perf_counter()
book = Workbook(write_only=True)
sheets = {}
for name in ("Manifest", "Families", "Members", "Applications"):
    sheets[name] = book.create_sheet(name)
for sheet, row in rows:
    sheets[sheet].append(row)
book.save(sys.argv[2])
took = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": took, "peak_mb": peak}))
"""


def fill(folder: Path, members: int, applied_families: int) -> None:
    services = open_logged_in(folder)
    if services.camp.current() is None:
        services.camp.setup(CampSetup("DL", "South", "C07", "L2", BENCH_USER))
    while True:
        with services.sessions() as session:
            have = session.scalar(select(func.count()).select_from(Member)) or 0
        if have >= members:
            break
        demo.generate(services, max(100, (members - have) // 4 + 50), seed=have + 1)
    for row in services.registration.page(limit=applied_families):
        services.eligibility.apply_all_eligible(row.family_id)
    services.close()


def unmark(folder: Path) -> None:
    """Forget earlier batches: every record is new to the next export."""
    services = open_logged_in(folder)
    with services.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE family SET exported_version = 0")
        conn.exec_driver_sql("UPDATE application SET exported_version = 0")
        conn.exec_driver_sql("DELETE FROM batch")
    services.close()


def run_child(code: str, *args: str) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as script:
        script.write(code)  # a file, so that the export's writer process can be spawned
    out = subprocess.run([sys.executable, script.name, *args], capture_output=True, text=True,
                         check=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    Path(script.name).unlink()
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def ack_figures(folder: Path, rows: int) -> tuple[float, float, int]:
    """Seconds to import an acknowledgement file of `rows` rows, and to only read it."""
    services = open_logged_in(folder)
    with services.sessions() as session:
        family = session.scalars(select(Family).limit(1)).one()
        camp_id, have = family.camp_id, session.scalar(
            select(func.max(Application.id))) or 0
    now = services.clock.now()
    codes = [ids.application_id("DL", "SO", "C07", "L2", 500_000 + i) for i in range(rows)]
    with services.engine.begin() as conn:  # applications for the file to acknowledge
        conn.exec_driver_sql("DELETE FROM application WHERE app_code LIKE '%-A5_____-_'")
        conn.exec_driver_sql("UPDATE application SET central_status = NULL")
        conn.execute(insert(Application), [{
            "uuid": str(uuid.uuid4()), "app_code": c, "lookup_key": c.replace("-", ""),
            "family_id": family.id, "member_id": None, "camp_id": camp_id,
            "scheme_code": "DL-NFSA", "scheme_pack": "delhi", "status": "printed",
            "annual_value": 0, "created_by": BENCH_USER, "created_at": now, "updated_at": now,
            "version": 1, "exported_version": 1} for c in codes])
    path = folder / "ack.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["application_id", "status", "reason", "central_reference"])
        for i, c in enumerate(codes):
            rejected = i % 10 == 0
            out.writerow([c, "rejected" if rejected else "accepted",
                          "Income above the limit" if rejected else "", f"CEN/{i:07d}"])
    start = time.perf_counter()
    with open(path, newline="", encoding="utf-8") as handle:
        read = sum(1 for _ in csv.reader(handle))
    bare = time.perf_counter() - start
    from power_desktop.services.acks import AckService
    start = time.perf_counter()
    result = AckService(services).import_file(path)
    ours = time.perf_counter() - start
    with services.engine.begin() as conn:  # leave the data folder as it was
        conn.exec_driver_sql("DELETE FROM application WHERE app_code LIKE '%-A5_____-_'")
    services.close()
    assert read == rows + 1 and result.applied == rows, (read, result)
    return ours, bare, have


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=200_000)
    parser.add_argument("--applied-families", type=int, default=3000)
    parser.add_argument("--ack-rows", type=int, default=100_000)
    parser.add_argument("--data-dir", help="reuse a folder (filled on first use)")
    args = parser.parse_args()
    folder = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp())
    fill(folder, args.members, args.applied_families)
    unmark(folder)
    with tempfile.TemporaryDirectory() as tmp:
        ours = run_child(EXPORT_CHILD, str(folder), tmp, BENCH_USER, BENCH_PASSWORD)
        services = open_logged_in(folder)
        with services.sessions() as session:
            content = b"".join(session.scalars(
                select(BatchContent.data).join(Batch, Batch.id == BatchContent.batch_id)
                .where(Batch.code == ours["code"]).order_by(BatchContent.piece)))
        services.close()
        unmark(folder)  # so that the next run of this benchmark exports again
        Path(tmp, "content.bin").write_bytes(content or zlib.compress(b""))
        bare = run_child(BARE_CHILD, str(Path(tmp, "content.bin")), str(Path(tmp, "b.xlsx")))
    rows = ours["rows"]
    print(f"export: {rows['members']} members, {rows['families']} families, "
          f"{rows['applications']} applications")
    print(f"  bare openpyxl write-only, same cells : {bare['seconds']:6.1f} s  "
          f"peak {bare['peak_mb']:5.0f} MB")
    print(f"  PoWER Desktop export                 : {ours['seconds']:6.1f} s  "
          f"peak {ours['peak_mb']:5.0f} MB (+ writer process {ours['writer_mb']:3.0f} MB)   "
          f"ratio {ours['seconds'] / bare['seconds']:4.2f}  (goal: at most 1.3, under 150 MB)")
    took, read, _ = ack_figures(folder, args.ack_rows)
    print(f"acknowledgements: {args.ack_rows} rows")
    print(f"  reading the CSV alone                : {read:6.2f} s")
    print(f"  PoWER Desktop import-ack             : {took:6.2f} s   ratio {took / read:4.1f}  "
          "(goal: under 5 s)")


if __name__ == "__main__":
    main()

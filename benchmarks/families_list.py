"""Opening the families list at 200,000 families: the first page, the count, and scrolling.

Times the Families page's model as the window uses it (first page + family count, then the
next pages as the operator scrolls), next to a bare sqlite3 query for the same first page on
the same file, in the same run.

    python benchmarks/families_list.py [--families 200000] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import camp_with_families  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")



def timed(fn: object, repeat: int = 9) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--families", type=int, default=200_000)
    parser.add_argument("--data-dir", help="reuse a data folder (made if missing)")
    args = parser.parse_args()
    services = camp_with_families(args.data_dir, args.families, seed=2)

    from PySide6.QtWidgets import QApplication

    from power_desktop.ui.families_page import FamiliesPage
    app = QApplication.instance() or QApplication([])
    page = FamiliesPage(services)

    def open_page() -> None:
        page.refresh()

    def scroll_ten_pages() -> None:
        page.model.reload()
        for _ in range(10):
            page.model.fetchMore()

    conn = sqlite3.connect(services.paths.database)

    def bare() -> None:
        conn.execute("SELECT id, family_code, head_name, member_count, locality, district, "
                     "mobile, created_at, created_by FROM family ORDER BY created_at DESC, id DESC "
                     "LIMIT 200").fetchall()

    def bare_count() -> None:
        conn.execute("SELECT count(*) FROM family").fetchone()

    b, c, o, s = timed(bare), timed(bare_count), timed(open_page), timed(scroll_ten_pages, 3)
    print(f"families list at {services.registration.count():,} families (median of runs)")
    print(f"  bare sqlite3: first 200 rows {b * 1000:7.2f} ms, count {c * 1000:7.2f} ms")
    print(f"  Families page: open (first page + count) {o * 1000:7.2f} ms  "
          f"ratio {o / (b + c):5.2f}")
    print(f"  scrolling 10 more pages: {s * 1000:7.2f} ms "
          f"({s / 11 * 1000:.2f} ms a page; a frame is 16 ms)")
    conn.close()
    page.searcher.stop()
    services.close()
    del app


if __name__ == "__main__":
    main()

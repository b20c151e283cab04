"""Printing figures: 1,000 application forms into one PDF, next to bare reportlab drawing the
same content in the same run.

"The same content" is exact: the forms are first drawn once onto a recording canvas, and the
baseline replays the recorded drawing calls (text already shaped, every bar and square
of the codes already worked out) onto a plain reportlab canvas and saves it. The ratio
is therefore what PoWER Desktop adds on top of reportlab: reading the records, laying
out, shaping Hindi, encoding barcodes. Forms of one scheme share a drawn template.
Goal: at most 1.5x, and under 5 s.

    python benchmarks/printing.py [--forms 1000]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

# The rest is imported in main(): printing spawns a helper process, which loads this file
# again as its main module, and must not load the whole application to start.


class Recorder:
    """Passes every call on to a real canvas, and keeps it for replaying; paths (the barcodes'
    bars and squares) are recorded rectangle by rectangle, so the replay builds them too."""

    def __init__(self, canvas: Any) -> None:
        self._canvas = canvas
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def beginPath(self) -> Any:  # noqa: N802 (reportlab's name)
        self.calls.append(("beginPath", (), {}))
        path = self._canvas.beginPath()
        calls = self.calls

        class PathRecorder:
            def rect(self, *args: Any) -> None:
                calls.append(("path.rect", args, {}))
                path.rect(*args)
        self._path = path
        return PathRecorder()

    def drawPath(self, _path: Any, **kwargs: Any) -> None:  # noqa: N802
        self.calls.append(("drawPath", (), kwargs))
        self._canvas.drawPath(self._path, **kwargs)

    def __getattr__(self, name: str) -> Any:
        real = getattr(self._canvas, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args, kwargs))
            return real(*args, **kwargs)
        return call


def replay(calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]) -> None:
    from reportlab.pdfgen.canvas import Canvas
    canvas = Canvas(io.BytesIO(), pageCompression=1)
    path: Any = None
    for name, call_args, kwargs in calls:
        if name == "beginPath":
            path = canvas.beginPath()
        elif name == "path.rect":
            path.rect(*call_args)
        elif name == "drawPath":
            canvas.drawPath(path, **kwargs)
        else:
            getattr(canvas, name)(*call_args, **kwargs)
    canvas.save()


def applications(services: Any, wanted: int) -> list[str]:
    made: list[str] = []
    for row in services.registration.page(limit=100_000):
        made += [a.application_id for a in services.eligibility.apply_all_eligible(row.family_id)]
        if len(made) >= wanted:
            break
    return made[:wanted]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--forms", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from common import camp_with_families
    from reportlab.pdfgen.canvas import Canvas

    from power_desktop.paper import barcodes, text
    from power_desktop.paper.form import draw_form
    services = camp_with_families(None, max(40, 2 * args.forms), seed=11)
    ids = applications(services, args.forms)
    if len(ids) < args.forms:
        sys.exit(f"only {len(ids)} applications could be made; add families")
    text.register()
    recorder = Recorder(Canvas(io.BytesIO(), pageCompression=1))
    for page in services.printing.form_pages(ids):
        draw_form(recorder, page)
    ours_times, bare_times = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for _round in range(args.rounds):  # alternate, so a noisy moment hits both
            for cache in (text.shaped, text.width, text.fit, text.wrap, text.runs,
                          barcodes.code128_pattern, barcodes.qr_matrix, barcodes.qr_blocks):
                cache.cache_clear()  # every round starts cold, as a new batch would
            start = time.perf_counter()
            services.printing.render_forms(ids, Path(tmp) / "forms.pdf")
            ours_times.append(time.perf_counter() - start)
            size = (Path(tmp) / "forms.pdf").stat().st_size
            start = time.perf_counter()
            replay(recorder.calls)
            bare_times.append(time.perf_counter() - start)
    ours, bare = statistics.median(ours_times), statistics.median(bare_times)

    print(f"printing: {len(ids)} application forms into one PDF ({size / 1e6:.1f} MB)")
    print(f"  median of {args.rounds} alternating rounds")
    print(f"  bare reportlab, same drawing calls replayed : {bare:6.2f} s")
    print(f"  PoWER Desktop render_forms (records to PDF) : {ours:6.2f} s   ratio "
          f"{ours / bare:5.2f}  (goal: at most 1.5, and under 5 s)")


if __name__ == "__main__":
    main()

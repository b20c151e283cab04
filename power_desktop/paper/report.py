"""The end-of-day camp report (A4, both languages): the day's figures, applications by scheme
with a bar chart, work by operator, and a line for the supervisor's signature."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from power_desktop.core.codes import indian_grouping

from . import text
from .flow import Flow
from .model import DayFigures

MARGIN = 15 * mm


def draw_report(figures: DayFigures, who: str, now: datetime, trail: str = "") -> bytes:
    text.register()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(f"PoWER camp report {figures.camp} {figures.day:%d/%m/%Y}")
    width, height = A4
    flow = Flow(canvas, width, height, MARGIN, bottom=MARGIN + 10)
    flow.line("Camp day report  /  शिविर दिवस रिपोर्ट", 16)
    flow.line(f"Camp {figures.camp}  ·  {figures.day:%d/%m/%Y}  ·  prepared by {who}, "
              f"{now:%d/%m/%Y %H:%M}", 9)
    flow.down(8)
    rows = [
        ("Families registered today / आज पंजीकृत परिवार", figures.families_today),
        ("People registered today / आज पंजीकृत व्यक्ति", figures.members_today),
        ("Applications made today / आज किए गए आवेदन", figures.applications_today),
        ("Yearly value applied for today (Rs) / आज आवेदित वार्षिक लाभ (रु)",
         figures.annual_value_today),
        ("One-time benefits applied for today (Rs) / आज आवेदित एकमुश्त लाभ (रु)",
         figures.once_value_today),
        ("Families on this laptop / इस लैपटॉप पर परिवार" if not figures.laptops else
         "Families in the camp, all laptops / कैंप में परिवार, सभी लैपटॉप",
         figures.families_total),
        ("People on this laptop / इस लैपटॉप पर व्यक्ति" if not figures.laptops else
         "People in the camp, all laptops / कैंप में व्यक्ति, सभी लैपटॉप",
         figures.members_total),
        ("Forms waiting to print / छपाई हेतु प्रतीक्षारत फॉर्म", figures.prints_waiting),
        ("Records not yet exported / निर्यात हेतु शेष रिकॉर्ड", figures.not_exported),
        ("Exported, verdict awaited / निर्यातित, निर्णय प्रतीक्षित", figures.acks_pending),
    ]
    for label, value in rows:
        _pair(flow, label, indian_grouping(value))
    flow.down(10)
    _heading(flow, "Applications by scheme  /  योजनावार आवेदन")
    _scheme_table(flow, figures)
    flow.down(10)
    _chart(flow, figures)
    flow.down(10)
    _heading(flow, "Work by operator  /  ऑपरेटरवार कार्य")
    _table(flow, ["Operator / ऑपरेटर", "Families", "People", "Applications", "Prints"],
           [[o.name, str(o.families), str(o.members), str(o.applications), str(o.prints)]
            for o in figures.operators] or [["-", "0", "0", "0", "0"]],
           [0.40, 0.15, 0.15, 0.15, 0.15])
    if figures.laptops:  # a camp server: each laptop's part of the day
        flow.down(10)
        _heading(flow, "Work by laptop  /  लैपटॉपवार कार्य")
        _table(flow, ["Laptop / लैपटॉप", "Families", "People", "Applications"],
               [[line.label, str(line.families), str(line.members), str(line.applications)]
                for line in figures.laptops], [0.40, 0.20, 0.20, 0.20])
    if trail:  # the audit trail's end, on paper: a trail cut short later shows against it
        flow.down(8)
        flow.line(trail, 8.5)
    flow.need(60)
    flow.down(50)
    canvas.setLineWidth(0.8)
    canvas.line(flow.right - 200, flow.y, flow.right, flow.y)
    text.draw(canvas, flow.right - 200, flow.y - 12,
              "Supervisor's signature / पर्यवेक्षक के हस्ताक्षर", 8.5)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _heading(flow: Flow, words: str) -> None:
    flow.line(words, 11, gap=4)


def _pair(flow: Flow, label: str, value: str) -> None:
    flow.need(16)
    flow.down(16)
    assert flow.c is not None
    text.draw(flow.c, flow.left, flow.y + 4, label, 9.5)
    text.draw(flow.c, flow.right, flow.y + 4, value, 11, "right")
    flow.c.setStrokeColorRGB(0.85, 0.85, 0.85)
    flow.c.line(flow.left, flow.y + 1, flow.right, flow.y + 1)
    flow.c.setStrokeColorRGB(0, 0, 0)


def _table(flow: Flow, header: list[str], rows: list[list[str]], widths: list[float]) -> None:
    """Rows of cells; a first cell with a line break is two lines (English, then Hindi)."""
    columns = [flow.left + sum(widths[:i]) * flow.room for i in range(len(widths))]
    for i, row in enumerate([header, *rows]):
        two = "\n" in row[0]
        step = 24 if two else 15
        flow.need(step)
        flow.down(step)
        assert flow.c is not None
        if i == 0:
            flow.c.setFillColorRGB(0.92, 0.92, 0.92)
            flow.c.rect(flow.left, flow.y - 1, flow.room, 15, stroke=0, fill=1)
            flow.c.setFillColorRGB(0, 0, 0)
        for j, cell in enumerate(row):
            room = widths[j] * flow.room - 6
            if j == 0 and two:
                first, second = cell.split("\n", 1)
                text.draw(flow.c, columns[j] + 2, flow.y + 12, first, text.fit(first, 8.5, room))
                text.draw(flow.c, columns[j] + 2, flow.y + 2, second, text.fit(second, 8, room))
            elif j == 0:
                text.draw(flow.c, columns[j] + 2, flow.y + 3, cell, text.fit(cell, 8.5, room))
            else:
                text.draw(flow.c, columns[j] + widths[j] * flow.room - 4, flow.y + 3, cell,
                          text.fit(cell, 8.5, room), "right")


def _scheme_table(flow: Flow, figures: DayFigures) -> None:
    rows = []
    for s in figures.schemes:
        st = s.statuses
        rows.append([f"{s.name_en}\n{s.name_hi}", str(s.today),
                     str(sum(st.get(k, 0) for k in ("created", "printed", "handed_over"))),
                     str(st.get("printed", 0) + st.get("handed_over", 0)),
                     str(st.get("accepted", 0)),
                     str(st.get("rejected", 0) + st.get("needs_correction", 0)),
                     indian_grouping(s.annual_value_today)
                     + (" once" if s.one_time and s.annual_value_today else "")])
    _table(flow, ["Scheme / योजना", "Today", "All", "Printed", "Accepted", "Returned",
                  "Rs today"],
           rows or [["-", "0", "0", "0", "0", "0", "0"]],
           [0.40, 0.08, 0.08, 0.10, 0.10, 0.10, 0.14])


def _chart(flow: Flow, figures: DayFigures) -> None:
    """Today's applications by scheme as bars: which schemes the camp is reaching."""
    shown = [s for s in figures.schemes if s.today]
    if not shown:
        return
    bar, gap = 12, 5
    height = len(shown) * (bar + gap) + 18
    flow.need(height)
    flow.line("Applications today by scheme  /  आज योजनावार आवेदन", 9.5)
    flow.down(height - 14)
    c = flow.c
    assert c is not None
    top, most = flow.y + height - 18, max(s.today for s in shown)
    label_w = 70 * mm
    room = flow.room - label_w - 30
    for i, s in enumerate(shown):
        y = top - (i + 1) * (bar + gap)
        text.draw(c, flow.left, y + 3, s.name_en, text.fit(s.name_en, 8, label_w - 6))
        length = room * s.today / most
        c.setFillColorRGB(0.16, 0.42, 0.70)
        c.rect(flow.left + label_w, y, length, bar, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        text.draw(c, flow.left + label_w + length + 4, y + 3, str(s.today), 8)

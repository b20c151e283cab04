"""The family slip, on A5/A4 (office printers) or an 80 mm roll (thermal receipt printers).

On paper sheets each application carries a Code128 of its ID; on the roll, where a 22-character
Code128 at a bar width scanners read reliably would be wider than the 72 mm print width, each
carries a QR code of its ID instead. A roll slip is exactly as long as its content.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm

from . import barcodes
from .flow import Flow
from .model import Slip

PAPERS = {"a5": A5, "a4": A4, "roll80": (80 * mm, 0.0)}


def draw_slip(canvas_factory: Any, slip: Slip, paper: str) -> None:
    """`canvas_factory(pagesize)` makes the canvas; a roll's length is measured first."""
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}")
    width, height = PAPERS[paper]
    roll = paper == "roll80"
    margin = 4 * mm if roll else 12 * mm
    if roll:
        measure = Flow(None, width, 10_000, margin)
        _content(measure, slip, roll)
        height = measure.used + 2 * margin + 10
    canvas = canvas_factory((width, height))
    flow = Flow(canvas, width, height, margin)
    _content(flow, slip, roll)
    canvas.showPage()
    canvas.save()


def _content(flow: Flow, slip: Slip, roll: bool) -> None:
    big, body, small = (11, 8.5, 7.5) if roll else (14, 10, 8.5)
    flow.line("PoWER  ·  Family slip", big, align="centre")
    flow.line("परिवार पर्ची", big, align="centre")
    flow.down(4)
    for words in (f"Family ID / परिवार आईडी: {slip.family_id}",
                  f"Head / मुखिया: {slip.head_name}",
                  f"Camp / शिविर: {slip.camp}, {slip.district.en} / {slip.district.hi}",
                  f"Date / तिथि: {slip.printed_at:%d/%m/%Y %H:%M}  ·  {slip.operator}"):
        flow.paragraph(words, body)
    _rule(flow)
    flow.line(f"Applications made / किए गए आवेदन: {len(slip.lines)}", body + 1)
    for i, line in enumerate(slip.lines, start=1):
        flow.down(3)
        flow.paragraph(f"{i}. {line.scheme_name.en}", body)
        flow.paragraph(f"    {line.scheme_name.hi}", body)
        flow.paragraph(f"For / किसके लिए: {line.member_name}  ·  {line.benefit.en}", small)
        flow.paragraph(f"Submit to / जमा करें: {line.submit_to.en} / {line.submit_to.hi}", small)
        _code(flow, line.application_id, roll)
    _rule(flow)
    if slip.documents:
        flow.line("Documents still to bring / लाने वाले दस्तावेज़", body + 1)
        for doc in slip.documents:
            flow.paragraph(f"•  {doc.en} / {doc.hi}", small)
        _rule(flow)
    flow.line("What happens next / आगे क्या होगा", body + 1)
    flow.paragraph(slip.next_steps.en, small)
    flow.paragraph(slip.next_steps.hi, small)
    if slip.helpline:
        flow.paragraph(slip.helpline, small)


def _code(flow: Flow, application_id: str, roll: bool) -> None:
    if roll:
        size = 24 * mm
        flow.need(size + 12)
        flow.down(size)
        if flow.c is not None:
            barcodes.draw_qr(flow.c, (flow.left + flow.right - size) / 2, flow.y,
                             application_id, size)
        flow.line(application_id, 8.5, align="centre")
        return
    bar_h = 11 * mm
    flow.need(bar_h + 16)
    flow.down(bar_h + 2)
    if flow.c is not None:
        barcodes.draw_code128(flow.c, flow.left - barcodes.QUIET * barcodes.MODULE, flow.y,
                              application_id, bar_h)
    flow.line(application_id, 9)


def _rule(flow: Flow) -> None:
    flow.need(8)
    flow.down(6)
    if flow.c is not None:
        flow.c.setLineWidth(0.5)
        flow.c.line(flow.left, flow.y + 3, flow.right, flow.y + 3)

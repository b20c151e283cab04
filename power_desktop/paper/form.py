"""The A4 application form: header with both barcodes and a photo box, the pack's sections
(known values printed, unknown ones as empty boxes), documents to tick, declaration, signature
and thumb boxes. A duplicate copy says so at the top and across the page."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from . import barcodes, text
from .flow import Flow
from .model import FormPage

MARGIN = 12 * mm
LABEL_W = 64 * mm
ROW_H = 19
BOX_H = 15
GREY = (0.93, 0.93, 0.93)
QR_SIZE = 26 * mm
PHOTO_W, PHOTO_H = 35 * mm, 45 * mm


def draw_form(canvas: Any, form: FormPage) -> None:
    """One form, on as many A4 pages as it needs; ends with the last page shown."""
    width, height = A4
    flow = Flow(canvas, width, height, MARGIN, bottom=MARGIN + 14,
                on_new_page=lambda f: _continued(f, form),
                on_page_end=lambda f: _footer(f, form))
    _header(flow, form)
    for section in form.sections:
        _section_title(flow, section.title.en, section.title.hi)
        for field in section.fields:
            _field(flow, field.label.en, field.label.hi, field.value)
    if form.documents:
        _section_title(flow, "Documents attached (tick)", "संलग्न दस्तावेज़ (सही का निशान लगाएँ)")
        for doc in form.documents:
            _tick_line(flow, f"{doc.en} / {doc.hi}")
    _section_title(flow, "Declaration", "घोषणा")
    flow.paragraph(form.declaration.en, 8.5)
    flow.paragraph(form.declaration.hi, 8.5)
    _signatures(flow)
    _footer(flow, form)
    canvas.showPage()


def _mark_duplicate(canvas: Any, form: FormPage, width: float, height: float) -> None:
    if not form.copy_no:
        return
    label = f"DUPLICATE COPY {form.copy_no}  /  प्रतिलिपि {form.copy_no}"
    canvas.saveState()
    canvas.setFillColorRGB(0.75, 0, 0)
    text.draw(canvas, width / 2, height - MARGIN + 2, label, 11, "centre")
    canvas.setFillColorRGB(0.5, 0.5, 0.5)
    canvas.setFillAlpha(0.18)  # over the page's content, which stays readable through it
    canvas.translate(width / 2, height / 2)
    canvas.rotate(40)
    text.draw(canvas, 0, 0, f"DUPLICATE COPY {form.copy_no}", 54, "centre")
    canvas.restoreState()


def _header(flow: Flow, form: FormPage) -> None:
    c: Any = flow.c
    top = flow.y
    c.setFillColorRGB(0, 0, 0)
    barcodes.draw_qr(c, flow.right - QR_SIZE, top - QR_SIZE, form.payload, QR_SIZE)
    room = flow.room - QR_SIZE - 6
    text.draw(c, flow.left, top - 16, form.scheme_name.hi, text.fit(form.scheme_name.hi, 15, room))
    text.draw(c, flow.left, top - 32, form.scheme_name.en, text.fit(form.scheme_name.en, 12, room))
    text.draw(c, flow.left, top - 46, "Application form  /  आवेदन पत्र", 9)
    text.draw(c, flow.left, top - 60,
              f"Camp {form.camp}  ·  {form.district.en} / {form.district.hi}  ·  applied "
              f"{form.applied_on:%d/%m/%Y}", 8.5)
    bar_top = top - QR_SIZE - 8
    bar_h = 12 * mm
    barcodes.draw_code128(c, flow.left - barcodes.QUIET * barcodes.MODULE, bar_top - bar_h,
                          form.application_id, bar_h)
    bar_w = barcodes.code128_width(form.application_id) - 2 * barcodes.QUIET * barcodes.MODULE
    text.draw(c, flow.left + bar_w / 2, bar_top - bar_h - 11, form.application_id, 10, "centre")
    photo_x, photo_y = flow.right - PHOTO_W, bar_top - PHOTO_H
    c.setLineWidth(0.8)
    c.setDash(3, 2)
    c.rect(photo_x, photo_y, PHOTO_W, PHOTO_H, stroke=1, fill=0)
    c.setDash()
    text.draw(c, photo_x + PHOTO_W / 2, photo_y + PHOTO_H / 2 + 4, "Paste photo", 8, "centre")
    text.draw(c, photo_x + PHOTO_W / 2, photo_y + PHOTO_H / 2 - 8, "फोटो चिपकाएँ", 8, "centre")
    info = [("Application ID / आवेदन आईडी", form.application_id),
            ("Family ID / परिवार आईडी", form.family_id),
            ("Member ID / सदस्य आईडी", form.member_id or "- (family scheme / परिवार योजना)"),
            ("Benefit / लाभ", form.benefit.en),
            ("Prepared by / तैयारकर्ता", f"{form.operator}, {form.printed_at:%d/%m/%Y %H:%M}")]
    y = bar_top - bar_h - 30
    for label, value in info:
        text.draw(c, flow.left, y, label, 7.5)
        value_room = photo_x - 8 - (flow.left + 118)
        text.draw(c, flow.left + 118, y, value, text.fit(value, 8.5, value_room))
        y -= 12
    flow.down(top - min(y, photo_y) + 6)


def _continued(flow: Flow, form: FormPage) -> None:
    c = flow.c
    if c is not None:
        c.setFillColorRGB(0, 0, 0)
        text.draw(c, flow.left, flow.y - 10, f"{form.scheme_name.en} / {form.scheme_name.hi}"
                  f"  ·  {form.application_id}  ·  continued / जारी", 8.5)
    flow.down(20)


def _footer(flow: Flow, form: FormPage) -> None:
    """The page's last touches: the duplicate mark over everything, and the footer line."""
    c = flow.c
    if c is None:
        return
    _mark_duplicate(c, form, flow.width, flow.height)
    page = flow.page
    c.saveState()
    c.setFillColorRGB(0.3, 0.3, 0.3)
    text.draw(c, flow.left, MARGIN - 4, f"PoWER Desktop  ·  {form.application_id}", 7)
    text.draw(c, flow.right, MARGIN - 4, f"page {page} / पृष्ठ {page}", 7, "right")
    c.restoreState()


def _section_title(flow: Flow, en: str, hi: str) -> None:
    flow.need(18 + ROW_H)  # never a title alone at the foot of a page
    flow.down(18)
    c = flow.c
    if c is not None:
        c.setFillColorRGB(*GREY)
        c.rect(flow.left, flow.y, flow.room, 14, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        text.draw(c, flow.left + 4, flow.y + 3.5, f"{en}  /  {hi}", 9.5)


def _field(flow: Flow, en: str, hi: str, value: str | None) -> None:
    flow.need(ROW_H)
    flow.down(ROW_H)
    c = flow.c
    if c is None:
        return
    y = flow.y
    text.draw(c, flow.left + 2, y + 11, en, text.fit(en, 8, LABEL_W - 6))
    text.draw(c, flow.left + 2, y + 2, hi, text.fit(hi, 7.5, LABEL_W - 6))
    box_x, box_w = flow.left + LABEL_W, flow.room - LABEL_W
    if value:
        c.setFillColorRGB(0.97, 0.97, 0.97)
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.setLineWidth(0.5)
        c.rect(box_x, y + 1, box_w, BOX_H, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
        text.draw(c, box_x + 4, y + 5, value, text.fit(value, 10, box_w - 8))
    else:  # to fill by hand: a clear white box with a firm border
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(1)
        c.rect(box_x, y + 1, box_w, BOX_H, stroke=1, fill=0)
    c.setStrokeColorRGB(0, 0, 0)


def _tick_line(flow: Flow, words: str) -> None:
    lines = text.wrap(words, 8.5, flow.room - 18)
    flow.need(12 * len(lines) + 2)
    first = True
    for part in lines:
        flow.down(12)
        if flow.c is not None:
            if first:
                flow.c.setLineWidth(0.8)
                flow.c.rect(flow.left + 2, flow.y, 8, 8, stroke=1, fill=0)
            text.draw(flow.c, flow.left + 16, flow.y + 1, part, 8.5)
        first = False


def _signatures(flow: Flow) -> None:
    height = 70
    flow.need(height + 24)
    flow.down(height + 20)
    c = flow.c
    if c is None:
        return
    y = flow.y
    sign_w = flow.room * 0.58
    thumb_w = flow.room * 0.36
    c.setLineWidth(1)
    c.rect(flow.left, y, sign_w, height, stroke=1, fill=0)
    c.rect(flow.right - thumb_w, y, thumb_w, height, stroke=1, fill=0)
    text.draw(c, flow.left + 4, y + 4, "Signature of applicant / आवेदक के हस्ताक्षर", 7.5)
    text.draw(c, flow.right - thumb_w + 4, y + 4, "Left thumb impression / बाएँ अंगूठे का निशान",
              text.fit("Left thumb impression / बाएँ अंगूठे का निशान", 7.5, thumb_w - 8))
    text.draw(c, flow.left, y + height + 6, "Date / तिथि: ______________    Place / स्थान: "
              "______________", 8.5)

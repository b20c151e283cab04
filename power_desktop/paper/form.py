"""The A4 application form: header with both barcodes and a photo box, the pack's sections
(known values printed on a shaded box, unknown ones left as empty boxes), documents to tick,
declaration, signature and thumb boxes. A duplicate copy says so at the top and across the page.

Everything that is the same on every form of a scheme (labels, boxes, documents, declaration)
is drawn once per PDF as a reusable template (a PDF form XObject); each form then adds only
its own values, IDs and codes. A thousand forms draw in a fraction of the time, and the file
is a fraction of the size.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
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
BAR_H = 12 * mm
INFO_LABELS = ("Application ID / आवेदन आईडी", "Family ID / परिवार आईडी",
               "Member ID / सदस्य आईडी", "Benefit / लाभ", "Prepared by / तैयारकर्ता")
CELL_H, CELL_BOX, GAP = 23, 14, 8  # two fields a row: the label above its box


@dataclass(frozen=True)
class Layout:
    """One field a row, label beside the box; or, when that would not fit one A4 page, two
    fields a row with the label above each box and the declaration a little smaller: one
    form, one page, as a camp's five forms must be five sheets."""
    columns: int = 1
    declaration_size: float = 8.5
    signature_h: float = 70
    title_h: float = 18


WIDE, COMPACT = Layout(), Layout(columns=2, declaration_size=7.5, signature_h=50, title_h=16)


def draw_form(canvas: Any, form: FormPage) -> None:
    """One form, on as many A4 pages as it needs; ends with the last page shown."""
    key = _template_key(form)
    made: dict[str, Layout] = canvas.__dict__.setdefault("_power_templates", {})
    if key not in made:
        made[key] = layout_of(form)
        _draw_template(canvas, form, key, made[key])
    layout = made[key]
    width, height = A4

    def turn(f: Flow) -> None:
        canvas.showPage()
        canvas.doForm(f"{key}-{f.page + 1}")

    flow = Flow(canvas, width, height, MARGIN, bottom=MARGIN + 14,
                on_new_page=lambda f: _continued(f, form, static=False),
                on_page_end=lambda f: _page_end(f, form), turn_page=turn)
    canvas.doForm(f"{key}-1")
    _walk(flow, form, static=False, layout=layout)
    _page_end(flow, form)
    canvas.showPage()


def layout_of(form: FormPage) -> Layout:
    """The wide layout if the form fits one page so, else the compact one (measured, not
    drawn; what is the same on every form of the scheme decides, so the template holds)."""
    width, height = A4
    for layout in (WIDE, COMPACT):
        flow = Flow(None, width, height, MARGIN, bottom=MARGIN + 14)
        _walk(flow, form, static=True, layout=layout)
        if flow.page == 1:
            return layout
    return COMPACT


def _draw_template(canvas: Any, form: FormPage, key: str, layout: Layout) -> None:
    width, height = A4

    def turn(f: Flow) -> None:
        canvas.endForm()
        canvas.beginForm(f"{key}-{f.page + 1}")

    flow = Flow(canvas, width, height, MARGIN, bottom=MARGIN + 14,
                on_new_page=lambda f: _continued(f, form, static=True), turn_page=turn)
    canvas.beginForm(f"{key}-1")
    _walk(flow, form, static=True, layout=layout)
    canvas.endForm()


def _template_key(form: FormPage) -> str:
    """Forms with the same layout, labels, documents and declaration share a template."""
    parts = [form.scheme_code, form.scheme_name.en, form.scheme_name.hi,
             form.declaration.en, form.declaration.hi]
    parts += [f"{s.title.en}|{s.title.hi}|" + "|".join(f"{f.label.en}/{f.label.hi}"
                                                      for f in s.fields) for s in form.sections]
    parts += [f"{d.en}/{d.hi}" for d in form.documents]
    return "pwr" + hashlib.sha1("\n".join(parts).encode()).hexdigest()[:16]


def _photo(c: Any, png: bytes, x: float, y: float) -> None:
    """The member's photo in the photo box, over its "Paste photo" words."""
    import io

    from reportlab.lib.utils import ImageReader
    c.setFillColorRGB(1, 1, 1)
    c.rect(x + 1, y + 1, PHOTO_W - 2, PHOTO_H - 2, stroke=0, fill=1)
    c.drawImage(ImageReader(io.BytesIO(png)), x + 2, y + 2, PHOTO_W - 4, PHOTO_H - 4,
                preserveAspectRatio=True, anchor="c")
    c.setFillColorRGB(0, 0, 0)


def _walk(flow: Flow, form: FormPage, static: bool, layout: Layout = WIDE) -> None:
    _header(flow, form, static)
    for section in form.sections:
        _section_title(flow, section.title.en, section.title.hi, static, layout.title_h)
        if layout.columns == 1:
            for field in section.fields:
                _field(flow, field.label.en, field.label.hi, field.value, static)
            continue
        for i in range(0, len(section.fields), 2):
            _cells(flow, [(f.label.en, f.label.hi, f.value) for f in section.fields[i:i + 2]],
                   static)
    if form.documents:
        _section_title(flow, "Documents attached (tick)", "संलग्न दस्तावेज़ (सही का निशान लगाएँ)",
                       static, layout.title_h)
        for doc in form.documents:
            _tick_line(flow, f"{doc.en} / {doc.hi}", static)
    _section_title(flow, "Declaration", "घोषणा", static, layout.title_h)
    flow.paragraph(form.declaration.en, layout.declaration_size, draw=static)
    flow.paragraph(form.declaration.hi, layout.declaration_size, draw=static)
    _signatures(flow, static, layout.signature_h)


def _header(flow: Flow, form: FormPage, static: bool) -> None:
    c: Any = flow.c
    top = flow.y
    bar_top = top - QR_SIZE - 8
    photo_x, photo_y = flow.right - PHOTO_W, bar_top - PHOTO_H
    info_y = bar_top - BAR_H - 30
    if c is None:  # measuring
        flow.down(top - min(info_y - 12 * (len(INFO_LABELS) - 1), photo_y) + 6)
        return
    c.setFillColorRGB(0, 0, 0)
    if static:
        room = flow.room - QR_SIZE - 6
        name = form.scheme_name
        text.draw(c, flow.left, top - 16, name.hi, text.fit(name.hi, 15, room))
        text.draw(c, flow.left, top - 32, name.en, text.fit(name.en, 12, room))
        text.draw(c, flow.left, top - 46, "Application form  /  आवेदन पत्र", 9)
        c.setLineWidth(0.8)
        c.setDash(3, 2)
        c.rect(photo_x, photo_y, PHOTO_W, PHOTO_H, stroke=1, fill=0)
        c.setDash()
        text.draw(c, photo_x + PHOTO_W / 2, photo_y + PHOTO_H / 2 + 4, "Paste photo", 8,
                  "centre")
        text.draw(c, photo_x + PHOTO_W / 2, photo_y + PHOTO_H / 2 - 8, "फोटो चिपकाएँ", 8,
                  "centre")
        for i, label in enumerate(INFO_LABELS):
            text.draw(c, flow.left, info_y - 12 * i, label, 7.5)
    else:
        if form.photo:
            _photo(c, form.photo, photo_x, photo_y)
        barcodes.draw_qr(c, flow.right - QR_SIZE, top - QR_SIZE, form.payload, QR_SIZE)
        text.draw(c, flow.left, top - 60,
                  f"Camp {form.camp}  ·  {form.district.en} / {form.district.hi}  ·  applied "
                  f"{form.applied_on:%d/%m/%Y}", 8.5)
        barcodes.draw_code128(c, flow.left - barcodes.QUIET * barcodes.MODULE, bar_top - BAR_H,
                              form.application_id, BAR_H)
        bar_w = barcodes.code128_width(form.application_id) - 2 * barcodes.QUIET * \
            barcodes.MODULE
        text.draw(c, flow.left + bar_w / 2, bar_top - BAR_H - 11, form.application_id, 10,
                  "centre")
        values = (form.application_id, form.family_id,
                  form.member_id or "- (family scheme / परिवार योजना)", form.benefit.en,
                  f"{form.operator}, {form.printed_at:%d/%m/%Y %H:%M}")
        room = photo_x - 8 - (flow.left + 118)
        for i, value in enumerate(values):
            text.draw(c, flow.left + 118, info_y - 12 * i, value, text.fit(value, 8.5, room))
    flow.down(top - min(info_y - 12 * (len(INFO_LABELS) - 1), photo_y) + 6)


def _continued(flow: Flow, form: FormPage, static: bool) -> None:
    c = flow.c
    if c is not None and not static:
        c.setFillColorRGB(0, 0, 0)
        text.draw(c, flow.left, flow.y - 10, f"{form.scheme_name.en} / {form.scheme_name.hi}"
                  f"  ·  {form.application_id}  ·  continued / जारी", 8.5)
    flow.down(20)


def _page_end(flow: Flow, form: FormPage) -> None:
    """The page's last touches: the duplicate mark over everything, and the footer line."""
    c = flow.c
    if c is None:
        return
    _mark_duplicate(c, form, flow.width, flow.height)
    c.saveState()
    c.setFillColorRGB(0.3, 0.3, 0.3)
    text.draw(c, flow.left, MARGIN - 4, f"PoWER Desktop  ·  {form.application_id}", 7)
    text.draw(c, flow.right, MARGIN - 4, f"page {flow.page} / पृष्ठ {flow.page}", 7, "right")
    c.restoreState()


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


def _section_title(flow: Flow, en: str, hi: str, static: bool, height: float = 18) -> None:
    flow.need(height + ROW_H)  # never a title alone at the foot of a page
    flow.down(height)
    c = flow.c
    if c is not None and static:
        c.setFillColorRGB(*GREY)
        c.rect(flow.left, flow.y, flow.room, 14, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        text.draw(c, flow.left + 4, flow.y + 3.5, f"{en}  /  {hi}", 9.5)


def _field(flow: Flow, en: str, hi: str, value: str | None, static: bool) -> None:
    flow.need(ROW_H)
    flow.down(ROW_H)
    c = flow.c
    if c is None:
        return
    y = flow.y
    box_x, box_w = flow.left + LABEL_W, flow.room - LABEL_W
    if static:
        text.draw(c, flow.left + 2, y + 10, en, text.fit(en, 8, LABEL_W - 6))
        text.draw(c, flow.left + 2, y + 2, hi, text.fit(hi, 7.5, LABEL_W - 6))
    _box(c, box_x, y, box_w, BOX_H, value, static, 5)


def _box(c: Any, x: float, y: float, width: float, height: float, value: str | None,
         static: bool, value_dy: float) -> None:
    """A field's box: on the static layer every box, with a firm border (left empty, it is
    filled in by hand); on the values' layer a known value, shaded and printed."""
    if static:
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.8)
        c.rect(x, y + 1, width, height, stroke=1, fill=0)
    elif value:
        c.setFillColorRGB(0.95, 0.95, 0.95)
        c.rect(x + 0.6, y + 1.6, width - 1.2, height - 1.2, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        text.draw(c, x + 4, y + value_dy, value, text.fit(value, 10, width - 8))


def _cells(flow: Flow, cells: list[tuple[str, str, str | None]], static: bool) -> None:
    """Up to two fields side by side, each label above its box."""
    flow.need(CELL_H)
    flow.down(CELL_H)
    c = flow.c
    if c is None:
        return
    y = flow.y
    width = (flow.room - GAP) / 2
    for j, (en, hi, value) in enumerate(cells):
        x = flow.left + j * (width + GAP)
        if static:
            label = f"{en} / {hi}"
            text.draw(c, x + 1, y + CELL_BOX + 3.5, label, text.fit(label, 7.5, width - 2))
        _box(c, x, y, width, CELL_BOX, value, static, 4.5)


def _tick_line(flow: Flow, words: str, static: bool) -> None:
    lines = text.wrap(words, 8.5, flow.room - 18)
    flow.need(12 * len(lines) + 2)
    for i, part in enumerate(lines):
        flow.down(12)
        if flow.c is not None and static:
            if i == 0:
                flow.c.setLineWidth(0.8)
                flow.c.rect(flow.left + 2, flow.y, 8, 8, stroke=1, fill=0)
            text.draw(flow.c, flow.left + 16, flow.y + 1, part, 8.5)


def _signatures(flow: Flow, static: bool, height: float = 70) -> None:
    flow.need(height + 24)
    flow.down(height + 20)
    c = flow.c
    if c is None or not static:
        return
    y = flow.y
    sign_w, thumb_w = flow.room * 0.58, flow.room * 0.36
    c.setLineWidth(1)
    c.rect(flow.left, y, sign_w, height, stroke=1, fill=0)
    c.rect(flow.right - thumb_w, y, thumb_w, height, stroke=1, fill=0)
    text.draw(c, flow.left + 4, y + 4, "Signature of applicant / आवेदक के हस्ताक्षर", 7.5)
    thumb = "Left thumb impression / बाएँ अंगूठे का निशान"
    text.draw(c, flow.right - thumb_w + 4, y + 4, thumb, text.fit(thumb, 7.5, thumb_w - 8))
    text.draw(c, flow.left, y + height + 6, "Date / तिथि: ______________    Place / स्थान: "
              "______________", 8.5)

"""Hindi on paper is shaped: each word, as our PDFs draw it (inside an English string, as on
the forms), looks like the same word drawn by Qt, whose text engine shapes Devanagari
correctly. Text extraction cannot check this; the pictures are compared.

Qt is only the reference here; the PDFs are drawn by reportlab (power_desktop.paper)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter

from power_desktop.paper import text

WORDS = ["शिविर", "किस्त", "प्रतिलिपि", "दक्षिण", "श्रीमती", "हस्ताक्षर", "हिंदी"]
SIZE = 40  # points; at 144 dpi, 80 pixels to the em
DPI = 144
PREFIX = "Camp: "

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm")


def _ink(image: Image.Image) -> Image.Image:
    """The dark pixels, cropped to their box and scaled to a fixed size."""
    grey = image.convert("L").point(lambda v: 255 if v < 128 else 0)
    box = grey.getbbox()
    assert box is not None, "nothing was drawn"
    return grey.crop(box).resize((240, 80))


def _similarity(a: Image.Image, b: Image.Image) -> float:
    """Intersection over union of two ink masks."""
    both = ImageChops.multiply(a, b).histogram()[255]
    either = ImageChops.lighter(a, b).histogram()[255]
    return both / either if either else 0.0


def _pdf_word(tmp: Path, word: str, shaped: bool) -> Image.Image:
    from reportlab.pdfgen.canvas import Canvas
    text.register()
    pdf = tmp / "word.pdf"
    canvas = Canvas(str(pdf), pagesize=(600, 80))
    if shaped:
        text.draw(canvas, 10, 25, PREFIX + word, SIZE)
    else:  # what reportlab draws without shaping: the known-wrong picture
        canvas.setFont(text.FONT, SIZE)
        canvas.drawString(10, 25, PREFIX + word)
    canvas.save()
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-singlefile", str(pdf),
                    str(tmp / "word")], check=True)
    page = Image.open(tmp / "word.png")
    skip = int((10 + text.width(PREFIX, SIZE)) * DPI / 72) + 2  # only the Hindi word
    return _ink(page.crop((skip, 0, page.width, page.height)))


def _qt_word(word: str) -> Image.Image:
    import fontpkg_noto_sans_devanagari as noto
    path = next((noto.ROOT / "files").glob("NotoSansDevanagari*.ttf"))
    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(path)))[0]
    font = QFont(family)
    font.setPixelSize(SIZE * DPI // 72)
    image = QImage(900, 160, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(10, 110, word)
    painter.end()
    raw = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(raw.constBits())[: raw.bytesPerLine() * raw.height()]
    return _ink(Image.frombytes("RGB", (raw.width(), raw.height()), data, "raw", "RGB",
                                raw.bytesPerLine()))


@pytest.mark.parametrize("word", WORDS)
def test_pdf_hindi_matches_a_shaping_text_engine(qapp: object, tmp_path: Path,
                                                 word: str) -> None:
    reference = _qt_word(word)
    ours = _similarity(_pdf_word(tmp_path, word, shaped=True), reference)
    wrong = _similarity(_pdf_word(tmp_path, word, shaped=False), reference)
    assert ours >= 0.6, f"{word}: shaped PDF text differs from the reference ({ours:.2f})"
    assert ours - wrong >= 0.2, f"{word}: the test cannot tell shaped from unshaped " \
                                f"({ours:.2f} vs {wrong:.2f})"

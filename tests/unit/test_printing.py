"""Printed forms and slips: every barcode and QR code decodes to the application's ID and
payload at several scan resolutions; Aadhaar is full only where the form's layout says so;
reprints are numbered duplicates; statuses and print records follow."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from power_desktop.core.payload import Payload
from power_desktop.services import Services
from power_desktop.services.errors import NotAllowed, ServiceError

from ..helpers import EXAMPLE_AADHAAR, TODAY, example_family

pytestmark = [pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils"),
              pytest.mark.engines]  # each test on SQLite and on PostgreSQL
MOTHER_AADHAAR = "499118665246"


@pytest.fixture
def applied(services: Services) -> tuple[str, list[str]]:
    """A family with a widowed mother of 76: old age pension (full Aadhaar on its form),
    widow pensions and PM-JAY (masked)."""
    family = example_family()
    family["members"].append({
        "name": "Savitri Devi", "name_hi": "सावित्री देवी", "relation": "mother", "gender": "F",
        "dob": "1950-05-01", "marital_status": "widowed", "aadhaar": "4991 1866 5246"})
    family["annual_income"] = 60000
    done = services.registration.register(family, confirm_warnings=True)
    services.eligibility.answer(done.family_id, {("member.gets_other_pension", 3): False,
                                                 ("member.gets_other_pension", 1): False})
    made = services.eligibility.apply_all_eligible(done.family_id)
    return done.family_id, [a.application_id for a in made]


def pages(pdf: Path, dpi: int) -> list[Image.Image]:
    out = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(out)],
                   check=True)
    files = sorted(pdf.parent.glob(out.name + "-*.png"))
    images = [Image.open(f).copy() for f in files]
    for f in files:
        f.unlink()
    return images


def codes(image: Image.Image) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for result in zxingcpp.read_barcodes(image):
        found.setdefault(repr(result.format).split(".")[-1], []).append(result.text)
    return found


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.mark.parametrize("dpi", [150, 200, 300])
def test_every_form_barcode_and_qr_decodes(services: Services, applied: tuple[str, list[str]],
                                           tmp_path: Path, dpi: int) -> None:
    family_id, app_ids = applied
    batch = services.printing.render_forms(app_ids, tmp_path / "forms.pdf")
    seen_128: list[str] = []
    payloads: list[Payload] = []
    for image in pages(batch.path, dpi):
        found = codes(image)
        seen_128 += found.get("Code128", [])
        payloads += [Payload.decode(t) for t in found.get("QRCode", [])]
    assert seen_128 == app_ids, f"at {dpi} dpi"
    assert [p.application_id for p in payloads] == app_ids
    assert {p.family_id for p in payloads} == {family_id}
    assert all(p.camp == "DL-SO-C07-L2" and p.on == TODAY for p in payloads)
    schemes = {p.application_id: (p.scheme_code, p.member_no) for p in payloads}
    assert schemes[app_ids[0]] == ("DL-OAP", 3)


@pytest.mark.parametrize("paper,kind", [("a5", "Code128"), ("a4", "Code128"),
                                        ("roll80", "QRCode")])
def test_slip_lists_every_application_with_a_readable_code(
        services: Services, applied: tuple[str, list[str]], tmp_path: Path, paper: str,
        kind: str) -> None:
    family_id, app_ids = applied
    pdf = services.printing.slip(family_id, tmp_path / f"slip-{paper}.pdf", paper)
    for dpi in (150, 200, 300):
        found = [t for image in pages(pdf, dpi) for t in codes(image).get(kind, [])]
        assert found == app_ids, f"{paper} at {dpi} dpi"
    words = pdf_text(pdf)
    assert "Documents still to bring" in words and "What happens next" in words
    assert "Proof of age" in words
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size"))
    width = float(size.split()[2])
    assert round(width * 25.4 / 72) == {"a5": 148, "a4": 210, "roll80": 80}[paper]


def test_full_aadhaar_only_where_the_layout_requires_it(
        services: Services, applied: tuple[str, list[str]], tmp_path: Path) -> None:
    _family, app_ids = applied
    by_scheme = {p.scheme_code: p for p in services.printing.form_pages(app_ids)}
    assert by_scheme["DL-OAP"].sections[0].fields[7].value == "4991 1866 5246"
    pmjay = [f.value for s in by_scheme["PMJAY-70"].sections for f in s.fields
             if f.label.en == "Aadhaar number"]
    assert pmjay == ["XXXX XXXX 5246"]
    services.printing.render_forms([app_ids[-1]], tmp_path / "pmjay.pdf")
    words = pdf_text(tmp_path / "pmjay.pdf")
    assert "XXXX XXXX 5246" in words and MOTHER_AADHAAR not in words.replace(" ", "")
    assert EXAMPLE_AADHAAR not in words.replace(" ", "")


def test_unknown_fields_print_as_empty_boxes(services: Services,
                                             applied: tuple[str, list[str]]) -> None:
    _family, app_ids = applied
    page = services.printing.form_pages(app_ids[:1])[0]
    values = {f.label.en: f.value for s in page.sections for f in s.fields}
    assert values["Name of applicant"] == "Savitri Devi"
    assert values["Gender"] == "Female / महिला" and values["Date of birth"] == "01/05/1950"
    assert values["Bank account number"] is None  # not given: a box to fill by hand
    assert page.documents and page.declaration.hi


def test_reprint_is_a_numbered_duplicate_and_everything_is_recorded(
        services: Services, applied: tuple[str, list[str]], tmp_path: Path) -> None:
    _family, app_ids = applied
    assert [r.application_id for r in services.printing.queue()] == app_ids
    first = services.printing.render_forms(app_ids[:2], tmp_path / "a.pdf")
    assert set(first.copies.values()) == {0}
    assert len(services.printing.queue()) == len(app_ids)  # rendering alone records nothing
    services.printing.record_printed(first, "Office HP")
    waiting = [r.application_id for r in services.printing.queue()]
    assert waiting == app_ids[2:]
    again = services.printing.render_forms(app_ids[:1], tmp_path / "b.pdf")
    assert again.copies == {app_ids[0]: 1}
    assert "DUPLICATE COPY 1" in pdf_text(tmp_path / "b.pdf")
    assert "DUPLICATE" not in pdf_text(tmp_path / "a.pdf")
    services.printing.record_printed(again, "Office HP")
    third = services.printing.render_forms(app_ids[:1], tmp_path / "c.pdf")
    assert third.copies == {app_ids[0]: 2}
    printed = services.printing.queue(("printed",))
    assert [(r.application_id, r.prints) for r in printed] == [(app_ids[0], 2),
                                                               (app_ids[1], 1)]
    with pytest.raises(ServiceError, match="Print these first"):
        services.printing.hand_over(app_ids[:3])
    assert services.printing.hand_over(app_ids[:2]) == 2
    from power_desktop.services.audit import browse
    actions = [r.action for r in browse(services, action="print")]
    assert actions.count("print") == 2 and actions.count("print.reprint") == 1
    assert "print.handed_over" in actions


def test_a_cancelled_batch_writes_nothing(services: Services, applied: tuple[str, list[str]],
                                          tmp_path: Path) -> None:
    _family, app_ids = applied
    with pytest.raises(ServiceError, match="cancelled"):
        services.printing.render_forms(app_ids, tmp_path / "x.pdf", progress=lambda d, t: d < 2)
    assert not (tmp_path / "x.pdf").exists() and not list(tmp_path.glob(".x.pdf*"))


def test_operator_prints_but_unknown_ids_are_named(services: Services,
                                                   applied: tuple[str, list[str]],
                                                   tmp_path: Path) -> None:
    services.accounts.add("Ravi", "ravi-pass-1")
    services.accounts.logout()
    services.accounts.login("Ravi", "ravi-pass-1")
    _family, app_ids = applied
    services.printing.render_forms(app_ids[:1], tmp_path / "ok.pdf")
    from power_desktop.core import ids
    unknown = ids.application_id("DL", "SO", "C07", "L2", 99)
    with pytest.raises(ServiceError, match=f"No application {unknown}"):
        services.printing.render_forms([unknown], tmp_path / "no.pdf")
    with pytest.raises(NotAllowed):
        services.settings.set("slip_paper", "roll80")


def test_codes_worked_out_ahead_by_a_helper_process_still_scan(
        services: Services, applied: tuple[str, list[str]], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from power_desktop.paper import barcodes
    from power_desktop.services import printing
    monkeypatch.setattr(printing, "QR_AHEAD_FROM", 1)  # as for a long print run
    _family, app_ids = applied
    barcodes.qr_matrix.cache_clear()
    barcodes.qr_blocks.cache_clear()
    batch = services.printing.render_forms(app_ids, tmp_path / "ahead.pdf")
    found = [Payload.decode(t).application_id for image in pages(batch.path, 200)
             for t in codes(image).get("QRCode", [])]
    assert found == app_ids and barcodes._AHEAD == {}


def test_the_helper_process_encodes_the_same_codes() -> None:
    import time

    from power_desktop.paper import barcodes
    payloads = [Payload(f"DL-SO-C07-L2-A{n:06d}-X", "DL-SO-C07-L2-000001-8", "DL-OAP", 3,
                        "DL-SO-C07-L2", TODAY).encode() for n in range(1, 120)]
    ahead = barcodes.QrAhead(payloads)
    deadline = time.monotonic() + 30
    while len(barcodes._AHEAD) < len(payloads) and time.monotonic() < deadline:
        ahead.collect()
        time.sleep(0.02)
    assert set(barcodes._AHEAD) == set(payloads)
    for payload in payloads:
        assert barcodes._AHEAD[payload] == (len(barcodes.qr_matrix(payload)),
                                            barcodes.qr_blocks(payload))
    ahead.close()
    assert barcodes._AHEAD == {}


def test_a_pack_question_with_choices_prints_its_answer_in_both_languages(
        services: Services, tmp_path: Path) -> None:
    """PMMVY's second child who is a girl: the form shows the child's order and "A girl /
    बालिका", not the stored code."""
    family = example_family()
    family["members"].append({
        "name": "Rekha", "relation": "daughter_in_law", "gender": "F", "dob": "1998-04-01",
        "marital_status": "married", "occupation": "none", "lactating": True,
        "extra": {"child_order": 2, "baby_sex": "girl", "paid_maternity_leave": False}})
    done = services.registration.register(family, confirm_warnings=True)
    app = services.eligibility.apply(done.family_id, "PMMVY", 3)
    assert app.annual_value == 6000
    page = services.printing.form_pages([app.application_id])[0]
    values = {f.label.en: f.value for s in page.sections for f in s.fields}
    assert values["Is the baby a girl or a boy?"] == "A girl / बालिका"
    assert values["Which of her living children is this baby (1 = the first)?"] == "2"
    pdf = tmp_path / "pmmvy.pdf"
    services.printing.render_forms([app.application_id], pdf)
    assert "A girl" in pdf_text(pdf)


def test_one_form_one_a4_page(services: Services, tmp_path: Path) -> None:
    """Five forms of a family (two pensions, a widow's pension, NFBS, PM-JAY 70+), each on
    one A4 sheet: the declaration and signatures never spill onto a page of their own, and
    every page still carries both codes and its words."""
    family = example_family()
    family["members"] += [
        {"name": "Savitri Devi", "relation": "mother", "gender": "F", "dob": "1950-05-01",
         "marital_status": "widowed", "aadhaar": "4991 1866 5246"},
        {"name": "Ram Prasad", "relation": "father_in_law", "gender": "M", "dob": "1959-03-10",
         "marital_status": "married"}]
    family["extra"] = {"earner_died": True, "earner_age_at_death": 42}
    done = services.registration.register(family, confirm_warnings=True)
    services.eligibility.answer(done.family_id, {("member.gets_other_pension", 3): False,
                                                 ("member.gets_other_pension", 1): False})
    app_ids = [a.application_id for a in services.eligibility.apply_all_eligible(done.family_id)]
    assert len(app_ids) >= 5
    batch = services.printing.render_forms(app_ids, tmp_path / "forms.pdf")
    info = subprocess.run(["pdfinfo", str(batch.path)], capture_output=True, text=True,
                          check=True).stdout
    assert f"Pages:           {len(app_ids)}" in info
    assert "595.276 x 841.89 pts (A4)" in info
    images = pages(batch.path, 200)
    assert len(images) == len(app_ids)
    for app_id, image in zip(app_ids, images, strict=True):
        found = codes(image)
        assert found.get("Code128") == [app_id]
        assert [Payload.decode(t).application_id for t in found.get("QRCode", [])] == [app_id]
    text = pdf_text(batch.path)
    pages_text = text.split("\f")
    for page_text in pages_text[: len(app_ids)]:
        assert "Declaration" in page_text and "Signature of applicant" in page_text
        assert "continued" not in page_text

"""An Aadhaar QR scanned into the registration page: caught, decoded, filled, verdict shown."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from power_desktop.core import aadhaar_qr as q
from power_desktop.services import Services
from power_desktop.store.models import AuditEntry, MemberPhoto
from power_desktop.ui.main_window import MainWindow
from tests import aadhaar_codes as codes

from .keys import focused, press, tab, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def scan(qtbot: QtBot, digits: str, enter: bool = True) -> None:
    """As a keyboard-mode scanner types: every digit, at machine speed, then Enter (a moment
    after whatever was typed before: the operator picks up the scanner)."""
    qtbot.wait(60)
    qtbot.keyClicks(focused(), digits)
    if enter:
        press(qtbot, Qt.Key.Key_Return)


def test_scan_fills_member_and_household_and_no_digit_reaches_the_field(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    services.aadhaar_qr.trust(q.read_certificate(codes.SAMPLE_V2_CERT))
    page = window.registration
    form = page.member_form
    form.mobile.setFocus()
    type_text(qtbot, "98")
    scan(qtbot, codes.sample())
    assert form.mobile.text() == "98"  # no digit of the scan reached the focused field
    assert page.members == []  # the Enter did not add the member
    assert (form.name.text(), form.dob.text(), form.gender.code(), form.father.text()) == \
        ("Sumit Kumar", "01/01/1984", "M", "Ishwar Chand")
    assert form.marital.code() is None  # C/O says nothing of marriage
    h = page.household
    assert h.line1.text() == "B-31, 3rd Floor, Radhey Shyam Park Extension"
    assert (h.locality.text(), h.pin.text(), h.district.currentData()) == \
        ("Krishna Nagar", "110051", "East")
    panel = form.qr_panel
    assert "Filled from Aadhaar QR, signature verified" in panel.status.text()
    assert "example.org" in panel.status.text()
    assert panel.fields.text() == ("From the QR: name, birth date, gender, father / husband, "
                                   "address, locality, PIN, district")
    assert "care-of (C/O)" in panel.notes.text() and "'East Delhi'" in panel.notes.text()
    assert panel.photo.pixmap() is not None and not panel.photo.pixmap().isNull()
    assert not panel.consent.isHidden() and not panel.consent.isChecked()
    assert form.name.property("fromQr") and not form.mobile.property("fromQr")
    assert focused() is form.aadhaar  # the full number is the next thing to type
    assert not panel.hindi.isHidden() and "सुमित कुमार" in panel.hindi.text()
    panel.hindi.click()
    assert form.name_hi.text() == "सुमित कुमार"


def test_uidai_only_says_not_verifiable_and_typed_number_must_end_as_the_code(
        qtbot: QtBot, window: MainWindow) -> None:
    page = window.registration
    form = page.member_form
    form.name.setFocus()
    scan(qtbot, codes.sample())
    assert "signature not verifiable with the certificates this program has" in \
        form.qr_panel.status.text()
    assert form.qr_panel.status.objectName() == "warningText"
    type_text(qtbot, "2341 2341 2346")  # the code's number ends in 2697
    tab(qtbot)
    message = form.checker.messages.get("aadhaar", "")
    assert "ends in 2346" in message and "2697" in message
    assert form.aadhaar.property("invalid")


def test_a_truncated_scan_fills_nothing_and_says_why(qtbot: QtBot, window: MainWindow) -> None:
    page = window.registration
    form = page.member_form
    form.name.setFocus()
    type_text(qtbot, "Ka")
    scan(qtbot, codes.sample()[:-30])
    assert form.name.text() == "Ka" and form.dob.text() == "" and page.members == []
    assert "incomplete or a digit is wrong" in form.qr_panel.status.text()
    assert page.household.line1.text() == ""


def test_an_altered_code_fills_nothing(qtbot: QtBot, window: MainWindow,
                                       services: Services) -> None:
    services.aadhaar_qr.trust(codes.test_certificate())
    data = codes.body()
    altered = codes.to_digits(data.replace(b"Kamla", b"Kamma") + codes.sign(data))
    window.registration.member_form.name.setFocus()
    scan(qtbot, altered)
    form = window.registration.member_form
    assert form.name.text() == "" and "INVALID" in form.qr_panel.status.text()


def test_typed_digits_still_reach_fields(qtbot: QtBot, window: MainWindow) -> None:
    """A person typing digits, even fast ones, is never taken for a scanner."""
    h = window.registration.household
    h.pin.setFocus()
    type_text(qtbot, "110080")
    window.registration.member_form.account.setFocus()
    for ch in "123456789012345678":
        qtbot.keyClick(focused(), ch)
        time.sleep(0.002)
    assert h.pin.text() == "110080"
    assert window.registration.member_form.account.text() == "123456789012345678"


def test_household_already_typed_is_left_and_wife_of_sets_married(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    services.aadhaar_qr.trust(codes.test_certificate())
    page = window.registration
    type_text(qtbot, "H. No. 45, Gali 7")
    page.member_form.name.setFocus()
    scan(qtbot, codes.code())  # Kamla Devi, W/O Ramesh Kumar, North East Delhi
    form = page.member_form
    assert (form.name.text(), form.gender.code(), form.father.text(), form.marital.code()) == \
        ("Kamla Devi", "F", "Ramesh Kumar", "married")
    assert page.household.line1.text() == "H. No. 45, Gali 7"
    assert page.household.pin.text() == ""
    assert "address was already typed" in form.qr_panel.notes.text()
    assert "signature verified" in form.qr_panel.status.text()


def test_other_states_district_is_refused_clearly(qtbot: QtBot, window: MainWindow) -> None:
    page = window.registration
    page.member_form.name.setFocus()
    scan(qtbot, codes.sample(codes.SAMPLE_V1))
    assert page.household.pin.text() == "533016"
    assert page.household.district.currentData() == "South"  # the camp's, unchanged
    notes = page.member_form.qr_panel.notes.text()
    assert "District not filled" in notes and "Andhra Pradesh" in notes
    assert page.household.pin_warning.text()  # and the PIN is not a Delhi one


def _scan_with_consent(qtbot: QtBot, window: MainWindow, services: Services) -> Any:
    """A member filled by a scan of a test-signed code, photo consent ticked, added."""
    services.aadhaar_qr.trust(codes.test_certificate())
    page = window.registration
    page.member_form.name.setFocus()
    scan(qtbot, codes.code({"reference_id": "2346" + "0" * 17}))
    page.member_form.qr_panel.consent.setChecked(True)
    type_text(qtbot, "2341 2341 2346")
    press(qtbot, Qt.Key.Key_Return)
    return page


def test_scanned_member_saved_with_photo_consent_and_audit(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    page = _scan_with_consent(qtbot, window, services)
    assert len(page.members) == 1, page.problems.text()
    assert page.members[0]["photo_consent"] is True and page.members[0]["aadhaar_qr"]
    panel = page.member_form.qr_panel  # the next member starts clean
    assert panel.status.text() == "Scan the Aadhaar QR code to fill this member"
    assert panel.fields.text() == "" and panel.photo.pixmap().isNull()
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert services.registration.count() == 1, page.problems.text()
    with services.sessions() as session:
        (entry,) = session.scalars(select(AuditEntry)
                                   .where(AuditEntry.action == "member.aadhaar_qr"))
        assert '"photo_kept": true' in (entry.detail or "")
        assert '"signature": "verified"' in (entry.detail or "")
        assert len(list(session.scalars(select(MemberPhoto)))) == 1


def test_a_kept_photo_is_shown_again_on_edit_and_can_be_withdrawn(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    """Reopened for editing, the member shows the photo kept from the scan, consent ticked;
    unticking it (with the mouse) and saving removes the photo from the vault."""
    page = _scan_with_consent(qtbot, window, services)
    press(qtbot, Qt.Key.Key_S, CTRL)
    family_id = services.registration.page()[0].family_id
    page.load_family(services.registration.get(family_id))
    page.edit_member(0)
    panel = page.member_form.qr_panel
    assert not panel.photo.pixmap().isNull() and panel.consent.isChecked()
    assert "Photo kept" in panel.status.text()
    qtbot.mouseClick(panel.consent, Qt.MouseButton.LeftButton,
                     pos=panel.consent.rect().center())
    assert not panel.consent.isChecked()
    page.member_form.name.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # the member updated in the list
    assert page.members[0].get("photo_consent") is False, page.members[0]
    assert page.family_data()["members"][0].get("photo_consent") is False
    done = page.save()
    assert done is not None, page.problems.text()
    with services.sessions() as session:
        assert list(session.scalars(select(MemberPhoto))) == []

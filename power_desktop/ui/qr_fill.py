"""Filling the registration form from a scanned Aadhaar QR code.

The member's name, birth date, gender and father's or husband's name (the care-of line; "W/O"
also suggests "married"), and, while the household's address is still empty, its address
line, locality, PIN and district. A code that does not read, or whose signature shows it was
altered, fills nothing. The panel beside the member says what was filled and whether UIDAI's
signature was verified; the Hindi name is only offered.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from power_desktop.core.aadhaar_fill import household_fill, member_fill
from power_desktop.core.aadhaar_qr import AadhaarQr
from power_desktop.services.aadhaar_qr import QrNotRead

from .aadhaar_scan import ScanCatcher

if TYPE_CHECKING:
    from .registration_page import RegistrationPage

log = logging.getLogger("power.ui.aadhaar_qr")


class QrFiller(QObject):
    def __init__(self, page: RegistrationPage) -> None:
        super().__init__(page)
        self.page = page
        self.catcher = ScanCatcher(page)
        self.catcher.scanned.connect(self.scanned)
        page.member_form.qr_panel.use_hindi_name.connect(self._use_hindi)

    def scanned(self, digits: str) -> None:
        """A whole scan: read it, and fill the form unless it is refused."""
        panel = self.page.member_form.qr_panel
        lang = self.page._lang()
        try:
            qr = self.page.services.aadhaar_qr.read(digits)
        except QrNotRead as refusal:
            panel.show_refusal(self.tr("Aadhaar QR not read: {0}").format(refusal.say(lang)))
            return
        if qr.signature.verdict == "invalid":
            panel.show_refusal(self.tr("Nothing filled: {0}. Type the details from the card.")
                               .format(qr.signature.describe(lang)))
            return
        self.fill(qr, digits)

    def fill(self, qr: AadhaarQr, digits: str) -> None:
        form, household = self.page.member_form, self.page.household
        lang = self.page._lang()
        m = member_fill(qr)
        filled: list[str] = []
        widgets: list[QWidget] = []
        notes: list[str] = []

        def put(widget: QWidget, label: str) -> None:
            widgets.append(widget)
            filled.append(label)

        form.name.setText(m.name)
        put(form.name, self.tr("name"))
        if m.dob:
            form.dob.setText(m.dob)
            put(form.dob, self.tr("birth date"))
        else:
            notes.append(self.tr("The card gives only the year of birth ({0}): type the date "
                                 "or the age.").format(m.birth_year))
        form.gender.set_code(m.gender)
        put(form.gender, self.tr("gender"))
        if m.father_or_husband_name:
            form.father.setText(m.father_or_husband_name)
            put(form.father, self.tr("father / husband"))
            if m.care_of_unsure:
                notes.append(self.tr("Father / husband is the card's care-of (C/O) name: "
                                     "check that it is the father or husband."))
        if m.marital_hint and form.marital.code() is None:
            form.marital.set_code(m.marital_hint)
            put(form.marital, self.tr("marital status (W/O)"))
        if not any(w.text().strip() for w in (household.line1, household.locality,
                                               household.pin)):
            h = household_fill(qr, household.state)
            household.line1.setText(h.line1)
            household.locality.setText(h.locality)
            household.pin.setText(h.pin)
            put(household.line1, self.tr("address"))
            put(household.locality, self.tr("locality"))
            put(household.pin, self.tr("PIN"))
            if h.district is not None:
                household.district.setCurrentIndex(max(0, household.district.findData(
                    h.district)))
                put(household.district, self.tr("district"))
                if h.district_read_as:
                    notes.append(self.tr("District '{0}' on the card read as {1}: check it.")
                                 .format(qr.district, h.district))
            elif h.district_refusal is not None:
                notes.append(h.district_refusal[1 if lang == "hi" else 0])
            household._pin_warning()
        else:
            notes.append(self.tr("The household's address was already typed: it was left as "
                                 "it is."))
        for key in ("name", "dob"):
            form.checker.check(key)
        form.set_qr(qr, digits, widgets)
        verified = qr.signature.verdict == "verified"
        status = self.tr("Filled from Aadhaar QR, {0}").format(qr.signature.describe(lang))
        photo = self.page.services.aadhaar_qr.photo_png(qr.photo)
        offer = "" if form.name_hi.text().strip() else m.name_hi_offer
        form.qr_panel.show_reading(status, verified, filled, notes, photo, offer)
        log.info("member filled from an Aadhaar QR (version %d, signature %s)", qr.version,
                 qr.signature.verdict)
        # The relation is the one thing the code cannot say; then the full number (the code
        # holds only its last four digits).
        (form.aadhaar if form.relation.code() else form.relation).setFocus()

    def restore(self, digits: str | None, consent: bool) -> None:
        """A member saved in the form's list (or a draft) with a code: show it again."""
        if not digits:
            return
        form = self.page.member_form
        try:
            qr = self.page.services.aadhaar_qr.read(digits)
        except QrNotRead:
            return
        form.set_qr(qr, digits)
        lang = self.page._lang()
        form.qr_panel.show_reading(
            self.tr("Filled from Aadhaar QR, {0}").format(qr.signature.describe(lang)),
            qr.signature.verdict == "verified", [], [],
            self.page.services.aadhaar_qr.photo_png(qr.photo), "")
        form.qr_panel.consent.setChecked(consent)

    def restore_kept(self, member_id: str) -> None:
        """A saved member opened for editing: show the photo kept from an earlier scan, with
        its consent ticked; unticking it removes the photo at the save."""
        photo = self.page.services.aadhaar_qr.kept_photo(member_id)
        if photo is None:
            return
        form = self.page.member_form
        form.kept_photo = True
        form.qr_panel.show_reading(
            self.tr("Photo kept from the Aadhaar QR. Untick to remove it."), True, [], [],
            photo, "")
        form.qr_panel.consent.setChecked(True)

    def _use_hindi(self, offer: str) -> None:
        form = self.page.member_form
        form.name_hi.setText(offer)
        form.qr_panel.offer_hindi("")
        form.name_hi.setFocus()

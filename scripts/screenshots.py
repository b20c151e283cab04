"""Screenshots for docs/screenshots: run under Xvfb at 1366x768.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py [NAME ...]
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from power_desktop.paths import Paths  # noqa: E402
from power_desktop.services import Services, demo  # noqa: E402
from power_desktop.services.camp import CampSetup  # noqa: E402
from power_desktop.ui.start import make_app  # noqa: E402


def snap(widget: QWidget, name: str, settle: float = 0.0) -> None:
    """`settle`: seconds to keep handling events first (a PDF view renders pages in the
    background)."""
    import time
    widget.show()
    until = time.monotonic() + settle
    while True:
        QApplication.processEvents()
        if time.monotonic() >= until:
            break
        time.sleep(0.02)
    widget.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")


def camp(folder: Path) -> Services:
    services = Services.open(Paths(folder))
    services.accounts.setup_first("Asha Verma", "camp-pass-2026")
    services.camp.setup(CampSetup("DL", "South", "C07", "L2", "Asha Verma"))
    services.accounts.add("Ravi Kumar", "ravi-pass-1")
    demo.generate(services, 40, seed=3)
    return services


def first_run(folder: Path) -> None:
    from power_desktop.ui.setup_dialog import CampSetupDialog
    services = Services.open(Paths(folder / "new"))
    dialog = CampSetupDialog(services, first_run=True)
    dialog.camp_code.setText("C07")
    dialog.device_code.setText("L2")
    dialog.operator.setText("Asha Verma")
    dialog.password.setText("camp-pass-2026")
    dialog.confirm.setText("camp-pass-2026")
    snap(dialog, "first-run")


def login(folder: Path) -> None:
    from power_desktop.ui.login_dialog import LoginDialog
    services = camp(folder / "login")
    services.accounts.logout()
    dialog = LoginDialog(services)
    dialog.name.setText("Ravi")
    dialog.password.setText("wrong")
    dialog._login()
    snap(dialog, "login")
    dialog.language.click()  # हिंदी: the same dialog, switched in place
    dialog.name.setText("Ravi Kumar")
    dialog.password.setText("wrong")
    dialog._login()
    snap(dialog, "login-hi")
    dialog.language.click()


def supervisor_dialogs(folder: Path) -> None:
    from power_desktop.ui.accounts_dialog import AccountsDialog, RecoveryCodeDialog
    from power_desktop.ui.audit_dialog import AuditDialog
    services = camp(folder / "sup")
    snap(AccountsDialog(services), "operators")
    snap(AuditDialog(services), "audit")
    snap(RecoveryCodeDialog("7K2D-QX9P-M4TR-8HVW-3NCE"), "recovery-code")


def printing(folder: Path) -> None:
    """A printed form (page 1) and slips on both paper kinds, and the print queue page."""
    import subprocess

    from power_desktop.ui.main_window import MainWindow
    from power_desktop.ui.print_flow import PdfPreviewDialog
    services = camp(folder / "print")
    family = json.loads((ROOT / "tests" / "data" / "family_example.json").read_text())
    family["members"].append({"name": "Savitri Devi", "name_hi": "सावित्री देवी",
                              "relation": "mother", "gender": "F", "dob": "1950-05-01",
                              "marital_status": "widowed", "aadhaar": "4991 1866 5246"})
    family["annual_income"] = 60000
    done = services.registration.register(family, confirm_warnings=True,
                                          duplicate_decision="screenshot")
    services.eligibility.answer(done.family_id, {("member.gets_other_pension", 3): False})
    apps = [a.application_id for a in services.eligibility.apply_all_eligible(done.family_id)]
    forms = services.printing.render_forms(apps[:1], folder / "form.pdf")
    for pdf, name in ((forms.path, "form"),
                      (services.printing.slip(done.family_id, folder / "a5.pdf", "a5"),
                       "slip-a5"),
                      (services.printing.slip(done.family_id, folder / "roll.pdf", "roll80"),
                       "slip-roll80")):
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(OUT / name)], check=True)
        print(OUT / f"{name}.png")
    window = MainWindow(services)
    window.resize(1366, 740)
    window.show_page(3)
    window.print_queue.table.selectAll()
    snap(window, "print-queue")
    preview = PdfPreviewDialog(forms.path, "Application forms: 1", lambda where: None, window)
    snap(preview, "print-preview", settle=2.0)


def batches(folder: Path) -> None:
    """The Batches page after one export, with the next batch waiting."""
    from power_desktop.ui.main_window import MainWindow
    services = camp(folder / "batches")
    services.export.export(folder / "usb")
    demo.generate(services, 12, seed=9)
    window = MainWindow(services)
    window.resize(1366, 740)
    window.show_page(window.pages.indexOf(window.batches))
    snap(window, "batches")


def _half_typed(window: object) -> None:
    """A family being typed: two members in the table, a third in the form, one mistake."""
    reg = window.registration  # type: ignore[attr-defined]
    reg.household.set_value({"address": {"line1": "H. No. 45, Gali 7",
                                         "locality": "Sangam Vihar", "district": "South",
                                         "state": "DL", "pin": "110080"},
                             "mobile": "9811122233", "annual_income": 60000})
    for member in ({"name": "Kamla Devi", "name_hi": "कमला देवी", "relation": "head",
                    "gender": "F", "father_or_husband_name": "Suresh Kumar",
                    "dob": "10/02/1981", "marital_status": "widowed"},
                   {"name": "Pooja Kumari", "name_hi": "पूजा कुमारी", "relation": "daughter",
                    "gender": "F", "age": "4", "marital_status": "never_married"}):
        reg.member_form.set_value(member)
        reg.add_member()
    form = reg.member_form  # typed, not loaded: the button still says "Add member"
    for field, text in ((form.name, "Rahul Kumar"), (form.name_hi, "राहुल कुमार"),
                        (form.dob, "17"), (form.aadhaar, "2341 2341 2345")):
        field.setText(text)
    for combo, code in ((form.relation, "son"), (form.gender, "M")):
        combo.setCurrentIndex(combo.findData(code))
    form.checker.check("aadhaar")


def hindi(folder: Path) -> None:
    """The registration page in Hindi, a family half typed."""
    from power_desktop.ui import i18n
    from power_desktop.ui.main_window import MainWindow
    services = camp(folder / "hindi")
    _morning(services, folder)
    i18n.set_language("hi")
    window = MainWindow(services)
    window.resize(1366, 740)
    window.show_page(0)
    _half_typed(window)
    snap(window, "registration-hi", settle=0.3)
    window.show_page(window.pages.indexOf(window.dashboard))
    snap(window, "dashboard-hi", settle=0.3)
    i18n.set_language("en")


def _morning(services: Services, folder: Path) -> None:
    """Applications for the demo families, some printed and handed over, one batch out."""
    rows = services.registration.page(limit=40)
    made = []
    for row in rows:
        made += services.eligibility.apply_all_eligible(row.family_id)
    ids = [a.application_id for a in made]
    services.printing.print_forms(ids[: len(ids) // 2], out=folder / "forms.pdf")
    services.printing.hand_over(ids[: len(ids) // 4])


def dashboard(folder: Path) -> None:
    """Today's figures after a morning's work."""
    from power_desktop.ui.main_window import MainWindow
    services = camp(folder / "dashboard")
    _morning(services, folder)
    window = MainWindow(services)
    window.resize(1366, 740)
    window.show_page(window.pages.indexOf(window.dashboard))
    snap(window, "dashboard", settle=0.3)


SHOTS: dict[str, Callable[[Path], None]] = {
    "first-run": first_run, "login": login, "supervisor": supervisor_dialogs,
    "printing": printing, "batches": batches, "hindi": hindi, "dashboard": dashboard}


def main() -> None:
    make_app()
    names = sys.argv[1:] or list(SHOTS)
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            SHOTS[name](Path(tmp))
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown of the many dialogs made above


if __name__ == "__main__":
    main()

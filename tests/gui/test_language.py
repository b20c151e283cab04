"""The Hindi interface: every text in the code has a Hindi translation, no English is left on any
page or dialog in Hindi, and the language switches without a restart, keeping what was typed."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from power_desktop.services import Services
from power_desktop.ui import i18n
from power_desktop.ui.main_window import MainWindow
from power_desktop.ui.start import make_app

from ..helpers import example_family
from .keys import type_text

ROOT = Path(__file__).parents[2]
TS = ROOT / "resources" / "i18n" / "power_desktop_hi.ts"
TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[^}]*\}")
DEVANAGARI = re.compile(r"[\u0900-\u097F]")


@pytest.fixture(scope="module", autouse=True)
def compiled() -> None:
    """The .qm as `make` builds it (pytest run by hand may come before make)."""
    qm = i18n.qm_file("hi")
    if not qm.exists() or qm.stat().st_mtime < TS.stat().st_mtime:
        subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(qm)],
                       check=True)


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.set_language("en")


@pytest.fixture
def hindi() -> Iterator[None]:
    make_app()
    assert i18n.set_language("hi")
    yield
    i18n.set_language("en")


def _messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            out[(name, m.findtext("source") or "", m.findtext("comment") or "")] = m
    return out


def test_every_text_in_the_code_has_a_hindi_translation(tmp_path: Path) -> None:
    """What pyside6-lupdate finds in power_desktop/ui now, against the translations kept."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *map(str, (ROOT / "power_desktop" / "ui")
                                                         .glob("*.py")), "-ts", str(fresh)],
                   check=True, capture_output=True)
    kept = _messages(TS)
    found = _messages(fresh)
    assert len(found) > 400
    missing = []
    for key in found:
        m = kept.get(key)
        translation = m.find("translation") if m is not None else None
        if (translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                  "obsolete")
                or not (translation.text or "").strip()):
            missing.append(f"{key[0]}: {key[1]!r}")
            continue
        text = translation.text or ""
        if sorted(PLACEHOLDER.findall(key[1])) != sorted(PLACEHOLDER.findall(text)):
            missing.append(f"{key[0]}: {key[1]!r} has other placeholders in Hindi: {text!r}")
        if "&" in key[1].replace("&&", "").replace("Welfare & ", "") and "&" not in text:
            missing.append(f"{key[0]}: {key[1]!r} lost its keyboard accelerator: {text!r}")
    assert not missing, ("Untranslated in Hindi (run `make ts`, then translate in "
                         "resources/i18n/power_desktop_hi.ts):\n" + "\n".join(missing))


def test_texts_are_marked_where_lupdate_finds_them() -> None:
    """lupdate sees self.tr(...), QCoreApplication.translate(...) and QT_TRANSLATE_NOOP(...);
    a text passed through a helper of another name (`_tr = ...`) would never be translated."""
    import ast
    hidden = []
    for path in sorted((ROOT / "power_desktop" / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in ("tr", "_tr", "translate", "_"):
                hidden.append(f"{path.name}:{node.lineno}")
    assert not hidden, "texts lupdate cannot find: " + ", ".join(hidden)


# Latin-script words that stay as they are in Hindi: names of keys, formats, codes and the
# product, and the test data's own values (names, districts, IDs).
KEPT = {"PoWER", "English", "PDF", "CSV", "ID", "IFSC", "UTC", "USB", "Ctrl", "Enter", "Esc",
        "Del", "Tab", "XXXX", "DD", "MM", "YYYY", "Rs", "xlsx", "xls", "ods", "csv", "pdf",
        "Asha", "South", "Kamla", "Devi", "Pooja", "Kumari", "Suresh", "Kumar", "Sangam",
        "Vihar", "Gali"}
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _english_words(text: str) -> list[str]:
    if DEVANAGARI.search(text):  # shown in both languages on purpose ("Female / महिला")
        return []
    text = re.sub(r"\b[A-Z0-9]{2,}(-[A-Z0-9]+)+\b", "", text)  # IDs, camp labels, codes
    text = re.sub(r"\bF\d+\b|\b[A-Z]\d+\b", "", text)  # F2, C07, L2
    return [w for w in LATIN_WORD.findall(text) if w not in KEPT]


def _header_texts(view: QAbstractItemView) -> list[str]:
    header = view.horizontalHeader() if isinstance(view, QTableView) else \
        view.header() if isinstance(view, QTreeView) else None
    model = view.model()
    if header is None or model is None:
        return []
    return [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for c in range(header.count())]


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """Every text a person can see in `root` and its children, with where it is."""
    found: list[tuple[str, str]] = [(f"{type(root).__name__} title", root.windowTitle())]
    for w in [root, *root.findChildren(QWidget)]:
        where = f"{type(w).__name__} {w.objectName()}".strip()
        if isinstance(w, QLabel):
            found.append((where, w.text()))
        if isinstance(w, QAbstractButton):
            found.append((where, w.text()))
        if isinstance(w, QGroupBox):
            found.append((where, w.title()))
        if isinstance(w, QLineEdit):
            found.append((f"{where} placeholder", w.placeholderText()))
        if isinstance(w, QComboBox):
            found += [(f"{where} item", w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            found += [(f"{where} tab", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QAbstractItemView):
            found += [(f"{where} column", t) for t in _header_texts(w)]
        if isinstance(w, QMenu):
            found.append((f"{where} menu", w.title()))
        found.append((f"{where} tooltip", w.toolTip()))
        for action in w.actions():
            found.append((f"{where} action", action.text()))
            if action.menu() is not None:
                found += [(f"{where} menu item", a.text()) for a in action.menu().actions()]
    return found


def english_left(root: QWidget) -> list[str]:
    return [f"{where}: {text!r}" for where, text in texts_of(root)
            if text and _english_words(text)]


def test_hindi_window_has_no_english_left(qtbot: QtBot, services: Services, hindi: None) -> None:
    done = services.registration.register(example_family())
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    for page in range(win.pages.count()):
        win.show_page(page)
    win.screen_family(done.family_id)
    left = english_left(win)
    assert not left, "English on the Hindi window:\n" + "\n".join(left)
    assert DEVANAGARI.search(win.nav.item(0).text())
    win.registration._draft_timer.stop()
    win.close()


def _dialogs(services: Services, parent: QWidget, tmp: Path) -> Iterator[QDialog]:
    from power_desktop.ui.accounts_dialog import (
        AccountsDialog,
        AddAccountDialog,
        RecoveryCodeDialog,
        RecoveryDialog,
        SetPasswordDialog,
    )
    from power_desktop.ui.audit_dialog import AuditDialog
    from power_desktop.ui.login_dialog import LoginDialog
    from power_desktop.ui.preview_dialog import PreviewDialog
    from power_desktop.ui.settings_dialog import SettingsDialog
    from power_desktop.ui.setup_dialog import CampSetupDialog
    yield LoginDialog(services, parent)
    yield LoginDialog(services, parent, locked_user=services.user)
    yield CampSetupDialog(services, parent, first_run=False)
    yield SettingsDialog(services, parent)
    yield AccountsDialog(services, parent)
    yield AddAccountDialog(services, parent)
    yield SetPasswordDialog(services, None, parent)
    yield RecoveryDialog(services, parent)
    yield RecoveryCodeDialog("ABCD-EFGH-JKLM-NPQR-STUV", parent)
    yield AuditDialog(services, parent)
    yield PreviewDialog(services, "hi", parent)
    from power_desktop.ui.duplicate_dialog import DuplicateDialog
    from power_desktop.ui.print_flow import PdfPreviewDialog
    services.registration.register(example_family())
    again = example_family()
    again["members"] = again["members"][:1]
    yield DuplicateDialog(services.duplicates.check(again), parent)
    report = services.dashboard.report(None, tmp / "report.pdf")
    yield PdfPreviewDialog(report, "कैंप के दिन की रिपोर्ट", lambda where: None, parent)


def test_hindi_dialogs_have_no_english_left(qtbot: QtBot, services: Services,
                                            hindi: None, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    left = []
    for dialog in _dialogs(services, parent, tmp_path):
        left += [f"{type(dialog).__name__}: {line}" for line in english_left(dialog)]
        dialog.deleteLater()
    assert not left, "English in Hindi dialogs:\n" + "\n".join(left)


def test_family_history_names_the_fields_in_hindi(qtbot: QtBot, services: Services,
                                                  hindi: None,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from power_desktop.ui.families_page import FamiliesPage
    done = services.registration.register(example_family())
    from power_desktop.services.family_mapping import view_to_input
    data = view_to_input(services.registration.get(done.family_id).to_json())
    data["address"]["locality"] = "Govindpuri"
    data["members"][0]["name"] = "Kamla Devi Sharma"
    data["members"][1]["mobile"] = "9811122244"
    services.registration.update(done.family_id, data, expected_version=1)
    page = FamiliesPage(services)
    qtbot.addWidget(page)
    monkeypatch.setattr(page, "current_family_id", lambda: done.family_id)
    shown: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda d: shown.append(d) or 0)
    page.show_history()
    text = shown[0].findChild(QTextBrowser).toPlainText()
    assert "मोहल्ला / कॉलोनी: Sangam Vihar → Govindpuri" in text
    assert "सदस्य 1: नाम: Kamla Devi → Kamla Devi Sharma" in text
    assert "सदस्य 2: मोबाइल नंबर: — → 9811122244" in text
    assert not english_left(shown[0])


def test_qt_own_buttons_are_in_hindi(qtbot: QtBot, hindi: None) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = sorted(b.text() for b in box.buttons())
    assert texts == sorted(["हाँ (&Y)", "नहीं (&N)", "रद्द करें"])


def test_switching_language_keeps_the_typed_family_and_the_page(
        qtbot: QtBot, window: MainWindow) -> None:
    assert window.nav.item(0).text().startswith("Register")
    reg = window.registration
    reg.household.locality.setFocus()
    type_text(qtbot, "Sangam Vihar")
    reg.member_form.name_hi.setFocus()
    type_text(qtbot, "कमला देवी")
    window.switch_language("hi")
    assert i18n.current() == "hi" and window.lang == "hi"
    assert window.nav.item(0).text() == "पंजीकरण\n(F2)"
    assert window.menuBar().actions()[0].text() == "कैंप (&C)"
    assert window.language_action.text() == "English"
    assert "शुरू 27/11/2026" in window.camp_label.text()  # DD/MM/YYYY in Hindi too
    reg = window.registration  # built again, in Hindi, with what was typed
    assert reg.household.locality.text() == "Sangam Vihar"
    assert reg.member_form.name_hi.text() == "कमला देवी"
    assert window.pages.currentWidget() is reg
    # a validation message now comes in Hindi
    reg.save()
    assert DEVANAGARI.search(reg.problems.text()), reg.problems.text()
    window.language_action.trigger()  # back to English from the menu bar
    qtbot.waitUntil(lambda: window.lang == "en")  # once the menu's own event has returned
    assert window.nav.item(0).text().startswith("Register")
    assert window.registration.household.locality.text() == "Sangam Vihar"
    assert QCoreApplication.translate("MainWindow", "&Families") == "&Families"


def test_login_dialog_switches_language_in_place(qtbot: QtBot, services: Services) -> None:
    from power_desktop.ui.login_dialog import LoginDialog
    make_app()
    try:
        dialog = LoginDialog(services)
        qtbot.addWidget(dialog)
        assert dialog.ok.text() == "Log in" and dialog.language.text() == "हिंदी"
        dialog.name.setText("Asha")
        qtbot.mouseClick(dialog.language, Qt.MouseButton.LeftButton)
        assert i18n.current() == "hi"
        assert dialog.ok.text() == "लॉग इन करें" and dialog.language.text() == "English"
        assert dialog.name_label.text() == "नाम" and dialog.name.text() == "Asha"
        assert not english_left(dialog)
        dialog.password.setText("not-the-password")
        dialog._login()  # a refusal from the services, in Hindi too
        assert dialog.error.text() == "नाम या पासवर्ड ग़लत है।"
    finally:
        i18n.set_language("en")


def test_settings_language_is_the_start_language(qtbot: QtBot, window: MainWindow,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from power_desktop.ui import settings_dialog

    def choose_hindi(dialog: settings_dialog.SettingsDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("hi"))
        dialog._run()
        return dialog.result()
    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", choose_hindi)
    try:
        window.open_settings()
        assert window.services.settings.get("language") == "hi"
        assert window.lang == "hi" and window.nav.item(1).text() == "परिवार\n(F3)"
    finally:
        i18n.set_language("en")


def test_a_missing_translation_falls_back_to_english(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    make_app()
    monkeypatch.setattr(i18n, "I18N", tmp_path)
    assert not i18n.set_language("hi")
    assert i18n.current() == "en"


def test_the_first_frame_follows_the_language_read_from_the_database(qtbot: QtBot) -> None:
    make_app()
    win = MainWindow()  # shown before the database (and so the language setting) is read
    qtbot.addWidget(win)
    assert win.loading is not None and win.loading.text() == "Opening the camp's records..."
    i18n.set_language("hi")
    win.retranslate_frame()
    assert win.loading.text() == "कैंप के रिकॉर्ड खोले जा रहे हैं..." and win.lang == "hi"


def test_the_scheme_previews_limits_are_named_in_words(qtbot: QtBot, services: Services,
                                                       hindi: None) -> None:
    """Every limit of every scheme in the pack, not its code (income_limit), in Hindi too."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    from power_desktop.ui.preview_dialog import LIMIT_LABELS, PreviewDialog
    dialog = PreviewDialog(services, "hi")
    qtbot.addWidget(dialog)
    for index in range(dialog.scheme.count()):
        dialog.scheme.setCurrentIndex(index)
        scheme = services.eligibility.scheme(dialog.scheme.currentData())
        assert set(scheme.params) <= set(LIMIT_LABELS), scheme.code
        for row in range(dialog.limits.rowCount()):
            item = dialog.limits.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item else None
            assert isinstance(label, QLabel)
            assert "_" not in label.text() and not label.text().isascii(), label.text()


def test_why_a_person_was_found_is_said_in_hindi(qtbot: QtBot, services: Services,
                                                 hindi: None) -> None:
    """The Families list's "Found by" column: the search's reasons in the window's language."""
    from power_desktop.ui.families_page import FamiliesPage
    services.registration.register(example_family())
    page = FamiliesPage(services)
    qtbot.addWidget(page)
    page._present(services.search.search("Kamla Devi 2346"))
    reasons = {page.results.item(r, 7).text() for r in range(page.results.rowCount())}
    assert "नाम, आधार के आख़िरी चार अंक" in reasons, reasons
    assert not any(c.isascii() and c.isalpha() for text in reasons for c in text), reasons

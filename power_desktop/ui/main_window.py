"""The main window: pages on the left, reached by F2/F3 or Alt+number; camp and operator below."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from power_desktop import __version__

from . import i18n
from . import status as counts
from .plain_text import plain_box

if TYPE_CHECKING:
    from power_desktop.services import Services
    from power_desktop.services.results import CampInfo, Change

    from .batches_page import BatchesPage
    from .dashboard_page import DashboardPage
    from .families_page import FamiliesPage
    from .notices import ChangeNotifier
    from .print_queue_page import PrintQueuePage
    from .registration_page import RegistrationPage
    from .returns_page import ReturnsPage
    from .screening_page import ScreeningPage

log = logging.getLogger("power.ui")


class MainWindow(QMainWindow):
    """Shown first as an empty frame, so the operator sees the program at once; attach() fills
    it once the database is open (the database library alone takes longer to load than the
    whole window)."""

    def __init__(self, services: Services | None = None, lang: str | None = None) -> None:
        super().__init__()
        if lang is not None and lang != i18n.current():
            i18n.set_language(lang)
        self.lang = i18n.current()
        self.setWindowTitle(self.tr("PoWER Desktop"))
        self.pages = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(112)
        # Nothing here touches Qt's enum namespace, whose first use costs more than the window:
        # the frame is on screen sooner, and attach() sets the rest.
        self.loading: QLabel | None = QLabel(self.tr("Opening the camp's records..."))
        self.pages.addWidget(self.loading)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        from .server_banner import ServerBanner
        self.banner = ServerBanner()
        self.banner.retry.connect(self.retry_server)
        self.banner.go_local.connect(lambda: QTimer.singleShot(0, self.work_alone))
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.banner)
        right.addWidget(self.pages, 1)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addLayout(right, 1)
        self.setCentralWidget(central)
        self.camp_shown: CampInfo | None = None
        self._help: dict[str, QWidget] = {}
        self.camp_label = QLabel()
        self.statusBar().addPermanentWidget(self.camp_label)
        self.resize(1366, 740)
        if services is not None:
            self.attach(services)

    def retranslate_frame(self) -> None:
        """The empty frame shown before the database opens, in the language read from it."""
        self.lang = i18n.current()
        self.setWindowTitle(self.tr("PoWER Desktop"))
        if self.loading is not None:
            self.loading.setText(self.tr("Opening the camp's records..."))

    def attach(self, services: Services) -> None:
        """Build the pages over the open database, in the language chosen now."""
        from PySide6.QtCore import Qt

        from .plain_text import plain_labels  # Qt's namespace: after the login screen is up
        self.lang = i18n.current()

        from .batches_page import BatchesPage
        from .dashboard_page import DashboardPage
        from .families_page import FamiliesPage
        from .notices import ChangeNotifier
        from .print_queue_page import PrintQueuePage
        from .registration_page import RegistrationPage
        from .returns_page import ReturnsPage
        from .screening_page import ScreeningPage
        self.services = services
        services.on_server_lost(self.banner.report)
        self.banner.retranslate()
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notifier: ChangeNotifier = ChangeNotifier(services, self)
        self.registration: RegistrationPage = RegistrationPage(services, lambda: self.lang)
        self.families: FamiliesPage = FamiliesPage(services)
        self.screening: ScreeningPage = ScreeningPage(services, lambda: self.lang)
        self.print_queue: PrintQueuePage = PrintQueuePage(services)
        self.returns: ReturnsPage = ReturnsPage(services)
        self.batches: BatchesPage = BatchesPage(services)
        self.dashboard: DashboardPage = DashboardPage(services)
        if self.loading is not None:
            self.pages.removeWidget(self.loading)
            self.loading.deleteLater()
            self.loading = None
        self._add_page(self.registration, self.tr("Register\n(F2)"))
        self._add_page(self.families, self.tr("Families\n(F3)"))
        self._add_page(self.screening, self.tr("Entitle-\nments (F4)"))
        self._add_page(self.print_queue, self.tr("Print\n(F5)"))
        self._add_page(self.returns, self.tr("Returns\n(F6)"))
        self._add_page(self.batches, self.tr("Batches\n(F7)"))
        self._add_page(self.dashboard, self.tr("Today\n(F8)"))
        self._menus()
        plain_labels(self)  # names and other typed text shown as typed, never as markup
        self.notifier.changed.connect(self._on_change)
        self.families.open_family.connect(self.open_family)
        self.families.screen_family.connect(self.screen_family)
        self.registration.saved.connect(self._saved)
        self.registration.open_existing.connect(self.open_family)
        self.returns.open_family.connect(self.open_family)
        self.show_page(0)
        self._update_camp()
        from .idle import IdleWatcher
        self.idle = IdleWatcher(services.settings.get_int("idle_lock_minutes") * 60_000, self)
        self.idle.idle.connect(self.lock)
        self._update_user()

    def _add_page(self, page: QWidget, title: str) -> None:
        self.pages.addWidget(page)
        self.nav.addItem(title)

    def _menus(self) -> None:
        camp_menu = self.menuBar().addMenu(self.tr("&Camp"))
        new_camp = QAction(self.tr("Start a &new camp..."), self)
        new_camp.triggered.connect(self.start_new_camp)
        camp_menu.addAction(new_camp)
        preview = QAction(self.tr("Scheme &preview..."), self)
        preview.triggered.connect(self.open_preview)
        camp_menu.addAction(preview)
        self.supervisor_actions: list[QAction] = []
        camp_menu.addSeparator()
        for text, slot in ((self.tr("&Back up to a folder..."), self.back_up),
                           (self.tr("&Operators..."), self.manage_operators),
                           (self.tr("&Audit trail..."), self.open_audit),
                           (self.tr("&Settings..."), self.open_settings)):
            action = QAction(text, self)
            action.triggered.connect(slot)
            camp_menu.addAction(action)
            self.supervisor_actions.append(action)
        self.supervisor_actions.insert(0, new_camp)
        camp_menu.addSeparator()
        kind, _where = self.services.where_working()
        if kind != "laptop":  # a laptop that joined a camp server: to its own and back
            self.database_action = QAction(
                self.tr("Work on this &laptop's own database") if kind == "server"
                else self.tr("Back to the camp se&rver"), self)
            self.database_action.triggered.connect(lambda: QTimer.singleShot(
                0, self.work_alone if kind == "server" else self.back_to_server))
            camp_menu.addAction(self.database_action)
            camp_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # the standard key is none on Windows
        quit_action.triggered.connect(self.close)
        camp_menu.addAction(quit_action)
        self.addAction(quit_action)  # the key works while the menu bar is being built again
        go = self.menuBar().addMenu(self.tr("&Go"))
        for index, (text, keys) in enumerate(
                [(self.tr("&Register a family"), ["F2", "Alt+1"]),
                 (self.tr("&Families"), ["F3", "Alt+2"]),
                 (self.tr("&Entitlements"), ["F4", "Alt+3"]),
                 (self.tr("&Print queue"), ["F5", "Alt+4"]),
                 (self.tr("Re&turns"), ["F6", "Alt+5"]),
                 (self.tr("&Batches (supervisors)"), ["F7", "Alt+6"]),
                 (self.tr("&Today"), ["F8", "Alt+7"])]):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(lambda _=False, i=index: self.show_page(i))
            go.addAction(action)
            self.addAction(action)
        find = QAction(self.tr("&Find a family"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.find_family)
        go.addAction(find)
        self.addAction(find)
        me = self.menuBar().addMenu(self.tr("&Operator"))
        lock = QAction(self.tr("&Lock the screen"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(lambda: self.lock(by_hand=True))
        me.addAction(lock)
        self.addAction(lock)
        switch = QAction(self.tr("&Switch operator..."), self)
        switch.triggered.connect(lambda: self.lock(switch=True, by_hand=True))
        me.addAction(switch)
        password = QAction(self.tr("&Change my password..."), self)
        password.triggered.connect(self.change_password)
        me.addAction(password)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys = QAction(self.tr("&Keyboard shortcuts"), self)
        keys.setShortcut(QKeySequence("F1"))
        keys.triggered.connect(lambda: self.show_help("shortcuts"))
        help_menu.addAction(keys)
        self.addAction(keys)
        how_to = QAction(self.tr("&How to register a family"), self)
        how_to.triggered.connect(lambda: self.show_help("how_to"))
        help_menu.addAction(how_to)
        help_menu.addSeparator()
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(lambda: QMessageBox.about(
            self, self.tr("About PoWER Desktop"),
            self.tr("PoWER Desktop {0}\nPortfolio of Welfare & Entitlement Rights\n"
                    "Data folder: {1}").format(__version__, self.services.paths.data_dir)))
        help_menu.addAction(about)
        # The other language, named in its own script, always one click away on the menu bar.
        other = "en" if self.lang == "hi" else "hi"
        language = QAction(i18n.NAMES[other], self)
        language.setToolTip(self.tr("Show PoWER Desktop in {0}").format(i18n.NAMES[other]))
        # The pages and menus are built again only once the click that chose the language has
        # been handled: deleting the menu bar's actions inside their own signal crashes Qt.
        language.triggered.connect(
            lambda: QTimer.singleShot(0, lambda: self.switch_language(other)))
        self.menuBar().addAction(language)
        self.language_action = language

    def show_help(self, which: str) -> None:
        """A help page beside the work, in the language shown (one of each at a time)."""
        from .help_dialog import HelpDialog
        old = self._help.get(which)
        if old is not None:
            old.close()
            old.deleteLater()
        dialog = HelpDialog(which, self)
        self._help[which] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    # --- language ---------------------------------------------------------------------------------
    def switch_language(self, lang: str) -> None:
        """Show every page in `lang` at once, without a restart: the translator is swapped and
        the pages are built again; what was typed, the page on screen and the family being
        screened are carried over."""
        if lang == self.lang:
            return
        i18n.set_language(lang)
        self.lang = i18n.current()
        self.banner.retranslate()
        if not hasattr(self, "registration"):
            return
        typed = self.registration.draft() if self.registration.is_dirty() else None
        page, screened = self.nav.currentRow(), self.screening.family_id
        self._detach_pages()
        self.attach(self.services)
        if typed is not None:
            self.registration.restore_draft(typed)
        if screened:
            self.screening.show_family(screened)
        self.show_page(page)

    # --- the camp server or this laptop's own database ----------------------------------------
    def work_alone(self) -> None:
        """Go on registering on this laptop's own database while the camp server is away."""
        from .database_switch import LOCAL, switch_database
        if switch_database(self, LOCAL, self.camp_shown):
            self.statusBar().showMessage(self.tr("Working on this laptop's own database."),
                                         15000)

    def back_to_server(self) -> None:
        from .database_switch import JOINED, switch_database
        if switch_database(self, JOINED):
            self.statusBar().showMessage(self.tr("Back on the camp server."), 15000)

    def retry_server(self) -> None:
        """The banner's Try again: one round trip to the server, off the GUI thread."""
        from .jobs import run_job

        def answered(_result: Any) -> None:
            self.banner.hide()
            self.statusBar().showMessage(self.tr("The camp server answers again."), 8000)
        self._retry_job = run_job(self, self.tr("Trying the camp server..."),
                                  lambda _progress: self.services.check_server(), answered,
                                  lambda _exc: self.banner.still_down())

    def replace_services(self, services: Services) -> None:
        """Show another database (already open and logged in to) in place of this one, on the
        Register page; the family being typed is carried over, its draft with it."""
        from power_desktop.services.errors import ServiceError

        from .registration_page import DRAFT_SLOT
        from .start import offer_draft
        typed = self.registration.draft() if self.registration.is_dirty() else None
        left: str | None = None
        if typed is not None and typed.get("editing"):
            # Changes to a family of the other database: kept there as its draft, offered
            # back on the way back, not carried to where that family is not.
            left, typed = str(typed["editing"][0]), None
        old = self.services
        self._detach_pages()
        if typed is not None:
            try:
                old.drafts.discard(DRAFT_SLOT)  # it goes on in the other database
            except ServiceError:
                log.exception("could not discard the draft left behind")
        self.banner.hide()
        old.close()
        self.attach(services)
        if typed is not None:
            self.registration.restore_draft(typed)
            self.registration.save_draft()
        else:
            offer_draft(self, services)
        self.show_page(0)  # the family on screen elsewhere was the other database's
        if left is not None:
            QMessageBox.information(self, self.tr("Changes kept for later"), plain_box(self.tr(
                "The changes to family {0} are not saved: that family is in the other "
                "database. They are kept, and offered back when this laptop works there "
                "again.").format(left)))

    def _detach_pages(self) -> None:
        from PySide6.QtCore import Qt
        self.registration.flush_draft()
        self.notifier.detach()
        self.families.searcher.stop()
        self.registration.prechecker.stop()
        self.idle.stop()
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        while self.pages.count():
            page = self.pages.widget(0)
            self.pages.removeWidget(page)
            page.deleteLater()
        # A new menu bar; the old one goes once the event that led here has returned, and
        # with it the menus' actions (all made by _menus, owned by the window).
        self.setMenuBar(QMenuBar())
        for action in self.actions():
            self.removeAction(action)
        for action in self.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly):
            action.deleteLater()

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)
        page = self.pages.widget(index)
        if page is self.registration:
            self.registration.household.first_field.setFocus()
        elif page is self.families:
            self.families.view.setFocus()
        elif page is self.dashboard:
            self.dashboard.refresh()
        elif page is self.returns:
            self.returns.refresh()
            self.returns.table.setFocus()
        elif page is self.batches:
            if not (self.services.user and self.services.user.is_supervisor):
                self.show_page(0)
                return
            self.batches.refresh()
        elif page is self.print_queue:
            self.print_queue.refresh()
            self.print_queue.table.setFocus()
        elif page is self.screening:
            if self.screening.family_id is None:
                family_id = self.families.current_family_id()
                if family_id:
                    self.screening.show_family(family_id)
            self.screening.focus_start()

    def open_family(self, family_id: str) -> None:
        if self.registration.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("Unsaved family"),
                plain_box(self.tr("The registration form has unsaved input. Throw it away and open "
                        "family {0}?").format(family_id)))
            if answer != QMessageBox.StandardButton.Yes:
                self.show_page(0)
                return
        from power_desktop.services.errors import ServiceError
        try:
            family = self.services.registration.get(family_id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Cannot open"), plain_box(i18n.say(exc)))
            return
        self.registration.load_family(family)
        self.show_page(0)

    def find_family(self) -> None:
        self.show_page(1)
        self.families.focus_search()

    def _saved(self, done: Any) -> None:
        self.statusBar().showMessage(self.tr("Saved family {0}").format(done.family_id), 8000)
        self.screen_family(done.family_id)

    def screen_family(self, family_id: str) -> None:
        self.screening.show_family(family_id)
        self.show_page(2)

    def open_preview(self) -> None:
        from .preview_dialog import PreviewDialog
        PreviewDialog(self.services, self.lang, self).exec()

    def start_new_camp(self) -> None:
        from .setup_dialog import CampSetupDialog
        dialog = CampSetupDialog(self.services, self, first_run=False)
        if dialog.exec():
            self.registration.reset()

    # --- who is at the keyboard ------------------------------------------------------------------
    def lock(self, switch: bool = False, by_hand: bool = False) -> None:
        """Hide the work behind a password; the form stays as typed (and its draft is saved)."""
        from .login_dialog import LoginDialog
        user = self.services.user
        if user is None or getattr(self, "_locked", False):
            return
        self._locked = True
        self.registration.flush_draft()
        self.pages.setVisible(False)
        dialog = LoginDialog(self.services, self, locked_user=user, by_hand=by_hand)
        if switch:
            dialog._switch()
        dialog.exec()
        self.pages.setVisible(True)
        self._locked = False
        self.idle.resume()
        self._update_user()
        self.switch_language(i18n.current())  # the language may have been changed at login

    def change_password(self) -> None:
        from .accounts_dialog import SetPasswordDialog
        if SetPasswordDialog(self.services, None, self).exec():
            self.statusBar().showMessage(self.tr("Your password is changed."), 8000)

    def manage_operators(self) -> None:
        from .accounts_dialog import AccountsDialog
        AccountsDialog(self.services, self).exec()

    def open_audit(self) -> None:
        from .audit_dialog import AuditDialog
        AuditDialog(self.services, self).exec()

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog
        if SettingsDialog(self.services, self).exec():
            self.idle.set_timeout(self.services.settings.get_int("idle_lock_minutes") * 60_000)
            self.switch_language(self.services.settings.get("language"))

    def back_up(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from power_desktop.services.backup import BackupService

        from .jobs import run_job
        folder = QFileDialog.getExistingDirectory(self, self.tr("Back up to which folder "
                                                                "(USB drive)?"))
        if not folder:
            return

        def done(info: Any) -> None:
            QMessageBox.information(self, self.tr("Backup done"), plain_box(self.tr(
                "Backed up and checked: {0} in\n{1}\n\nAadhaar numbers in it open "
                "only with a password of this laptop's accounts or the recovery code.").format(
                counts.families(info.families), info.path)))
        self._backup_job = run_job(
            self, self.tr("Backing up..."),
            lambda _progress: BackupService(self.services).backup(Path(folder)), done,
            lambda exc: QMessageBox.warning(self, self.tr("Backup failed"),
                                            plain_box(i18n.say(exc))))

    def _update_user(self) -> None:
        user = self.services.user
        for action in self.supervisor_actions:
            action.setVisible(bool(user and user.is_supervisor))
        batches = self.nav.item(self.pages.indexOf(self.batches))
        if batches is not None:
            batches.setHidden(not (user and user.is_supervisor))
        self._update_camp()

    def _on_change(self, change: Change) -> None:
        self.families.on_change(change)
        if change.kind == "application" and self.pages.currentWidget() is self.print_queue:
            self.print_queue.refresh()
        if change.kind == "camp":
            self._update_camp()

    def _update_camp(self) -> None:
        camp = self.services.camp.current()
        self.camp_shown = camp
        if camp is None:
            self.camp_label.setText(self.tr("No camp set up"))
            return
        text = self.tr("Camp {0} · {1} · started {2} · logged in: {3}").format(
            camp.label, i18n.district_name(camp.district, camp.state),
            camp.start_date.strftime("%d/%m/%Y"),
            self.services.operator)
        kind, where = self.services.where_working()
        if kind == "server":
            text += " · " + self.tr("on the camp server {0}").format(where)
        elif kind == "alone":
            text += " · " + self.tr("on this laptop's own database (camp server {0} not "
                                    "used: sync when it is back)").format(where)
        self.camp_label.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        if hasattr(self, "registration") and self.registration.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("Unsaved family"),
                self.tr("A family is being typed and is not saved. Close PoWER Desktop?\n\n"
                        "What was typed is kept as a draft and offered back at the next "
                        "start."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                self.show_page(0)
                return
        if hasattr(self, "registration"):
            self.registration.flush_draft()
            self.notifier.detach()
            self.families.searcher.stop()
            self.registration.prechecker.stop()
            self.idle.stop()
        super().closeEvent(event)

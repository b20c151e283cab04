"""The main window: pages on the left, reached by F2/F3 or Alt+number; camp and operator below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from power_desktop import __version__
from power_desktop.services import Services
from power_desktop.services.errors import ServiceError
from power_desktop.services.results import Change

from .families_page import FamiliesPage
from .notices import ChangeNotifier
from .registration_page import RegistrationPage
from .setup_dialog import CampSetupDialog


class MainWindow(QMainWindow):
    def __init__(self, services: Services, lang: str = "en") -> None:
        super().__init__()
        self.services = services
        self.lang = lang
        self.setWindowTitle(self.tr("PoWER Desktop"))
        self.notifier = ChangeNotifier(services, self)

        self.registration = RegistrationPage(services, lambda: self.lang)
        self.families = FamiliesPage(services)
        self.pages = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(112)
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._add_page(self.registration, self.tr("Register\n(F2)"))
        self._add_page(self.families, self.tr("Families\n(F3)"))
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.camp_label = QLabel()
        self.statusBar().addPermanentWidget(self.camp_label)
        self._menus()
        self.notifier.changed.connect(self._on_change)
        self.families.open_family.connect(self.open_family)
        self.registration.saved.connect(lambda done: self.statusBar().showMessage(
            self.tr("Saved family {0}").format(done.family_id), 8000))
        self.show_page(0)
        self._update_camp()
        self.resize(1366, 740)

    def _add_page(self, page: QWidget, title: str) -> None:
        self.pages.addWidget(page)
        self.nav.addItem(title)

    def _menus(self) -> None:
        camp_menu = self.menuBar().addMenu(self.tr("&Camp"))
        new_camp = QAction(self.tr("Start a &new camp..."), self)
        new_camp.triggered.connect(self.start_new_camp)
        camp_menu.addAction(new_camp)
        camp_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        camp_menu.addAction(quit_action)
        go = self.menuBar().addMenu(self.tr("&Go"))
        for index, (text, keys) in enumerate(
                [(self.tr("&Register a family"), ["F2", "Alt+1"]),
                 (self.tr("&Families"), ["F3", "Alt+2"])]):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(lambda _=False, i=index: self.show_page(i))
            go.addAction(action)
            self.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(lambda: QMessageBox.about(
            self, self.tr("About PoWER Desktop"),
            self.tr("PoWER Desktop {0}\nPortfolio of Welfare & Entitlement Rights\n"
                    "Data folder: {1}").format(__version__, self.services.paths.data_dir)))
        help_menu.addAction(about)

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)
        page = self.pages.widget(index)
        if page is self.registration:
            self.registration.household.first_field.setFocus()
        elif page is self.families:
            self.families.view.setFocus()

    def open_family(self, family_id: str) -> None:
        if self.registration.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("Unsaved family"),
                self.tr("The registration form has unsaved input. Throw it away and open "
                        "family {0}?").format(family_id))
            if answer != QMessageBox.StandardButton.Yes:
                self.show_page(0)
                return
        try:
            family = self.services.registration.get(family_id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Cannot open"), str(exc))
            return
        self.registration.load_family(family)
        self.show_page(0)

    def start_new_camp(self) -> None:
        dialog = CampSetupDialog(self.services, self, first_run=False)
        if dialog.exec():
            self.registration.reset()

    def _on_change(self, change: Change) -> None:
        self.families.on_change(change)
        if change.kind == "camp":
            self._update_camp()

    def _update_camp(self) -> None:
        camp = self.services.camp.current()
        if camp is None:
            self.camp_label.setText(self.tr("No camp set up"))
            return
        self.camp_label.setText(self.tr("Camp {0} · {1} · started {2} · operator {3}").format(
            camp.label, camp.district, camp.start_date.strftime("%d/%m/%Y"),
            self.services.operator))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.registration.flush_draft()
        self.notifier.detach()
        super().closeEvent(event)

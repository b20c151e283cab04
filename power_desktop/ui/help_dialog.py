"""The Help menu's pages: every keyboard shortcut, and a short how-to of a camp day, in the
language shown. Both stay open beside the work (not modal); Esc closes them."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class HelpDialog(QDialog):
    SHORTCUTS, HOW_TO = "shortcuts", "how_to"

    def __init__(self, which: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.which = which
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        if which == self.SHORTCUTS:
            self.setWindowTitle(self.tr("Keyboard shortcuts"))
            self.text.setHtml(self._shortcuts_html())
        else:
            self.setWindowTitle(self.tr("How to register a family"))
            self.text.setHtml(self._how_to_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def _shortcuts_html(self) -> str:
        groups: list[tuple[str, list[tuple[str, str]]]] = [
            (self.tr("Anywhere"), [
                ("F2 / Alt+1", self.tr("Register a family")),
                ("F3 / Alt+2", self.tr("Families (the list, and search)")),
                ("F4 / Alt+3", self.tr("Entitlements of the family")),
                ("F5 / Alt+4", self.tr("Print queue")),
                ("F6 / Alt+5", self.tr("Returns from the central system")),
                ("F7 / Alt+6", self.tr("Batches (supervisors)")),
                ("F8 / Alt+7", self.tr("Today's figures")),
                ("Ctrl+F", self.tr("Find a family: name, mobile, Aadhaar or ID")),
                ("Ctrl+L", self.tr("Lock the screen (nothing typed is lost)")),
                ("Ctrl+Q", self.tr("Quit (asks first if a family is being typed)")),
                ("F1", self.tr("This list")),
                ("Alt", self.tr("The menus: Alt with the underlined letter")),
            ]),
            (self.tr("Registering a family"), [
                ("Tab / Shift+Tab", self.tr("Next / previous field")),
                (self.tr("letters"), self.tr("In a drop-down, typing picks the choice: \"so\" "
                                             "is Son, \"class 12\" is Class 12")),
                ("Alt+Down", self.tr("Open a drop-down's list")),
                ("Enter", self.tr("Add the member to the family (or update the one being "
                                  "edited)")),
                ("F2", self.tr("On the members table: edit the chosen member")),
                ("Del", self.tr("On the members table: remove the chosen member")),
                ("Ctrl+S", self.tr("Save the family")),
                ("Esc", self.tr("Cancel the family (asks first)")),
            ]),
            (self.tr("Entitlements"), [
                ("Ctrl+Enter", self.tr("Save the answers and screen again")),
                ("Ctrl+P", self.tr("Apply for the ticked schemes")),
                ("F9", self.tr("Print the family's forms")),
            ]),
            (self.tr("Print queue"), [
                ("Ctrl+A", self.tr("Select every application")),
                ("Ctrl+P", self.tr("Preview and print the selected")),
            ]),
        ]
        parts = []
        for title, rows in groups:
            parts.append(f"<h3>{escape(title)}</h3><table cellspacing='0' cellpadding='3'>")
            parts += [f"<tr><td width='150'><b>{escape(key)}</b></td><td>{escape(what)}</td></tr>"
                      for key, what in rows]
            parts.append("</table>")
        return "".join(parts)

    def _how_to_html(self) -> str:
        steps = [
            self.tr("Log in with your name and password. A supervisor adds operators from "
                    "Camp > Operators."),
            self.tr("Register (F2): type the household's address and details, then each "
                    "member; Enter adds the member. Scanning a member's Aadhaar QR code fills "
                    "the member for you."),
            self.tr("Ctrl+S saves the family. If someone looks already registered, PoWER "
                    "Desktop asks: open that family, or carry on."),
            self.tr("Entitlements (F4) opens by itself: ask the questions shown, Ctrl+Enter "
                    "to screen again, tick the schemes the family wants and Ctrl+P to apply."),
            self.tr("Print the forms (F9, or from the Print queue, F5) and the family slip; "
                    "give them to the family and mark them handed over."),
            self.tr("To change a family later, find it with Ctrl+F and open it."),
            self.tr("Leaving the laptop: Ctrl+L locks the screen. At the end of the day the "
                    "supervisor exports the batch (F7) and backs up (Camp > Back up)."),
        ]
        title = escape(self.tr("A family, start to end"))
        items = "".join(f"<li>{escape(step)}</li>" for step in steps)
        return f"<h3>{title}</h3><ol>{items}</ol>"

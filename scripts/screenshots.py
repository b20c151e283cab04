"""Screenshots for docs/screenshots: run under Xvfb at 1366x768.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py [NAME ...]
"""

from __future__ import annotations

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


def snap(widget: QWidget, name: str) -> None:
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
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


def supervisor_dialogs(folder: Path) -> None:
    from power_desktop.ui.accounts_dialog import AccountsDialog, RecoveryCodeDialog
    from power_desktop.ui.audit_dialog import AuditDialog
    services = camp(folder / "sup")
    snap(AccountsDialog(services), "operators")
    snap(AuditDialog(services), "audit")
    snap(RecoveryCodeDialog("7K2D-QX9P-M4TR-8HVW-3NCE"), "recovery-code")


SHOTS: dict[str, Callable[[Path], None]] = {
    "first-run": first_run, "login": login, "supervisor": supervisor_dialogs}


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

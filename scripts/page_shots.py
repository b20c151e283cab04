"""Every page of the main window in English and Hindi at 1366x768, as the screen shows it.

Run on an X display with a window manager (the window maximised, with its frame), e.g.

    Xvfb :72 -screen 0 1366x768x24 & DISPLAY=:72 openbox &
    DISPLAY=:72 .venv/bin/python scripts/page_shots.py

Each page is captured from the root window with ImageMagick's `import -window root` into
docs/screenshots/page-<name>[-hi].png. The families are the demo's, plus one family of five
typed as a camp would (a widowed grandmother, a man of 67, a child) so the Entitlements page
has questions to ask and one-time and yearly benefits to show.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"

from PySide6.QtWidgets import QApplication  # noqa: E402

from power_desktop.paths import Paths  # noqa: E402
from power_desktop.services import Services, demo  # noqa: E402
from power_desktop.services.camp import CampSetup  # noqa: E402
from power_desktop.ui import i18n  # noqa: E402
from power_desktop.ui.start import make_app  # noqa: E402

PAGES = ("registration", "families", "entitlements", "print-queue", "returns", "batches",
         "today")


def settle(seconds: float) -> None:
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        QApplication.processEvents()
        time.sleep(0.02)


def camp(folder: Path) -> tuple[Services, str]:
    services = Services.open(Paths(folder))
    services.accounts.setup_first("Asha Verma", "camp-pass-2026")
    services.camp.setup(CampSetup("DL", "South", "C07", "L2", "Asha Verma"))
    demo.generate(services, 40, seed=3)
    family = json.loads((ROOT / "tests" / "data" / "family_example.json").read_text())
    family["members"].append({"name": "Savitri Devi", "name_hi": "सावित्री देवी",
                              "relation": "mother", "gender": "F", "dob": "1950-05-01",
                              "marital_status": "widowed"})
    family["members"].append({"name": "Ram Prasad", "name_hi": "राम प्रसाद",
                              "relation": "father_in_law", "gender": "M",
                              "dob": "1959-03-10", "marital_status": "married"})
    family["annual_income"] = 60000
    done = services.registration.register(family, confirm_warnings=True,
                                          duplicate_decision="screenshot")
    services.eligibility.answer(done.family_id, {("family.earner_died", None): True,
                                                 ("family.earner_age_at_death", None): 42,
                                                 ("member.gets_other_pension", 3): False})
    rows = services.registration.page(limit=12)
    made = []
    for row in rows:
        if row.family_id != done.family_id:
            made += services.eligibility.apply_all_eligible(row.family_id)
    made.append(services.eligibility.apply(done.family_id, "DL-NFBS", None))
    made.append(services.eligibility.apply(done.family_id, "DL-OAP", 3))
    ids = [a.application_id for a in made]
    services.printing.print_forms(ids[: len(ids) // 2], out=folder / "forms.pdf")
    (folder / "usb").mkdir()
    services.export.export(folder / "usb")
    from power_desktop.services.acks import AckService
    ack = folder / "ack.csv"
    ack.write_text("application_id,status,reason,central_reference\n"
                   f"{ids[0]},rejected,Age proof unclear: bring the birth certificate,R9\n",
                   encoding="utf-8")
    AckService(services).import_file(ack)
    demo.generate(services, 6, seed=11)
    return services, done.family_id


def shoot(name: str) -> None:
    path = OUT / f"{name}.png"
    subprocess.run(["import", "-window", "root", str(path)], check=True)
    print(path)


def main() -> None:
    make_app()
    from power_desktop.ui.main_window import MainWindow
    with tempfile.TemporaryDirectory() as tmp:
        services, family_id = camp(Path(tmp) / "data")
        for lang in ("en", "hi"):
            i18n.set_language(lang)
            window = MainWindow(services)
            window.showMaximized()
            settle(1.0)
            window.families.search.setText("")
            for index, page in enumerate(PAGES):
                if page == "entitlements":
                    window.screen_family(family_id)
                else:
                    window.show_page(index)
                settle(0.6)
                shoot(f"page-{page}" + ("-hi" if lang == "hi" else ""))
            window.registration._draft_timer.stop()
            window.hide()
            settle(0.2)
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()

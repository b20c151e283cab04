"""The interface language: English (the source texts) or Hindi (resources/i18n/*.qm).

Translations are Qt .ts sources in resources/i18n, compiled to .qm by `make` (pyside6-lrelease).
Switching installs the other translator at once; the main window then rebuilds its pages, so no
restart is needed and a half-typed family is kept (see MainWindow.switch_language).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator

log = logging.getLogger("power.ui")

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGES = ("en", "hi")
# Each language named in its own script, as a person who reads only that one looks for it.
NAMES = {"en": "English", "hi": "हिंदी"}

_state: dict[str, object] = {"lang": "en", "translator": None}

# Qt's own buttons (OK, Cancel, Yes, No in message boxes and dialogs) take their texts from the
# context "QPlatformTheme"; PySide6 ships no Hindi for Qt itself, so our .ts carries these.
QT_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
)


def qm_file(lang: str) -> Path:
    return I18N / f"power_desktop_{lang}.qm"


def current() -> str:
    return str(_state["lang"])


def set_language(lang: str) -> bool:
    """Install `lang`'s translations for every text made from now on. False (and English)
    when the compiled translation is missing: a broken install still runs, in English."""
    app = QCoreApplication.instance()
    if lang not in LANGUAGES:
        lang = "en"
    old = _state["translator"]
    if isinstance(old, QTranslator) and app is not None:
        app.removeTranslator(old)
    _state["translator"] = None
    ok = True
    if lang != "en":
        translator = QTranslator(app)
        if translator.load(str(qm_file(lang))):
            if app is not None:
                app.installTranslator(translator)
            _state["translator"] = translator
        else:
            log.warning("no compiled translation at %s; showing English", qm_file(lang))
            lang, ok = "en", False
    _state["lang"] = lang
    QLocale.setDefault(QLocale(QLocale.Language.Hindi if lang == "hi"
                               else QLocale.Language.English, QLocale.Country.India))
    return ok


def district_name(name: str, state: str | None = None) -> str:
    """A district as the records keep it (English), shown in Hindi when the interface is."""
    if current() != "hi" or not name:
        return name
    from power_desktop.core.districts import DISTRICTS, find_district, legacy_district
    for code in [state] if state else list(DISTRICTS):
        district = find_district(code, name) or legacy_district(code, name)
        if district is not None and district.name.casefold() == name.strip().casefold():
            return district.name_hi
    return name


def say(exc: BaseException) -> str:
    """An error's message in the interface language (services carry Hindi as well)."""
    from power_desktop.services.errors import ServiceError
    return exc.say(current()) if isinstance(exc, ServiceError) else str(exc)

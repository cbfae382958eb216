"""The core's sentences (app.core.wording.Text) in the reader's language, for the CLI and the app.

The desktop app installs its translators on the QApplication (app.gui.translations) and this
module asks Qt through them. The CLI has no QApplication: `use_language` loads the same compiled
.qm into a translator of its own. English needs no Qt at all (the templates are English, and
app.core.wording spells their plurals): with THREATLOG_LANG=en the CLI never imports Qt, and
where Qt is missing it speaks English.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import ThreatlogError
from app.core.wording import Errors, Text, Translate, english, grouped, plain

if TYPE_CHECKING:  # the report's modules load fpdf2 and Pillow: only an export needs them
    from app.core.reporting.report_values import ReportLanguage

LANGUAGE_VARIABLE = "THREATLOG_LANG"
LANGUAGE_CODES = ("en", "az", "ru")

_own_translator = None  # the CLI's QTranslator, when its language is not English
_spoken = "en"  # what use_language made this process speak


def language_for_cli() -> str:
    """THREATLOG_LANG, else the language chosen in the app's settings, else the system's."""
    wanted = os.environ.get(LANGUAGE_VARIABLE, "").strip().lower()[:2]
    if wanted in LANGUAGE_CODES:
        return wanted
    try:
        from app.gui.settings import Settings  # QtCore only: the settings file the app writes
        from app.gui.translations import chosen_language
    except ImportError:  # no Qt here (a stripped-down install): the commands still work, in English
        return "en"
    return chosen_language(Settings().language)


def _translator(language: str, folder: Path | None = None):  # -> QTranslator | None
    from PySide6.QtCore import QTranslator

    from app.gui.translations import translations_dir

    translator = QTranslator()
    return translator if translator.load(f"threatlog_{language}", str(folder or translations_dir())) else None


def _translating_with(translator) -> Translate:  # translator: QTranslator
    def translate(context: str, template: str, disambiguation: str = "", count: int | None = None) -> str:
        found = translator.translate(context, template, disambiguation or None, -1 if count is None else count)
        if not found:
            return english(context, template, disambiguation, count)
        return found if count is None else found.replace("%n", str(count))
    return translate


def use_language(language: str, folder: Path | None = None) -> bool:
    """Speak `language` from now on in this process without a QApplication. False when its
    compiled translation is missing (a checkout that skipped set-up): English, then."""
    global _own_translator, _spoken
    _own_translator, _spoken = None, "en"
    if language == "en":
        return True
    translator = _translator(language, folder)
    if translator is None:
        return False
    from PySide6.QtCore import QLocale

    from app.gui.translations import locale_for

    QLocale.setDefault(locale_for(language))  # as the app does: ru_UA keeps its own region's formats
    _own_translator, _spoken = translator, language
    return True


def spoken_language() -> str:
    """The language use_language made this process speak ("en" when its translation was missing)."""
    return _spoken


def report_language(language: str) -> ReportLanguage:
    """The report's words in `language`, which need not be the app's: a Russian-speaking user may
    export for an English-speaking court. English when its translation is missing."""
    from app.core.reporting.report_values import ReportLanguage

    translator = _translator(language) if language in LANGUAGE_CODES else None
    if translator is None:
        return ReportLanguage()
    from PySide6.QtCore import QLocale

    locale = QLocale(language)
    return ReportLanguage(language, _translating_with(translator), _locale_number(locale))


def qt_translate(context: str, template: str, disambiguation: str = "", count: int | None = None) -> str:
    """app.core.wording.Translate through Qt: the app's installed translators, or the CLI's own."""
    if _own_translator is not None:
        return _translating_with(_own_translator)(context, template, disambiguation, count)
    if context and _qt_application_running():
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, template, disambiguation or None, -1 if count is None else count)
    return english(context, template, disambiguation, count)


def _qt_application_running() -> bool:
    if "PySide6.QtCore" not in sys.modules:
        return False
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance() is not None


def _locale_number(locale):  # locale: QLocale -> NumberFormat
    def number(value: float, places: int = 0) -> str:
        return locale.toString(float(value), "f", places) if places else locale.toString(int(value))
    return number


def qt_number(value: float, places: int = 0) -> str:
    """A number as the reader's locale writes it (Qt's default locale, which the app and
    use_language set for the language); as English writes it without Qt."""
    if _own_translator is None and not _qt_application_running():
        return grouped(value, places)
    from PySide6.QtCore import QLocale

    return _locale_number(QLocale())(value, places)


def say(text: Text | str) -> str:
    """A sentence in the reader's language, counts grouped as it groups them (a str is shown as it is)."""
    return (text if isinstance(text, Text) else plain(text)).render(qt_translate, qt_number)


def describe(error: BaseException) -> str:
    """What went wrong, in the reader's language; never a traceback or an internal message."""
    if isinstance(error, ThreatlogError):
        return say(error.text)
    return say(Errors.tr("Unexpected error ({kind}). Nothing was changed.").format(kind=type(error).__name__))

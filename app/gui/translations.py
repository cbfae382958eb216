"""Which language the app speaks, and loading its translations at start.

The language follows the system unless the settings name one. The app's own strings come from
resources/translations/threatlog_<code>.qm, compiled from the .ts sources by `make` (never
committed); Qt's standard buttons and dialogs from Qt's own qtbase_<code>.qm. English has a .ts
too, for its plural forms only ("1 incident", "2 incidents" from "%n incident(s)"). A missing .qm
(a source checkout that skipped set-up) leaves the app in English rather than failing to start.

Changing the language applies at the next start: every window would have to be rebuilt to pick up
a new translator, and a restart does exactly that.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource_dir

DEFAULT_LANGUAGE = "en"
# Each language named in itself (an endonym), so a user who cannot read the current UI language
# still finds their own. Azerbaijani is written in the Latin script.
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("az", "Azərbaycan dili"), ("ru", "Русский"))
SUPPORTED = frozenset(code for code, _ in LANGUAGES)
# Qt ships no Azerbaijani translation of its own. The standard buttons the app shows are listed in
# Qt's context so that lupdate puts them in our .ts files; our translator, installed after Qt's,
# answers for them (and for Russian, where Qt's own would do, gives the same words).
QT_STANDARD_BUTTONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
)


def translations_dir() -> Path:
    return resource_dir() / "translations"


def chosen_language(setting: str, system: QLocale | None = None) -> str:
    """The language code to use: the setting if it names a supported language, else the system's
    if supported, else English."""
    if setting in SUPPORTED:
        return setting
    system_code = (system or QLocale.system()).name().split("_")[0]
    return system_code if system_code in SUPPORTED else DEFAULT_LANGUAGE


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """Dates and numbers: the system's own locale when it speaks this language (so en_GB keeps its
    day-first dates and ru_UA its conventions), else the language's main locale."""
    system = system or QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(language)


def install_translations(language: str, folder: Path | None = None) -> list[QTranslator]:
    """Install the app's and Qt's translators for `language` on the running application and make its
    locale the default one. Returns the translators installed (none for a missing .qm); they belong
    to the application, which keeps them alive."""
    app = QCoreApplication.instance()
    assert app is not None, "create the application first"
    QLocale.setDefault(locale_for(language))
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(folder or translations_dir())
    # Qt searches the translator installed last first: Qt's own, then ours over it.
    for name, where in ((f"qtbase_{language}", qt_folder), (f"threatlog_{language}", ours)):
        translator = QTranslator(app)
        if translator.load(name, where) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()  # no such file: that part of the UI stays English
    return installed


def remove_translations(translators: list[QTranslator]) -> None:
    """Take the translators back out (tests that switch languages within one process)."""
    app = QCoreApplication.instance()
    for translator in translators:
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()

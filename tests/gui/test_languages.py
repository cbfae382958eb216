"""English, Azerbaijani and Russian: the language chosen at start, translators installed from the
compiled .ts files, every source string translated and the .ts files up to date with the code, and
the main screens walked in each language with no English source string left visible."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

from app.core.records import incidents, taxonomy
from app.core.records.drafts import IncidentDraft
from app.gui import labels
from app.gui.app_window import AppWindow
from app.gui.export_dialog import ExportDialog
from app.gui.incident_form import IncidentForm
from app.gui.settings import Settings
from app.gui.settings_dialog import SettingsDialog
from app.gui.translations import chosen_language, install_translations, remove_translations
from tests.gui.conftest import reopen, unlock

REPO = Path(__file__).resolve().parents[2]
TS_DIR = REPO / "resources" / "translations"
TOOLS = Path(sys.executable).parent
TRANSLATED = ("az", "ru")  # every string; English has a .ts for its plural forms only
# Shown the same in every language: the app's name, and words that are names or codes.
SAME_IN_EVERY_LANGUAGE = {"Threatlog", "SHA-256", "URL", "URLs:", "OK", "GPS", "PDF", "ZIP", "Telegram", "WhatsApp",
                          "Facebook", "Instagram", "TikTok", "YouTube", "VK", "X (Twitter)", "E-mail"}
# Every Russian string is translated, but the file still holds 5 strings the code no longer has
# (type="vanished"): the next lupdate with -no-obsolete drops them, and this mark can go.
def _app_sources() -> list[str]:
    return [str(p) for p in sorted((REPO / "app").rglob("*.py")) if "__pycache__" not in p.parts]


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def _key(context: ET.Element | None, message: ET.Element) -> tuple[str, str, str]:
    return (context.findtext("name") or "" if context is not None else "", message.findtext("source") or "",
            message.findtext("comment") or "")


def _current_keys(ts: Path) -> set[tuple[str, str, str]]:
    """The strings a .ts holds for the code (not those lupdate marked vanished or obsolete)."""
    keys = set()
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            if message.find("translation").get("type") not in ("vanished", "obsolete"):
                keys.add(_key(context, message))
    return keys


def _untranslated(ts: Path) -> list[str]:
    missing = []
    for message in _messages(ts):
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] if message.get("numerus") == "yes" else \
            [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(f and f.strip() for f in forms):
            missing.append(message.findtext("source"))
    return missing


@pytest.fixture(scope="session")
def compiled(tmp_path_factory) -> Path:
    """The .qm files compiled from the .ts sources, as `make` does, into a folder of this session's own."""
    folder = tmp_path_factory.mktemp("translations")
    for ts in sorted(TS_DIR.glob("*.ts")):
        subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(folder / f"{ts.stem}.qm")],
                       check=True, timeout=120)
    return folder


@pytest.fixture
def speak(qtbot, compiled: Path) -> Iterator:
    """speak('ru') installs the translators as a start in that language does; undone after the test."""
    installed = []
    previous = QLocale()

    def install(language: str, folder: Path | None = None) -> list:
        installed.extend(install_translations(language, compiled if folder is None else folder))
        return installed

    yield install
    remove_translations(installed)
    QLocale.setDefault(previous)


# --- choosing and loading ----------------------------------------------------------------------


def test_the_setting_wins_else_the_system_language_else_english() -> None:
    assert chosen_language("", QLocale("ru_UA")) == "ru"
    assert chosen_language("", QLocale("az_Latn_AZ")) == "az"
    assert chosen_language("", QLocale("de_DE")) == "en"
    assert chosen_language("az", QLocale("ru_RU")) == "az"
    assert chosen_language("xx", QLocale("ru_RU")) == "ru"  # a code this version does not know


def test_the_saved_language_is_installed_at_start(qtbot, speak, tmp_path: Path) -> None:
    saved = Settings(tmp_path / "settings.ini")
    saved.language = "ru"
    saved.sync()
    language = chosen_language(Settings(tmp_path / "settings.ini").language)  # as run() reads it
    installed = speak(language)
    assert "ru" in {t.language().split("_")[0] for t in installed}
    assert QLocale().language() == QLocale.Language.Russian  # dates and numbers follow
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"


def test_a_missing_qm_leaves_english(qtbot, speak, tmp_path: Path) -> None:
    assert speak("az", tmp_path) == []  # no threatlog_az.qm there, and Qt has no qtbase_az
    assert QCoreApplication.translate("AppWindow", "&Lock") == "&Lock"


def test_english_plurals(qtbot, speak) -> None:
    speak("en")
    assert QCoreApplication.translate("AppWindow", "%n incident(s)", "", 1) == "1 incident"
    assert QCoreApplication.translate("AppWindow", "%n incident(s)", "", 21) == "21 incidents"


def test_every_taxonomy_label_is_listed_for_lupdate() -> None:
    core = {t.label for t in taxonomy.TYPES} | {t.short_label for t in taxonomy.TYPES}
    core |= {f.label for t in taxonomy.TYPES for f in t.fields} | {c for t in taxonomy.TYPES for f in t.fields
                                                                     for c in f.choices}
    core |= {label for _, label in taxonomy.PLATFORMS + taxonomy.TARGETS}
    assert set(labels.SOURCE_STRINGS) == core


# --- the .ts files -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["az", "ru"])
def test_every_source_string_has_a_translation(language: str) -> None:
    missing = _untranslated(TS_DIR / f"threatlog_{language}.ts")
    assert not missing, f"{len(missing)} string(s) without a {language} translation, e.g. {missing[:5]}"


def test_every_english_plural_has_its_forms() -> None:
    ts = TS_DIR / "threatlog_en.ts"
    assert all(m.get("numerus") == "yes" for m in _messages(ts))
    assert not _untranslated(ts)


@pytest.mark.parametrize("language", (*TRANSLATED, "en"))
def test_the_ts_files_hold_the_strings_of_the_code(language: str, tmp_path: Path) -> None:
    """As lupdate would write them now. If this fails, update them (English: add -pluralonly):
    .venv/bin/pyside6-lupdate -no-obsolete -locations none $(find app -name '*.py') -ts resources/translations/…"""
    fresh = tmp_path / f"threatlog_{language}.ts"
    plural_only = ["-pluralonly"] if language == "en" else []
    subprocess.run([str(TOOLS / "pyside6-lupdate"), "-silent", "-locations", "none", *plural_only, *_app_sources(),
                    "-ts", str(fresh)], check=True, timeout=300)
    committed = _current_keys(TS_DIR / f"threatlog_{language}.ts")
    code = _current_keys(fresh)
    assert not code - committed, f"not in the .ts yet: {sorted(code - committed)[:5]}"
    assert not committed - code, f"in the .ts but no longer in the code: {sorted(committed - code)[:5]}"


# --- the screens, in each language --------------------------------------------------------------


def _plain(text: str) -> str:
    """Without mnemonic ampersands, as the eye reads it."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _untranslated_sources(language: str) -> set[str]:
    """English source strings this language's translation shows differently (a source whose
    translation is the same word, such as a name, may show as it is)."""
    sources = set()
    for message in _messages(TS_DIR / f"threatlog_{language}.ts"):
        translation = message.find("translation")
        forms = {translation.text or ""} | {f.text or "" for f in translation.iter("numerusform")}
        source = _plain(message.findtext("source") or "")
        if source and {_plain(f) for f in forms} != {source}:
            sources.add(source)
    return sources - SAME_IN_EVERY_LANGUAGE


def _visible_texts(top: QWidget) -> set[str]:
    texts = {top.windowTitle()}
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            texts.add(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts |= {widget.text(), widget.toolTip()}
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QTabWidget):
            texts |= {widget.tabText(i) for i in range(widget.count())}
        if widget.isWindow():
            texts.add(widget.windowTitle())
        texts |= {action.text() for action in widget.actions()}
    return {_plain(t) for t in texts if t}


def _walk_main_screens(qtbot, window: AppWindow, vault_dir: Path) -> set[str]:
    """What a user sees on the start page, the main window with an incident, the incident form,
    the settings and the export dialog."""
    texts = _visible_texts(window)
    with reopen(vault_dir) as vault, vault.transaction() as conn:
        incidents.create_many(conn, [IncidentDraft("threat", "Sample", occurred="2026-10-05T23:14:00+04:00",
                                                   platform="telegram", severity=4)])
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.main_page is not None and window.main_page.model.rowCount() == 1, timeout=20_000)
    window.main_page.table.selectRow(0)
    qtbot.waitUntil(lambda: window.main_page.detail.incident_id is not None, timeout=10_000)
    texts |= _visible_texts(window)
    for menu_action in window.menuBar().actions():
        texts.add(_plain(menu_action.text()))
        texts |= {_plain(a.text()) for a in menu_action.menu().actions() if a.text()}
    for opener, kind in ((window.new_action.trigger, IncidentForm), (window.open_settings, SettingsDialog),
                         (window.export_bundle, ExportDialog)):
        opener()
        qtbot.waitUntil(lambda kind=kind: window.findChild(kind) is not None and window.findChild(kind).isVisible())
        dialog = window.findChild(kind)
        texts |= _visible_texts(dialog)
        if isinstance(dialog, IncidentForm):
            dialog.discard()
        else:
            dialog.reject()
        dialog.deleteLater()
        qtbot.waitUntil(lambda kind=kind: window.findChild(kind) is None or not window.findChild(kind).isVisible())
    return texts


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_english_left_on_the_main_screens(qtbot, speak, services, gui_vault, vault_dir: Path,
                                             language: str) -> None:
    gui_vault.close()
    speak(language)  # before any widget is built, as at start
    window = AppWindow(services, vault_dir)
    qtbot.addWidget(window)
    window.show()
    texts = _walk_main_screens(qtbot, window, vault_dir)
    english = sorted(texts & _untranslated_sources(language))
    assert len(texts) > 60  # the walk saw the screens
    assert not english, f"English left on screen in {language}: {english}"
    window.lock()


def test_the_walk_finds_english_when_there_is_no_translation(qtbot, services, gui_vault, vault_dir: Path) -> None:
    """The check above would catch an untranslated screen: in English, it finds plenty."""
    gui_vault.close()
    window = AppWindow(services, vault_dir)
    qtbot.addWidget(window)
    window.show()
    texts = _walk_main_screens(qtbot, window, vault_dir)
    assert len(texts & _untranslated_sources("ru")) > 50
    window.lock()

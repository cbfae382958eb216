"""The settings dialog writes only behaviour, read back through a fresh Settings on the same file."""

from __future__ import annotations

import configparser
from pathlib import Path

from PySide6.QtCore import Qt

from app.gui.settings import Settings
from app.gui.settings_dialog import SettingsDialog

ALLOWED_KEYS = {"security/auto_lock_minutes", "privacy/blur_all_media", "ui/language", "ui/guide_seen",
                "vault/last_dir"}


def _ini_keys(path: Path) -> set[str]:
    """Read the file with a parser that is not Qt's, as anyone who finds the laptop would."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(path, encoding="utf-8")
    return {f"{section}/{key}" for section in parser.sections() for key in parser[section]}


def test_ok_round_trips_through_a_fresh_settings_object(qtbot, services, tmp_path: Path) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.auto_lock.value() == 5 and not dialog.blur_all.isChecked()
    assert dialog.language.currentData() == ""
    dialog.auto_lock.setValue(12)
    dialog.blur_all.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("az"))
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    fresh = Settings(tmp_path / "settings.ini")
    assert (fresh.auto_lock_minutes, fresh.blur_all_media, fresh.language) == (12, True, "az")
    keys = _ini_keys(tmp_path / "settings.ini")
    assert keys == {"security/auto_lock_minutes", "privacy/blur_all_media", "ui/language"}
    assert keys <= ALLOWED_KEYS


def test_cancel_discards(qtbot, services, tmp_path: Path) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    changed: list[bool] = []
    dialog.changed.connect(lambda: changed.append(True))
    dialog.auto_lock.setValue(0)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    fresh = Settings(tmp_path / "settings.ini")
    assert (fresh.auto_lock_minutes, fresh.language) == (5, "")
    assert not changed
    assert not (tmp_path / "settings.ini").exists() or _ini_keys(tmp_path / "settings.ini") <= ALLOWED_KEYS


def test_zero_minutes_reads_as_never_and_is_stored_as_zero(qtbot, services, tmp_path: Path) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.auto_lock.setValue(0)
    assert dialog.auto_lock.text() == "Never"
    dialog.accept()
    assert Settings(tmp_path / "settings.ini").auto_lock_minutes == 0


def test_controls_have_names_and_mnemonics(qtbot, services) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.auto_lock.accessibleName() and dialog.language.accessibleName()
    assert "&" in dialog.blur_all.text()
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "System default", "English", "Azərbaycan dili", "Русский"]

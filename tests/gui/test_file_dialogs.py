"""Choosing a file leaves no folder name behind in Qt's settings file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from app.gui.dialogs import Dialogs

SECRET_FOLDER = "Evidence - threats to my brother"


@pytest.fixture
def qt_settings_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "config"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(Path.home() / ".config"))


def _choose_when_shown(path: Path, folder: bool = False) -> None:
    """Answer the next file dialog as a user would: go to the folder, type the name, accept."""
    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, choose)
            return
        # Typed, not selectFile(): the dialog lists a folder asynchronously, and selecting a file
        # it has not listed yet selects nothing.
        dialog.setDirectory(str(path if folder else path.parent))
        dialog.findChild(QLineEdit, "fileNameEdit").setText("" if folder else path.name)
        dialog.accept()
        if dialog.isVisible():
            dialog.done(0)  # refused: fail the test rather than hang it
    QTimer.singleShot(20, choose)


def _settings_text(folder: Path) -> str:
    return "".join(p.read_text(errors="replace") for p in folder.rglob("*") if p.is_file())


def _mentions_secret(text: str) -> bool:
    # Qt stores folders as file:// URLs, percent-encoded.
    return SECRET_FOLDER in text or quote(SECRET_FOLDER) in text


def test_a_plain_qt_dialog_would_remember_the_folder(qtbot, qt_settings_folder: Path, tmp_path: Path) -> None:
    # What the app guards against, shown happening: proof that the scan below can see a leak.
    evidence = tmp_path / SECRET_FOLDER / "screenshot.png"
    evidence.parent.mkdir()
    evidence.write_bytes(b"png")
    dialog = QFileDialog(None, "Plain", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    _choose_when_shown(evidence)
    assert dialog.exec() == QFileDialog.DialogCode.Accepted
    shiboken6.delete(dialog)
    assert _mentions_secret(_settings_text(qt_settings_folder))


@pytest.mark.parametrize("action", ["open_file", "open_files", "save_file", "folder"])
def test_the_apps_dialogs_leave_no_folder_name(qtbot, qt_settings_folder: Path, tmp_path: Path, action: str) -> None:
    evidence = tmp_path / SECRET_FOLDER / "screenshot.png"
    evidence.parent.mkdir()
    evidence.write_bytes(b"png")
    if action == "folder":
        _choose_when_shown(evidence.parent, folder=True)
    else:
        _choose_when_shown(evidence.with_name("new.zip") if action == "save_file" else evidence)
    dialogs = Dialogs()
    if action == "save_file":
        result = dialogs.save_file(None, "Save", "new.zip")
    else:
        result = getattr(dialogs, action)(None, "Choose")
    assert result  # the user's choice still comes back
    text = _settings_text(qt_settings_folder)
    assert text and not _mentions_secret(text) and quote(str(tmp_path)) not in text

"""File dialogs that leave no trace of where the user keeps evidence, exports and backups.

Qt's own (non-native) dialog is used, so the desktop's "recent files" lists never learn an
evidence file's name. But Qt's dialog remembers too: when one is destroyed it writes the folders
it visited ("history", "lastVisited", sidebar shortcuts) to the user's QtProject settings, a plain
file any app or a border search can read, and a folder name like "Evidence - threats to family"
says what it holds. So each dialog here is destroyed at once, and that group of settings is then
written back without any folder of ours: only the home folder.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QDir, QSettings, QUrl
from PySide6.QtWidgets import QFileDialog, QWidget

_GROUP = "FileDialog"


def choose(parent: QWidget | None, title: str, mode: QFileDialog.FileMode, name_filter: str = "",
           suggested: str = "", save: bool = False) -> list[str]:
    """Run a file dialog; the paths chosen, or [] if the user cancelled."""
    dialog = QFileDialog(parent, title, suggested, name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(mode)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    try:
        chosen = dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []
    finally:
        # Now, not at some later garbage collection: the destructor is what writes the settings.
        shiboken6.delete(dialog)
        forget_visited_folders()
    return chosen


def forget_visited_folders() -> None:
    """Rewrite what Qt's file dialog saved of visited folders so that only the home folder is left."""
    home = QUrl.fromLocalFile(QDir.homePath()).toString()
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup(_GROUP)
    settings.setValue("history", [])
    settings.setValue("lastVisited", home)
    settings.setValue("shortcuts", [home])
    settings.endGroup()
    settings.sync()

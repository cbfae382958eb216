"""Every modal question the app asks goes through this service, so tests can answer in advance
(KeePassXC's MessageBox::setNextAnswer idea) and no test ever blocks on a dialog."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from app.gui import file_dialogs


class Dialogs(QObject):
    def error(self, parent: QWidget | None, text: str) -> None:
        QMessageBox.critical(parent, self.tr("Threatlog"), text)

    def info(self, parent: QWidget | None, text: str) -> None:
        QMessageBox.information(parent, self.tr("Threatlog"), text)

    def confirm(self, parent: QWidget | None, text: str) -> bool:
        answer = QMessageBox.question(parent, self.tr("Threatlog"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def ask_text(self, parent: QWidget | None, title: str, question: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, question)
        return text if ok else None

    # Qt's own dialog (not the desktop's), so the OS's "recent files" lists never learn evidence
    # names; file_dialogs also erases the folders Qt's dialog itself remembers.
    def open_files(self, parent: QWidget | None, title: str) -> list[str]:
        return file_dialogs.choose(parent, title, QFileDialog.FileMode.ExistingFiles)

    def open_file(self, parent: QWidget | None, title: str, name_filter: str = "") -> str | None:
        return next(iter(file_dialogs.choose(parent, title, QFileDialog.FileMode.ExistingFile, name_filter)), None)

    def save_file(self, parent: QWidget | None, title: str, suggested: str, name_filter: str = "") -> str | None:
        chosen = file_dialogs.choose(parent, title, QFileDialog.FileMode.AnyFile, name_filter, suggested, save=True)
        return next(iter(chosen), None)

    def folder(self, parent: QWidget | None, title: str) -> str | None:
        return next(iter(file_dialogs.choose(parent, title, QFileDialog.FileMode.Directory)), None)

"""Every modal question the app asks goes through this service, so tests can answer in advance
(KeePassXC's MessageBox::setNextAnswer idea) and no test ever blocks on a dialog."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


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

    def open_files(self, parent: QWidget | None, title: str) -> list[str]:
        # The non-native dialog keeps the OS's "recent files" lists from learning evidence names.
        files, _ = QFileDialog.getOpenFileNames(parent, title, "", "", "",
                                                QFileDialog.Option.DontUseNativeDialog)
        return files

    def open_file(self, parent: QWidget | None, title: str, name_filter: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter, "",
                                              QFileDialog.Option.DontUseNativeDialog)
        return path or None

    def save_file(self, parent: QWidget | None, title: str, suggested: str, name_filter: str = "") -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter, "",
                                              QFileDialog.Option.DontUseNativeDialog)
        return path or None

    def folder(self, parent: QWidget | None, title: str) -> str | None:
        path = QFileDialog.getExistingDirectory(parent, title, "", QFileDialog.Option.DontUseNativeDialog)
        return path or None

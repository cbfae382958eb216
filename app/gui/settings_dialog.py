"""The settings dialog: how the app behaves on this computer, nothing about what the vault holds.

OK writes the settings file at once (so a crash right after cannot lose the choice); Cancel
leaves it untouched. `changed` tells the main window to apply what can change while running,
such as the auto-lock time.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget,
)

from app.gui.services import Services
from app.gui.translations import LANGUAGES

MAX_AUTO_LOCK_MINUTES = 240


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5d6d7e;")
    return label


class SettingsDialog(QDialog):
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = services.settings
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.setMinimumWidth(460)  # room for the hints to read as sentences, not ragged columns

        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setAccessibleName(self.tr("Lock after minutes without activity"))
        self.auto_lock.setAccessibleDescription(self.tr("0 = never"))
        self.auto_lock.setValue(self._settings.auto_lock_minutes)
        # A number field as wide as the dialog reads as a text box; keep it at its natural width.
        self.auto_lock.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        self.blur_all = QCheckBox(self.tr("&Blur all media until I reveal it"))
        self.blur_all.setChecked(self._settings.blur_all_media)

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System default"), "")  # the only item translated: the rest are endonyms
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        index = self.language.findData(self._settings.language)
        self.language.setCurrentIndex(max(0, index))  # an unknown stored code falls back to System

        form = QFormLayout()
        lock_row = QHBoxLayout()
        lock_row.addWidget(self.auto_lock)
        lock_row.addWidget(_hint(self.tr("0 = never")))  # beside the number, where the eye is
        lock_row.addStretch(1)
        lock_label = QLabel(self.tr("&Lock after:"))
        lock_label.setBuddy(self.auto_lock)
        form.addRow(lock_label, lock_row)
        form.addRow("", _hint(self.tr("Threatlog locks itself after this many minutes without use.")))
        form.addRow(self.blur_all)
        form.addRow("", _hint(self.tr("Media of incidents marked sensitive is always blurred, "
                                      "whatever you choose here.")))
        form.addRow(self.tr("Lan&guage:"), self.language)
        form.addRow("", _hint(self.tr("Applies the next time Threatlog starts.")))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        before = (self._settings.auto_lock_minutes, self._settings.blur_all_media, self._settings.language)
        after = (self.auto_lock.value(), self.blur_all.isChecked(), str(self.language.currentData() or ""))
        if after != before:
            self._settings.auto_lock_minutes = after[0]
            self._settings.blur_all_media = after[1]
            self._settings.language = after[2]
            self._settings.sync()
            self.changed.emit()
        super().accept()

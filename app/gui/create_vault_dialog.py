"""Creating a vault: a passphrase typed twice with a strength hint, then the recovery code shown
once, with an explicit "I have written it down" before the vault opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QStackedWidget,
                               QVBoxLayout, QWidget)

from app.core.storage.vault import MIN_PASSPHRASE_CHARS, Vault
from app.gui.services import Services
from app.translate import describe


def passphrase_strength(passphrase: str) -> int:
    """0 (too short) to 4 (strong): a rough hint, not a guarantee. Length matters most, as in
    several random words; variety of characters adds a little."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        return 0
    classes = sum(any(test(c) for c in passphrase) for test in (str.islower, str.isupper, str.isdigit,
                                                                 lambda c: not c.isalnum()))
    words = len(passphrase.split())
    score = 1 + (len(passphrase) >= 14) + (len(passphrase) >= 20 or words >= 4) + (classes >= 3)
    return min(score, 4)


class CreateVaultDialog(QDialog):
    created = Signal(object)  # the open Vault

    def __init__(self, services: Services, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._folder = folder
        self._vault: Vault | None = None
        self.setWindowTitle(self.tr("Create a vault"))
        self.setMinimumWidth(520)
        self._pages = QStackedWidget()
        self._pages.addWidget(self._passphrase_page())
        self._pages.addWidget(self._recovery_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self._pages)

    def _passphrase_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr(
            "Everything you log is encrypted with a key protected by this passphrase. Choose several "
            "words only you know. Nobody — not even the makers of Threatlog — can recover it."))
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.hint = QLabel()
        self.hint.setAccessibleName(self.tr("Passphrase strength"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b03a2e;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow("", self.hint)
        where = QLabel(self.tr("Vault folder: %1").replace("%1", str(self._folder)))
        where.setWordWrap(True)
        where.setStyleSheet("color: #5d6d7e;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.addButton(self.tr("Create vault"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        for field in (self.passphrase, self.repeat):
            field.textChanged.connect(self._update_hint)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(where)
        layout.addWidget(self.error)
        layout.addStretch()
        layout.addWidget(buttons)
        self._update_hint()
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr(
            "<b>Your recovery code.</b> Write it on paper and keep it somewhere safe, away from this "
            "computer. If you forget your passphrase, this code is the only way back into your vault. "
            "It is shown only now."))
        intro.setWordWrap(True)
        self.code = QLabel()
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)  # copying it would leave it in the clipboard
        code_font = QFont("monospace")
        code_font.setStyleHint(QFont.StyleHint.Monospace)
        code_font.setPointSize(18)
        code_font.setBold(True)
        self.code.setFont(code_font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setStyleSheet("padding: 16px; background: #f4f6f8; border: 1px solid #d5dbdf; border-radius: 6px;")
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.written = QCheckBox(self.tr("I have &written it down"))
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(self.tr("Open my vault"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setEnabled(False)
        self.written.toggled.connect(self.open_button.setEnabled)
        buttons.accepted.connect(self._finish)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.code)
        layout.addWidget(self.written)
        layout.addStretch()
        layout.addWidget(buttons)
        return page

    def _update_hint(self) -> None:
        text = self.passphrase.text()
        labels = (self.tr("Too short: at least %1 characters.").replace("%1", str(MIN_PASSPHRASE_CHARS)),
                  self.tr("Weak: add more words."), self.tr("Fair: longer is better."),
                  self.tr("Good."), self.tr("Strong."))
        colors = ("#b03a2e", "#b03a2e", "#b9770e", "#1e8449", "#1e8449")
        strength = passphrase_strength(text)
        self.hint.setText(labels[strength])
        self.hint.setStyleSheet(f"color: {colors[strength]};")
        matches = text == self.repeat.text()
        self.error.setText("" if matches or not self.repeat.text() else self.tr("The two passphrases differ."))
        self.create_button.setEnabled(strength > 0 and matches)

    def _create(self) -> None:
        if not self.create_button.isEnabled():
            return
        passphrase = self.passphrase.text()
        self.create_button.setEnabled(False)
        self._services.operations.run(
            lambda ctx: Vault.create(self._folder, passphrase, self._services.kdf),
            self._show_code,
            self._failed,
            parent=self,
            label=self.tr("Creating the vault (measuring this computer's speed for the key)…"),
        )

    def _failed(self, error: BaseException) -> None:
        self.error.setText(describe(error))
        self._update_hint()

    def _show_code(self, result: tuple[Vault, str]) -> None:
        self._vault, code = result
        self.passphrase.clear()
        self.repeat.clear()
        self.code.setText(code)
        self._pages.setCurrentIndex(1)
        self.written.setFocus()

    def _finish(self) -> None:
        self.code.clear()
        # Handed over: from now on the window owns the vault. Kept here, a later reject() (locking
        # rejects every dialog) would close it under the thumbnail worker using its connection.
        vault, self._vault = self._vault, None
        if vault is not None:
            self.created.emit(vault)
        self.accept()

    def reject(self) -> None:
        # A vault already created stays valid; closing here just means it opens later with the passphrase.
        if self._vault is not None:
            self._vault.close()
        super().reject()

"""The vault's signing key, for the journalist to pass on: its fingerprint (what a lawyer types
into "Expected key" or `threatlog verify --signer`) and its OpenSSH allowed_signers line.

Both come from app.core.bundles.signing, exactly as `threatlog key` and `threatlog key --allowed-signers`
print them. The key is read off the GUI thread (it lives in the encrypted database); only the
public half is ever shown or copied.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.bundles import signing
from app.core.storage.vault import Vault
from app.gui.icons import icon
from app.gui.locking import clipboard_guard
from app.gui.services import Services
from app.gui.verify_view import CAUTION, boxed, monospace, wrapped
from app.translate import describe


class KeyDialog(QDialog):
    loaded = Signal()  # the key (or why it cannot be read) is on screen

    def __init__(self, services: Services, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # opened anew each time; none pile up hidden
        self.setWindowTitle(self.tr("This vault's signing key"))
        self.setAccessibleName(self.tr("This vault's signing key"))
        self.setWindowIcon(icon("verify"))
        self.setMinimumWidth(640)

        intro = wrapped(self.tr("Every evidence bundle you export is signed with this key. Give its fingerprint "
                                "to your lawyer by phone or in person, not with the bundle: it is how they know "
                                "a bundle really comes from you."))
        self.fingerprint = monospace(wrapped(selectable=True))
        font = QFont(self.fingerprint.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.3)
        font.setBold(True)
        self.fingerprint.setFont(font)
        self.fingerprint.setAccessibleName(self.tr("Key fingerprint"))
        self.identity = wrapped(selectable=True)
        self.identity.setAccessibleName(self.tr("Key identity"))
        self.signers_line = monospace(wrapped(selectable=True))
        self.signers_line.setAccessibleName(self.tr("allowed_signers line"))
        same = wrapped(self.tr("The command line shows the same: “threatlog key” prints the fingerprint, "
                               "“threatlog key --allowed-signers” the line."))
        same.setStyleSheet("color: #4a5561;")
        advice = boxed(wrapped(self.tr("Read the fingerprint out, or write it down for them. Anyone can copy a "
                                       "bundle's contents, but not the key's private half, which never leaves "
                                       "this vault.")), CAUTION)

        self.copy_fingerprint_button = QPushButton(self.tr("Copy &fingerprint"))
        self.copy_fingerprint_button.clicked.connect(lambda: self._copy(self.fingerprint.text()))
        self.copy_line_button = QPushButton(self.tr("Copy allowed_signers &line"))
        self.copy_line_button.clicked.connect(lambda: self._copy(self.signers_line.text()))
        for button in (self.copy_fingerprint_button, self.copy_line_button):
            button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        fingerprint_caption = QLabel(self.tr("Fingerprint:"))
        fingerprint_caption.setBuddy(self.fingerprint)
        line_caption = QLabel(self.tr("OpenSSH allowed_signers line (for “ssh-keygen -Y verify”):"))
        line_caption.setBuddy(self.signers_line)
        row = QHBoxLayout()
        row.addWidget(self.copy_fingerprint_button)
        row.addWidget(self.copy_line_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for widget in (intro, fingerprint_caption, self.fingerprint, self.identity, line_caption, self.signers_line,
                       same, advice):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(buttons)

        self.fingerprint.setText(self.tr("Reading the key…"))

        def work(_ctx: object) -> tuple[str, str, str]:
            key = signing.load(vault.connection())
            return key.fingerprint(), key.identity, key.allowed_signers_line()

        self.services.operations.run(work, self._show, self._failed)

    def _show(self, key: tuple[str, str, str]) -> None:
        if not shiboken6.isValid(self):
            return
        fingerprint, identity, line = key
        self.fingerprint.setText(fingerprint)
        self.identity.setText(self.tr("Identity in bundles: %1").replace("%1", identity))
        self.signers_line.setText(line)
        for button in (self.copy_fingerprint_button, self.copy_line_button):
            button.setEnabled(True)
        self.copy_fingerprint_button.setFocus()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        if shiboken6.isValid(self):
            self.fingerprint.setText(describe(error))
            self.loaded.emit()

    def _copy(self, text: str) -> None:
        clipboard_guard(self.services).copy_text(text)

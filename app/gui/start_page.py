"""The start screen: unlock the vault, create one, choose another folder, verify a bundle (which
needs no vault), restore a backup, or destroy the vault without unlocking it. It is also what a
locked window shows: nothing of the vault.

A vault too damaged to open for writing is offered read-only (Vault.open(read_only=True)), with
the same secret, and restoring a backup is suggested."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
                               QVBoxLayout, QWidget)

from app.core.errors import KeySlotInvalid, VaultCorrupt, VaultDamaged
from app.core.storage.vault import Vault, vault_exists
from app.gui import demo_actions
from app.gui.create_vault_dialog import CreateVaultDialog
from app.gui.icons import app_icon, icon
from app.gui.safety_actions import SafetyActions
from app.gui.services import Services
from app.translate import describe, say


class StartPage(QWidget):
    unlocked = Signal(object)  # an open Vault
    verify_requested = Signal()
    destroy_requested = Signal()

    def __init__(self, services: Services, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._folder = folder
        self._busy = False

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Threatlog"))
        title_font = QFont()
        title_font.setPointSize(20)
        title_font.setBold(True)
        title.setFont(title_font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tagline = QLabel(self.tr("An encrypted record of the threats you receive."))
        tagline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tagline.setStyleSheet("color: #5d6d7e;")

        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.folder_label.setStyleSheet("color: #5d6d7e;")
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMinimumWidth(320)
        self.secret.returnPressed.connect(self._unlock)
        self.use_recovery = QCheckBox(self.tr("Use my &recovery code instead"))
        self.use_recovery.toggled.connect(self._update_secret_hint)
        self.unlock_button = QPushButton(icon("lock"), self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: deriving the key takes about a second, by design
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setStyleSheet("color: #b03a2e;")
        self.error.setAccessibleName(self.tr("Unlock status"))
        self.create_button = QPushButton(icon("new"), self.tr("&Create a new vault…"))
        self.create_button.clicked.connect(self._create)
        self.choose_button = QPushButton(icon("folder"), self.tr("Choose another vault &folder…"))
        self.choose_button.clicked.connect(self._choose_folder)
        self.verify_button = QPushButton(icon("verify"), self.tr("&Verify a bundle… (no vault needed)"))
        self.verify_button.clicked.connect(self.verify_requested)
        self.demo_button = QPushButton(icon("eye"), self.tr("Open the de&mo (fictional, for workshops)"))
        self.demo_button.setToolTip(self.tr("A made-up case to learn and teach the app with; no passphrase needed"))
        self.demo_button.clicked.connect(lambda: self.open_demo())
        self.safety = SafetyActions(services, self)
        self.restore_button = QPushButton(icon("history"), self.tr("Restore from a &backup…"))
        self.restore_button.clicked.connect(lambda: self.safety.restore(self.set_folder))
        self.destroy_button = QPushButton(icon("delete"), self.tr("&Destroy this vault…"))
        self.destroy_button.setToolTip(self.tr("Erase this vault for good, without unlocking it"))
        self.destroy_button.clicked.connect(self.destroy_requested)
        safety_row = QHBoxLayout()
        safety_row.addWidget(self.restore_button, 1)
        safety_row.addWidget(self.destroy_button, 1)

        unlock_row = QHBoxLayout()
        unlock_row.addWidget(self.secret, 1)
        unlock_row.addWidget(self.unlock_button)
        self.unlock_box = QWidget()
        unlock_layout = QVBoxLayout(self.unlock_box)
        unlock_layout.setContentsMargins(0, 0, 0, 0)
        unlock_layout.addLayout(unlock_row)
        unlock_layout.addWidget(self.use_recovery)

        card = QFrame()
        card.setObjectName("card")
        card.setStyleSheet("#card { background: #ffffff; border: 1px solid #d5dbdf; border-radius: 10px; }")
        card.setMaximumWidth(560)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(12)
        for widget in (logo, title, tagline, self.folder_label, self.unlock_box, self.busy, self.error, self.create_button,
                       self.choose_button, self.verify_button, self.demo_button):
            inner.addWidget(widget)
        inner.addLayout(safety_row)

        outer = QVBoxLayout(self)
        outer.addStretch()
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(card, 1)
        row.addStretch()
        outer.addLayout(row)
        outer.addStretch()
        self.setStyleSheet("StartPage { background: #eef1f4; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.set_folder(folder)

    @property
    def folder(self) -> Path:
        return self._folder

    def set_folder(self, folder: Path) -> None:
        self._folder = folder
        exists = vault_exists(folder)
        self.unlock_box.setVisible(exists)
        self.create_button.setVisible(not exists)
        self.destroy_button.setVisible(exists)
        self.folder_label.setText(self.tr("Vault: %1").replace("%1", str(folder)) if exists else
                                  self.tr("There is no vault in %1 yet.").replace("%1", str(folder)))
        self.error.clear()
        self._update_secret_hint()

    def reset(self) -> None:
        """After locking: nothing typed stays in the field."""
        self.secret.clear()
        self.use_recovery.setChecked(False)
        self.set_folder(self._folder)
        self.secret.setFocus()

    def _update_secret_hint(self) -> None:
        recovery = self.use_recovery.isChecked()
        self.secret.setPlaceholderText(self.tr("Recovery code") if recovery else self.tr("Passphrase"))
        self.secret.setAccessibleName(self.secret.placeholderText())
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if recovery else QLineEdit.EchoMode.Password)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for widget in (self.secret, self.unlock_button, self.use_recovery, self.choose_button, self.create_button,
                       self.restore_button, self.destroy_button, self.demo_button):
            widget.setEnabled(not busy)

    def _unlock(self) -> None:
        if self._busy or not self.secret.text():
            return
        secret, folder, recovery = self.secret.text(), self._folder, self.use_recovery.isChecked()
        self.secret.clear()
        self._open(folder, secret, recovery, read_only=False)

    def _open(self, folder: Path, secret: str, recovery: bool, *, read_only: bool) -> None:
        self.error.setText(self.tr("Opening read-only…") if read_only else self.tr("Unlocking…"))
        self._set_busy(True)

        def work(ctx: object) -> Vault:
            if recovery:
                return Vault.open(folder, recovery_code=secret, read_only=read_only)
            return Vault.open(folder, passphrase=secret, read_only=read_only)

        def failed(error: BaseException) -> None:
            if isinstance(error, VaultDamaged) and not read_only:
                # The secret stays in this closure only until the user answers.
                self._offer_read_only(error, lambda: self._open(folder, secret, recovery, read_only=True))
            else:
                self._failed(error)

        self._services.operations.run(work, self._opened, failed)

    def open_demo(self, reset: bool = False) -> None:
        """Build the workshop demo if needed (or again, with reset) and open it, asking no passphrase."""
        if self._busy:
            return
        self.error.setText(self.tr("Rebuilding the demo…") if reset else self.tr("Opening the demo…"))
        self._set_busy(True)
        demo_actions.open_demo(self._services, reset, self._demo_opened, self._failed)

    def _demo_opened(self, vault: Vault) -> None:
        # Not _opened: the folder remembered for the next start stays the user's own vault.
        self._set_busy(False)
        self.error.clear()
        self.unlocked.emit(vault)

    def _offer_read_only(self, error: VaultDamaged, open_read_only: Callable[[], None]) -> None:
        self._set_busy(False)
        self.error.setText(self._damage_text(error))
        if self._services.dialogs.confirm(self, self.tr(
                "This vault is damaged: %1\n\nOpen it read-only? You can read, export and back up what is "
                "intact; nothing in the vault will be changed. To work in it again, restore your latest backup "
                "into a new folder.").replace("%1", say(error.damage))):
            open_read_only()

    def _opened(self, vault: Vault) -> None:
        self._set_busy(False)
        self.error.clear()
        self._services.settings.last_vault_dir = str(self._folder)
        self.unlocked.emit(vault)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        damaged = isinstance(error, (VaultCorrupt, KeySlotInvalid))
        self.error.setText(self._damage_text(error) if damaged else describe(error))
        self.secret.setFocus()

    def _damage_text(self, error: BaseException) -> str:
        detail = say(error.damage) if isinstance(error, VaultDamaged) else describe(error)
        return (self.tr("This vault cannot be opened normally: %1 Nothing was changed in it.").replace("%1", detail)
                + "\n" + self.tr("To recover, restore your latest backup into a new folder (“Restore from a "
                                 "backup…” below)."))

    def _create(self) -> None:
        dialog = CreateVaultDialog(self._services, self._folder, self)
        dialog.created.connect(self._opened)
        dialog.open()

    def _choose_folder(self) -> None:
        chosen = self._services.dialogs.folder(self, self.tr("Choose the vault folder"))
        if chosen:
            self.set_folder(Path(chosen))

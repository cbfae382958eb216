"""What the safety actions show: a backup's result, an integrity report, the destroy confirmation,
and the banner of a vault opened read-only.

The flows that lead here (choosing files, running the work off the GUI thread) are in
safety_actions.py. Problems are described by app.core in plain words (which page, which incident
and file); this module adds the verdict and the advice around them in the GUI's own, translated,
words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from app.core.checks.integrity import IntegrityReport
from app.core.errors import EvidenceDamaged
from app.core.storage.backup import BackupResult
from app.gui.icons import icon
from app.gui.locking import clipboard_guard
from app.gui.services import Services
from app.gui.verify_view import BAD, CAUTION, GOOD, boxed, monospace, wrapped
from app.translate import say


def _headline(label: QLabel, factor: float = 1.4) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0) * factor)
    font.setBold(True)
    label.setFont(font)
    return label


class _SafetyDialog(QDialog):
    """Opened anew each time and gone when closed (AppWindow keeps every window out of screen capture)."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)  # never a path or an incident: titles are visible to other programs
        self.setAccessibleName(title)


class BackupDoneDialog(_SafetyDialog):
    """The backup was written and read back: where it is, its SHA-256, and where to keep it."""

    def __init__(self, services: Services, result: BackupResult, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backup written"), parent)
        self.setWindowIcon(icon("lock"))
        self.setMinimumWidth(720)
        heading = _headline(boxed(wrapped(self.tr("The backup was written and checked.")), GOOD))
        self.path = wrapped(str(result.path), selectable=True)
        self.path.setAccessibleName(self.tr("Backup file"))
        self.sha256 = monospace(wrapped(result.sha256, selectable=True))
        self.sha256.setAccessibleName(self.tr("SHA-256 of the backup file"))
        size = wrapped(QLocale().formattedDataSize(result.size))
        advice = boxed(wrapped(self.tr(
            "It opens with the passphrase and the recovery code you have now; a later passphrase change does not "
            "reach it. Keep it away from this computer: abroad, or with someone you trust. Whoever holds it and "
            "learns your passphrase can open it, and destroying this vault does not erase it.")), CAUTION)
        note = wrapped(self.tr("Write the SHA-256 down: it lets you recognise this backup later, unaltered."))
        note.setStyleSheet("color: #4a5561;")
        copy = QPushButton(self.tr("Copy &SHA-256"))
        copy.clicked.connect(lambda: clipboard_guard(services).copy_text(result.sha256))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)

        facts = QGridLayout()
        facts.setHorizontalSpacing(16)
        facts.setColumnStretch(1, 1)
        for row, (caption, value) in enumerate(((self.tr("File:"), self.path),
                                                (self.tr("SHA-256 of the file:"), self.sha256),
                                                (self.tr("Size:"), size))):
            label = QLabel(caption)
            label.setBuddy(value)
            label.setStyleSheet("font-weight: bold;")
            facts.addWidget(label, row, 0)
            facts.addWidget(value, row, 1)
        row = QHBoxLayout()
        row.addWidget(copy)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(facts)
        layout.addWidget(note)
        layout.addWidget(advice)
        layout.addLayout(row)
        layout.addWidget(buttons)
        copy.setFocus()  # what the user does next; not a caret in the selectable path


class IntegrityReportDialog(_SafetyDialog):
    """The check's verdict first, then each check, then every problem found (which page, which item)."""

    def __init__(self, report: IntegrityReport, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Integrity check"), parent)
        self.setWindowIcon(icon("verify"))
        self.setMinimumWidth(900)
        if not report.healthy:
            self.resize(900, 760)  # room for the list of what is damaged
        self.verdict = _headline(boxed(wrapped(self._verdict(report), selectable=True),
                                       GOOD if report.healthy else BAD), 1.6)
        self.verdict.setAccessibleName(self.tr("Verdict"))
        locale = QLocale()
        counts = wrapped(self.tr("Checked: %1 pages of the database, %2 incidents, %3 evidence items (%4).")
                         .replace("%1", locale.toString(report.pages))
                         .replace("%2", locale.toString(report.incidents))
                         .replace("%3", locale.toString(report.evidence_items))
                         .replace("%4", locale.formattedDataSize(report.evidence_bytes)))
        self.stages = QTreeWidget()
        self.stages.setAccessibleName(self.tr("Checks"))
        self.stages.setHeaderLabels([self.tr("Result"), self.tr("Check"), self.tr("Details")])
        self.stages.setRootIsDecorated(False)
        self.stages.setColumnWidth(0, 110)
        self.stages.setColumnWidth(1, 300)
        for stage in report.stages:
            # The state in words as well as colour: never colour alone.
            item = QTreeWidgetItem([self.tr("OK") if stage.ok else self.tr("DAMAGED"), say(stage.name), say(stage.summary)])
            item.setForeground(0, Qt.GlobalColor.darkGreen if stage.ok else Qt.GlobalColor.red)
            self.stages.addTopLevelItem(item)
        # Exactly as tall as its rows: a healthy report is short, with no empty box under it.
        rows = max(self.stages.sizeHintForRow(0), 16) * len(report.stages)
        self.stages.setFixedHeight(self.stages.header().sizeHint().height() + rows + 2 * self.stages.frameWidth() + 4)
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("Problems found"))
        self.findings.setWordWrap(True)
        self.findings.addItems([say(f.message) for f in report.findings])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.verdict)
        layout.addWidget(counts)
        layout.addWidget(self.stages)
        if not report.healthy:
            caption = QLabel(self.tr("&What is damaged:"))
            caption.setBuddy(self.findings)
            caption.setStyleSheet("font-weight: bold;")
            layout.addWidget(caption)
            layout.addWidget(self.findings, 1)
            layout.addWidget(boxed(wrapped(self.tr(
                "Nothing was changed in the vault. To recover, lock it and restore your most recent backup into a "
                "new folder (“Restore from a backup…” on the start screen). Until then, back up what is left now "
                "(Vault ▸ Back up…): whatever is intact can still be read and exported.")), CAUTION))
        layout.addWidget(buttons)
        # Not the selectable verdict: a caret blinking in it looks like a field to type in.
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def _verdict(self, report: IntegrityReport) -> str:
        if report.healthy:
            return self.tr("Healthy: nothing in this vault is damaged.")
        return self.tr("Damaged: %n problem(s) found.", "", len(report.findings))


class DestroyDialog(_SafetyDialog):
    """Crypto-erase asks for a typed word, not a click: it cannot be undone (docs/crypto-erase.md)."""

    confirmed = Signal()

    def __init__(self, folder_text: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Destroy this vault"), parent)
        self.setWindowIcon(icon("delete"))
        self.setMinimumWidth(640)
        # Translated, so that the user types a word of their own language.
        self.word = self.tr("DESTROY")
        warning = _headline(boxed(wrapped(self.tr(
            "This erases the vault for good. Nobody, not even you with your passphrase or recovery code, will "
            "ever open it again. This cannot be undone.")), BAD), 1.2)
        where = wrapped(self.tr("Vault: %1").replace("%1", folder_text), selectable=True)
        how = wrapped(self.tr(
            "First the key that unlocks the vault is overwritten and deleted: without it, nobody can decrypt the "
            "vault's contents. Then the vault's files are overwritten and deleted. No passphrase is needed."))
        copies = boxed(wrapped(self.tr(
            "Backups and other copies are not touched: each still opens with the passphrase it was made with. "
            "Destroy them separately, or keep them where nobody can force you to hand them over.")), CAUTION)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Confirmation word"))
        self.typed.setPlaceholderText(self.word)
        prompt = QLabel(self.tr("To confirm, type %1 here:").replace("%1", self.word))
        prompt.setBuddy(self.typed)
        prompt.setStyleSheet("font-weight: bold;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.destroy_button = QPushButton(icon("delete"), self.tr("&Destroy the vault"))
        self.destroy_button.setStyleSheet(f"QPushButton:enabled {{ color: {BAD[1]}; font-weight: bold; }}")
        self.destroy_button.setAutoDefault(False)  # Enter in the field must not erase by accident
        self.destroy_button.setEnabled(False)
        self.destroy_button.clicked.connect(self._confirm)
        buttons.addButton(self.destroy_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.typed.textChanged.connect(lambda text: self.destroy_button.setEnabled(self._matches(text)))

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for widget in (warning, where, how, copies, prompt, self.typed):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.typed.setFocus()

    def _matches(self, text: str) -> bool:
        return text.strip() == self.word

    def _confirm(self) -> None:
        if self._matches(self.typed.text()):
            self.accept()
            self.confirmed.emit()


def read_only_banner() -> QLabel:
    """Above a vault opened read-only: why, and what the user can and cannot do."""
    text = QCoreApplication.translate(
        "ReadOnlyBanner", "Read-only: this vault is damaged, so nothing can be changed in it. You can read, export "
        "and back up what is intact (Vault ▸ Check integrity… shows what is damaged). To work again, restore your "
        "latest backup into a new folder from the start screen.")
    banner = boxed(wrapped(text), BAD)
    banner.setObjectName("read-only-banner")
    banner.setAccessibleName(QCoreApplication.translate("ReadOnlyBanner", "Read-only vault"))
    return banner


def evidence_damaged_text(error: EvidenceDamaged) -> str:
    """An export refused because evidence it would carry is damaged: which items, and what now."""
    items = "\n".join(f"• {line}" for line in say(error.damage).splitlines())
    return "\n\n".join((
        QCoreApplication.translate("EvidenceDamaged", "Some evidence in this vault is damaged, so no bundle was "
                                   "written:"),
        items,
        QCoreApplication.translate("EvidenceDamaged", "Incidents whose evidence is intact can still be exported: "
                                   "choose them alone. Vault ▸ Check integrity… shows everything that is damaged; "
                                   "to recover, restore your latest backup into a new folder from the start "
                                   "screen.")))

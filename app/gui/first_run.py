"""The first-run guide: four short pages on the first start, skippable, shown again from Help.

What is stored where, why a forgotten passphrase needs the recovery code, how to lock fast, and
how to look after yourself while logging threats. A QWizard, so that Back, Next, Skip (Escape) and
Start (Enter) work from the keyboard. It asks nothing: closing it in any way counts as seen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from app.gui.locking import PANIC_KEYS
from app.gui.services import Services
from app.gui.settings import default_settings_path


def _key(sequence: QKeySequence) -> str:
    """A shortcut as this platform writes it (Ctrl+Shift+L, or ⇧⌘L on a Mac)."""
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def _page(title: str, paragraphs: list[str]) -> QWizardPage:
    page = QWizardPage()
    page.setTitle(title)
    layout = QVBoxLayout(page)
    for text in paragraphs:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(label)
    layout.addStretch(1)
    return page


class FirstRunGuide(QWizard):
    def __init__(self, services: Services, vault_folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Threatlog"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # the same look on every platform
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setMinimumSize(560, 400)
        # Qt's own wizard buttons have no Azerbaijani; and "Cancel" would read as undoing something.
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Skip the guide"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start"))
        minutes = services.settings.auto_lock_minutes
        idle = (self.tr("Threatlog also locks itself after %n minute(s) without use; you can change this in "
                        "Settings.", "", minutes) if minutes else
                self.tr("You can make Threatlog lock itself after some minutes without use, in Settings."))
        for title, paragraphs in (
            (self.tr("What is stored where"), [
                self.tr("Everything you record (incidents, evidence files, their history and custody log) is "
                        "kept in one vault folder, encrypted with your passphrase:"),
                vault_folder,
                self.tr("Threatlog writes nothing else about your incidents to this computer. A small settings "
                        "file holds only the language, the lock time and which folder your vault is in:"),
                str(default_settings_path()),
                self.tr("To keep a copy, use Vault › Back up: the backup is encrypted too."),
            ]),
            (self.tr("Your passphrase and recovery code"), [
                self.tr("Nobody can reset your passphrase: there is no account and no server, and the "
                        "developers cannot open your vault either. That is what keeps it safe if the computer "
                        "is taken."),
                self.tr("When you create a vault, Threatlog shows a recovery code once. It is the only other "
                        "way in. Write it on paper and keep it somewhere safe, away from this computer."),
            ]),
            (self.tr("Lock fast"), [
                self.tr("%1 or %2 hides everything at once, locks the vault and minimizes the window.")
                .replace("%1", _key(PANIC_KEYS[0])).replace("%2", _key(PANIC_KEYS[1])),
                self.tr("%1 locks the vault without minimizing.").replace("%1", _key(QKeySequence("Ctrl+L"))),
                idle,
            ]),
            (self.tr("Look after yourself"), [
                self.tr("Reading threats again takes a toll. Take breaks; nothing has to be logged in one "
                        "sitting, and a draft can wait."),
                self.tr("You can ask a person you trust to do the logging for you, on your computer or on "
                        "theirs, with their own vault."),
                self.tr("Pictures and videos of an incident marked sensitive stay blurred until you choose to "
                        "reveal them. In Settings you can blur all media."),
                self.tr("You can see this guide again from Help › First-run guide."),
            ]),
        ):
            self.addPage(_page(title, paragraphs))


def show_guide(services: Services, vault_folder: str, parent: QWidget | None = None) -> FirstRunGuide:
    """Open the guide; however it is closed (finished, skipped, window closed), it counts as seen."""
    guide = FirstRunGuide(services, vault_folder, parent)
    guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def seen() -> None:
        services.settings.guide_seen = True
        services.settings.sync()

    guide.finished.connect(seen)
    guide.open()
    return guide


def show_guide_on_first_run(services: Services, vault_folder: str, parent: QWidget | None = None) \
        -> FirstRunGuide | None:
    if services.settings.guide_seen:
        return None
    return show_guide(services, vault_folder, parent)

"""The safety actions of the desktop app: back up, check, restore, destroy (docs/cli.md has the
same four as commands).

Each asks what it needs (a file, a folder, a typed confirmation), runs app.core's own function in
a worker through Operations (progress, cancel, the result back on the GUI thread), and shows the
outcome. Destroying needs no passphrase and works on a locked vault: a user under duress must be
able to erase without unlocking first (docs/crypto-erase.md).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QWidget

from app.core.checks import integrity
from app.core.checks.integrity import IntegrityReport
from app.core.errors import OperationCancelled
from app.core.storage import backup, erase
from app.core.storage.backup import BackupResult, RestoreResult
from app.core.storage.erase import DestroyResult
from app.core.storage.vault import Vault
from app.gui.operations import OperationContext
from app.gui.safety_dialogs import BackupDoneDialog, DestroyDialog, IntegrityReportDialog
from app.gui.services import Services
from app.translate import describe


def suggested_backup_name(today: date | None = None) -> str:
    """The date only: a file name is seen by anyone who looks at the disk, so it says nothing else."""
    return f"threatlog-backup-{today or date.today():%Y-%m-%d}.zip"


class SafetyActions(QObject):
    # For tests and screenshots: each fires on the GUI thread after its result is on screen.
    backed_up = Signal(object)  # BackupResult
    checked = Signal(object)  # IntegrityReport
    restored = Signal(object)  # RestoreResult
    destroyed = Signal(object)  # DestroyResult
    ended = Signal()  # any of them finished: success, cancel or failure

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self._parent = parent

    # --- back up --------------------------------------------------------------------------------

    def back_up(self, vault: Vault) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target = self.services.dialogs.save_file(self._parent, self.tr("Save the backup"),
                                                 str(Path(folder) / suggested_backup_name()),
                                                 self.tr("Threatlog backups (*.zip)"))
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")

        def work(ctx: OperationContext) -> BackupResult:
            return backup.backup(vault, path, ctx.report, ctx.cancelled)

        self._run(work, self._backed_up, self.tr("Writing and checking the backup…"))

    def _backed_up(self, result: BackupResult) -> None:
        BackupDoneDialog(self.services, result, self._parent).open()
        self.backed_up.emit(result)

    # --- check ----------------------------------------------------------------------------------

    def check(self, vault: Vault) -> None:
        def work(ctx: OperationContext) -> IntegrityReport:
            return integrity.check(vault, ctx.report, ctx.cancelled)

        self._run(work, self._checked, self.tr("Checking every page and every evidence item…"))

    def _checked(self, report: IntegrityReport) -> None:
        IntegrityReportDialog(report, self._parent).open()
        self.checked.emit(report)

    # --- restore --------------------------------------------------------------------------------

    def restore(self, open_folder: Callable[[Path], None]) -> None:
        """Restore a backup into a new, empty folder; offer to open it there (with its passphrase)."""
        dialogs = self.services.dialogs
        source = dialogs.open_file(self._parent, self.tr("Choose the backup to restore"),
                                   self.tr("Threatlog backups (*.zip);;All files (*)"))
        if not source:
            return
        target = dialogs.folder(self._parent, self.tr("Choose a new, empty folder for the restored vault"))
        if not target:
            return
        source_path, folder = Path(source), Path(target)

        def work(ctx: OperationContext) -> RestoreResult:
            return backup.restore(source_path, folder, ctx.report, ctx.cancelled)

        def done(result: RestoreResult) -> None:
            self.restored.emit(result)
            if dialogs.confirm(self._parent, self.tr(
                    "The backup of %1 was restored into %2. It opens with the passphrase and the recovery code "
                    "that were in force when the backup was made.\n\nOpen it now?")
                    .replace("%1", result.backup_created_at).replace("%2", str(result.folder))):
                open_folder(result.folder)

        self._run(work, done, self.tr("Checking and restoring the backup…"))

    # --- destroy --------------------------------------------------------------------------------

    def destroy(self, folder: Path, lock: Callable[[], None], after: Callable[[Path], None]) -> DestroyDialog:
        """Ask for the typed word; then `lock` (closing any open vault), erase, and call `after`."""
        dialog = DestroyDialog(str(folder), self._parent)

        def erase_now() -> None:
            lock()  # the running app must not hold the key, nor a connection to the files

            def work(ctx: OperationContext) -> DestroyResult:
                return erase.destroy_vault(folder, ctx.report)

            def done(result: DestroyResult) -> None:
                settings = self.services.settings
                if settings.last_vault_dir == str(folder):
                    settings.last_vault_dir = ""  # a path in the settings would show where a vault was
                after(folder)
                self._tell_destroyed(result)
                self.destroyed.emit(result)

            self._run(work, done, self.tr("Destroying the vault…"), cancellable=False,
                      also_on_failure=lambda: after(folder))

        dialog.confirmed.connect(erase_now)
        dialog.open()
        return dialog

    def _tell_destroyed(self, result: DestroyResult) -> None:
        lines = [self.tr("The vault is destroyed: its key is overwritten and deleted, so nobody can decrypt it.")]
        if result.problems:
            lines.append(self.tr("Some of its encrypted files could not be removed (their key is gone): %1")
                         .replace("%1", "; ".join(result.problems)))
        if result.leftovers:
            lines.append(self.tr("Other files in the folder were left alone: %1")
                         .replace("%1", ", ".join(result.leftovers)))
        self.services.dialogs.info(self._parent, "\n\n".join(lines))

    # --- running --------------------------------------------------------------------------------

    def _run(self, work: Callable[[OperationContext], object], on_success: Callable, label: str, *,
             cancellable: bool = True, also_on_failure: Callable[[], None] | None = None) -> None:
        def succeeded(result: object) -> None:
            if shiboken6.isValid(self._parent):
                on_success(result)
            self.ended.emit()

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(self._parent):
                if also_on_failure is not None:
                    also_on_failure()
                if isinstance(error, OperationCancelled):
                    self.services.dialogs.info(self._parent, describe(error))
                else:
                    self.services.dialogs.error(self._parent, describe(error))
            self.ended.emit()

        self.services.operations.run(work, succeeded, failed, parent=self._parent, label=label,
                                     cancellable=cancellable)

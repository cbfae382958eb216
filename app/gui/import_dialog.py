"""Importing a Telegram or WhatsApp export, e-mails or a folder of files (docs/importing.md): the
user sees what will be created, and what is already in the vault, before anything is written.

Three kinds of work, each in a worker (app.gui.operations): reading the source (importers.plan,
with progress and cancel), planning again when a choice changes (importers.replan, from what was
read), and writing (importers.apply, one transaction, with progress and cancel — a cancel rolls
back all of it). The choices are in import_choices.py, the preview in import_preview.py.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QStackedWidget,
                               QVBoxLayout, QWidget)

from app.core import importers
from app.core.errors import ImportCancelled
from app.core.importers import ImportPlan, ImportResult
from app.core.importers.common import Progress
from app.core.storage.vault import Vault
from app.gui.icons import icon
from app.gui.import_choices import ImportChoices
from app.gui.import_preview import ImportPreview
from app.gui.locking import harden_window
from app.gui.operations import Operation, OperationContext
from app.gui.services import Services
from app.gui.verify_view import wrapped
from app.translate import describe

_PER_MILLE = 1000


def _dropped_path(url: QUrl) -> Path | None:
    return Path(url.toLocalFile()) if url.isLocalFile() else None


def _per_mille(context: OperationContext) -> Progress:
    """Progress in bytes, passed on per mille: a progress bar counts in 32-bit ints, and an export
    with its videos passes 2 GiB."""
    def report(done: int, total: int) -> None:
        context.report(done * _PER_MILLE // total if total else 0, _PER_MILLE)
    return report


class ImportDialog(QDialog):
    planned = Signal()  # a preview (or why there is none) is on screen
    imported = Signal(object)  # ImportResult, after the commit
    import_ended = Signal()  # success, cancel or failure

    def __init__(self, services: Services, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.vault = vault
        self.plan: ImportPlan | None = None  # the plan on screen; the one "Import" writes
        self._path: Path | None = None
        self._generation = 0
        self._writing: Operation | None = None
        # Message texts are on screen: they leave memory with the dialog, not at the next lock.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Import messages"))
        self.setAccessibleName(self.tr("Import messages"))
        self.setWindowIcon(icon("attach"))
        self.setAcceptDrops(True)
        self.resize(1100, 760)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._source_page())
        self.pages.addWidget(self._preview_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # --- page 1: what to import -----------------------------------------------------------------

    def _source_page(self) -> QWidget:
        intro = wrapped(self.tr(
            "Import the messages you received, each as an incident with its original kept as evidence:\n"
            "• a Telegram Desktop export (“Machine-readable JSON”: result.json or its folder)\n"
            "• a WhatsApp chat export (the .zip your phone shares, or its folder)\n"
            "• e-mails (.eml files, or an .mbox mailbox)\n"
            "• a folder of screenshots or other files\n\n"
            "Nothing is written until you have seen what will be created and pressed “Import”."))
        self.choose_file_button = QPushButton(icon("attach"), self.tr("Choose a &file…"))
        self.choose_file_button.clicked.connect(self.choose_file)
        self.choose_folder_button = QPushButton(icon("folder"), self.tr("Choose a f&older…"))
        self.choose_folder_button.clicked.connect(self.choose_folder)
        drop_zone = QLabel(self.tr("Or drop the export (a folder, a .zip, .json, .eml or .mbox file) here."))
        drop_zone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        drop_zone.setWordWrap(True)
        drop_zone.setStyleSheet("QLabel { color: #4a5561; border: 2px dashed #b7c0c8; border-radius: 10px;"
                                " padding: 24px; }")
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_file_button)
        buttons.addWidget(self.choose_folder_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        close.rejected.connect(self.reject)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(drop_zone, 1)
        layout.addWidget(close)
        return page

    # The file dialogs start where Qt starts them, never in a remembered folder: remembering it
    # would keep, in the settings, where this person stores the threats they receive.
    def choose_file(self) -> None:
        path = self.services.dialogs.open_file(
            self, self.tr("Choose the export to import"),
            self.tr("Exports (*.json *.zip *.txt *.eml *.mbox);;All files (*)"))
        if path:
            self.read(Path(path))

    def choose_folder(self) -> None:
        path = self.services.dialogs.folder(self, self.tr("Choose the export folder, or a folder of files"))
        if path:
            self.read(Path(path))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        urls = event.mimeData().urls()
        if self._writing is None and len(urls) == 1 and _dropped_path(urls[0]) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        urls = event.mimeData().urls()
        path = _dropped_path(urls[0]) if len(urls) == 1 and self._writing is None else None
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.read(path)

    # --- reading and planning -------------------------------------------------------------------

    def read(self, path: Path, reread: bool = False) -> None:
        """Read the source whole (in a worker, cancellable) and show what importing it would do.

        A new source is read with the choices on screen but all of its chats and senders and its
        kind detected; reading the same source again (`reread`) keeps every choice."""
        self._generation += 1
        generation, vault = self._generation, self.vault
        options = self.choices.options()
        if not reread:
            options = replace(options, kind=None, chats=(), senders=())
        self.import_button.setEnabled(False)

        def work(context: OperationContext) -> ImportPlan:
            return importers.plan(path, options, vault, _per_mille(context), context.cancelled)

        def done(plan: ImportPlan) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._path = path
                self.choices.show_source(plan.source.kind, plan.chats, plan.senders, keep_ticks=reread)
                self._show(plan)

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self) or generation != self._generation:
                return
            message = describe(error)
            if reread:  # the preview on screen was for other times: it no longer holds
                self.plan = None
                self.preview.show_problem(message)
            if not isinstance(error, ImportCancelled):  # else the user knows: they pressed Cancel
                self.services.dialogs.error(self, message)
            self._show(self.plan)

        self.services.operations.run(work, done, failed, parent=self, label=self.tr("Reading the export…"),
                                     cancellable=True)

    def replan(self) -> None:
        """Plan again from what was read, for the choices now on screen; older answers are dropped."""
        if self.plan is None:
            return
        self._generation += 1
        generation, vault, source, options = self._generation, self.vault, self.plan.source, self.choices.options()
        self.import_button.setEnabled(False)
        if self.choices.nothing_ticked():
            self.preview.show_problem(self.tr("Tick at least one chat and one sender to import."))
            self.planned.emit()
            return
        self.preview.show_working(self.tr("Working out what would be imported…"))

        def done(plan: ImportPlan) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show(plan)

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.preview.show_problem(describe(error))
                self.planned.emit()

        self.services.operations.run(lambda _context: importers.replan(source, options, vault), done, failed)

    def reread(self) -> None:
        """The date order or time zone changed how the source's times read: read it again."""
        if self._path is not None:
            self.read(self._path, reread=True)

    def _show(self, plan: ImportPlan | None) -> None:
        """Show a plan (page 2), or after a failure keep the page the user was on."""
        self.plan = plan
        if plan is not None:
            self.pages.setCurrentIndex(1)
            self.preview.show_plan(plan)
            self.import_button.setText(self.tr("&Import %n incident(s)", "", len(plan.incidents)))
        self.import_button.setEnabled(plan is not None and bool(plan.incidents))
        self.planned.emit()

    # --- page 2: the preview and the choices ----------------------------------------------------

    def _preview_page(self) -> QWidget:
        self.preview = ImportPreview()
        self.choices = ImportChoices()
        self.choices.replan_wanted.connect(self.replan)
        self.choices.reread_wanted.connect(self.reread)
        choices_scroll = QScrollArea()
        choices_scroll.setWidgetResizable(True)
        choices_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long names elide
        choices_scroll.setWidget(self.choices)
        choices_scroll.setFixedWidth(370)  # the incidents table gets the rest
        self.import_button = QPushButton(icon("attach"), self.tr("&Import"))
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        other = QPushButton(icon("folder"), self.tr("&Other source…"))
        other.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        hint = wrapped(self.tr("One import is one transaction: if it fails or you cancel it, nothing of it is kept."))
        hint.setStyleSheet("color: #4a5561;")
        body = QHBoxLayout()
        body.addWidget(choices_scroll)
        body.addWidget(self.preview, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(body, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        return page

    # --- writing --------------------------------------------------------------------------------

    def start_import(self) -> None:
        if self.plan is None or not self.plan.incidents or self._writing is not None:
            return
        plan, vault = self.plan, self.vault
        self.pages.setEnabled(False)  # the choice is frozen while it is written

        def work(context: OperationContext) -> ImportResult:
            # importers.apply is looked up at call time, so a test can stand in for the core.
            return importers.apply(vault, plan, _per_mille(context), context.cancelled)

        self._writing = self.services.operations.run(
            work, self._imported, self._import_failed, parent=self, cancellable=True,
            label=self.tr("Importing %n incident(s)… Cancel undoes all of it.", "", len(plan.incidents)))

    def _imported(self, result: ImportResult) -> None:
        if not shiboken6.isValid(self):
            return
        self._writing = None
        self.imported.emit(result)
        self.import_ended.emit()
        self.services.dialogs.info(self, self.result_text(result))
        self.accept()

    def result_text(self, result: ImportResult) -> str:
        text = self.tr("Imported %n incident(s)", "", len(result.incident_ids))
        text += self.tr(" with %n evidence file(s).", "", result.evidence_files)
        if result.duplicates:
            text += " " + self.tr("%n item(s) were already in the vault and were not imported again.", "",
                                  result.duplicates)
        return text

    def _import_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._writing = None
        self.pages.setEnabled(True)
        if isinstance(error, ImportCancelled):
            self.services.dialogs.info(self, describe(error))
        else:
            self.services.dialogs.error(self, describe(error))
        self.import_ended.emit()

    def reject(self) -> None:
        # Esc while writing means "stop", not "hide the dialog": the import is cancelled (and rolled
        # back) and the dialog stays until it says so. Locking deletes it anyway.
        if self._writing is not None:
            self._writing.context.cancel()
            return
        super().reject()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # A window of its own showing the messages' texts: keep it out of screen capture too.
        harden_window(self)
        super().showEvent(event)

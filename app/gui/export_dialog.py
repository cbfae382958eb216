"""Exporting a signed evidence bundle: the user sees exactly what leaves the device before
anything is written (DOMAIN.md: "The user decides what leaves the device; the export shows it
before writing").

The preview is app.core.bundles.bundle's own plan (`bundle.preview`), computed off the GUI thread each
time the choice changes; "Export…" writes that same plan with `export_bundle`, cancellable, and
nothing but the zip the user named is ever written. The result page gives the two things the
recipient needs by another channel: the zip's SHA-256 and the key fingerprint.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QLocale, QStandardPaths, Qt, Signal
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QPushButton, QRadioButton, QStackedWidget, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from app.core.bundles import bundle, signing
from app.core.bundles.bundle import ExportPreview, ExportResult, Selection
from app.core.errors import EvidenceDamaged, ExportCancelled
from app.core.records.search import Filter
from app.core.storage.vault import Vault
from app.gui.icons import icon
from app.gui.locking import clipboard_guard, harden_window
from app.gui.operations import Operation, OperationContext
from app.gui.safety_dialogs import evidence_damaged_text
from app.gui.services import Services
from app.gui.translations import LANGUAGES
from app.gui.verify_view import BAD, CAUTION, GOOD, boxed, headline, monospace, wrapped
from app.translate import describe, report_language

# A preview lists what leaves; past this many incidents the list says how many more there are.
MAX_LISTED_INCIDENTS = 300
_Args = tuple[Selection, bool, bool]


def _labelled(caption: str, widget: QWidget) -> QHBoxLayout:
    """A caption, its buddy (so its mnemonic reaches the widget), and the widget taking the rest of the row."""
    row = QHBoxLayout()
    label = QLabel(caption)
    label.setBuddy(widget)
    row.addWidget(label)
    row.addWidget(widget, 1)
    return row


def _hint(text: str) -> QLabel:
    label = wrapped(text)
    label.setStyleSheet("color: #4a5561; margin-left: 26px;")  # under its checkbox's text, not its box
    return label


class ExportDialog(QDialog):
    previewed = Signal()  # a preview (or its failure) is on screen
    exported = Signal(object)  # ExportResult
    export_ended = Signal()  # success, cancel or failure

    def __init__(self, services: Services, vault: Vault, filter: Filter, selected_id: str | None,  # noqa: A002
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.vault = vault
        self._filter = filter
        self._selected_id = selected_id
        self._generation = 0
        self._shown: tuple[_Args, ExportPreview] | None = None
        self._fingerprint = ""
        self.result: ExportResult | None = None
        self.verify_dialog: QDialog | None = None
        self._export: Operation | None = None
        self._written: ExportPreview | None = None  # the plan being (or last) written
        # Incident titles are on screen: they leave memory with the dialog, not at the next lock.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Export an evidence bundle"))
        self.setAccessibleName(self.tr("Export an evidence bundle"))
        self.setWindowIcon(icon("export"))
        self.resize(880, 820)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.refresh_preview()

    # --- page 1: what to export, and the preview ------------------------------------------------

    def _choice_page(self) -> QWidget:
        scope_box = QGroupBox(self.tr("Which incidents"))
        self.scope_selected = QRadioButton(self.tr("The &selected incident"))
        self.scope_listed = QRadioButton(self.tr("The incidents &listed now (your current search and filters)"))
        self.scope_all = QRadioButton(self.tr("&All incidents"))
        self.scope_selected.setEnabled(self._selected_id is not None)
        filtered = self._filter != Filter()
        self.scope_listed.setEnabled(filtered)
        if not filtered:
            self.scope_listed.setToolTip(self.tr("No search or filter is active: that would be all incidents."))
        self.scope = QButtonGroup(self)
        scope_layout = QVBoxLayout(scope_box)
        for button in (self.scope_selected, self.scope_listed, self.scope_all):
            self.scope.addButton(button)
            scope_layout.addWidget(button)
        scope_layout.addWidget(_hint(self.tr("Deleted incidents are never exported.")))
        default = self.scope_selected if self._selected_id else self.scope_listed if filtered else self.scope_all
        default.setChecked(True)
        self.scope.buttonToggled.connect(lambda _button, checked: checked and self.refresh_preview())

        include_box = QGroupBox(self.tr("What to include"))
        self.include_notes = QCheckBox(self.tr("Include private &notes"))
        self.include_location = QCheckBox(self.tr("Include locations (&place of each incident)"))
        include_layout = QVBoxLayout(include_box)
        include_layout.addWidget(self.include_notes)
        include_layout.addWidget(_hint(self.tr("Notes are private: what you wrote for yourself. They stay on this "
                                               "device unless you tick this.")))
        include_layout.addWidget(self.include_location)
        include_layout.addWidget(_hint(self.tr("A location can endanger you or witnesses. Leave it out unless the "
                                               "recipient needs it.")))
        for box in (self.include_notes, self.include_location):
            box.toggled.connect(lambda _checked: self.refresh_preview())
        self.report_language = QComboBox()
        for code, name in LANGUAGES:
            self.report_language.addItem(name, code)
        spoken = QLocale().name().split("_")[0]
        self.report_language.setCurrentIndex(max(0, self.report_language.findData(spoken)))
        include_layout.addLayout(_labelled(self.tr("&Language of the report:"), self.report_language))
        include_layout.addWidget(_hint(self.tr("The report (report.pdf) is written in this language; the files, "
                                               "the data and VERIFY.txt are the same in every language.")))

        preview_box = QGroupBox(self.tr("What will leave this device"))
        self.summary = headline(wrapped(selectable=True))
        self.summary.setAccessibleName(self.tr("Summary"))
        self.gps_warning = boxed(wrapped(selectable=True), BAD)
        self.gps_warning.setAccessibleName(self.tr("Location warnings"))
        self.left_out = wrapped(selectable=True)
        self.left_out.setAccessibleName(self.tr("Left out or included"))
        self.contents = QTreeWidget()
        self.contents.setAccessibleName(self.tr("Incidents and files in the bundle"))
        self.contents.setHeaderLabels([self.tr("Incident or file"), self.tr("Size"), self.tr("Location data")])
        self.contents.setColumnWidth(0, 470)
        self.contents.setColumnWidth(1, 110)
        self.contents.setUniformRowHeights(True)
        self.signer = monospace(wrapped(selectable=True))
        self.signer.setAccessibleName(self.tr("Signing key"))
        preview_layout = QVBoxLayout(preview_box)
        for widget in (self.summary, self.gps_warning, self.left_out):
            preview_layout.addWidget(widget)
        preview_layout.addWidget(self.contents, 1)
        # The files above are not all that leaves: say what the bundle adds around them.
        also = wrapped(self.tr("Also in the bundle: these incidents as a readable report (PDF), a spreadsheet and a "
                               "data file; the custody-log entries about them (other entries only as links, without "
                               "content); this vault's public key and instructions for checking the bundle."))
        also.setStyleSheet("color: #4a5561;")
        preview_layout.addWidget(also)
        preview_layout.addLayout(_labelled(self.tr("Signed with this vault's key:"), self.signer))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.export_button = QPushButton(icon("export"), self.tr("&Export…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)

        intro = wrapped(self.tr("Choose what to export, then check below what will leave this device. Nothing is "
                                "written until you press “Export…” and choose where to save the bundle."))
        page = QWidget()
        top = QHBoxLayout()
        top.addWidget(scope_box, 1)
        top.addWidget(include_box, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(preview_box, 1)
        layout.addWidget(buttons)
        return page

    def chosen(self) -> _Args:
        if self.scope_selected.isChecked() and self._selected_id:
            selection = Selection(ids=(self._selected_id,))
        elif self.scope_listed.isChecked():
            selection = Selection(filter=self._filter)
        else:
            selection = Selection()
        return selection, self.include_notes.isChecked(), self.include_location.isChecked()

    def refresh_preview(self) -> None:
        """Recompute the plan for the current choice; an answer to an older choice is dropped."""
        self._generation += 1
        generation, args, vault = self._generation, self.chosen(), self.vault
        self._shown = None
        self.export_button.setEnabled(False)
        self.summary.setText(self.tr("Working out what would be exported…"))

        def work(_ctx: object) -> tuple[ExportPreview, str]:
            conn = vault.connection()
            return bundle.preview(conn, *args), signing.load(conn).fingerprint()

        def done(answer: tuple[ExportPreview, str]) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show_preview(args, *answer)

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show_preview_problem(describe(error))

        self.services.operations.run(work, done, failed)

    def _show_preview_problem(self, text: str) -> None:
        self.summary.setText(text)
        for widget in (self.gps_warning, self.left_out):
            widget.setVisible(False)
        self.contents.clear()
        self.previewed.emit()

    def _show_preview(self, args: _Args, p: ExportPreview, fingerprint: str) -> None:
        self._fingerprint = fingerprint
        if not p.incidents:
            self._show_preview_problem(self.tr("No incident matches this choice: there is nothing to export."))
            return
        self._shown = (args, p)
        size = QLocale().formattedDataSize(p.total_bytes)
        self.summary.setText(self._counts(len(p.incidents), len(p.files), size))
        warnings = [self.tr("“%1” carries a GPS position in its metadata. This original is exported unchanged, "
                            "because altering it would destroy it as evidence.").replace("%1", f.display_name)
                    for f in p.gps_files]
        if p.unread_metadata_files:
            warnings.append(self.tr("%n file(s) are not photos (videos, documents…): their metadata was not read "
                                    "and may also hold a location.", "", len(p.unread_metadata_files)))
        self.gps_warning.setText("\n".join(warnings))
        self.gps_warning.setVisible(bool(warnings))
        self.left_out.setText("\n".join(self._inclusion_lines(p)))
        self.left_out.setVisible(bool(self.left_out.text()))
        self._fill_contents(p)
        self.signer.setText(fingerprint)
        self.export_button.setEnabled(True)
        self.previewed.emit()

    def _counts(self, incidents: int, files: int, size: str) -> str:
        # One sentence for translators (word order differs between languages), its counts plural-aware.
        return (self.tr("%1, %2, %3 in total.")
                .replace("%1", self.tr("%n incident(s)", "", incidents))
                .replace("%2", self.tr("%n evidence file(s)", "", files))
                .replace("%3", size))

    def _inclusion_lines(self, p: ExportPreview) -> list[str]:
        lines = []
        if p.include_notes:
            lines.append(self.tr("Included: the private notes of %n incident(s).", "", p.incidents_with_notes))
        elif p.incidents_with_notes:
            lines.append(self.tr("Left out: the private notes of %n incident(s).", "", p.incidents_with_notes))
        if p.include_location:
            lines.append(self.tr("Included: the locations of %n incident(s).", "", p.incidents_with_location))
        elif p.incidents_with_location:
            lines.append(self.tr("Left out: the locations of %n incident(s).", "", p.incidents_with_location))
        return lines

    def _fill_contents(self, p: ExportPreview) -> None:
        self.contents.clear()
        files: dict[str, list[bundle.PlannedFile]] = {}
        for f in p.files:
            files.setdefault(f.incident_id, []).append(f)
        locale = QLocale()
        for incident_id, title in p.incidents[:MAX_LISTED_INCIDENTS]:
            item = QTreeWidgetItem([f"{title}  ({incident_id})"])
            item.setToolTip(0, title)
            for f in files.get(incident_id, []):
                gps = self.tr("GPS position inside") if f.gps_in_metadata else ""
                child = QTreeWidgetItem([f.display_name, locale.formattedDataSize(f.size), gps])
                child.setToolTip(0, f.path)
                if f.gps_in_metadata:
                    child.setForeground(2, QColor(BAD[1]))
                item.addChild(child)
            self.contents.addTopLevelItem(item)
            item.setExpanded(True)
        hidden = len(p.incidents) - MAX_LISTED_INCIDENTS
        if hidden > 0:
            self.contents.addTopLevelItem(QTreeWidgetItem([self.tr("… and %n more incident(s)", "", hidden)]))

    # --- writing --------------------------------------------------------------------------------

    def suggested_name(self) -> str:
        return f"threatlog-bundle-{date.today():%Y-%m-%d}.zip"

    def export(self) -> None:
        if self._shown is None:
            return
        args, preview = self._shown
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target = self.services.dialogs.save_file(self, self.tr("Save the evidence bundle"),
                                                 str(Path(folder) / self.suggested_name()),
                                                 self.tr("Evidence bundles (*.zip)"))
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        vault = self.vault
        language = report_language(self.report_language.currentData())
        self._written = preview
        # The choice is frozen while writing: the progress dialog appears only after a moment.
        self.pages.widget(0).setEnabled(False)

        def work(ctx: OperationContext) -> ExportResult:
            def progress(done: int, total: int) -> None:
                # Per mille, not bytes: the progress signal carries 32-bit ints, which a video
                # collection past 2 GiB would overflow.
                ctx.report(done * 1000 // total if total else 0, 1000)

            # bundle.export_bundle is looked up at call time, so a test can stand in for the core.
            return bundle.export_bundle(vault, path, *args, progress=progress, cancelled=ctx.cancelled,
                                        report_language=language)

        self._export = self.services.operations.run(
            work,
            self._exported, self._export_failed, parent=self, label=self.tr("Writing the evidence bundle…"),
            cancellable=True)

    def _exported(self, result: ExportResult) -> None:
        if not shiboken6.isValid(self):
            return
        self._export = None
        self.result = result
        self.done_path.setText(str(result.path))
        self.done_sha256.setText(result.sha256)
        self.done_fingerprint.setText(result.signer_fingerprint)
        lines = [self._counts(result.incidents, result.files, QLocale().formattedDataSize(result.payload_bytes))]
        if self._written is not None:  # say once more what went with it
            lines += self._inclusion_lines(self._written)
        self.done_summary.setText("\n".join(lines))
        self.pages.setCurrentIndex(1)
        self.verify_button.setFocus()
        self.exported.emit(result)
        self.export_ended.emit()

    def _export_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._export = None
        self.pages.widget(0).setEnabled(True)
        if isinstance(error, ExportCancelled):
            self.services.dialogs.info(self, describe(error))
        elif isinstance(error, EvidenceDamaged):
            self.services.dialogs.error(self, evidence_damaged_text(error))
        else:
            self.services.dialogs.error(self, describe(error))
        self.export_ended.emit()

    def reject(self) -> None:
        # Esc while writing means "stop", not "hide the dialog and let the result go unseen": the
        # export is cancelled and the dialog stays until it says so. (Locking deletes it anyway.)
        if self._export is not None:
            self._export.context.cancel()
            return
        super().reject()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # A top-level window of its own, showing incident titles: keep it out of screen capture too.
        harden_window(self)
        super().showEvent(event)

    # --- page 2: written ------------------------------------------------------------------------

    def _done_page(self) -> QWidget:
        heading = boxed(wrapped(self.tr("The evidence bundle was written and signed.")), GOOD)
        font = QFont(heading.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.done_summary = wrapped()
        self.done_path = wrapped(selectable=True)
        self.done_path.setAccessibleName(self.tr("Bundle file"))
        self.done_sha256 = monospace(wrapped(selectable=True))
        self.done_sha256.setAccessibleName(self.tr("SHA-256 of the bundle file"))
        self.done_fingerprint = monospace(wrapped(selectable=True))
        self.done_fingerprint.setAccessibleName(self.tr("Key fingerprint"))
        advice = boxed(wrapped(self.tr(
            "Send the SHA-256 and the key fingerprint to the recipient by another channel than the bundle itself "
            "(phone, in person, another messenger). With them, the recipient can prove that the bundle is the one "
            "you sent and that your key signed it.")), CAUTION)
        copy_sha = QPushButton(self.tr("Copy &SHA-256"))
        copy_sha.clicked.connect(lambda: clipboard_guard(self.services).copy_text(self.done_sha256.text()))
        self.copy_fingerprint_button = QPushButton(self.tr("Copy &fingerprint"))
        self.copy_fingerprint_button.clicked.connect(
            lambda: clipboard_guard(self.services).copy_text(self.done_fingerprint.text()))
        self.verify_button = QPushButton(icon("verify"), self.tr("&Verify this bundle now"))
        self.verify_button.clicked.connect(self.verify_now)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)

        facts = QGridLayout()
        facts.setHorizontalSpacing(16)
        facts.setVerticalSpacing(10)
        facts.setColumnStretch(1, 1)
        for row, (caption, value) in enumerate(((self.tr("File:"), self.done_path),
                                                (self.tr("SHA-256 of the file:"), self.done_sha256),
                                                (self.tr("Signed by key:"), self.done_fingerprint))):
            label = QLabel(caption)
            label.setBuddy(value)
            label.setStyleSheet("font-weight: bold;")
            facts.addWidget(label, row, 0)
            facts.addWidget(value, row, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(self.done_summary)
        layout.addLayout(facts)
        layout.addWidget(advice)
        row = QHBoxLayout()
        for button in (copy_sha, self.copy_fingerprint_button, self.verify_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(close)
        return page

    def verify_now(self) -> None:
        if self.result is None:
            return
        from app.gui.verify_dialog import VerifyDialog  # only when asked: the export works without it

        # The journalist's own key is known here, so the check also confirms which key signed.
        self.verify_dialog = VerifyDialog(self.services, self.parentWidget() or self, path=self.result.path,
                                          expected_signer=self.result.signer_fingerprint)
        self.verify_dialog.open()

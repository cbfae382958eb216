"""Verifying an evidence bundle, for a lawyer: choose or drop the .zip, optionally say which key
you expect, and read the answer in plain words at the top.

Needs no vault: the start screen offers it before any unlock. The check is app.core.bundles.verify's
(the same as `threatlog verify`), run off the GUI thread; the zip is never extracted. "Copy
report" copies a plain-words summary followed by exactly the lines `threatlog verify` prints.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFrame, QGridLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QProgressBar, QPushButton, QScrollArea, QTableView,
                               QTabWidget, QVBoxLayout, QWidget)

from app.core.bundles import allowed_signers
from app.core.bundles.verify import FileStatus, TrustedKeys, VerificationReport, verify_bundle
from app.core.bundles.verify_text import ProblemKind, first_problem, refused_verdict, render_verification
from app.core.errors import ArchiveRefused, ThreatlogError
from app.core.wording import Text
from app.gui.form_widgets import ERROR_COLOR
from app.gui.icons import icon
from app.gui.locking import CLEAR_AFTER_MS, clipboard_guard
from app.gui.operations import OperationContext
from app.gui.services import Services
from app.gui.verify_view import FileTable, ProofSection, VerdictBanner, enlarge_fonts, wrapped
from app.translate import describe, say

_HASH_BLOCK = 4 * 1024 * 1024


@dataclass(frozen=True)
class _Outcome:
    report: VerificationReport | None  # None: the archive was refused before anything was read
    refusal: Text | str  # why the archive was refused (a str: already in the reader's language)
    zip_sha256: str
    checked_at: str


def _check(path: Path, trusted: TrustedKeys | None, ctx: OperationContext) -> _Outcome:
    checked_at = f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M:%S} UTC"
    try:
        report: VerificationReport | None = verify_bundle(path, trusted)
        refusal = ""
    except ArchiveRefused as refused:
        report, refusal = None, refused.text
    # The file's own SHA-256 is the other anchor the sender can give by phone (`threatlog export`
    # prints it); one more read of the file, which the OS has usually just cached.
    hasher = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            while (block := f.read(_HASH_BLOCK)) and not ctx.cancelled():
                hasher.update(block)
    except OSError:
        return _Outcome(report, refusal, "", checked_at)
    return _Outcome(report, refusal, hasher.hexdigest(), checked_at)


def _zip_path(url: QUrl) -> Path | None:
    if not url.isLocalFile():
        return None
    path = Path(url.toLocalFile())
    return path if path.suffix.lower() == ".zip" else None


class VerifyDialog(QDialog):
    checked = Signal()  # a verdict (or a refusal) is on screen

    def __init__(self, services: Services, parent: QWidget | None = None, path: str | Path | None = None,
                 expected_signer: str | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # opened anew each time; none pile up hidden
        self._path: Path | None = None
        self._trust_file: str | None = None
        self._generation = 0
        self._outcome: _Outcome | None = None
        self.setWindowTitle(self.tr("Verify an evidence bundle"))
        self.setAccessibleName(self.tr("Verify an evidence bundle"))
        self.setWindowIcon(icon("verify"))
        self.setAcceptDrops(True)
        self.resize(920, 780)
        intro = wrapped(self.tr("Check whether an evidence bundle (.zip) is exactly as it was when it was signed. "
                                "Nothing is extracted and nothing is changed."))
        self.file_field = QLineEdit()
        self.file_field.setReadOnly(True)
        self.file_field.setPlaceholderText(self.tr("No bundle chosen — choose one, or drop the .zip file here"))
        self.file_field.setAccessibleName(self.tr("Bundle file"))
        self.choose_button = QPushButton(icon("folder"), self.tr("&Choose bundle…"))
        self.choose_button.clicked.connect(self.choose_bundle)
        self.signer_field = QLineEdit()
        self.signer_field.setPlaceholderText(self.tr("SHA256:… (optional)"))
        self.signer_field.setAccessibleName(self.tr("Expected key fingerprint"))
        self.signer_field.setAccessibleDescription(self.tr("The fingerprint the sender gave you by another channel"))
        self.signer_field.textEdited.connect(self._signer_typed)
        self.signer_field.returnPressed.connect(self.verify)
        self.load_signers_button = QPushButton(self.tr("&Load allowed_signers file…"))
        self.load_signers_button.clicked.connect(self.load_allowed_signers)
        self.trust_hint = wrapped(self.tr("Optional: the key fingerprint the sender gave you by phone or in person. "
                                          "Without it you still learn whether anything was changed, but not who "
                                          "signed it."))
        self.trust_hint.setStyleSheet("color: #4a5561;")
        self.input_error = wrapped()
        self.input_error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.input_error.setVisible(False)
        self.verify_button = QPushButton(icon("verify"), self.tr("&Verify"))
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.verify)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # verify_bundle reports no progress: a busy bar, with words beside it
        self.progress.setAccessibleName(self.tr("Checking"))
        self.progress.setVisible(False)
        self.status = wrapped()

        self.banner = VerdictBanner()
        self.files = FileTable(self)
        self.table = QTableView()
        self.table.setModel(self.files)
        self.table.setAccessibleName(self.tr("Files in the bundle"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.proof = ProofSection()
        proof_scroll = QScrollArea()
        proof_scroll.setWidgetResizable(True)  # long fingerprints wrap instead of being clipped
        proof_scroll.setFrameShape(QFrame.Shape.NoFrame)
        proof_scroll.setWidget(self.proof)
        self.proof.setContentsMargins(8, 8, 8, 8)
        # Tabs give the table and the proof each the full height: stacked, both were cramped.
        self.details = QTabWidget()
        self.details.setAccessibleName(self.tr("Details"))
        self.details.addTab(self.table, self.tr("Each file"))
        self.details.addTab(proof_scroll, self.tr("Signature and custody chain"))
        self.drop_zone = QLabel(self.tr("Drop the bundle (.zip) here, or press “Choose bundle…”."))
        self.drop_zone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_zone.setWordWrap(True)
        self.drop_zone.setStyleSheet("QLabel { color: #4a5561; border: 2px dashed #b7c0c8; border-radius: 10px;"
                                     " padding: 40px; }")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.copy_button = buttons.addButton(self.tr("C&opy report"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)

        # A grid rather than a QFormLayout: the form layout gave the wrapped hint a tall empty gap.
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        file_label = QLabel(self.tr("&Bundle:"))
        file_label.setBuddy(self.file_field)
        signer_label = QLabel(self.tr("Expected &key:"))
        signer_label.setBuddy(self.signer_field)
        form.addWidget(file_label, 0, 0)
        form.addWidget(self.file_field, 0, 1)
        form.addWidget(self.choose_button, 0, 2)
        form.addWidget(signer_label, 1, 0)
        form.addWidget(self.signer_field, 1, 1)
        form.addWidget(self.load_signers_button, 1, 2)
        form.addWidget(self.trust_hint, 2, 1, 1, 2)
        form.addWidget(self.input_error, 3, 1, 1, 2)
        run_row = QHBoxLayout()
        run_row.addWidget(self.verify_button)
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.status, 2)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(run_row)
        layout.addWidget(self.banner)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.drop_zone, 1)
        layout.addWidget(buttons)
        # Read by people who are not at ease with computers, sometimes on a projector: larger type.
        enlarge_fonts(self, 1.2)
        self._show_nothing()
        if expected_signer:
            self.signer_field.setText(expected_signer)
        if path is not None:
            self.set_bundle(Path(path))

    # --- input ----------------------------------------------------------------------------------

    def choose_bundle(self) -> None:
        chosen = self.services.dialogs.open_file(self, self.tr("Choose an evidence bundle"),
                                                 self.tr("Evidence bundles (*.zip);;All files (*)"))
        if chosen:
            self.set_bundle(Path(chosen))

    def set_bundle(self, path: Path) -> None:
        """Show the file and check it at once: choosing it is the request."""
        self._path = path
        self.file_field.setText(str(path))
        self.file_field.setToolTip(str(path))
        self.verify()

    def load_allowed_signers(self) -> None:
        chosen = self.services.dialogs.open_file(self, self.tr("Choose an allowed_signers file"))
        if not chosen:
            return
        # Read here only to refuse a bad file at once; the worker reads it again for the check.
        try:
            count = len(allowed_signers.read_trust_file(chosen))
        except ThreatlogError as error:
            self._input_problem(describe(error))
            return
        self._trust_file = chosen
        self.signer_field.clear()
        self.signer_field.setPlaceholderText(self.tr("%n key(s) from %1", "", count).replace("%1", Path(chosen).name))
        self._input_problem("")
        if self._path is not None:
            self.verify()

    def _signer_typed(self, _text: str) -> None:
        # A typed fingerprint replaces a loaded file: the two are alternatives, as in the CLI.
        if self._trust_file is not None:
            self._trust_file = None
            self.signer_field.setPlaceholderText(self.tr("SHA256:… (optional)"))

    def _input_problem(self, text: str) -> None:
        self.input_error.setText(text)
        self.input_error.setVisible(bool(text))

    def _trusted(self) -> TrustedKeys | None:
        """What the recipient trusts; raises ThreatlogError (shown beside the field) if unusable."""
        if self.signer_field.text().strip():
            return TrustedKeys(fingerprint=allowed_signers.parse_fingerprint(self.signer_field.text()))
        if self._trust_file is not None:
            return TrustedKeys(signers=tuple(allowed_signers.read_trust_file(self._trust_file)))
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        urls = event.mimeData().urls()
        if len(urls) == 1 and _zip_path(urls[0]) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        urls = event.mimeData().urls()
        path = _zip_path(urls[0]) if len(urls) == 1 else None
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.set_bundle(path)

    # --- the check ------------------------------------------------------------------------------

    def verify(self) -> None:
        if self._path is None:
            self.choose_bundle()
            return
        try:
            trusted = self._trusted()
        except ThreatlogError as error:
            self._input_problem(describe(error))
            self.signer_field.setFocus()
            return
        self._input_problem("")
        self._generation += 1
        generation, path = self._generation, self._path
        self._show_nothing()
        self.progress.setVisible(True)
        self.status.setText(self.tr("Checking every file of %1…").replace("%1", path.name))
        self.verify_button.setEnabled(False)

        def done(outcome: _Outcome) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show(outcome)

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show(_Outcome(None, describe(error), "", ""))

        self.services.operations.run(lambda ctx: _check(path, trusted, ctx), done, failed)

    def _show_nothing(self) -> None:
        self._outcome = None
        self.banner.clear()
        self.files.set_files(())
        self.proof.clear()
        self.details.setVisible(False)
        self.drop_zone.setVisible(True)  # it also takes up the room, so the rest does not spread out
        self.copy_button.setEnabled(False)

    def _show(self, outcome: _Outcome) -> None:
        self._outcome = outcome
        self.progress.setVisible(False)
        self.verify_button.setEnabled(True)
        self.verify_button.setText(self.tr("&Verify again"))
        self.status.setText(self.tr("Checked %1.").replace("%1", outcome.checked_at) if outcome.checked_at else "")
        report = outcome.report
        if report is None:
            self.banner.show_not_intact(self.tr("this file was refused as unsafe or unreadable, and was not opened"),
                                        say(outcome.refusal))
        else:
            problem = first_problem(report)
            if problem.kind is ProblemKind.NONE:
                sig = report.signature
                self.banner.show_intact(sig.fingerprint or "", sig.identity or "", sig.trusted)
            else:
                self.banner.show_not_intact(self.banner.reason_text(problem), say(problem.reason or ""))
            self.files.set_files(report.files)
            self.proof.show_report(report, outcome.zip_sha256)
        self.details.setVisible(report is not None)
        self.drop_zone.setVisible(report is None)  # refused: another file can be dropped right away
        if report is not None:
            problems = sum(1 for c in report.files if c.status is not FileStatus.OK)
            self.details.setTabText(0, self.tr("Each file (%1 of %2 with a problem)").replace("%1", str(problems))
                                    .replace("%2", str(len(report.files))) if problems
                                    else self.tr("Each file (all %1 unchanged)").replace("%1", str(len(report.files))))
        self.copy_button.setEnabled(True)
        # Screen readers announce a focused widget's description: the verdict, read first. (Focusing
        # the headline itself would draw a text cursor in it.)
        self.setAccessibleDescription(self.banner.headline.text())
        self.copy_button.setFocus()
        self.checked.emit()

    # --- the report -----------------------------------------------------------------------------

    def report_text(self) -> str:
        """What "Copy report" copies: the plain words, then the lines `threatlog verify` prints."""
        outcome = self._outcome
        if outcome is None or self._path is None:
            return ""
        lines = [self.tr("Verification of an evidence bundle (Threatlog)"),
                 self.tr("File: %1").replace("%1", self._path.name)]
        if outcome.zip_sha256:
            lines.append(self.tr("SHA-256 of the file: %1").replace("%1", outcome.zip_sha256))
        if outcome.checked_at:
            lines.append(self.tr("Checked: %1").replace("%1", outcome.checked_at))
        trusted = self.signer_field.text().strip() or (self._trust_file and Path(self._trust_file).name)
        lines.append(self.tr("Expected key: %1").replace("%1", trusted) if trusted
                     else self.tr("Expected key: none given"))
        banner = self.banner
        lines += ["", banner.headline.text()]
        lines += [label.text() for label in (banner.signer, banner.explanation, banner.note)
                  if label.isVisibleTo(self) and label.text()]
        technical = (render_verification(outcome.report, say) if outcome.report is not None
                     else say(refused_verdict(outcome.refusal)))
        lines += ["", self.tr("Technical report (the same as the command “threatlog verify”):"), technical]
        return "\n".join(lines) + "\n"

    def copy_report(self) -> None:
        text = self.report_text()
        if text:
            clipboard_guard(self.services).copy_text(text)
            # Say it: the guard takes the text back after a while, which would otherwise look like a bug.
            self.status.setText(self.tr("Report copied. Paste it within %1 seconds: Threatlog then clears the "
                                        "clipboard.").replace("%1", str(CLEAR_AFTER_MS // 1000)))


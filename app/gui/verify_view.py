"""What the verify dialog shows of a result: the verdict banner, the per-file table, and the
signature and custody section — in plain words first, with the technical lines underneath.

Split from verify_dialog.py, which owns choosing the bundle and running the check. The words
here are the GUI's translations; the technical lines come from app.core.bundles.verify_text, the same
ones `threatlog verify` prints.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from app.core.bundles.verify import FileCheck, FileStatus, VerificationReport
from app.core.bundles.verify_text import Problem, ProblemKind, custody_line, signature_line, status_word
from app.translate import say

# (background, text, border): each verdict also says its state in words, never by colour alone.
GOOD = ("#e7f4ea", "#14532d", "#2e7d32")
BAD = ("#fdecea", "#7f1d1d", "#b3261e")
CAUTION = ("#fff4de", "#6b4100", "#d08c00")
_STATUS_COLOURS = {FileStatus.OK: GOOD, FileStatus.ALTERED: BAD, FileStatus.MISSING: BAD, FileStatus.UNLISTED: BAD}


def boxed(label: QLabel, colours: tuple[str, str, str]) -> QLabel:
    background, text, border = colours
    label.setStyleSheet(f"QLabel {{ background: {background}; color: {text}; border: 1px solid {border};"
                        " border-radius: 6px; padding: 10px 14px; }")
    return label


def wrapped(text: str = "", *, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # bundle content is hostile: never rich text
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab, for screen readers
    return label


def headline(label: QLabel) -> QLabel:
    """The one line that sums up a preview (what an export sends, what an import creates)."""
    font = QFont(label.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.2)
    font.setBold(True)
    label.setFont(font)
    return label


def monospace(label: QLabel) -> QLabel:
    label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    return label


def enlarge_fonts(root: QWidget, factor: float) -> None:
    """Scale the text of every widget under `root` that has no font of its own.

    Not root.setFont(): a widget with a style sheet (the coloured boxes) ignores its parent's font
    and would stay small, so each widget gets the larger font explicitly.
    """
    # One absolute size from the application's font: scaling each widget's current font would
    # compound down the tree (a table, then its viewport, then its header...).
    font = QFont(QApplication.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * factor)
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            widget.setFont(font)


def file_name(path: str) -> str:
    return path.rsplit("/", 1)[-1]


class VerdictBanner(QFrame):
    """The answer at the top, in the largest type of the dialog: intact or not, and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdict")
        self.headline = wrapped(selectable=True)
        font = QFont(self.headline.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.8)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setAccessibleName(self.tr("Verdict"))
        self.signer = monospace(wrapped(selectable=True))
        mono = QFont(self.signer.font())
        mono.setPointSizeF(max(QFont().pointSizeF(), 10.0) * 1.15)  # the system's fixed font runs small
        self.signer.setFont(mono)
        self.signer.setAccessibleName(self.tr("Signing key"))
        self.explanation = wrapped(selectable=True)
        self.note = boxed(wrapped(selectable=True), CAUTION)
        self.note.setAccessibleName(self.tr("What to check"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        for widget in (self.headline, self.signer, self.explanation, self.note):
            layout.addWidget(widget)
        self.clear()

    def _paint(self, colours: tuple[str, str, str]) -> None:
        background, text, border = colours
        self.setStyleSheet(f"#verdict {{ background: {background}; border: 2px solid {border}; border-radius: 8px; }}"
                           f" #verdict > QLabel {{ color: {text}; }}")

    def clear(self) -> None:
        self.setVisible(False)
        for label in (self.headline, self.signer, self.explanation, self.note):
            label.clear()
        self.note.setVisible(False)

    def show_intact(self, fingerprint: str, identity: str, trusted: bool | None) -> None:
        self._paint(GOOD)
        self.headline.setText(self.tr("INTACT — nothing was changed since it was signed"))
        self.signer.setText(self.tr("Signed by key %1").replace("%1", fingerprint)
                            + (f"  ({identity})" if identity else ""))
        if trusted:
            self.explanation.setText(self.tr("This is the key you said you expected."))
        else:
            self.explanation.setText(self.tr("Every file is exactly as it was when the bundle was signed, and the "
                                             "record of who handled it is complete."))
        self.note.setText(self.tr("Compare this fingerprint with the one the sender gave you by another channel "
                                  "(phone, in person). Only that tells you who signed it."))
        self.note.setVisible(trusted is None)
        self.setVisible(True)

    def show_not_intact(self, plain_reason: str, technical: str) -> None:
        self._paint(BAD)
        self.headline.setText(self.tr("NOT INTACT — %1").replace("%1", plain_reason))
        self.signer.clear()
        self.signer.setVisible(False)
        self.explanation.setText(self.tr("Technical reason: %1").replace("%1", technical))
        self.note.setVisible(False)
        self.setVisible(True)

    def reason_text(self, problem: Problem) -> str:
        """The first problem as a lawyer would say it; the core's sentence stays in the details."""
        name = file_name(problem.path)
        return {
            ProblemKind.NONE: "",
            ProblemKind.ALTERED: self.tr("the file “%1” was changed after it was signed").replace("%1", name),
            ProblemKind.MISSING: self.tr("the file “%1” is missing").replace("%1", name),
            ProblemKind.ADDED: self.tr("the file “%1” was added after it was signed").replace("%1", name),
            ProblemKind.COUNT: self.tr("it holds other files, or files of another size, than were signed"),
            ProblemKind.SIGNATURE: self.tr("the signature does not match: the bundle was changed, or signed by "
                                           "another key"),
            ProblemKind.UNTRUSTED: self.tr("it was signed by a different key than the one you expected"),
            ProblemKind.CUSTODY: self.tr("the record of who handled the evidence (custody log) does not check"),
            ProblemKind.DAMAGED: self.tr("it is incomplete or damaged, so it cannot be checked"),
        }[problem.kind]

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        super().setVisible(visible)
        self.signer.setVisible(visible and bool(self.signer.text()))


class FileTable(QAbstractTableModel):
    """One row per file of the bundle, problems first, each status in words as well as in colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FileCheck] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_files(self, files: tuple[FileCheck, ...]) -> None:
        self.beginResetModel()
        # Stable sort keeps the core's order (tag files, then data/) within each group.
        self._rows = sorted(files, key=lambda c: c.status is FileStatus.OK)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Status"), self.tr("File"), self.tr("What it means"))[section]
        return None

    def meaning(self, check: FileCheck, technical: bool = True) -> str:
        text = {FileStatus.OK: self.tr("unchanged"),
                FileStatus.ALTERED: self.tr("changed after it was signed"),
                FileStatus.MISSING: self.tr("listed as signed, but not in the bundle"),
                FileStatus.UNLISTED: self.tr("added: not among the signed files")}[check.status]
        return f"{text} ({say(check.detail)})" if check.detail is not None and technical else text

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        check = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:  # the plain words; the technical detail is one hover away
            return (say(status_word(check.status)), check.path, self.meaning(check, technical=False))[column]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return (say(status_word(check.status)), check.path, self.meaning(check))[column]
        if role == Qt.ItemDataRole.BackgroundRole and column == 0:
            return QColor(_STATUS_COLOURS[check.status][0])
        if role == Qt.ItemDataRole.ForegroundRole and (column == 0 or check.status is not FileStatus.OK):
            return QColor(_STATUS_COLOURS[check.status][1])
        if role == Qt.ItemDataRole.FontRole and check.status is not FileStatus.OK:
            return self._bold
        return None

    def status_of(self, path: str) -> FileStatus | None:
        return next((c.status for c in self._rows if c.path == path), None)

    def row_of(self, path: str) -> int:
        return next((n for n, c in enumerate(self._rows) if c.path == path), -1)


class ProofSection(QWidget):
    """Signature, trust and custody chain: a plain sentence each, the technical line below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signature = wrapped(selectable=True)
        self.signature.setAccessibleName(self.tr("Signature"))
        self.trust = wrapped(selectable=True)
        self.trust.setAccessibleName(self.tr("Signing key"))
        self.custody = wrapped(selectable=True)
        self.custody.setAccessibleName(self.tr("Custody log"))
        self.bundle_hash = wrapped(selectable=True)
        self.bundle_hash.setAccessibleName(self.tr("SHA-256 of the bundle file"))
        self.technical = monospace(wrapped(selectable=True))
        self.technical.setAccessibleName(self.tr("Technical details"))
        self.technical.setStyleSheet("color: #4a5561;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for widget in (self.signature, self.trust, self.custody, self.bundle_hash, self.technical):
            layout.addWidget(widget)
        layout.addStretch(1)  # the sentences stay together at the top of a tall tab

    def clear(self) -> None:
        for label in (self.signature, self.trust, self.custody, self.bundle_hash, self.technical):
            label.clear()

    def show_report(self, report: VerificationReport, zip_sha256: str) -> None:
        sig, chain = report.signature, report.chain
        if sig.valid:
            self.signature.setText(self.tr("Signature: valid. The list of files and their SHA-256 fingerprints is "
                                           "exactly what key %1 signed.").replace("%1", sig.fingerprint or ""))
        else:
            self.signature.setText(self.tr("Signature: NOT valid. The bundle was changed after signing, or it was "
                                           "not signed by the key it names."))
        self.trust.setText({
            None: self.tr("Key: you did not say which key you expected, so this is only the key the bundle names "
                          "itself. Enter the fingerprint the sender gave you to check it."),
            True: self.tr("Key: this is the key you expected."),
            False: self.tr("Key: this is NOT the key you expected."),
        }[sig.trusted] if sig.valid else "")
        self.trust.setVisible(sig.valid)
        if chain is None:
            self.custody.setText(self.tr("Custody log (who collected and handled the evidence, and when): not "
                                         "checked, because the checks stopped earlier."))
        elif chain.intact:
            self.custody.setText(self.tr("Custody log (who collected and handled the evidence, and when): complete "
                                         "and unbroken, %1 entries.").replace("%1", str(chain.entries)))
        else:
            self.custody.setText(self.tr("Custody log (who collected and handled the evidence, and when): BROKEN — "
                                         "%1").replace("%1", say(chain.problem or "")))
        self.bundle_hash.setText(self.tr("SHA-256 of this bundle file: %1\nIf the sender gave you this number, it "
                                         "must be the same.").replace("%1", zip_sha256) if zip_sha256 else "")
        self.bundle_hash.setVisible(bool(zip_sha256))  # empty only if the file vanished after the check
        lines = [signature_line(report), custody_line(report), report.verdict()]
        self.technical.setText("\n".join(say(line) for line in lines if line is not None))

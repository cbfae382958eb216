"""The evidence part of the incident form: what is already stored, what waits to be stored, and the
ways to add more (files, paste, screen region, drop), each item shown with its SHA-256.

The SHA-256 of a new item is computed by a worker as soon as it is added, so the user sees the
fingerprint the court will see before saving; the vault computes it again while storing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTextEdit,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from app.core.records.evidence import EvidenceItem
from app.gui.form_widgets import ERROR_COLOR
from app.gui.icons import icon
from app.gui.operations import Operation, OperationContext
from app.gui.pending_evidence import PendingEvidence, carries_evidence, from_mime_data, sha256_of
from app.gui.screen_capture import CaptureSession, Grabber, capture_region, grab_screen
from app.gui.services import Services
from app.translate import describe

_SOURCE_ICONS = {"file": "attach", "clipboard": "paste", "screen_capture": "capture"}


@dataclass
class _Row:
    item: QTreeWidgetItem
    pending: PendingEvidence | None = None  # None: already stored in the vault, read-only
    sha256: str = ""
    operation: Operation | None = field(default=None, repr=False)


_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


class _DropRouter(QObject):
    """Files and images dropped anywhere on a window become evidence.

    Text fields accept drops themselves and would insert a dropped file's path as text, so their
    drag events are looked at first; a drag that carries only text still reaches the field.
    """

    def __init__(self, section: EvidenceSection) -> None:
        super().__init__(section)
        self._section = section

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _DRAG_EVENTS and carries_evidence(event.mimeData()):  # type: ignore[attr-defined]
            event.acceptProposedAction()  # type: ignore[attr-defined]
            if event.type() == QEvent.Type.Drop:
                self._section.add(from_mime_data(event.mimeData()))  # type: ignore[attr-defined]
            return True
        return super().eventFilter(watched, event)


class EvidenceSection(QWidget):
    changed = Signal()

    def __init__(self, services: Services, stored: Sequence[EvidenceItem] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._rows: list[_Row] = []
        self._closed = False
        # Injectable for tests: a synthetic screenshot instead of the real screen.
        self.grab: Grabber = grab_screen
        self.capture_delay_ms = 300
        self.capture_session: CaptureSession | None = None
        self._router = _DropRouter(self)

        self.empty = QLabel(self.tr("No evidence yet. Paste a screenshot (Ctrl+Shift+V), drop files onto "
                                    "this window, or capture a region of the screen."))
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Evidence"))
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Size"), self.tr("SHA-256")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        # Slightly smaller, so the full 64-digit hash leaves the name room at the minimum width.
        self._mono.setPointSizeF(self.font().pointSizeF() * 0.9)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {ERROR_COLOR};")
        self.status.hide()

        self.add_button = QPushButton(icon("attach"), self.tr("A&dd files…"))
        self.paste_button = QPushButton(icon("paste"), self.tr("Paste screens&hot"))
        self.paste_button.setToolTip(self.tr("Paste an image or files from the clipboard (Ctrl+Shift+V)"))
        self.capture_button = QPushButton(icon("capture"), self.tr("&Capture screen region…"))
        self.capture_button.setToolTip(self.tr("Threatlog hides itself, then you select a part of the screen"))
        self.remove_button = QPushButton(icon("delete"), self.tr("Re&move"))
        self.remove_button.setToolTip(self.tr("Remove the selected items that are not saved yet (Delete)"))
        for button, name in ((self.add_button, self.tr("Add files")), (self.paste_button, self.tr("Paste screenshot")),
                             (self.capture_button, self.tr("Capture screen region")),
                             (self.remove_button, self.tr("Remove selected evidence"))):
            button.setAccessibleName(name)
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_files)
        self.paste_button.clicked.connect(self.paste)
        self.capture_button.clicked.connect(self.capture)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        # Plain Ctrl+V pastes evidence only where it cannot mean text: in the evidence list.
        QShortcut(QKeySequence.StandardKey.Paste, self.list, self.paste, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.paste_button, self.capture_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        for item in stored:
            self._add_row(None, item.display_name, item.size, item.sha256, "attach")
        self._update_buttons()

    # -- what the form reads -------------------------------------------------------------------

    def pending(self) -> list[PendingEvidence]:
        return [row.pending for row in self._rows if row.pending is not None]

    def pending_hashes(self) -> list[str]:
        """SHA-256 of each pending item, '' while it is still being computed."""
        return [row.sha256 for row in self._rows if row.pending is not None]

    def hashing(self) -> bool:
        return any(row.pending is not None and not row.sha256 for row in self._rows)

    # -- adding and removing ---------------------------------------------------------------------

    def add(self, items: Sequence[PendingEvidence]) -> None:
        self._show_status("")
        for pending in items:
            size = len(pending.data) if pending.data is not None else -1  # a file's size comes from the worker
            row = self._add_row(pending, pending.name, size, "", _SOURCE_ICONS[pending.source])
            self._hash(row)
        if items:
            # Current (for Delete) but not selected: a freshly added row should not glare.
            self.list.setCurrentItem(self._rows[-1].item, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._update_buttons()
        self.changed.emit()

    def paste(self) -> None:
        items = from_mime_data(QGuiApplication.clipboard().mimeData())
        if not items:
            self._show_status(self.tr("The clipboard holds no image or file. Copy a screenshot or a file first."))
            return
        self.add(items)

    def add_files(self) -> None:
        names = self._services.dialogs.open_files(self.window(), self.tr("Add evidence files"))
        self.add([PendingEvidence(Path(name).name, "file", path=Path(name)) for name in names])

    def capture(self) -> None:
        def done(result: PendingEvidence | None) -> None:
            if result is not None and shiboken6.isValid(self) and not self._closed:
                self.add([result])

        self.capture_session = capture_region(self.window(), done, self.grab, self._show_status,
                                              self.capture_delay_ms)

    def remove_selected(self) -> None:
        items = self.list.selectedItems()
        if not items and self.list.hasFocus() and self.list.currentItem() is not None:
            items = [self.list.currentItem()]  # Delete on the row with the focus frame
        selected = {id(item) for item in items}
        for row in [r for r in self._rows if id(r.item) in selected and r.pending is not None]:
            if row.operation is not None:
                row.operation.context.cancel()
            self._rows.remove(row)
            self.list.takeTopLevelItem(self.list.indexOfTopLevelItem(row.item))
        self._update_buttons()
        self.changed.emit()

    def accept_drops_on(self, window: QWidget) -> None:
        """Route evidence drops on `window` and its text fields here; call again after adding fields."""
        window.setAcceptDrops(True)
        targets = [window, *window.findChildren(QLineEdit),
                   *(area.viewport() for area in window.findChildren(QTextEdit))]
        for target in targets:
            target.installEventFilter(self._router)  # installing twice keeps one filter

    def shutdown(self) -> None:
        """The form is closing: stop hashing and ignore results that still arrive."""
        self._closed = True
        for row in self._rows:
            if row.operation is not None:
                row.operation.context.cancel()

    # -- internals -------------------------------------------------------------------------------

    def _add_row(self, pending: PendingEvidence | None, name: str, size: int, sha256: str,
                 icon_name: str) -> _Row:
        item = QTreeWidgetItem([name, self._size_text(size), sha256 or self.tr("computing…")])
        item.setIcon(0, icon(icon_name))
        item.setFont(2, self._mono)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(0, name if pending is not None else self.tr("{0} (already stored)").format(name))
        if pending is None:
            # Stored originals cannot be removed from here: that is a purge, with its own confirmation.
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            item.setForeground(0, self.palette().placeholderText())
        self.list.addTopLevelItem(item)
        row = _Row(item, pending, sha256)
        self._rows.append(row)
        return row

    def _size_text(self, size: int) -> str:
        return QLocale().formattedDataSize(size) if size >= 0 else ""

    def _hash(self, row: _Row) -> None:
        pending = row.pending
        assert pending is not None

        def work(context: OperationContext) -> tuple[int, str]:
            return sha256_of(pending, context.cancelled)

        def succeeded(result: tuple[int, str]) -> None:
            if self._closed or not shiboken6.isValid(self) or row not in self._rows:
                return
            size, digest = result
            row.sha256 = digest
            row.item.setText(1, self._size_text(size))
            row.item.setText(2, digest)
            row.item.setToolTip(2, digest)
            self.changed.emit()

        def failed(error: BaseException) -> None:
            if self._closed or not shiboken6.isValid(self) or row not in self._rows:
                return
            # Unreadable (a folder, no permission, gone): drop it now rather than fail the save later.
            self._rows.remove(row)
            self.list.takeTopLevelItem(self.list.indexOfTopLevelItem(row.item))
            reason = error.strerror if isinstance(error, OSError) and error.strerror else describe(error)
            self._show_status(self.tr("“{0}” cannot be read and was not added: {1}").format(pending.name, reason))
            self._update_buttons()
            self.changed.emit()

        row.operation = self._services.operations.run(work, succeeded, failed)

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _update_buttons(self) -> None:
        self.empty.setVisible(not self._rows)
        self.list.setVisible(bool(self._rows))
        if self._rows:
            rows = min(max(len(self._rows), 2), 6)
            height = self.list.sizeHintForRow(0) if self.list.topLevelItemCount() else 22
            self.list.setFixedHeight(self.list.header().sizeHint().height() + rows * max(height, 22) + 6)
        selected = {id(item) for item in self.list.selectedItems()}
        self.remove_button.setEnabled(any(id(r.item) in selected and r.pending is not None for r in self._rows))

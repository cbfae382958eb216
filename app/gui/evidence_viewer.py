"""The evidence viewer: an original shown inside Threatlog, from memory, never from a file.

Opening evidence in another program would mean writing a plaintext copy to disk, where it
outlives the vault's lock; so images and text are shown here, decoded from bytes in memory, and
everything else gets its facts and a deliberate "Save a copy…". Sensitive images and text stay
covered until the user chooses to look. Reading and decoding run on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontDatabase, QKeySequence, QShowEvent
from PySide6.QtWidgets import (QDialog, QFormLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit,
                               QPushButton, QSizePolicy, QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from app.core.records import evidence
from app.core.records.evidence import EvidenceItem
from app.core.storage.vault import Vault
from app.gui.evidence_loading import Loaded, load_for_viewing
from app.gui.icons import icon
from app.gui.locking import clipboard_guard, harden_window
from app.gui.operations import Operation, OperationContext
from app.gui.services import Services
from app.gui.zoom_view import ZoomView
from app.translate import describe


class _RevealCover(QFrame):
    """The calm card over covered content: what it is, and the one button that reveals it."""

    def __init__(self, reveal: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revealCover")
        self.setStyleSheet("#revealCover { background: rgba(255, 255, 255, 235); border-radius: 10px; }")
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        self.title = title = QLabel(self.tr("Sensitive content"))
        title.setStyleSheet("font-weight: 600; font-size: 13pt; color: #2c3e50;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("It stays hidden until you choose to look."))
        hint.setStyleSheet("color: #34495e;")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(icon("eye"), self.tr("Reveal"))
        self.button.setAutoDefault(False)  # Enter must never reveal by accident
        self.button.setToolTip(reveal.toolTip())
        self.button.setAccessibleName(self.tr("Reveal sensitive content"))
        self.button.clicked.connect(reveal.trigger)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)


def _covered(content: QWidget, cover: QWidget) -> QWidget:
    """`content` with `cover` centred over it (one grid cell holds both, the cover on top)."""
    holder = QWidget()
    grid = QGridLayout(holder)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.addWidget(content, 0, 0)
    grid.addWidget(cover, 0, 0, Qt.AlignmentFlag.AlignCenter)
    cover.raise_()
    return holder


class EvidenceViewer(QDialog):
    """Shows one evidence item. `loaded` fires with the kind shown: image, text, other or error."""

    loaded = Signal(str)
    saved = Signal(str)

    def __init__(self, services: Services, vault: Vault, item: EvidenceItem, sensitive: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._vault = vault
        self._item = item
        self._gated = sensitive or services.settings.blur_all_media
        self._loaded: Loaded | None = None
        self._operation: Operation | None = None
        # Not the file's name: window titles reach task bars, window switchers and every other X11
        # client. The name is in the header, inside the window.
        self.setWindowTitle(self.tr("Evidence"))
        self.setAccessibleName(self.tr("Evidence viewer"))
        self.resize(900, 680)
        self._make_actions()
        layout = QVBoxLayout(self)
        layout.addLayout(self._make_header())
        layout.addWidget(self._make_toolbar())
        layout.addWidget(self._make_pages(), 1)
        layout.addLayout(self._make_footer())
        self._set_image_controls(False)
        self._start_loading()

    # -- building -----------------------------------------------------------------------------

    def _action(self, text: str, icon_name: str | None, keys: list[QKeySequence],
                slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.setShortcuts(keys)
        action.setToolTip(f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work anywhere in this window
        return action

    def _make_actions(self) -> None:
        self.zoom_in_action = self._action(self.tr("Zoom in"), "zoom-in",
                                           [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")],
                                           lambda: self.view.zoom_by(1.25))
        self.zoom_out_action = self._action(self.tr("Zoom out"), "zoom-out", [QKeySequence("Ctrl+-")],
                                            lambda: self.view.zoom_by(0.8))
        self.fit_action = self._action(self.tr("Fit to window"), None, [QKeySequence("Ctrl+0")],
                                       lambda: self.view.fit(enlarge=True))
        self.actual_size_action = self._action(self.tr("Actual size"), None, [QKeySequence("Ctrl+1")],
                                               lambda: self.view.actual_size())
        self.reveal_action = self._action(self.tr("Reveal"), "eye", [QKeySequence("Ctrl+R")], self._toggle_reveal)
        self.reveal_action.setCheckable(True)

    def _make_header(self) -> QVBoxLayout:
        header = QVBoxLayout()
        name = QLabel(self._item.display_name)
        name.setStyleSheet("font-weight: 600; font-size: 12pt;")
        name.setTextFormat(Qt.TextFormat.PlainText)  # file names come from the sender
        parts = [self._item.media_type, QLocale().formattedDataSize(self._item.size)]
        if self._item.image:
            parts.append(f"{self._item.image.get('width')} × {self._item.image.get('height')}")
        meta = QLabel(" · ".join(str(p) for p in parts))
        meta.setStyleSheet("color: #5d6d7e;")
        header.addWidget(name)
        header.addWidget(meta)
        return header

    def _make_toolbar(self) -> QWidget:
        self.toolbar = QWidget()
        row = QHBoxLayout(self.toolbar)
        row.setContentsMargins(0, 0, 0, 0)
        self.zoom_buttons = [self._tool_button(action) for action in
                             (self.zoom_out_action, self.zoom_in_action, self.fit_action, self.actual_size_action)]
        for button in self.zoom_buttons:
            row.addWidget(button)
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAccessibleName(self.tr("Zoom level"))
        row.addWidget(self.zoom_label)
        row.addStretch(1)
        self.reveal_button = self._tool_button(self.reveal_action)
        row.addWidget(self.reveal_button)
        return self.toolbar

    def _tool_button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAccessibleName(action.text())
        return button

    def _make_pages(self) -> QStackedWidget:
        self.pages = QStackedWidget()
        self.loading_label = self._centred(self.tr("Opening the evidence…"))
        self.view = ZoomView()
        self.view.setAccessibleName(self.tr("Evidence image"))
        self.view.zoom_changed.connect(self._show_zoom)
        self.image_cover = _RevealCover(self.reveal_action)
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("Evidence text"))
        self.text_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text_cover = _RevealCover(self.reveal_action)
        if not self._gated:
            # Only shown when the user hides a plain item herself: it is not "sensitive" then.
            for cover in (self.image_cover, self.text_cover):
                cover.title.setText(self.tr("Hidden"))
        self.error_label = self._centred("")
        self.image_page = _covered(self.view, self.image_cover)
        self.text_page = _covered(self.text_view, self.text_cover)
        self.other_page = self._make_other_page()
        for page in (self.loading_label, self.image_page, self.text_page, self.other_page, self.error_label):
            self.pages.addWidget(page)
        return self.pages

    def _show_zoom(self, scale: float) -> None:
        # Translated as a whole: some languages put a space before the sign, or the sign first.
        self.zoom_label.setText(self.tr("{percent}%").format(percent=QLocale().toString(round(scale * 100))))

    def _centred(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def _make_other_page(self) -> QWidget:
        page = QWidget()
        centre = QHBoxLayout(page)
        panel = QWidget()
        panel.setMaximumWidth(560)  # a readable line length, centred, like a calm notice
        centre.addStretch(1)
        centre.addWidget(panel, 4)
        centre.addStretch(1)
        column = QVBoxLayout(panel)
        column.addStretch(1)
        self.other_reason = QLabel()
        self.other_reason.setWordWrap(True)
        self.other_reason.setStyleSheet("font-weight: 600; font-size: 12pt;")
        column.addWidget(self.other_reason)
        column.addSpacing(8)
        form = QFormLayout()
        form.addRow(self.tr("File name:"), self._plain(self._item.display_name))
        form.addRow(self.tr("Type:"), self._plain(self._item.media_type))
        form.addRow(self.tr("Size:"), self._plain(QLocale().formattedDataSize(self._item.size)))
        column.addLayout(form)
        column.addSpacing(8)
        why = QLabel(self.tr("Threatlog does not open evidence in other programs, because that would write "
                             "a plaintext copy to disk. If you need to open it elsewhere, save a copy "
                             "— the copy will not be encrypted."))
        why.setWordWrap(True)
        column.addWidget(why)
        self.panel_save_button = QPushButton(self.tr("Save a copy…"))
        self.panel_save_button.setAutoDefault(False)
        self.panel_save_button.clicked.connect(self.save_copy)
        column.addWidget(self.panel_save_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(2)
        return page

    def _plain(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _make_footer(self) -> QHBoxLayout:
        footer = QHBoxLayout()
        caption = QLabel(self.tr("SHA-256:"))
        self.sha_label = self._plain(self._item.sha256)
        self.sha_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.sha_label.setAccessibleName(self.tr("SHA-256 of the original"))
        caption.setBuddy(self.sha_label)
        self.copy_sha_button = QPushButton(self.tr("Copy SHA-256"))
        self.copy_sha_button.setAutoDefault(False)
        self.copy_sha_button.clicked.connect(self.copy_sha256)
        self.status_label = QLabel()
        self.status_label.setStyleSheet("color: #5d6d7e;")
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_copy)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for widget in (caption, self.sha_label, self.copy_sha_button, self.status_label):
            footer.addWidget(widget)
        footer.addStretch(1)
        footer.addWidget(self.save_button)
        footer.addWidget(close)
        return footer

    # -- loading ------------------------------------------------------------------------------

    def _start_loading(self) -> None:
        vault, item = self._vault, self._item

        def work(context: OperationContext) -> Loaded:
            return load_for_viewing(vault, item)

        self._operation = self._services.operations.run(work, self._show_loaded, self._show_failure, parent=self)

    def _show_loaded(self, loaded: Loaded) -> None:
        if self._operation is None:
            return  # closed while the worker was busy: drop what it made
        self._operation = None
        self._loaded = loaded
        if loaded.kind == "image":
            self.view.set_image(loaded.image, loaded.preview)
            self.pages.setCurrentWidget(self.image_page)
            self._set_image_controls(True)
            self._set_revealed(not self._gated)
            self.view.fit(enlarge=False)
            self.view.setFocus()
        elif loaded.kind == "text":
            self.pages.setCurrentWidget(self.text_page)
            self._set_revealed(not self._gated)
            self.toolbar.setVisible(True)  # the reveal toggle only: text has no zoom
        elif loaded.kind == "other":
            self.other_reason.setText(self._reason_text(loaded.reason))
            self.pages.setCurrentWidget(self.other_page)
            self.save_button.setVisible(False)  # the panel has its own, next to the explanation
        else:
            self.error_label.setText(self._reason_text(loaded.reason))
            self.pages.setCurrentWidget(self.error_label)
        self.loaded.emit(loaded.kind)

    def _show_failure(self, error: BaseException) -> None:
        if self._operation is None:
            return
        self._operation = None
        self.error_label.setText(describe(error))
        self.pages.setCurrentWidget(self.error_label)
        self.loaded.emit("error")

    def _reason_text(self, reason: str) -> str:
        if reason == "too_large":
            return self.tr("This file is too large to show here.")
        if reason == "undecodable":
            return self.tr("This image cannot be shown: the file is damaged or not in a format Threatlog can display.")
        return self.tr("Threatlog cannot show this kind of file.")

    # -- reveal / hide ------------------------------------------------------------------------

    @property
    def revealed(self) -> bool:
        return self.reveal_action.isChecked()

    def _toggle_reveal(self) -> None:
        self._set_revealed(self.reveal_action.isChecked())

    def _set_revealed(self, revealed: bool) -> None:
        self.reveal_action.setChecked(revealed)
        self.reveal_action.setText(self.tr("Hide again") if revealed else self.tr("Reveal"))
        self.reveal_action.setIcon(icon("eye-off" if revealed else "eye"))
        self.reveal_button.setAccessibleName(self.reveal_action.text())
        loaded = self._loaded
        if loaded is None:
            return
        if loaded.kind == "image":
            self.view.show_original(revealed)
            self.image_cover.setVisible(not revealed)
        elif loaded.kind == "text":
            # Covered text is not in the widget at all, so neither a screen reader nor a
            # selection can pull it out before the user chose to look.
            self.text_view.setPlainText(loaded.text if revealed else "")
            self.text_view.setEnabled(revealed)
            self.text_cover.setVisible(not revealed)

    def conceal(self) -> None:
        """Cover the content at once (for panic and lock), whatever the user chose before."""
        self._set_revealed(False)

    def _set_image_controls(self, enabled: bool) -> None:
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action, self.actual_size_action):
            action.setEnabled(enabled)
        for widget in (*self.zoom_buttons, self.zoom_label):
            widget.setVisible(enabled)
        self.toolbar.setVisible(enabled)

    # -- SHA-256 and saving a copy ------------------------------------------------------------

    def copy_sha256(self) -> None:
        clipboard_guard(self._services).copy_text(self._item.sha256)
        self.status_label.setText(self.tr("Copied; cleared from the clipboard in 30 seconds."))
        # The label as context: the timer dies with the window instead of calling into a deleted label.
        QTimer.singleShot(4000, self.status_label, self.status_label.clear)

    def save_copy(self) -> None:
        dialogs = self._services.dialogs
        warning = self.tr("The copy will not be encrypted. Anyone who can read that folder — or a seized or "
                          "stolen laptop — can open it. Save an unencrypted copy of “{name}”?"
                          ).format(name=self._item.display_name)
        if not dialogs.confirm(self, warning):
            return
        target = dialogs.save_file(self, self.tr("Save an unencrypted copy"), self._item.display_name)
        if not target:
            return
        vault, sha256, path = self._vault, self._item.sha256, Path(target)

        def work(context: OperationContext) -> int:
            # The save dialog has already asked whether to replace an existing file.
            return evidence.write_out(vault.connection(), sha256, path, overwrite=True)

        def finished() -> None:
            self.status_label.clear()
            for button in (self.save_button, self.panel_save_button):
                button.setEnabled(True)

        def done(size: int) -> None:
            finished()
            self.saved.emit(str(path))
            dialogs.info(self, self.tr("Saved an unencrypted copy to {path}.").format(path=str(path)))

        def failed(error: BaseException) -> None:
            finished()
            dialogs.error(self, describe(error))

        for button in (self.save_button, self.panel_save_button):
            button.setEnabled(False)  # one copy at a time
        self.status_label.setText(self.tr("Saving a copy…"))
        # No progress dialog: Operations' dialog reports "cancelled" when it closes, which
        # would swallow the success (see the note to the lead); the status line says enough.
        self._services.operations.run(work, done, failed, parent=self)

    # -- showing and closing ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # The viewer is its own top-level window, so it needs its own exclusion from capture.
        harden_window(self)
        super().showEvent(event)


    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        # The decoded pixels and the text leave memory with the window, not with the next GC.
        if self._operation is not None:
            self._operation.context.cancel()
            self._operation = None
        self._loaded = None
        self.view.clear_image()
        self.text_view.clear()
        super().done(result)

"""Thumbnails made in the background after evidence is saved (app/core/untrusted/thumbnails.py).

Saving returns as soon as the originals are committed; the pictures' thumbnails and facts follow
here, one run at a time, without a dialog: the user can go on working, and the detail pane is
refreshed when they are ready. A request during a run starts one more run after it, so images
saved meanwhile are not left waiting.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.core.storage.vault import Vault
from app.core.untrusted import thumbnails
from app.gui.operations import Operation, OperationContext, Operations


class ThumbnailMaker(QObject):
    made = Signal()

    def __init__(self, operations: Operations, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._vault = vault
        self._running: Operation | None = None
        self._again = False

    def request(self) -> None:
        if self._vault.read_only:
            return  # nothing can be stored; the work waits for a writable vault
        if self._running is not None:
            self._again = True
            return
        vault = self._vault

        def work(context: OperationContext) -> int:
            return thumbnails.make_pending(vault.connection(), cancelled=context.cancelled)

        # A failure costs only thumbnails, which the next request retries: nothing to tell the user.
        self._running = self._operations.run(work, self._finished, lambda error: self._finished(0))

    def _finished(self, count: int) -> None:
        self._running = None
        if count:
            self.made.emit()
        if self._again:
            self._again = False
            self.request()

    @property
    def busy(self) -> bool:
        return self._running is not None

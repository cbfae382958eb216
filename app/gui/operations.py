"""One helper for all work that must not run on the GUI thread (after Anki's CollectionOp).

`Operations.run` puts a function on the thread pool, shows progress (with cancel where it makes
sense) after a short delay, and delivers the result or the error back on the GUI thread. Every
database write, unlock, search over the vault and attach goes through here, so the window never
freezes. Locking cancels what is running and discards results that arrive afterwards.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget



_STEPS = 1000


def dialog_steps(done: int, total: int) -> tuple[int, int]:
    """(maximum, value) for a QProgressDialog, in thousandths: it holds 32-bit ints, and byte counts
    pass 2 GiB. A total of 0 is work of unknown length (a busy bar)."""
    if total <= 0:
        return 0, 0
    return _STEPS, max(0, min(done, total)) * _STEPS // total


class OperationContext:
    """What the work function sees: report progress, ask whether the user cancelled."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()
        self._discarded = False

    def report(self, done: int, total: int) -> None:
        self._signals.progressed.emit(done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def discard(self) -> None:
        """Stop, and deliver nothing: what would receive the result is going away (locking)."""
        self._discarded = True
        self._cancel.set()

    @property
    def discarded(self) -> bool:
        return self._discarded


class _Signals(QObject):
    # No Python objects travel in these signals: results stay on the Operation. PySide (6.12)
    # mishandles the reference counts of objects queued across threads in Signal(object), which
    # crashed the interpreter at exit after every test had passed.
    # 64-bit: progress is often counted in bytes, and evidence files pass 2 GiB.
    progressed = Signal("qint64", "qint64")
    succeeded = Signal()
    failed = Signal()


class Operation(QObject):
    """A running piece of work; `finished` fires on the GUI thread after success or failure."""

    finished = Signal()

    def __init__(self, work: Callable[[OperationContext], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.signals = _Signals()
        self.context = OperationContext(self.signals)
        self._work = work
        self.result: Any = None
        self.error: BaseException | None = None

    def run_in_worker(self) -> None:
        try:
            self.result = self._work(self.context)
        except BaseException as error:  # noqa: BLE001 - every failure must reach the GUI thread as a message
            self.error = error
            self._deliver(self.signals.failed)
        else:
            self._deliver(self.signals.succeeded)

    @staticmethod
    def _deliver(signal: Signal) -> None:
        try:
            signal.emit()
        except RuntimeError:
            pass  # the application is shutting down and its objects are gone: nobody is left to tell


class _Runnable(QRunnable):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self._operation = operation

    def run(self) -> None:
        self._operation.run_in_worker()



class Operations(QObject):
    """Starts operations and keeps them alive until they finish."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[Operation] = set()

    def run(
        self,
        work: Callable[[OperationContext], Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        parent: QWidget | None = None,
        label: str = "",
        cancellable: bool = False,
    ) -> Operation:
        operation = Operation(work)
        self._running.add(operation)
        dialog = self._progress_dialog(operation, parent, label, cancellable) if label else None

        # A cancelled operation that finished anyway (a save that committed as Cancel was pressed)
        # still reports its result: the user must learn it was saved. Only discarded ones are silent.
        def done_ok() -> None:
            self._finish(operation, dialog)
            if on_success is not None and not operation.context.discarded:
                on_success(operation.result)

        def done_error() -> None:
            self._finish(operation, dialog)
            if on_error is not None and operation.error is not None and not operation.context.discarded:
                on_error(operation.error)

        operation.signals.succeeded.connect(done_ok, Qt.ConnectionType.QueuedConnection)
        operation.signals.failed.connect(done_error, Qt.ConnectionType.QueuedConnection)
        self._pool.start(_Runnable(operation))
        return operation

    def _progress_dialog(self, operation: Operation, parent: QWidget | None, label: str,
                         cancellable: bool) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # quick work finishes before any dialog flashes up
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(operation.context.cancel)

        def progressed(done: int, total: int) -> None:
            maximum, value = dialog_steps(done, total)
            dialog.setMaximum(maximum)
            dialog.setValue(value)

        operation.signals.progressed.connect(progressed, Qt.ConnectionType.QueuedConnection)
        return dialog

    def _finish(self, operation: Operation, dialog: QProgressDialog | None) -> None:
        if dialog is not None:
            # Closing a progress dialog emits `canceled`: cut that link first, or every finished
            # operation would look cancelled and its result be dropped.
            dialog.canceled.disconnect()
            dialog.close()
            dialog.deleteLater()
        self._running.discard(operation)
        operation.finished.emit()

    def cancel_all(self) -> None:
        for operation in list(self._running):
            operation.context.cancel()

    def discard_all(self) -> None:
        """For locking: stop everything running and drop whatever it would have delivered."""
        for operation in list(self._running):
            operation.context.discard()

    def wait_all(self, timeout_ms: int = 30000) -> bool:
        """For locking and tests: let workers finish so no connection is in use when it closes."""
        return self._pool.waitForDone(timeout_ms)

    @property
    def busy(self) -> bool:
        return bool(self._running)

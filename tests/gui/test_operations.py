"""The one helper for off-thread work: results, errors, progress and locking's discard."""

from __future__ import annotations

import threading

from app.core.errors import InvalidInput
from app.gui.operations import dialog_steps


def test_result_and_large_progress_reach_the_gui_thread(qtbot, services) -> None:
    seen: list[tuple[int, int]] = []
    results: list[object] = []
    go = threading.Event()

    def work(ctx) -> str:
        go.wait(5)
        ctx.report(5 * 1024**3, 6 * 1024**3)  # byte counts of a large video: beyond 32 bits
        return "done"

    operation = services.operations.run(work, results.append, parent=None)
    operation.signals.progressed.connect(lambda done, total: seen.append((done, total)))
    go.set()
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    qtbot.waitUntil(lambda: bool(seen))
    assert results == ["done"] and seen == [(5 * 1024**3, 6 * 1024**3)]


def test_the_progress_dialog_takes_byte_counts_beyond_32_bits() -> None:
    assert dialog_steps(5 * 1024**3, 6 * 1024**3) == (1000, 833)
    assert dialog_steps(7, 0) == (0, 0) and dialog_steps(9, 4) == (1000, 1000)


def test_errors_arrive_as_the_users_message(qtbot, services) -> None:
    errors: list[BaseException] = []

    def work(ctx) -> None:
        raise InvalidInput("Severity goes from 1 to 5, not 9.")

    operation = services.operations.run(work, None, errors.append)
    with qtbot.waitSignal(operation.finished, timeout=5000):
        pass
    assert [str(e) for e in errors] == ["Severity goes from 1 to 5, not 9."]


def test_discarded_work_delivers_nothing_but_cancelled_work_that_finished_does(qtbot, services) -> None:
    release = threading.Event()
    delivered: list[object] = []

    def work(ctx) -> str:
        release.wait(5)
        return "saved"

    kept = services.operations.run(work, delivered.append)
    dropped = services.operations.run(work, delivered.append)
    kept.context.cancel()  # a Cancel pressed as the save committed: the user must still learn it saved
    dropped.context.discard()  # locking: whoever asked is gone
    release.set()
    with qtbot.waitSignals([kept.finished, dropped.finished], timeout=5000):
        pass
    assert delivered == ["saved"]

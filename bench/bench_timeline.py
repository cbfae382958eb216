"""The timeline window on a big vault: it must open without freezing the main window.

In a child process with the main window unlocked on a 100,000-incident vault (and its list loaded),
the timeline is opened while a 10 ms timer runs on the event loop; the largest gap between ticks,
minus 10 ms, is the GUI thread's longest stall (target: under 100 ms). The time until the chart
shows is compared with a baseline measured in the same child: app.core.stats.compute on the same
vault, called directly (target: at most 1.5x — the window adds drawing, not counting).

BENCH_GUI_LARGE sets the vault's size (default 100000), as for bench_gui.py.
"""

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_gui import LARGE, TICK_MS, _window, fill_vault  # noqa: E402
from common import PASSPHRASE, report, run_in_child  # noqa: E402


def timeline_in_child(folder: Path, expected: int) -> dict[str, float]:
    from PySide6.QtCore import QTimer

    from app.core import stats
    from app.core.vault import Vault

    vault = Vault.open(folder, passphrase=PASSPHRASE)
    start = time.perf_counter()
    direct = stats.compute(vault.connection())
    baseline = time.perf_counter() - start
    app, window = _window(folder)
    window.show_vault(vault)
    while window.main_page.model.rowCount() < expected or window.services.operations.busy:
        app.processEvents()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    app.processEvents()
    start = time.perf_counter()
    dialog = window.view_menu.open_timeline()
    while dialog.stats is None:
        app.processEvents()
    dialog.chart.repaint()
    seconds = time.perf_counter() - start
    while window.services.operations.busy:  # the account and campaign choices may still be loading
        app.processEvents()
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    return {"seconds": seconds, "baseline": baseline, "stall_ms": max(gaps) * 1000 - TICK_MS,
            "ticks": len(ticks), "total": dialog.stats.total, "direct_total": direct.total,
            "periods": len(dialog.stats.periods)}


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-timeline-") as tmp_name:
        folder = Path(tmp_name) / "large"
        fill_vault(folder, LARGE)
        result = run_in_child(timeline_in_child, folder, LARGE)
    print(f"timeline, {LARGE:,} incidents: chart shown after {result['seconds']:.3f} s "
          f"({result['periods']} months, {result['total']:,} incidents; {result['ticks']} timer ticks); "
          f"stats.compute directly: {result['baseline']:.3f} s")
    failures = 0 if result["total"] == result["direct_total"] == LARGE else 1
    failures |= report("timeline open time, window/direct stats", result["seconds"] / result["baseline"], 1.5)
    failures |= report("longest GUI-thread stall while the timeline opens", result["stall_ms"], 100.0, " ms")
    return failures


if __name__ == "__main__":
    sys.exit(main())

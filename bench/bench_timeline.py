"""The timeline and accounts windows on a big vault: they must open without freezing the main window.

In a child process with the main window unlocked on a 100,000-incident vault (and its list loaded),
the timeline is opened, then the accounts window, each while a 10 ms timer runs on the event loop
(stall_watch.py); the largest gap between ticks, minus 10 ms, is the GUI thread's longest stall
(target: under 100 ms), printed with where the GUI thread was during it. The time until the chart
shows is compared with a baseline measured in the same child: app.core.patterns.stats.compute on the same
vault, called directly (target: at most 1.5x — the window adds drawing, not counting).

BENCH_GUI_LARGE sets the vault's size (default 100000), as for bench_gui.py.
"""

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_gui import LARGE, _window, fill_vault  # noqa: E402
from common import PASSPHRASE, report, run_in_child  # noqa: E402
from stall_watch import StallWatch  # noqa: E402


def _settle(app, window) -> None:
    while window.services.operations.busy:
        app.processEvents()


def timeline_in_child(folder: Path, expected: int) -> dict[str, object]:
    from app.core.patterns import stats
    from app.core.records import account_registry
    from app.core.storage.vault import Vault

    vault = Vault.open(folder, passphrase=PASSPHRASE)
    start = time.perf_counter()
    direct = stats.compute(vault.connection())
    baseline = time.perf_counter() - start
    start = time.perf_counter()
    accounts = len(account_registry.list_accounts(vault.connection()))
    accounts_baseline = time.perf_counter() - start
    app, window = _window(folder)
    window.show_vault(vault)
    while window.main_page.model.rowCount() < expected:
        app.processEvents()
    _settle(app, window)

    watch = StallWatch()
    watch.start()
    app.processEvents()
    start = time.perf_counter()
    dialog = window.view_menu.open_timeline()
    while dialog.stats is None:
        app.processEvents()
    dialog.chart.repaint()
    seconds = time.perf_counter() - start
    _settle(app, window)  # the account and campaign choices may still be loading
    watch.stop()
    result: dict[str, object] = {
        "seconds": seconds, "baseline": baseline, "stall_ms": watch.stall_ms, "culprit": watch.culprit(),
        "ticks": len(watch.ticks), "total": dialog.stats.total, "direct_total": direct.total,
        "periods": len(dialog.stats.periods), "accounts": accounts, "accounts_baseline": accounts_baseline}
    dialog.close()

    watch = StallWatch()
    watch.start()
    app.processEvents()
    start = time.perf_counter()
    accounts_dialog = window.view_menu.open_accounts()
    while accounts_dialog.table.model().rowCount() < accounts:
        app.processEvents()
    accounts_dialog.table.viewport().repaint()
    result["accounts_seconds"] = time.perf_counter() - start
    _settle(app, window)
    watch.stop()
    result.update(accounts_stall_ms=watch.stall_ms, accounts_culprit=watch.culprit())
    return result


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
    print(result["culprit"])
    print(f"accounts window, {result['accounts']:,} accounts: rows shown after {result['accounts_seconds']:.3f} s; "
          f"account_registry.list_accounts directly: {result['accounts_baseline']:.3f} s")
    failures |= report("longest GUI-thread stall while the accounts window opens", result["accounts_stall_ms"],
                       100.0, " ms")
    print(result["accounts_culprit"])
    return failures


if __name__ == "__main__":
    sys.exit(main())

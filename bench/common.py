"""Helpers shared by the bench_*.py scripts: timing, vaults, peak RSS in a child process, results.

Every benchmark compares the core against a baseline measured in the same run, because a
machine's absolute speed varies from run to run; only the ratio is checked against a target.
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import resource
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.storage.keyslots import KdfParams  # noqa: E402
from app.core.storage.vault import Vault  # noqa: E402

# The lowest KDF parameters a vault may have: unlocking is not what these benchmarks measure.
BENCH_KDF = KdfParams(64 * 1024, 3)
PASSPHRASE = "benchmark passphrase"
MIB = 1024 * 1024


def make_vault(folder: Path) -> Vault:
    """A new vault in `folder` (which must not hold one yet), opened."""
    vault, _recovery_code = Vault.create(folder, PASSPHRASE, BENCH_KDF)
    return vault


def timed(work: Callable[[], Any]) -> float:
    """Seconds `work()` took, by the monotonic high-resolution clock."""
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def peak_rss_kib() -> int:
    """This process's peak resident set size so far, in KiB.

    On Linux, VmHWM: ru_maxrss would do, except that it survives exec, so in a spawned child it
    starts at the parent's size; VmHWM is the child's own, and reset_peak_rss() restarts it.
    """
    return _proc_status_kib("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _proc_status_kib(field: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            return next(int(line.split()[1]) for line in f if line.startswith(field + ":"))
    except (OSError, StopIteration):
        return None


def current_rss_kib() -> int | None:
    """This process's resident set size now (Linux only; None elsewhere)."""
    return _proc_status_kib("VmRSS")


def reset_peak_rss() -> bool:
    """Restart this process's RSS high-water mark from its current RSS (Linux only).

    A brief peak before the work (key derivation) would otherwise hide the work's own peak.
    In a spawned child, ru_maxrss afterwards counts from here (it is the mm's high-water mark).
    """
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")
        return True
    except OSError:
        return False


def _child_main(conn: Any, work: Callable[..., Any], args: tuple) -> None:
    faulthandler.enable()  # a crash in Qt or SQLite names every thread's Python stack, not just a signal
    try:
        conn.send(("ok", work(*args)))
    except BaseException:
        conn.send(("error", traceback.format_exc()))
        raise
    finally:
        conn.close()


def run_in_child(work: Callable[..., Any], *args: Any) -> Any:
    """Run `work(*args)` in a fresh interpreter ('spawn': nothing inherited but the arguments).

    `work` must be a module-level function; its return value comes back through a pipe.
    """
    ctx = multiprocessing.get_context("spawn")
    receiver, sender = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child_main, args=(sender, work, args))
    process.start()
    sender.close()
    try:
        status, value = receiver.recv()
    except EOFError:
        status, value = "error", "the child process died without a result"
    process.join()
    if status != "ok" or process.exitcode != 0:
        raise RuntimeError(f"benchmark child failed (exit code {process.exitcode}):\n{value}")
    return value


def raw_insert_seconds(source: Vault, raw: Vault, copied: Sequence[tuple[str, str]]) -> float:
    """Seconds to insert into `raw`, by plain executemany in one transaction, the rows that the
    `copied` (table, SELECT) pairs read from `source`: the database's own floor for those rows.

    The rows are read before the clock starts; both vaults have the same PRAGMAs and encryption.
    """
    rows = {target: source.connection().execute(select).fetchall() for target, select in copied}
    conn = raw.connection()

    def insert() -> None:
        conn.execute("BEGIN IMMEDIATE")
        for target, _ in copied:
            if rows[target]:
                marks = ", ".join("?" * len(rows[target][0]))
                conn.executemany(f"INSERT INTO {target} VALUES ({marks})", rows[target])
        conn.execute("COMMIT")

    return timed(insert)


def report(name: str, value: float, target: float, unit: str = "x") -> int:
    """Print the result, the target and PASS/FAIL; return the exit status (1 if the target is missed)."""
    passed = value <= target
    print(f"{name}: {value:.2f}{unit}   target: <= {target:.2f}{unit}   {'PASS' if passed else 'FAIL'}")
    return 0 if passed else 1

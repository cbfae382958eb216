"""The desktop app: opening the main window on a big vault, and never freezing while attaching.

1. Time and peak RSS from "vault unlocked" to the first page of the list on screen, with 100,000
   incidents against 1,000 (same script, same run; each in a fresh child process). Targets: at most
   2x the time and 1.5x the memory: the list must cost by what is visible, not by vault size.
2. The longest stall of the GUI thread while a 200 MB video is attached through the window: a 10 ms
   timer runs on the event loop and the largest gap between its ticks, minus 10 ms, is the stall.
   Target: under 100 ms (stall_watch.py; it prints where the GUI thread was during the longest).

BENCH_GUI_LARGE sets the large vault's size (default 100000); BENCH_GUI_VIDEO_MB the video's (200).
"""

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import MIB, PASSPHRASE, make_vault, peak_rss_kib, report, reset_peak_rss, run_in_child  # noqa: E402
from stall_watch import StallWatch  # noqa: E402

SMALL = 1_000
LARGE = int(os.environ.get("BENCH_GUI_LARGE", "100000"))
VIDEO_MB = int(os.environ.get("BENCH_GUI_VIDEO_MB", "200"))


def fill_vault(folder: Path, count: int) -> None:
    from bench_add_incidents import make_drafts

    from app.core.records import incidents

    vault = make_vault(folder)
    drafts = make_drafts(count)
    with vault.transaction() as conn:
        for start in range(0, count, 10_000):
            incidents.create_many(conn, drafts[start:start + 10_000])
    vault.close()


def _window(folder: Path):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.gui.app_window import AppWindow
    from app.gui.application import create_application
    from app.gui.dialogs import Dialogs
    from app.gui.operations import Operations
    from app.gui.services import Services
    from app.gui.settings import Settings

    app = create_application()
    services = Services(Dialogs(), Settings(folder.parent / f"{folder.name}-settings.ini"), Operations())
    window = AppWindow(services, folder)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    return app, window


def open_in_child(folder: Path, expected: int) -> dict[str, float]:
    """Runs in the child: unlock, then time until the first page of the list is painted."""
    from app.core.storage.vault import Vault

    app, window = _window(folder)
    vault = Vault.open(folder, passphrase=PASSPHRASE)
    reset_peak_rss()  # the KDF's 64 MiB moment is not the window's cost
    start = time.perf_counter()
    window.show_vault(vault)
    page = window.main_page
    while page.model.rowCount() < expected:
        app.processEvents()
    page.table.viewport().repaint()  # draws the visible rows, which fetches their page
    app.processEvents()
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_kib": peak_rss_kib()}


def stall_in_child(folder: Path, video: Path) -> dict[str, float]:
    """Runs in the child: attach `video` through the main window while a timer watches the loop."""
    from app.core.records import incidents
    from app.core.records.drafts import IncidentDraft
    from app.core.storage.vault import Vault
    from app.gui.pending_evidence import PendingEvidence

    vault = Vault.open(folder, passphrase=PASSPHRASE)
    with vault.transaction() as conn:
        incident_id = incidents.create(conn, IncidentDraft("surveillance", "Recording of the men outside"))
    app, window = _window(folder)
    window.show_vault(vault)
    page = window.main_page
    watch = StallWatch()
    watch.start()
    start = time.perf_counter()
    page.attach(incident_id, [PendingEvidence(video.name, "file", path=video)])
    operations = window.services.operations
    app.processEvents()
    while operations.busy:
        app.processEvents()
    seconds = time.perf_counter() - start
    watch.stop()
    stored = len(list(incidents.get(vault.connection(), incident_id).evidence))
    return {"stall_ms": watch.stall_ms, "culprit": watch.culprit(), "ticks": len(watch.ticks), "seconds": seconds,
            "stored": stored}


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-gui-") as tmp_name:
        tmp = Path(tmp_name)
        fill_vault(tmp / "small", SMALL)
        fill_vault(tmp / "large", LARGE)
        small = run_in_child(open_in_child, tmp / "small", SMALL)
        large = run_in_child(open_in_child, tmp / "large", LARGE)
        video = tmp / "interrogation-recording.mp4"
        with open(video, "wb") as f:
            f.write(b"\x00\x00\x00\x18ftypmp42")
            for _ in range(VIDEO_MB):
                f.write(os.urandom(MIB))
        stall = run_in_child(stall_in_child, tmp / "small", video)

    print(f"open main window, {SMALL:,} incidents:  {small['seconds']:.3f} s, peak RSS {small['peak_kib'] / 1024:.0f} MiB")
    print(f"open main window, {LARGE:,} incidents: {large['seconds']:.3f} s, peak RSS {large['peak_kib'] / 1024:.0f} MiB")
    print(f"attach {VIDEO_MB} MB video through the window: {stall['seconds']:.1f} s, {stall['ticks']} timer ticks, "
          f"stored: {bool(stall['stored'])}")
    failures = report("open time, large/small", large["seconds"] / small["seconds"], 2.0)
    failures |= report("open peak RSS, large/small", large["peak_kib"] / small["peak_kib"], 1.5)
    failures |= report("longest GUI-thread stall while attaching", stall["stall_ms"], 100.0, " ms")
    print(stall["culprit"])
    return failures


if __name__ == "__main__":
    sys.exit(main())

"""Peak memory (RSS) of a process attaching a 1 GiB file through evidence.attach_path.

The file is random bytes, written in 1 MiB chunks and never held whole in memory. The attach runs
in a fresh child process, which reports its RSS after imports and opening the vault, then its
peak RSS (VmHWM) after the attach. Opening a vault derives a key with 64 MiB of memory for a
moment; on Linux the high-water mark is reset after opening so that the peak covers the attach
alone (elsewhere it includes that moment). BENCH_ATTACH_MB sets the file size in MiB (default 1024).
"""

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import MIB, current_rss_kib, make_vault, peak_rss_kib, report, reset_peak_rss, run_in_child  # noqa: E402

TARGET_PEAK_MIB = 200


def write_random_file(path: Path, mib: int) -> None:
    with open(path, "wb") as f:
        for _ in range(mib):
            f.write(os.urandom(MIB))


def attach_in_child(folder: Path, path: Path) -> dict[str, float]:
    """Runs in the child: open a vault, attach `path` in one transaction, report memory and time."""
    from app.core.records import evidence, incidents
    from app.core.records.drafts import IncidentDraft

    vault = make_vault(folder)
    with vault.transaction() as conn:
        incident_id = incidents.create(conn, IncidentDraft("surveillance", "Phone backup with spyware traces"))
    result = {"open_rss_kib": current_rss_kib(), "open_peak_kib": peak_rss_kib(), "reset": reset_peak_rss()}
    start = time.perf_counter()
    with vault.transaction() as conn:
        evidence.attach_path(conn, incident_id, path)
    result["seconds"] = time.perf_counter() - start
    result["peak_kib"] = peak_rss_kib()
    vault.close()
    return result


def main() -> int:
    mib = int(os.environ.get("BENCH_ATTACH_MB", "1024"))
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        path = Path(tmp) / "phone-backup.bin"
        write_random_file(path, mib)
        child = run_in_child(attach_in_child, Path(tmp) / "vault", path)
    peak_mib = child["peak_kib"] / 1024

    print(f"attached {mib:,} MiB of random bytes in one transaction: {child['seconds']:.2f} s, "
          f"{mib / child['seconds']:.0f} MiB/s (for information)")
    print(f"child RSS after imports and vault open: {child['open_rss_kib'] / 1024:.1f} MiB "
          f"(its peak until then, key derivation included: {child['open_peak_kib'] / 1024:.1f} MiB)")
    print(f"child peak RSS during the attach (VmHWM{', reset after open' if child['reset'] else ''}): "
          f"{peak_mib:.1f} MiB")
    return report("peak RSS", peak_mib, TARGET_PEAK_MIB, " MiB")


if __name__ == "__main__":
    sys.exit(main())

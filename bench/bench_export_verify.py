"""Exporting and verifying a bundle of 1 GiB of evidence, against the stock tools in the same run.

Export: `bundle.export_bundle` (read from the encrypted vault, hash, zip, sign, re-hash the zip
for the custody log) against `sha256sum` + `zip -0` of the same eight files, written out of the
vault beforehand (outside the timing). Target ratio <= 1.5.
Verify: `verify.verify_bundle` on the zip against `sha256sum -c manifest-sha256.txt` in the
extracted bag. Target ratio <= 1.3.
Export and verify each run in a fresh child process that reports its own time and peak RSS
(high-water mark reset after the vault is opened, on Linux). Target <= 200 MiB each.
For information, it also times reading the evidence through zipfile's own reader, which adds a
CRC-32 and buffer copies: why safezip reads stored members directly.

BENCH_EXPORT_MB sets the total evidence size in MiB (default 1024, in 8 files); BENCH_REPEAT the
number of timed runs of each side (default 2, the best is kept, as machines are noisy).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import MIB, PASSPHRASE, current_rss_kib, make_vault, peak_rss_kib, report, reset_peak_rss, run_in_child

TARGET_EXPORT_RATIO = 1.5
TARGET_VERIFY_RATIO = 1.3
TARGET_PEAK_MIB = 200
FILES = 8
INCIDENTS = 4


def build_vault(folder: Path, total_mib: int) -> list[Path]:
    """A vault with FILES random files on INCIDENTS incidents; returns the same files written back out."""
    from app.core.records import evidence, incidents
    from app.core.records.drafts import IncidentDraft

    vault = make_vault(folder / "vault")
    originals = folder / "originals"
    originals.mkdir()
    exported = []
    per_file = max(1, total_mib // FILES)
    with vault.transaction() as conn:
        ids = [incidents.create(conn, IncidentDraft("surveillance", f"Phone backup {n}")) for n in range(INCIDENTS)]
    for n in range(FILES):
        source = folder / f"source-{n}.bin"
        with open(source, "wb") as f:
            for _ in range(per_file):
                f.write(os.urandom(MIB))
        with vault.transaction() as conn:
            sha256 = evidence.attach_path(conn, ids[n % INCIDENTS], source).item.sha256
        source.unlink()
        out = originals / f"evidence-{n}.bin"
        evidence.write_out(vault.connection(), sha256, out)
        exported.append(out)
    vault.close()
    return exported


def export_in_child(vault_folder: Path, out: Path) -> dict[str, float]:
    from app.core.bundles import bundle
    from app.core.storage.vault import Vault

    vault = Vault.open(vault_folder, passphrase=PASSPHRASE)
    result = {"open_rss_kib": current_rss_kib() or 0, "reset": reset_peak_rss()}
    start = time.perf_counter()
    bundle.export_bundle(vault, out, bundle.Selection())
    result["seconds"] = time.perf_counter() - start
    result["peak_kib"] = peak_rss_kib()
    vault.close()
    return result


def verify_in_child(zip_path: Path) -> dict[str, float]:
    from app.core.bundles.verify import verify_bundle

    result = {"start_rss_kib": current_rss_kib() or 0, "reset": reset_peak_rss()}
    start = time.perf_counter()
    verdict = verify_bundle(zip_path)
    result["seconds"] = time.perf_counter() - start
    result["peak_kib"] = peak_rss_kib()
    result["intact"] = verdict.intact
    return result


def timed_command(args: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(args, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def zipfile_reader_seconds(zip_path: Path) -> float:
    """Hash the evidence members through ZipFile.open (CRC-32 checked), for comparison only."""
    start = time.perf_counter()
    with zipfile.ZipFile(zip_path) as archive:
        for info in archive.infolist():
            if "/data/evidence/" in info.filename:
                hasher = hashlib.sha256()
                with archive.open(info) as member:
                    while chunk := member.read(4 * MIB):
                        hasher.update(chunk)
    return time.perf_counter() - start


def main() -> int:
    total_mib = int(os.environ.get("BENCH_EXPORT_MB", "1024"))
    repeat = int(os.environ.get("BENCH_REPEAT", "2"))
    if shutil.which("zip") is None or shutil.which("sha256sum") is None:
        print("needs 'zip' and 'sha256sum' on PATH (apt-get install zip)")
        return 1
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        folder = Path(tmp)
        files = build_vault(folder, total_mib)
        names = [f.name for f in files]
        baseline_export, ours_export, export_peak = [], [], 0.0
        for n in range(repeat):
            baseline_zip = folder / "baseline.zip"
            sha = timed_command(["sha256sum", *names], files[0].parent)
            zipped = timed_command(["zip", "-0", "-q", str(baseline_zip), *names], files[0].parent)
            baseline_export.append(sha + zipped)
            baseline_zip.unlink()
            out = folder / f"bundle-{n}.zip"
            child = export_child = run_in_child(export_in_child, folder / "vault", out)
            ours_export.append(child["seconds"])
            export_peak = max(export_peak, child["peak_kib"] / 1024)
            if n < repeat - 1:
                out.unlink()
        bundle_zip = out
        with zipfile.ZipFile(bundle_zip) as archive:
            archive.extractall(folder / "extracted")
            bag = folder / "extracted" / archive.namelist()[0].split("/", 1)[0]
        baseline_verify, ours_verify, verify_peak = [], [], 0.0
        for _ in range(repeat):
            baseline_verify.append(timed_command(["sha256sum", "-c", "--quiet", "manifest-sha256.txt"], bag))
            child = verify_child = run_in_child(verify_in_child, bundle_zip)
            if not child["intact"]:
                print("the exported bundle did not verify as intact")
                return 1
            ours_verify.append(child["seconds"])
            verify_peak = max(verify_peak, child["peak_kib"] / 1024)
        crc_reader = zipfile_reader_seconds(bundle_zip)

    size_mib = FILES * max(1, total_mib // FILES)
    print(f"evidence: {FILES} files, {size_mib:,} MiB on {INCIDENTS} incidents; best of {repeat} runs each")
    print(f"export:  threatlog {min(ours_export):.2f} s   sha256sum + zip -0: {min(baseline_export):.2f} s")
    print(f"verify:  threatlog {min(ours_verify):.2f} s   sha256sum -c: {min(baseline_verify):.2f} s")
    print(f"for information: hashing the evidence through zipfile's reader (CRC-32 + copies): {crc_reader:.2f} s")
    print(f"for information: export child RSS after opening the vault {export_child['open_rss_kib'] / 1024:.1f} MiB, "
          f"verify child RSS at start {verify_child['start_rss_kib'] / 1024:.1f} MiB")
    status = report("export time ratio", min(ours_export) / min(baseline_export), TARGET_EXPORT_RATIO)
    status |= report("verify time ratio", min(ours_verify) / min(baseline_verify), TARGET_VERIFY_RATIO)
    status |= report("export peak RSS", export_peak, TARGET_PEAK_MIB, " MiB")
    status |= report("verify peak RSS", verify_peak, TARGET_PEAK_MIB, " MiB")
    return status


if __name__ == "__main__":
    sys.exit(main())

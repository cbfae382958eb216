"""Attaching 200 MB of images through the core vs sha256sum + a plain copy of the same files.

The images are random noise (they do not compress), half PNG and half JPEG, made before any
timing. The core's time runs until its bytes are in the database file and on disk: commit,
WAL checkpoint, os.sync(). The baseline hashes with sha256sum, copies, and also ends with
os.sync(); it runs before and after the core, and the faster of its two runs counts.

Thumbnails and image facts are made after the commit (app/core/untrusted/thumbnails.py), so they are not
in the ratio: the time of that second step is printed beside it, for the record.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import MIB, make_vault, report, timed  # noqa: E402
from PIL import Image  # noqa: E402

from app.core.records import evidence, incidents
from app.core.records.drafts import IncidentDraft  # noqa: E402
from app.core.untrusted import thumbnails  # noqa: E402

FILES = 100
TARGET_RATIO = 2.0
# (extension, side in pixels, save options): noise takes ~3 bytes a pixel as PNG, ~1.2 as JPEG,
# so both come out near 2 MiB.
FORMATS = (("png", 836, {"compress_level": 1}), ("jpg", 1330, {"quality": 95}))


def make_images(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for n in range(FILES):
        extension, side, options = FORMATS[n % 2]
        path = folder / f"screenshot_{n:03d}.{extension}"
        Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(path, **options)
        paths.append(path)
    return paths


def hash_and_copy(paths: list[Path], folder: Path) -> None:
    subprocess.run(["sha256sum", *map(str, paths)], check=True, stdout=subprocess.DEVNULL)
    folder.mkdir()
    for path in paths:
        shutil.copyfile(path, folder / path.name)
    os.sync()


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-images-") as tmp:
        tmp = Path(tmp)
        paths = make_images(tmp / "images")
        total_mb = sum(p.stat().st_size for p in paths) / MIB
        vault = make_vault(tmp / "vault")
        with vault.transaction() as conn:
            incident_id = incidents.create(conn, IncidentDraft("harassment", "Screenshots of the campaign"))
        os.sync()

        def attach_through_core() -> None:
            with vault.transaction() as conn:
                evidence.attach_many(conn, incident_id, [evidence.file_source(p) for p in paths])
            vault.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            os.sync()

        baseline_first = timed(lambda: hash_and_copy(paths, tmp / "copy1"))
        core_seconds = timed(attach_through_core)
        baseline_second = timed(lambda: hash_and_copy(paths, tmp / "copy2"))
        thumbnail_seconds = timed(lambda: thumbnails.make_pending(vault.connection()))
        with vault.transaction() as conn:
            attached = len(incidents.get(conn, incident_id).evidence)
            thumbnailed = conn.execute("SELECT count(*) FROM blobs WHERE thumbnail IS NOT NULL").fetchone()[0]
        vault.close()

    assert attached == FILES, attached
    baseline = min(baseline_first, baseline_second)
    print(f"{FILES} images, {total_mb:.1f} MiB, {thumbnailed} thumbnails made")
    print(f"core (attach_many, commit, checkpoint, sync): {core_seconds:7.3f} s  ({total_mb / core_seconds:.0f} MiB/s)")
    print(f"then thumbnails and image facts (not timed in the ratio): {thumbnail_seconds:.3f} s")
    print(f"baseline (sha256sum + copy + sync):           {baseline:7.3f} s  "
          f"(runs: {baseline_first:.3f} s, {baseline_second:.3f} s)")
    return report("ratio core/baseline", core_seconds / baseline, TARGET_RATIO)


if __name__ == "__main__":
    sys.exit(main())

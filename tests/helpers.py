"""Small tools for tests: hashing a folder's files, making images in memory, damaging a vault the
way a failing disk or a crash does."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from app.core.records import evidence, incidents
from app.core.records.drafts import IncidentDraft
from app.core.storage.database import DatabaseError, connect
from app.core.storage.keyslots import DEFAULT_CIPHER_PAGE_SIZE
from app.core.storage.vault import DB_NAME, Vault

PAGE = DEFAULT_CIPHER_PAGE_SIZE


def folder_digest(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under `folder`, to prove a failed command changed no byte."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def png_bytes(width: int = 64, height: int = 48, color: tuple[int, int, int] = (200, 30, 30), text: str = "") -> bytes:
    image = Image.new("RGB", (width, height), color)
    buffer = io.BytesIO()
    if text:
        from PIL.PngImagePlugin import PngInfo

        info = PngInfo()
        info.add_text("Comment", text)
        image.save(buffer, "PNG", pnginfo=info)
    else:
        image.save(buffer, "PNG")
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------
# Leaks


def sealed_environment_variables(root: Path) -> dict[str, str]:
    """HOME, the temp dir and the XDG folders inside `root` (created), so that whatever a session
    writes outside the vault lands where the canary scan looks."""
    home, temp = root / "home", root / "tmp"
    home.mkdir()
    temp.mkdir()
    return {"HOME": str(home), "TMPDIR": str(temp), "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CACHE_HOME": str(home / ".cache"), "XDG_CONFIG_HOME": str(home / ".config")}


def _needles(texts: tuple[str, ...]) -> list[bytes]:
    needles = []
    for text in texts:
        needles += [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
    return needles


@dataclass(frozen=True)
class CanaryScan:
    hits: list[str]  # "path: needle" for each file and needle found
    files: int  # files read: a scan that read nothing proves nothing


def canary_scan(roots: list[Path], since: float, skip: Path | tuple[Path, ...], texts: tuple[str, ...]) -> CanaryScan:
    """Files under roots, changed since `since`, that contain one of `texts` in UTF-8 or UTF-16 (the
    encodings a leak would use). `skip`: files, or folders whose files, are not ours to scan (the
    user's own originals, the bundle they asked for)."""
    skipped = (skip,) if isinstance(skip, Path) else skip
    hits, files = [], 0
    needles = _needles(texts)
    for root in roots:
        for path in _files_under(root):
            try:
                if not path.is_file() or path.is_symlink() or any(s == path or s in path.parents for s in skipped) \
                        or path.stat().st_mtime < since:
                    continue
                data = path.read_bytes()
            except OSError:
                continue  # gone meanwhile, or not readable: not a file this app wrote
            files += 1
            hits += [f"{path}: {needle[:20]!r}" for needle in needles if needle in data]
    return CanaryScan(hits, files)


def _files_under(root: Path) -> Iterator[Path]:
    """Every file under root. os.walk, not rglob: a folder that another process removes during the
    scan is skipped instead of ending it. Scanning the system temp, the folders of other pytest
    runs are left out (a concurrent run of the same test writes the same canary there); a root
    that is itself in one (this test's tmp_path) is scanned whole."""
    inside_pytest = any(part.startswith("pytest-of-") for part in root.parts)
    for folder, dirnames, filenames in os.walk(root):
        if not inside_pytest:
            dirnames[:] = [d for d in dirnames if not d.startswith("pytest-of-")]
        yield from (Path(folder, name) for name in filenames)


def scan_for_canary(roots: list[Path], since: float, skip: Path | tuple[Path, ...], texts: tuple[str, ...]) -> list[str]:
    """The hits of `canary_scan`."""
    return canary_scan(roots, since, skip, texts).hits


# --------------------------------------------------------------------------------------------
# Damage


def flip_byte(path: Path, offset: int, mask: int = 0x5A) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        byte = f.read(1)[0]
        f.seek(offset)
        f.write(bytes([byte ^ mask]))


def checkpoint(vault: Vault) -> None:
    vault.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _chunk_readable(db: Path, key: bytes, blob_id: int | None, seq: int) -> bool:
    # A fresh connection each time: SQLCipher fails every read of a connection after one bad page.
    conn = connect(db, key, PAGE, read_only=True)
    try:
        if blob_id is None:
            blob_id = conn.execute("SELECT max(id) FROM blobs").fetchone()[0]
        conn.execute("SELECT data FROM blob_chunks WHERE blob_id = ? AND seq = ?", (blob_id, seq)).fetchall()
        return True
    except DatabaseError:
        return False
    finally:
        conn.close()


def _page_of_one_chunk(vault_dir: Path, key: bytes, first: int, last: int) -> int:
    """A page in [first, last] whose damage hurts only the second chunk of the newest blob: one of
    that chunk's overflow pages (pages are encrypted, so found by trying, on a scratch copy)."""
    scratch = vault_dir.parent / "probe.db"
    pristine = (vault_dir / DB_NAME).read_bytes()
    for page in range(first, last + 1):
        damaged = bytearray(pristine)
        damaged[(page - 1) * PAGE + PAGE // 2] ^= 0x5A
        scratch.write_bytes(damaged)
        if not _chunk_readable(scratch, key, None, 1) and all(
                _chunk_readable(scratch, key, blob, seq) for blob, seq in ((None, 0), (None, 2), (1, 0))):
            scratch.unlink()
            return page
    raise AssertionError("no overflow page found")


def damage_one_evidence_chunk(vault: Vault, file_name: str = "proof.bin") -> tuple[str, int]:
    """Attach a three-chunk file to a new incident, close the vault, and flip a byte in a page of
    that file's second chunk only. Returns (the incident's id, the damaged page). The vault must
    already hold at least one other evidence item (blob 1 is checked to stay readable)."""
    vault_dir = vault.folder
    with vault.transaction() as conn:
        victim = incidents.create(conn, IncidentDraft("threat", "Screenshot of the threat"))
    checkpoint(vault)
    first_new_page = (vault_dir / DB_NAME).stat().st_size // PAGE + 1
    with vault.transaction() as conn:
        evidence.attach_stream(conn, victim, io.BytesIO(os.urandom(3 * evidence.CHUNK_BYTES)), file_name)
    checkpoint(vault)
    key = bytes(vault._key)
    vault.close()
    page = _page_of_one_chunk(vault_dir, key, first_new_page, (vault_dir / DB_NAME).stat().st_size // PAGE)
    flip_byte(vault_dir / DB_NAME, (page - 1) * PAGE + PAGE // 2)
    return victim, page


def crash_image(source: Path, destination: Path) -> None:
    """The vault's files as a crash would leave them: copied while the vault is open, WAL included."""
    destination.mkdir()
    for name in os.listdir(source):
        shutil.copy2(source / name, destination / name)


def vault_with_unflushed_log(vault: Vault, crashed: Path) -> list[str]:
    """Six saves left in the write-ahead log of a crash image at `crashed`; closes `vault`."""
    vault.connection().execute("PRAGMA wal_autocheckpoint = 0")
    checkpoint(vault)
    ids = []
    for n in range(6):
        with vault.transaction() as conn:
            ids.append(incidents.create(conn, IncidentDraft("harassment", f"Saved change {n}")))
    crash_image(vault.folder, crashed)
    vault.close()
    return ids


def damage_the_log(crashed: Path, frame_bytes: int = 24 + PAGE) -> int:
    """Flip a byte in the middle frame of a crash image's write-ahead log; returns that frame's number."""
    wal = crashed / (DB_NAME + "-wal")
    bad_frame = (wal.stat().st_size - 32) // frame_bytes // 2
    flip_byte(wal, 32 + (bad_frame - 1) * frame_bytes + 24 + PAGE // 3)
    return bad_frame

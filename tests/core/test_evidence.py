"""Evidence as a court checks it: the bytes out are the bytes in, with the hash taken at collection."""

from __future__ import annotations

import hashlib
import io
import os
import time
from pathlib import Path

import pytest

from app.core.records import evidence, incidents
from app.core.records.drafts import IncidentDraft
from app.core.records.evidence import AttachCancelled
from app.core.storage.vault import Vault
from app.core.untrusted import isolation, thumbnails
from tests.conftest import PASSPHRASE
from tests.helpers import png_bytes


def _incident(vault, title: str = "Threat") -> str:
    with vault.transaction() as conn:
        return incidents.create(conn, IncidentDraft("threat", title))


def _read_back(vault, sha: str) -> bytes:
    return b"".join(evidence.read_chunks(vault.connection(), sha))


def test_bytes_and_hash_survive_exactly(vault, tmp_path: Path) -> None:
    data = os.urandom(5 * evidence.CHUNK_BYTES + 12345)  # several chunks and a partial one
    source = tmp_path / "video.mp4"
    source.write_bytes(data)
    incident_id = _incident(vault)
    with vault.transaction() as conn:
        result = evidence.attach_path(conn, incident_id, source)
    assert result.item.sha256 == hashlib.sha256(data).hexdigest()
    assert result.item.size == len(data)
    assert _read_back(vault, result.item.sha256) == data
    out = tmp_path / "out.bin"
    evidence.write_out(vault.connection(), result.item.sha256, out)
    assert out.read_bytes() == data


def test_same_content_is_stored_once(vault) -> None:
    first, second = _incident(vault, "a"), _incident(vault, "b")
    with vault.transaction() as conn:
        one = evidence.attach_stream(conn, first, io.BytesIO(b"same bytes"), "a.txt")
        two = evidence.attach_stream(conn, second, io.BytesIO(b"same bytes"), "b.txt")
        again = evidence.attach_stream(conn, first, io.BytesIO(b"same bytes"), "a-again.txt")
    assert one.newly_stored and not two.newly_stored and not again.newly_attached
    conn = vault.connection()
    assert conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1
    assert [i.display_name for i in evidence.for_incident(conn, second)] == ["b.txt"]


def test_media_type_comes_from_content_not_extension(vault) -> None:
    incident_id = _incident(vault)
    with vault.transaction() as conn:
        result = evidence.attach_stream(conn, incident_id, io.BytesIO(png_bytes()), "not-really.txt")
    assert result.item.media_type == "image/png"


def test_image_gets_a_thumbnail_and_metadata_and_original_is_untouched(vault) -> None:
    from PIL import Image

    image = Image.new("RGB", (1200, 800), (10, 120, 60))
    exif = Image.Exif()
    exif[0x010F] = "FictionalCam"
    exif[0x0110] = "X1"
    exif[0x8769] = {0x9003: "2026:10:05 14:30:00"}
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    original = buffer.getvalue()
    incident_id = _incident(vault)
    with vault.transaction() as conn:
        evidence.attach_stream(conn, incident_id, io.BytesIO(original), "photo.jpg")
    assert thumbnails.make_pending(vault.connection()) == 1
    item, = evidence.for_incident(vault.connection(), incident_id)
    assert item.image["width"] == 1200 and item.image["taken_at"] == "2026-10-05T14:30:00"
    assert "FictionalCam" in item.image["camera"]
    thumb = Image.open(io.BytesIO(evidence.thumbnail(vault.connection(), item.sha256)))
    assert max(thumb.size) <= 320
    assert _read_back(vault, item.sha256) == original


@pytest.mark.parametrize(
    "name, content",
    [
        ("../../etc/passwd", b"root:x:0:0"),
        ("C:\\Windows\\evil.exe", b"MZ"),
        ("invoice\u202egpj.exe", b"MZ\x90"),
        ("CON", b"con"),
        ("a" * 300 + ".jpg", b"\xff\xd8\xff"),
        ("line\r\nbreak\x00.txt", b"text"),
        ("empty.bin", b""),
    ],
)
def test_hostile_names_are_kept_for_the_record_but_shown_safely(vault, name: str, content: bytes) -> None:
    incident_id = _incident(vault)
    with vault.transaction() as conn:
        item = evidence.attach_stream(conn, incident_id, io.BytesIO(content), name).item
    assert _read_back(vault, item.sha256) == content
    assert item.sha256 == hashlib.sha256(content).hexdigest()
    shown = item.display_name
    assert "/" not in shown and "\\" not in shown and "\u202e" not in shown and "\x00" not in shown
    assert len(shown.encode()) <= 120 and shown not in ("CON", "")
    assert item.filename  # the original name, kept as evidence


def test_undecodable_image_is_kept_without_thumbnail(vault) -> None:
    truncated = png_bytes(400, 400)[:200]
    incident_id = _incident(vault)
    with vault.transaction() as conn:
        item = evidence.attach_stream(conn, incident_id, io.BytesIO(truncated), "broken.png").item
    assert _read_back(vault, item.sha256) == truncated
    assert evidence.thumbnail(vault.connection(), item.sha256) is None


def test_cancelled_attach_stores_nothing(vault) -> None:
    incident_id = _incident(vault)
    calls = iter(range(100))
    with pytest.raises(AttachCancelled):
        with vault.transaction() as conn:
            evidence.attach_stream(conn, incident_id, io.BytesIO(os.urandom(4 * evidence.CHUNK_BYTES)), "big.bin",
                                   cancelled=lambda: next(calls) >= 2)
    conn = vault.connection()
    assert conn.execute("SELECT count(*) FROM blob_chunks").fetchone()[0] == 0
    assert list(evidence.for_incident(conn, incident_id)) == []


def test_progress_reports_bytes_stored(vault) -> None:
    seen: list[int] = []
    incident_id = _incident(vault)
    with vault.transaction() as conn:
        evidence.attach_stream(conn, incident_id, io.BytesIO(b"x" * (3 * evidence.CHUNK_BYTES)), "f", "import",
                               progress=seen.append)
    assert seen == [evidence.CHUNK_BYTES, 2 * evidence.CHUNK_BYTES, 3 * evidence.CHUNK_BYTES]


def test_a_copy_written_out_is_on_the_custody_record(vault, tmp_path: Path) -> None:
    from app.core.records import custody

    incident_id = _incident(vault)
    with vault.transaction() as conn:
        item = evidence.attach_stream(conn, incident_id, io.BytesIO(b"original"), "o.txt").item
    target = tmp_path / "copy.txt"
    target.write_bytes(b"old content")
    with pytest.raises(Exception, match="already exists"):
        evidence.write_out(vault.connection(), item.sha256, target)
    evidence.write_out(vault.connection(), item.sha256, target, overwrite=True)
    assert target.read_bytes() == b"original"
    last = list(custody.entries(vault.connection()))[-1]
    assert (last.action, last.object_sha256) == ("copy_out", item.sha256)
    assert custody.verify(vault.connection()).intact


def test_evidence_is_committed_before_any_decoding_and_thumbnails_follow(vault, monkeypatch) -> None:
    # No decoder at all while attaching: securing the bytes must not wait for one.
    def no_decoder() -> None:
        raise AssertionError("attach decoded an image before its commit")

    monkeypatch.setattr(isolation, "default_pool", no_decoder)
    incident_id = _incident(vault)
    with vault.transaction() as conn:
        item = evidence.attach_stream(conn, incident_id, io.BytesIO(png_bytes()), "shot.png").item
    assert item.image is None and evidence.thumbnail(vault.connection(), item.sha256) is None
    assert thumbnails.pending_count(vault.connection()) == 1
    monkeypatch.undo()

    # As after a crash between the two steps: a later run, on a reopened vault, finishes the work.
    vault_dir = vault.folder
    vault.close()
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as reopened:
        assert thumbnails.make_pending(reopened.connection()) == 1
        assert thumbnails.pending_count(reopened.connection()) == 0
        done, = evidence.for_incident(reopened.connection(), incident_id)
        assert done.image["width"] > 0 and evidence.thumbnail(reopened.connection(), item.sha256)
        assert _read_back(reopened, item.sha256) == png_bytes()


def test_only_decodable_images_wait_for_thumbnails(vault) -> None:
    incident_id = _incident(vault)
    with vault.transaction() as conn:
        evidence.attach_stream(conn, incident_id, io.BytesIO(b"%PDF-1.4 not an image"), "a.pdf")
        evidence.attach_stream(conn, incident_id, io.BytesIO(b"\x89PNG\r\n\x1a\n broken"), "broken.png")
    assert thumbnails.pending_count(vault.connection()) == 1  # the PNG, which then fails to decode
    assert thumbnails.make_pending(vault.connection()) == 1
    assert thumbnails.pending_count(vault.connection()) == 0
    assert all(item.image is None for item in evidence.for_incident(vault.connection(), incident_id))


def test_making_thumbnails_hears_a_cancel_while_a_decode_hangs(vault, monkeypatch) -> None:
    # Locking the app cancels this and then closes the connection it runs on: it must stop at once,
    # not after a slow (or hostile) image's decode.
    from concurrent.futures import Future

    from app.core.errors import OperationCancelled

    class HangingPool:
        def submit(self, untrusted_bytes: bytes) -> Future:
            return Future()  # never completes

    assert thumbnails.make_pending(vault.connection()) == 0  # nothing pending: no decoder started
    incident_id = _incident(vault)
    with vault.transaction() as conn:
        evidence.attach_stream(conn, incident_id, io.BytesIO(png_bytes()), "shot.png")
    monkeypatch.setattr(isolation, "default_pool", lambda: HangingPool())
    started = time.monotonic()
    with pytest.raises(OperationCancelled):
        thumbnails.make_pending(vault.connection(), cancelled=lambda: time.monotonic() - started > 0.2)
    assert time.monotonic() - started < 2
    assert thumbnails.pending_count(vault.connection()) == 1  # still marked for the next run

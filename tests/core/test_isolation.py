"""Hostile images are decoded in limited worker processes: the app survives, its memory stays low,
the bytes are kept as evidence, and a dead worker is replaced for the next image."""

from __future__ import annotations

import gc
import io
import json
import os
import signal
import struct
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from app.core.records import evidence, incidents
from app.core.records.drafts import IncidentDraft
from app.core.untrusted import imagemeta, isolation, thumbnails
from app.core.untrusted.decoder_reply import BadReply, decode_reply
from app.core.untrusted.isolation import DecoderPool
from tests.bundle_helpers import gps_jpeg
from tests.helpers import png_bytes
from tests.hostile_media import decompression_bomb, huge_dimension_png

LINUX = sys.platform.startswith("linux")


@pytest.fixture(scope="module")
def heavy_png() -> bytes:
    """Within every declared limit (64 megapixels, 1 MB), yet ~525 MB of memory to thumbnail."""
    image = Image.new("RGBA", (8000, 8000), (10, 20, 30, 200))
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)
    del image
    gc.collect()
    return out.getvalue()


def _status_kib(field: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            return next(int(line.split()[1]) for line in f if line.startswith(field + ":"))
    except (OSError, StopIteration):
        return None


def _reset_peak_rss() -> bool:
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")
        return True
    except OSError:
        return False


@pytest.fixture
def pool_for(monkeypatch: pytest.MonkeyPatch):
    """Make evidence use a pool with the given limits for this test."""
    pools = []

    def make(**limits) -> DecoderPool:
        pool = DecoderPool(**limits)
        pools.append(pool)
        monkeypatch.setattr(isolation, "default_pool", lambda: pool)
        return pool

    yield make
    for pool in pools:
        pool.shutdown()


def _attach(vault, files: dict[str, bytes]) -> dict[str, evidence.EvidenceItem]:
    with vault.transaction() as conn:
        incident = incidents.create(conn, IncidentDraft("harassment", "Files the trolls sent"))
        evidence.attach_many(conn, incident, [evidence.bytes_source(d, n, "file") for n, d in files.items()])
    thumbnails.make_pending(vault.connection())  # what the CLI and the app run after the commit
    items = {item.filename: item for item in evidence.for_incident(vault.connection(), incident)}
    return {name: items[name] for name in files}


def _thumbnail_exists(vault, sha256: str) -> bool:
    return evidence.thumbnail(vault.connection(), sha256) is not None


def _stored(vault, sha256: str) -> bytes:
    return b"".join(evidence.read_chunks(vault.connection(), sha256))


def test_workers_give_what_decoding_in_process_gives() -> None:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0112] = "Canon", "Canon EOS R5", 6
    exif.get_ifd(0x8769).update({0x9003: "2026:10:05 14:30:00", 0x9011: "+04:00"})
    samples = {"jpeg with exif": gps_jpeg(), "png": png_bytes(200, 120)}
    out = io.BytesIO()
    Image.new("RGB", (300, 200), (1, 2, 3)).save(out, "JPEG", exif=exif)
    samples["rotated jpeg"] = out.getvalue()
    for mode, fmt in (("RGBA", "PNG"), ("P", "GIF"), ("RGB", "WEBP"), ("RGB", "TIFF"), ("I;16", "PNG")):
        out = io.BytesIO()
        Image.new(mode, (90, 60)).save(out, fmt)
        samples[f"{mode} {fmt}"] = out.getvalue()
    with DecoderPool() as pool:
        for name, data in samples.items():
            isolated, local = pool.submit(data).result(), imagemeta.inspect_image(data)
            assert (isolated.width, isolated.height, isolated.taken_at, isolated.camera, isolated.gps) == \
                   (local.width, local.height, local.taken_at, local.camera, local.gps), name
            # Encoded by the parent from the worker's pixels: the same bytes as encoding in-process.
            assert isolated.thumbnail == local.thumbnail, name


def test_hostile_images_are_kept_without_thumbnail_and_the_app_stays_small(vault, pool_for, heavy_png) -> None:
    pool = pool_for(memory_limit=256 * 1024 * 1024)
    files = {"bomb.png": decompression_bomb(), "huge.png": huge_dimension_png(), "heavy.png": heavy_png,
             "fine.png": png_bytes(64, 48)}
    gc.collect()
    measured = _reset_peak_rss()
    rss_before = _status_kib("VmRSS")
    started = time.perf_counter()
    items = _attach(vault, files)
    seconds = time.perf_counter() - started
    peak = _status_kib("VmHWM")
    for name, data in files.items():
        assert _stored(vault, items[name].sha256) == data, name  # the bytes are evidence, whatever they do
    assert [n for n in files if _thumbnail_exists(vault, items[n].sha256)] == ["fine.png"]
    grew = (peak - rss_before) // 1024 if measured and peak and rss_before else None
    print(f"bomb {len(files['bomb.png']):,} B, huge {len(files['huge.png'])} B, heavy {len(heavy_png):,} B: "
          f"stored without thumbnail in {seconds:.2f} s; parent peak RSS grew {grew} MiB "
          f"(worker limit 256 MiB); worker starts: {pool.worker_starts}")
    if grew is not None:
        assert grew < 100


def test_a_heavy_but_legitimate_image_is_decoded_outside_the_app(vault, pool_for, heavy_png) -> None:
    pool = pool_for()
    gc.collect()
    measured = _reset_peak_rss()
    rss_before = _status_kib("VmRSS")
    item = _attach(vault, {"big screenshot.png": heavy_png})["big screenshot.png"]
    peak = _status_kib("VmHWM")
    assert item.image == {"width": 8000, "height": 8000, "taken_at": None, "camera": None, "gps": None}
    assert _thumbnail_exists(vault, item.sha256)
    if measured and peak and rss_before:
        grew = (peak - rss_before) // 1024
        print(f"64-megapixel RGBA PNG thumbnailed by a worker; parent peak RSS grew {grew} MiB "
              f"(decoding it in-process takes ~525 MiB)")
        assert grew < 150
    assert pool.worker_pids()


def test_a_worker_killed_mid_decode_costs_one_thumbnail_only(vault, pool_for, heavy_png) -> None:
    pool = DecoderPool(workers=1)
    try:
        future = pool.submit(heavy_png)
        deadline = time.monotonic() + 30
        while not pool.busy_pids() and time.monotonic() < deadline:
            time.sleep(0.005)
        [pid] = pool.busy_pids()
        os.kill(pid, signal.SIGKILL)
        assert future.result(timeout=30) is None
        assert pool.submit(png_bytes(40, 30)).result(timeout=30).width == 40
        assert pool.worker_starts == 2 and pool.worker_pids() != [pid]
    finally:
        pool.shutdown()
    pool_for()
    # And through attach: the next attach after a death works as usual.
    items = _attach(vault, {"next.png": png_bytes(50, 40)})
    assert _thumbnail_exists(vault, items["next.png"].sha256)


def test_a_hanging_decode_is_killed_after_the_timeout(heavy_png) -> None:
    with DecoderPool(workers=1, timeout=0.05) as pool:
        started = time.perf_counter()
        assert pool.submit(heavy_png).result(timeout=30) is None
        assert time.perf_counter() - started < 5
    with DecoderPool(workers=1) as pool:
        assert pool.submit(png_bytes(30, 20)).result(timeout=30) is not None


def test_a_cancelled_attach_leaves_the_shared_pool_working(vault, pool_for) -> None:
    pool_for()
    with vault.transaction() as conn:
        incident = incidents.create(conn, IncidentDraft("threat", "Cancelled"))
    calls = []

    def cancel_on_the_second_file() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(evidence.AttachCancelled), vault.transaction() as conn:
        evidence.attach_many(conn, incident, [evidence.bytes_source(png_bytes(30 + n, 20), f"{n}.png", "file")
                                              for n in range(3)], cancelled=cancel_on_the_second_file)
    items = _attach(vault, {"after.png": png_bytes(33, 22)})
    assert _thumbnail_exists(vault, items["after.png"].sha256)


@pytest.mark.skipif(not LINUX, reason="reads /proc")
def test_workers_run_under_their_limits() -> None:
    with DecoderPool(workers=1) as pool:
        pool.submit(png_bytes()).result()
        [pid] = pool.worker_pids()
        limits = Path(f"/proc/{pid}/limits").read_text()
    rows = {line[:26].strip(): line[26:].split() for line in limits.splitlines()[1:]}
    assert rows["Max address space"][0] == str(isolation.MEMORY_LIMIT_BYTES)
    assert rows["Max core file size"][0] == "0"
    assert int(rows["Max open files"][0]) < 64  # no new descriptor can be opened
    assert rows["Max cpu time"][0] != "unlimited"
    print(f"worker {pid}: address space {rows['Max address space'][0]} B, open files {rows['Max open files'][0]}, "
          f"cpu {rows['Max cpu time'][0]} s, core 0")


def test_the_app_itself_decodes_nothing(vault, pool_for, monkeypatch: pytest.MonkeyPatch) -> None:
    pool_for()

    def forbidden(*args, **kwargs):
        raise AssertionError("an untrusted image was opened in the app's own process")

    monkeypatch.setattr(Image, "open", forbidden)
    items = _attach(vault, {"photo.jpg": gps_jpeg()})
    assert items["photo.jpg"].image["gps"] is not None and _thumbnail_exists(vault, items["photo.jpg"].sha256)


def _reply(header: dict, pixels: bytes = b"") -> bytes:
    body = json.dumps(header).encode()
    return struct.pack(">I", len(body)) + body + pixels


_GOOD = {"image": True, "width": 10, "height": 5, "taken_at": None, "camera": None, "gps": None,
         "thumbnail": [2, 1]}


@pytest.mark.parametrize("reply", [
    b"",
    b"\x00\x00\x10\x00{}",
    _reply({**_GOOD, "extra": 1}, b"\x00" * 6),
    _reply({**_GOOD, "width": 10**9}, b"\x00" * 6),
    _reply({**_GOOD, "width": True}, b"\x00" * 6),
    _reply({**_GOOD, "camera": "Canon\u202eevil"}, b"\x00" * 6),
    _reply({**_GOOD, "camera": "x" * 101}, b"\x00" * 6),
    _reply({**_GOOD, "taken_at": "yesterday"}, b"\x00" * 6),
    _reply({**_GOOD, "gps": [91.0, 0.0]}, b"\x00" * 6),
    _reply({**_GOOD, "thumbnail": [2, 1]}, b"\x00" * 7),
    _reply({**_GOOD, "thumbnail": [321, 1]}, b"\x00" * 963),
    _reply({**_GOOD, "thumbnail": None}, b"\x00" * 6),
    _reply({**dict.fromkeys(_GOOD), "image": False}, b"\x00"),
    _reply({**dict.fromkeys(_GOOD), "image": False, "width": 3}),
])
def test_a_reply_out_of_protocol_is_refused(reply: bytes) -> None:
    """A worker taken over by a crafted file may answer anything: nothing but the protocol is accepted."""
    with pytest.raises(BadReply):
        decode_reply(reply)


def test_a_worker_out_of_protocol_is_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_reply: bytes):
        raise BadReply("test")

    with DecoderPool(workers=1) as pool:
        monkeypatch.setattr(isolation, "decode_reply", refuse)
        assert pool.submit(png_bytes()).result(timeout=30) is None
        monkeypatch.undo()
        assert pool.submit(png_bytes()).result(timeout=30) is not None
        assert pool.worker_starts == 2


def test_a_good_reply_parses() -> None:
    info = decode_reply(_reply(_GOOD, b"\x10" * 6))
    assert (info.width, info.height) == (10, 5) and info.thumbnail.startswith(b"\xff\xd8")

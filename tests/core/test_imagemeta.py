import builtins
import io
import os
import random
import struct
import subprocess
import sys
import time
import warnings
import zipfile
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageFile
from PIL.TiffImagePlugin import IFDRational

from app.core.untrusted.imagemeta import DECODE_LIMIT_BYTES, MAX_PIXELS, THUMBNAIL_MAX_SIDE, ImageInfo, inspect_image

RED, BLUE = (255, 0, 0), (0, 0, 255)


def _encode(image: Image.Image, fmt: str, **params: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **params)
    return out.getvalue()


def _exif(orientation: int = 1, gps_override: dict[int, object] | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "Canon EOS R5"
    exif[0x0112] = orientation
    sub_ifd = exif.get_ifd(0x8769)
    sub_ifd[0x9003] = "2024:10:07 23:41:05"
    sub_ifd[0x9011] = "+04:00"
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (40.0, 24.0, 36.0), 3: "W", 4: (49.0, 52.0, 12.0)})
    gps.update(gps_override or {})
    return exif


def _photo(size: tuple[int, int] = (200, 100), exif: Image.Exif | None = None) -> bytes:
    """Left half red, right half blue, so rotations can be seen in the thumbnail."""
    image = Image.new("RGB", size, RED)
    image.paste(BLUE, (size[0] // 2, 0, size[0], size[1]))
    return _encode(image, "JPEG", exif=exif if exif is not None else _exif(), comment=b"secret")


def _noisy_jpeg() -> bytes:
    return _encode(Image.effect_noise((800, 600), 64).convert("RGB"), "JPEG", exif=_exif())


def _png_declaring(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def _thumbnail(info: ImageInfo | None) -> Image.Image:
    assert info is not None and info.thumbnail is not None
    thumbnail = Image.open(io.BytesIO(info.thumbnail))
    assert thumbnail.format == "JPEG"
    assert max(thumbnail.size) <= THUMBNAIL_MAX_SIDE
    return thumbnail


def _close(color: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(color, expected))


def test_reads_exif_facts() -> None:
    info = inspect_image(_photo())
    assert info is not None
    assert (info.width, info.height) == (200, 100)
    assert info.taken_at == "2024-10-07T23:41:05+04:00"
    assert info.camera == "Canon EOS R5"
    assert info.gps is not None
    assert info.gps[0] == pytest.approx(40.41)
    assert info.gps[1] == pytest.approx(-49.87)


def test_thumbnail_has_no_metadata() -> None:
    thumbnail = _thumbnail(inspect_image(_photo()))
    assert not thumbnail.getexif()
    assert "comment" not in thumbnail.info
    assert "icc_profile" not in thumbnail.info and "xmp" not in thumbnail.info


def test_orientation_6_rotates_thumbnail_clockwise() -> None:
    info = inspect_image(_photo(exif=_exif(orientation=6)))
    assert info is not None and (info.width, info.height) == (200, 100)  # as stored
    thumbnail = _thumbnail(info).convert("RGB")
    assert thumbnail.size == (100, 200)
    assert _close(thumbnail.getpixel((50, 20)), RED)  # the left half is now on top
    assert _close(thumbnail.getpixel((50, 180)), BLUE)


def test_large_image_is_reduced_keeping_aspect_ratio() -> None:
    thumbnail = _thumbnail(inspect_image(_photo(size=(2000, 1000))))
    assert thumbnail.size == (320, 160)


def test_small_image_is_not_enlarged() -> None:
    thumbnail = _thumbnail(inspect_image(_encode(Image.new("RGB", (10, 6)), "PNG")))
    assert thumbnail.size == (10, 6)


def test_image_without_exif_has_no_facts() -> None:
    info = inspect_image(_encode(Image.new("RGB", (30, 20)), "PNG"))
    assert info is not None
    assert (info.taken_at, info.camera, info.gps) == (None, None, None)
    assert info.thumbnail is not None


def test_datetime_is_used_when_original_is_missing() -> None:
    exif = Image.Exif()
    exif[0x0132] = "2023:01:02 03:04:05"
    info = inspect_image(_photo(exif=exif))
    assert info is not None and info.taken_at == "2023-01-02T03:04:05"


@pytest.mark.parametrize("value", ["0000:00:00 00:00:00", "2024:13:40 25:00:00", "yesterday", ""])
def test_invalid_dates_give_none(value: str) -> None:
    exif = _exif()
    exif.get_ifd(0x8769)[0x9003] = value
    info = inspect_image(_photo(exif=exif))
    assert info is not None and info.taken_at is None
    assert info.camera == "Canon EOS R5"  # one bad field does not cost the others


def test_garbage_offset_is_not_appended() -> None:
    exif = _exif()
    exif.get_ifd(0x8769)[0x9011] = "+99:99"
    info = inspect_image(_photo(exif=exif))
    assert info is not None and info.taken_at == "2024-10-07T23:41:05"


@pytest.mark.parametrize(
    "gps_override",
    [
        {1: "X"},
        {3: ""},
        {2: (IFDRational(40, 0), 0.0, 0.0)},  # zero denominator: NaN
        {2: (95.0, 0.0, 0.0)},
        {4: (10.0, 75.0, 0.0)},
    ],
)
def test_malformed_gps_gives_none(gps_override: dict[int, object]) -> None:
    info = inspect_image(_photo(exif=_exif(gps_override=gps_override)))
    assert info is not None and info.gps is None
    assert info.taken_at is not None


def test_missing_gps_gives_none() -> None:
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = "2024:10:07 23:41:05"
    info = inspect_image(_photo(exif=exif))
    assert info is not None and info.gps is None
    assert info.taken_at == "2024-10-07T23:41:05"


def test_utf8_camera_name_is_decoded() -> None:
    exif = Image.Exif()
    exif[0x010F] = "Сяоми".encode()
    info = inspect_image(_photo(exif=exif))
    assert info is not None and info.camera == "Сяоми"


def test_camera_text_is_cleaned_of_control_and_bidi_characters() -> None:
    exif = _exif()
    exif[0x010F] = "Evil\u202e\x1b[2J  Corp".encode()
    exif[0x0110] = "X" * 500
    info = inspect_image(_photo(exif=exif))
    assert info is not None and info.camera is not None
    assert info.camera.startswith("Evil[2J Corp XXX")
    assert len(info.camera) == 100


def test_alpha_is_flattened_on_white() -> None:
    image = Image.new("RGBA", (100, 100), (0, 0, 0, 0))
    image.paste((0, 0, 0, 255), (50, 0, 100, 100))
    thumbnail = _thumbnail(inspect_image(_encode(image, "PNG"))).convert("RGB")
    assert _close(thumbnail.getpixel((10, 50)), (255, 255, 255), 15)
    assert _close(thumbnail.getpixel((90, 50)), (0, 0, 0), 15)


def test_palette_transparency_is_flattened_on_white() -> None:
    image = Image.new("P", (40, 40), 0)
    image.putpalette([0, 0, 0, 255, 0, 0])
    image.paste(1, (20, 0, 40, 40))
    thumbnail = _thumbnail(inspect_image(_encode(image, "PNG", transparency=0))).convert("RGB")
    assert _close(thumbnail.getpixel((5, 20)), (255, 255, 255), 15)
    assert _close(thumbnail.getpixel((35, 20)), RED)


def test_animated_gif_uses_first_frame() -> None:
    frames = [Image.new("RGB", (64, 64), color) for color in (RED, BLUE)]
    data = _encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100)
    assert Image.open(io.BytesIO(data)).n_frames == 2
    thumbnail = _thumbnail(inspect_image(data)).convert("RGB")
    assert _close(thumbnail.getpixel((32, 32)), RED)


def test_cmyk_jpeg_gives_rgb_thumbnail() -> None:
    data = _encode(Image.new("CMYK", (50, 50), (0, 255, 255, 0)), "JPEG")
    thumbnail = _thumbnail(inspect_image(data))
    assert thumbnail.mode == "RGB"
    assert _close(thumbnail.getpixel((25, 25)), RED)


def test_16_bit_grey_is_scaled_not_clipped() -> None:
    data = _encode(Image.new("I;16", (40, 40), 32768), "PNG")
    thumbnail = _thumbnail(inspect_image(data)).convert("L")
    assert 118 <= thumbnail.getpixel((20, 20)) <= 138


@pytest.mark.parametrize(
    "size",
    [
        (100_000, 100_000),  # beyond Pillow's own hard limit
        (10_000, 10_000),  # between Pillow's warning and its hard limit
        (8_500, 8_000),  # under Pillow's limits, over ours
    ],
)
def test_declared_bomb_is_refused_before_decoding(
    size: tuple[int, int], monkeypatch: pytest.MonkeyPatch, recwarn: pytest.WarningsRecorder
) -> None:
    assert size[0] * size[1] > MAX_PIXELS
    loads = []
    original_load = ImageFile.ImageFile.load
    monkeypatch.setattr(
        ImageFile.ImageFile, "load", lambda self: loads.append(self) or original_load(self)
    )
    started = time.monotonic()
    assert inspect_image(_png_declaring(*size)) is None
    assert time.monotonic() - started < 1
    assert loads == []
    assert not [w for w in recwarn if issubclass(w.category, Image.DecompressionBombWarning)]


def test_refusing_a_bomb_leaves_warning_filters_alone() -> None:
    before = list(warnings.filters)
    inspect_image(_png_declaring(10_000, 10_000))
    assert list(warnings.filters) == before


def test_oversized_file_is_not_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    opened = []
    monkeypatch.setattr(Image, "open", lambda *a, **k: opened.append(a))
    data = _encode(Image.new("RGB", (8, 8)), "PNG")
    assert inspect_image(data + b"\x00" * (DECODE_LIMIT_BYTES + 1 - len(data))) is None
    assert opened == []


def test_truncated_jpeg_keeps_header_facts() -> None:
    data = _noisy_jpeg()
    info = inspect_image(data[: len(data) * 6 // 10])
    assert info is not None
    assert (info.width, info.height) == (800, 600)
    assert info.taken_at == "2024-10-07T23:41:05+04:00"
    assert info.thumbnail is None
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


def test_truncated_png_keeps_dimensions() -> None:
    data = _encode(Image.effect_noise((300, 200), 64), "PNG")
    info = inspect_image(data[: len(data) * 6 // 10])
    assert info is not None and (info.width, info.height) == (300, 200)
    assert info.thumbnail is None


def test_jpeg_zip_polyglot_gives_dimensions() -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("payload.exe", b"MZ" + os.urandom(100))
    info = inspect_image(_photo() + archive.getvalue())
    assert info is not None and (info.width, info.height) == (200, 100)
    _thumbnail(info)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        random.Random(7).randbytes(4096),
        b"\xff\xd8\xff",
        b"\x89PNG\r\n\x1a\n",
        b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n",  # EPS would run Ghostscript
        b"P6\n8 8\n255\n" + b"\x00" * 192,  # a valid PPM: not a format we accept
    ],
)
def test_not_an_accepted_image_gives_none(data: bytes) -> None:
    assert inspect_image(data) is None


def test_nothing_touches_the_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    inspect_image(_photo())  # plugins imported before file access is watched
    opened = []
    for module in (builtins, io, os):
        monkeypatch.setattr(module, "open", lambda *a, **k: opened.append(a))
    assert inspect_image(_photo()) is not None
    assert opened == []


def test_core_modules_do_not_import_qt() -> None:
    code = (
        "import sys, app.core.untrusted.imagemeta, app.core.untrusted.mediatype, app.core.untrusted.filenames;"
        "sys.exit(any(name.startswith(('PySide', 'PyQt')) for name in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    info = inspect_image(data)
    assert info is None or isinstance(info, ImageInfo)


_SEEDS = {
    "jpeg": _photo(),
    "png": _encode(Image.new("RGBA", (60, 40), (10, 20, 30, 128)), "PNG"),
    "gif": _encode(Image.new("P", (60, 40)), "GIF"),
    "webp": _encode(Image.new("RGB", (60, 40)), "WEBP"),
    "tiff": _encode(Image.new("RGB", (60, 40)), "TIFF", exif=_exif()),
}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(sorted(_SEEDS)),
    st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), min_size=1, max_size=8),
)
def test_corrupted_images_never_raise(kind: str, edits: list[tuple[int, int]]) -> None:
    data = bytearray(_SEEDS[kind])
    for position, value in edits:
        data[position % len(data)] = value
    info = inspect_image(bytes(data))
    if info is not None:
        assert info.width > 0 and info.height > 0
        if info.thumbnail is not None:
            _thumbnail(info)

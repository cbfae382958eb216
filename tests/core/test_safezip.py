"""Hostile archives given to `threatlog verify`: each refused with a clear reason, nothing written.

The zips are built by hand with zipfile (and, where zipfile will not write the lie, by patching
the central directory), as an adversary would craft them.
"""

from __future__ import annotations

import io
import os
import struct
import tempfile
import unicodedata
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.bundles import bundle
from app.core.bundles.bundle import Selection
from app.core.bundles.verify import verify_bundle
from app.core.errors import ArchiveRefused
from app.core.storage.vault import Vault
from app.core.untrusted import safezip
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.helpers import png_bytes

MIB = 1024 * 1024


def _zip(members: list[tuple[str | zipfile.ZipInfo, bytes]], compress: int = zipfile.ZIP_STORED) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", compression=compress) as archive:
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names we write on purpose
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


def _symlink() -> bytes:
    info = zipfile.ZipInfo("bag/data/link")
    info.create_system = 3
    info.external_attr = 0o120777 << 16
    return _zip([("bag/bagit.txt", b"x"), (info, b"/etc/passwd")])


def _patch_central(data: bytes, member: int, offset: int, fmt: str, value: int) -> bytes:
    """Overwrite one field of the `member`-th central directory header."""
    at = -1
    for _ in range(member + 1):
        at = data.index(b"PK\x01\x02", at + 1)
    patched = bytearray(data)
    struct.pack_into(fmt, patched, at + offset, value)
    return bytes(patched)


def _deflate_bomb() -> bytes:
    buffer = io.BytesIO()
    with (zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive,
          archive.open("bag/data/zeros.bin", "w", force_zip64=True) as member):
        for _ in range(200):
            member.write(bytes(MIB))
    return buffer.getvalue()


_TWO = [("bag/bagit.txt", b"BagIt"), ("bag/data/a.txt", b"hello hello hello")]

HOSTILE: dict[str, tuple[Callable[[], bytes], str]] = {
    "dot-dot": (lambda: _zip([("bag/../evil.txt", b"x")]), "'..'"),
    "absolute": (lambda: _zip([("/etc/evil", b"x")]), "absolute"),
    "drive letter": (lambda: _zip([("C:/Windows/evil", b"x")]), "absolute"),
    "backslash": (lambda: _zip([("bag\\..\\evil.txt", b"x")]), "backslash"),
    "colon stream": (lambda: _zip([("bag/data/a.txt:hidden", b"x")]), "colon"),
    # zipfile cuts a name at NUL when writing, so the NUL goes in afterwards, as an attacker's tool would.
    "NUL": (lambda: _zip([("bag/data/a#.txt", b"x")]).replace(b"a#.txt", b"a\x00.txt"), "control character"),
    "escape": (lambda: _zip([("bag/data/\x1b[2Ja.txt", b"x")]), "control character"),
    "symlink": (_symlink, "symbolic link"),
    "duplicate": (lambda: _zip([("bag/data/a.txt", b"1"), ("bag/data/a.txt", b"2")]), "same file"),
    "NFC/NFD": (lambda: _zip([("bag/data/" + unicodedata.normalize("NFC", "café"), b"1"),
                              ("bag/data/" + unicodedata.normalize("NFD", "café"), b"2")]), "same file"),
    "case": (lambda: _zip([("bag/data/Evidence.jpg", b"1"), ("bag/data/evidence.JPG", b"2")]), "same file"),
    "file and folder": (lambda: _zip([("bag/data/a", b"1"), ("bag/data/a/b", b"2")]), "same name"),
    "two folders": (lambda: _zip([("bag-one/bagit.txt", b"1"), ("bag-two/bagit.txt", b"2")]), "one top-level"),
    "loose file": (lambda: _zip([("readme.txt", b"1")]), "outside the bundle"),
    "deflate bomb": (_deflate_bomb, "zip bomb"),
    "huge stored size": (lambda: _patch_central(_patch_central(_zip(_TWO), 1, 20, "<I", 0xFFFFFFF0), 1, 24, "<I",
                                                0xFFFFFFF0), "more bytes than the archive holds"),
    "huge deflated size": (lambda: _patch_central(_zip(_TWO, zipfile.ZIP_DEFLATED), 1, 24, "<I", 0xFFFFFFF0),
                           "zip bomb"),
    "overlapping members": (lambda: _patch_central(_zip(_TWO), 1, 42, "<I", 0), "more bytes than the archive"),
    "encrypted": (lambda: _patch_central(_zip(_TWO), 1, 8, "<H", 0x0001), "encrypted"),
    "lzma": (lambda: _zip(_TWO, zipfile.ZIP_LZMA), "compression method"),
    "not a zip": (lambda: b"%PDF-1.7 not a zip at all" * 100, "not a zip file"),
    "empty file": (lambda: b"", "not a zip file"),
    "truncated": (lambda: _zip(_TWO)[:-30], "not a zip file"),
    "empty zip": (lambda: _zip([]), "empty"),
}


def _snapshot(*roots: Path) -> set[str]:
    return {str(p) for root in roots for p in root.rglob("*")}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_archives_are_refused_and_nothing_is_written(tmp_path: Path, name: str) -> None:
    make, phrase = HOSTILE[name]
    archive = tmp_path / "hostile.zip"
    archive.write_bytes(make())
    temp = Path(tempfile.gettempdir())
    before = _snapshot(tmp_path), set(os.listdir(temp))
    with pytest.raises(ArchiveRefused) as refused:
        verify_bundle(archive)
    assert phrase in str(refused.value), str(refused.value)
    assert (_snapshot(tmp_path), set(os.listdir(temp))) == before


@pytest.mark.parametrize("limit, value, phrase", [
    ("MAX_MEMBERS", 1, "members"),
    ("MAX_TOTAL_BYTES", 10, "GiB in total"),
    ("MAX_CENTRAL_DIRECTORY_BYTES", 50, "table of contents"),
])
def test_size_limits_are_enforced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: str, value: int,
                                  phrase: str) -> None:
    archive = tmp_path / "big.zip"
    archive.write_bytes(_zip(_TWO))
    monkeypatch.setattr(safezip, limit, value)
    with pytest.raises(ArchiveRefused, match=phrase):
        safezip.open_archive(archive)


def test_folder_entries_from_a_recipients_zip_tool_are_accepted(tmp_path: Path) -> None:
    archive = tmp_path / "explorer.zip"
    archive.write_bytes(_zip([("bag/", b""), ("bag/data/", b""), *_TWO], zipfile.ZIP_DEFLATED))
    with safezip.open_archive(archive) as opened:
        assert opened.top == "bag" and sorted(opened.files) == ["bagit.txt", "data/a.txt"]
        assert b"".join(opened.stream("data/a.txt")) == b"hello hello hello"


def test_a_local_header_that_disagrees_with_the_directory_is_not_read(tmp_path: Path) -> None:
    data = bytearray(_zip(_TWO))
    first_local_name = data.index(b"bag/bagit.txt")  # the local header's copy comes first
    data[first_local_name:first_local_name + 3] = b"BAG"
    archive = tmp_path / "split.zip"
    archive.write_bytes(bytes(data))
    with safezip.open_archive(archive) as opened, pytest.raises(safezip.MemberUnreadable):
        b"".join(opened.stream("bagit.txt"))


@pytest.fixture(scope="module")
def small_bundle(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("small")
    with Vault.create(folder / "vault", PASSPHRASE, TEST_KDF)[0] as vault:
        from app.core.records import evidence, incidents
        from app.core.records.drafts import IncidentDraft

        with vault.transaction() as conn:
            incident = incidents.create(conn, IncidentDraft("threat", "Short threat", text="Səni tapacağıq"))
            evidence.attach_stream(conn, incident, io.BytesIO(png_bytes(20, 20)), "shot.png")
        return bundle.export_bundle(vault, folder / "small.zip", Selection()).path.read_bytes()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(data=st.data())
def test_any_damage_gives_a_verdict_never_a_crash(small_bundle: bytes, tmp_path: Path, data: st.DataObject) -> None:
    damaged = bytearray(small_bundle)
    for _ in range(data.draw(st.integers(1, 8))):
        damaged[data.draw(st.integers(0, len(damaged) - 1))] = data.draw(st.integers(0, 255))
    path = tmp_path / "damaged.zip"
    path.write_bytes(bytes(damaged[: data.draw(st.integers(len(damaged) // 2, len(damaged)))]))
    try:
        report = verify_bundle(path)
    except ArchiveRefused:
        return
    assert report.intact or report.reason

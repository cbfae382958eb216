"""Exports that are damaged, crafted or changed under our feet: refused with a clear message, and the
vault left exactly as it was (one transaction; nothing is validated by writing it)."""

from __future__ import annotations

import json
import os
import stat
import zipfile
from pathlib import Path

import pytest

from app.core import importers
from app.core.errors import (ImportCancelled, ImportEncodingUnknown, ImportMalformed, ImportRefused,
                             ImportSourceChanged, ImportSourceUnknown, ImportTooLarge, ImportUnsafePath)
from app.core.importers import ImportOptions, common
from app.core.importers.containers import ZipContainer
from app.core.storage.database import Connection
from app.core.storage.vault import Vault
from tests.import_fixtures import jpeg, telegram_single, whatsapp_export

TABLES = ("incidents", "revisions", "evidence", "blobs", "blob_chunks", "custody_log", "accounts", "search_index")


def snapshot(conn: Connection) -> list[int]:
    return [conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES]


def refused(vault: Vault, path: Path, error: type[ImportRefused], match: str, **options: object) -> str:
    """Plan and apply must refuse; the vault must not change."""
    before = snapshot(vault.connection())
    with pytest.raises(error, match=match) as raised:
        importers.apply(vault, importers.plan(path, ImportOptions(**options), vault))
    assert snapshot(vault.connection()) == before
    return str(raised.value)


def tg_export(tmp_path: Path, messages: list[dict], files: dict[str, bytes] | None = None) -> Path:
    folder = tmp_path / "export"
    folder.mkdir(exist_ok=True)
    for name, data in (files or {}).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    (folder / "result.json").write_text(json.dumps({"name": "x", "id": 1, "messages": messages}), encoding="utf-8")
    return folder


def photo_message(path: str) -> dict:
    return {"id": 1, "type": "message", "date": "2026-10-05T23:14:02", "date_unixtime": "1791227642",
            "from": "Qara", "from_id": "user1", "text": "", "photo": path}


def test_truncated_json_is_refused_naming_the_place(vault: Vault, tmp_path: Path) -> None:
    export = telegram_single(tmp_path / "export")
    data = (export / "result.json").read_bytes()
    (export / "result.json").write_bytes(data[: len(data) // 2])
    message = refused(vault, export, ImportMalformed, "not valid JSON")
    assert "line" in message and "truncated" in message


@pytest.mark.parametrize("content", [b"[1, 2, 3]", b'{"messages": 5}', b'{"chats": {"list": [{"name": "x"}]}}',
                                     b'{"messages": [{"type": "message"}]}', b'{"messages": [{"id": 1, '
                                     b'"type": "message", "text": 42}]}', b"[" * 100_000,
                                     b'{"messages": [{"id": 1, "type": "message", "media_type": ["voice"]}]}',
                                     b'{"messages": [{"id": 1, "type": "message", "date_unixtime": "9' + b"9" * 30
                                     + b'"}]}', b'{"messages": [{"id": 1, "type": "message", "date": "yesterday"}]}'])
def test_json_that_is_not_an_export_is_refused(vault: Vault, tmp_path: Path, content: bytes) -> None:
    (tmp_path / "result.json").write_bytes(content)
    refused(vault, tmp_path / "result.json", ImportMalformed, "Nothing was imported|not a Telegram export|damaged")


def test_json_in_another_encoding_is_refused(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "result.json").write_bytes('{"name": "Шпион"}'.encode("windows-1251"))
    refused(vault, tmp_path / "result.json", ImportEncodingUnknown, "not UTF-8")


@pytest.mark.parametrize("path", ["../../.ssh/id_ed25519", "/etc/passwd", "C:\\Windows\\win.ini", "photos/../../x"])
def test_a_media_path_outside_the_export_refuses_the_import(vault: Vault, tmp_path: Path, path: str) -> None:
    export = tg_export(tmp_path, [photo_message(path)])
    message = refused(vault, export, ImportUnsafePath, "an export only names files inside itself")
    assert repr(path) in message


def test_a_symbolic_link_in_the_export_is_not_followed(vault: Vault, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("private key", encoding="utf-8")
    export = tg_export(tmp_path, [photo_message("photos/photo.jpg")])
    (export / "photos").mkdir()
    (export / "photos" / "photo.jpg").symlink_to(secret)
    refused(vault, export, ImportUnsafePath, "symbolic link")
    os.unlink(export / "photos" / "photo.jpg")
    (export / "photos").rmdir()
    (export / "photos").symlink_to(tmp_path)  # a linked folder on the way is refused too
    refused(vault, export, ImportUnsafePath, "symbolic link")


def test_media_named_but_missing_is_imported_and_noted(vault: Vault, tmp_path: Path) -> None:
    export = tg_export(tmp_path, [photo_message("photos/gone.jpg")])
    plan = importers.plan(export, ImportOptions(), vault)
    assert [(title, str(what)) for title, what in plan.missing] == [("Qara: photo",
                                                                     "photos/gone.jpg: not in the export folder")]
    assert len(importers.apply(vault, plan).incident_ids) == 1


def test_a_huge_result_json_is_refused_before_it_is_parsed(vault: Vault, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    export = telegram_single(tmp_path / "export")
    monkeypatch.setattr(common, "MAX_JSON_BYTES", 1024)
    monkeypatch.setattr("app.core.importers.telegram.MAX_JSON_BYTES", 1024)
    message = refused(vault, export, ImportTooLarge, "larger than")
    assert "result.json" in message


def _zip(tmp_path: Path, members: list[tuple[str | zipfile.ZipInfo, bytes]], name: str = "chat.zip") -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members:
            archive.writestr(member, data)
    return path


CHAT = "[05.10.26, 23:14:02] Qara: ‎<attached: 00000001-PHOTO-2026-10-05-23-14-02.jpg>\n".encode()


def _symlink_member(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


@pytest.mark.parametrize(("members", "reason"), [
    ([("_chat.txt", CHAT), ("../00000001-PHOTO-2026-10-05-23-14-02.jpg", b"x")], "'..' path component"),
    ([("_chat.txt", CHAT), ("/tmp/00000001-PHOTO-2026-10-05-23-14-02.jpg", b"x")], "an absolute path"),
    ([("_chat.txt", CHAT), (_symlink_member("00000001-PHOTO-2026-10-05-23-14-02.jpg"), b"/etc/passwd")],
     "symbolic link"),
    ([("_chat.txt", CHAT), ("bomb.bin", b"\x00" * (8 * 1024 * 1024))], "zip bomb"),
    ([("_chat.txt", CHAT), ("_CHAT.txt", CHAT)], "same file"),
])
def test_hostile_zips_are_refused(vault: Vault, tmp_path: Path, members: list, reason: str) -> None:
    message = refused(vault, _zip(tmp_path, members), ImportUnsafePath, reason)
    assert message.startswith("chat.zip: The archive was refused")


def test_a_file_named_zip_that_is_not_one_is_refused(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "chat.zip").write_bytes(b"PK\x03\x04 truncated")
    refused(vault, tmp_path / "chat.zip", ImportMalformed, "not a zip file, or it is truncated")


def test_a_chat_in_a_legacy_encoding_is_refused(vault: Vault, tmp_path: Path) -> None:
    chat = tmp_path / "WhatsApp Chat with Troll.txt"
    chat.write_bytes("05.10.26, 23:14 - Тролль: Предатель\n".encode("windows-1251"))
    refused(vault, chat, ImportEncodingUnknown, "is not UTF-8 text", kind=importers.SourceKind.WHATSAPP)


def test_a_chat_with_a_byte_order_mark_or_in_utf16_is_read(vault: Vault, tmp_path: Path) -> None:
    for encoding in ("utf-8-sig", "utf-16-le", "utf-16-be"):
        chat = tmp_path / f"WhatsApp Chat with {encoding}.txt"
        chat.write_bytes("05.10.26, 23:14 - Тролль: Предатель\n".encode(encoding))
        plan = importers.plan(chat, ImportOptions(), vault)
        assert plan.incidents[0].draft.text == "Предатель"


def test_a_text_file_that_is_not_a_chat_is_refused(vault: Vault, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("My notes about the threats\n05.10.26, 23:14 - Qara: x\n", encoding="utf-8")
    refused(vault, notes, ImportSourceUnknown, "not an export Threatlog knows")
    refused(vault, notes, ImportMalformed, "does not begin like a WhatsApp chat", kind=importers.SourceKind.WHATSAPP)


def test_a_fifo_in_a_folder_is_refused_without_blocking(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "shots"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(jpeg())
    os.mkfifo(folder / "pipe.jpg")
    refused(vault, folder, ImportUnsafePath, "not a regular file")


def test_a_symbolic_link_in_a_folder_of_files_is_refused(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "shots"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(jpeg())
    (folder / "key").symlink_to(Path.home())
    refused(vault, folder, ImportUnsafePath, "symbolic link")


def test_unknown_things_are_named(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "video.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42")
    refused(vault, tmp_path / "video.mp4", ImportSourceUnknown, "add --attach")
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "messages.html").write_text("<html></html>", encoding="utf-8")
    refused(vault, tmp_path / "html", ImportSourceUnknown, "Machine-readable JSON")
    refused(vault, tmp_path / "nothing-here", ImportRefused, "There is no file or folder")


def test_a_source_changed_after_the_preview_is_refused(vault: Vault, tmp_path: Path) -> None:
    export = telegram_single(tmp_path / "export")
    plan = importers.plan(export, ImportOptions(), vault)
    with open(export / "result.json", "a", encoding="utf-8") as f:
        f.write(" ")
    before = snapshot(vault.connection())
    with pytest.raises(ImportSourceChanged, match="changed since the preview"):
        importers.apply(vault, plan)
    assert snapshot(vault.connection()) == before


def test_media_removed_after_the_preview_rolls_everything_back(vault: Vault, tmp_path: Path) -> None:
    export = telegram_single(tmp_path / "export")
    plan = importers.plan(export, ImportOptions(), vault)
    os.unlink(export / "voice_messages" / "audio_1@05-10-2026_23-15-10.ogg")
    before = snapshot(vault.connection())
    with pytest.raises(ImportSourceChanged, match="no longer in the export"):
        importers.apply(vault, plan)
    assert snapshot(vault.connection()) == before


@pytest.mark.parametrize("after_calls", [1, 3])
def test_cancelling_leaves_nothing(vault: Vault, tmp_path: Path, after_calls: int) -> None:
    export = whatsapp_export(tmp_path, "ios_day_first_24h", as_zip=True)
    plan = importers.plan(export, ImportOptions(), vault)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) >= after_calls

    before = snapshot(vault.connection())
    with pytest.raises(ImportCancelled, match="nothing was written"):
        importers.apply(vault, plan, cancelled=cancelled)
    assert snapshot(vault.connection()) == before


def test_progress_reaches_the_total(vault: Vault, tmp_path: Path) -> None:
    export = telegram_single(tmp_path / "export")
    plan = importers.plan(export, ImportOptions(), vault)
    seen: list[tuple[int, int]] = []
    importers.apply(vault, plan, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (plan.evidence_bytes, plan.evidence_bytes)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_a_zip_member_that_lies_about_its_bytes_is_refused(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "chat.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("_chat.txt", CHAT)
        archive.writestr("00000001-PHOTO-2026-10-05-23-14-02.jpg", jpeg())
    data = bytearray(path.read_bytes())
    second_header = data.find(b"PK\x03\x04", 1)  # the photo's local header; its name follows 30 bytes on
    data[second_header + 30] = ord("9")
    path.write_bytes(bytes(data))
    refused(vault, path, ImportMalformed, "cannot be read")


def test_a_zip_member_reads_in_chunks_of_the_size_asked(tmp_path: Path) -> None:
    path = _zip(tmp_path, [("_chat.txt", CHAT), ("00000001-PHOTO-2026-10-05-23-14-02.jpg", os.urandom(3_000_000))])
    with ZipContainer(path) as container, container.open("00000001-PHOTO-2026-10-05-23-14-02.jpg") as stream:
        sizes = [len(chunk) for chunk in iter(lambda: stream.read(1024 * 1024), b"")]
    assert sizes == [1024 * 1024, 1024 * 1024, 3_000_000 - 2 * 1024 * 1024]

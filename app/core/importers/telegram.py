"""Telegram Desktop's machine-readable export: result.json and the media folders beside it.

A single-chat export has the chat at the top level ("messages"); a full export lists chats under
"chats": {"list": [...]} (and "left_chats"). Each message's record is its JSON object written
canonically (sorted keys, no spaces, UTF-8): json cannot give back the exact bytes of one object
of the file, and the canonical form is stable, so a second import recognises it. The whole
file's SHA-256 goes into the custody log, which ties every record to the file the user keeps.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from app.core.canonical import canonical_json, canonical_json_ascii
from app.core.errors import ImportEncodingUnknown, ImportMalformed, ImportSourceUnreadable, ImportTooLarge, InvalidInput
from app.core.importers.common import (MAX_JSON_BYTES, MAX_MESSAGES, Cancelled, ImportOptions, Message, Progress,
                                       Record, Skip, Source, SourceFile, SourceKind, check_cancelled, exact_time,
                                       message_title, read_limited, sha256_hex, wall_time)
from app.core.importers.containers import DirectoryContainer
from app.core.records.drafts import AccountRef
from app.core.wording import Errors, Import, Number, Text, joined, plain

JSON_NAME = "result.json"
_MEDIA_FIELDS = ("photo", "file")
_MEDIA_WORDS = {"voice_message": "voice message", "video_message": "video message", "video_file": "video",
                "audio_file": "audio", "sticker": "sticker", "animation": "GIF"}
_LINK_ENTITIES = ("link", "text_link")
_MAX_OFFSET = timedelta(hours=14)
_PROGRESS_EVERY = 1000
_EXPORT_AGAIN = Errors.tr("Export the chat again from Telegram Desktop (Export chat history, format: "
                          "Machine-readable JSON).")
_NOTHING_IMPORTED = Errors.tr("Nothing was imported.")
_WHERE = Errors.tr("{file}, chat “{chat}”, message {id}")  # made once: an export holds thousands of messages
_FEWER = Errors.tr("Export fewer chats, or a shorter period, at a time.")


def read(path: Path, options: ImportOptions, progress: Progress | None = None,
         cancelled: Cancelled | None = None) -> Source:
    json_path = path / JSON_NAME if path.is_dir() else path
    untrusted_bytes = _read_json_bytes(json_path)
    digest = sha256_hex(untrusted_bytes)
    chats = _chats(_parse(untrusted_bytes, json_path.name), json_path.name)
    del untrusted_bytes  # the parsed form is all we need from here on; large exports are tens of MiB
    container = DirectoryContainer(json_path.parent, json_path.name)
    source = Source(SourceKind.TELEGRAM, json_path, digest, [], lambda: container,
                    rehash=lambda: sha256_hex(_read_json_bytes(json_path)))
    total = sum(len(chat["messages"]) for chat in chats)
    done = 0
    for chat in chats:
        chat_name, chat_id = _chat_label(chat)
        for untrusted_message in chat["messages"]:
            done += 1
            if done % _PROGRESS_EVERY == 0:
                check_cancelled(cancelled)
                if progress is not None:
                    progress(done, total)
            message = _message(untrusted_message, chat_name, chat_id, len(source.messages), container, options)
            if message is None:
                source.skip(Skip.SERVICE)
            else:
                source.messages.append(message)
    if len(source.messages) > MAX_MESSAGES:
        raise ImportTooLarge(joined(Errors.tr("{name} holds {count} messages; Threatlog imports at most {limit} at "
                                              "once.").format(name=json_path.name, count=Number(len(source.messages)),
                                                              limit=Number(MAX_MESSAGES)), _FEWER))
    return source


def _read_json_bytes(json_path: Path) -> bytes:
    try:
        with open(json_path, "rb") as f:
            return read_limited(f, MAX_JSON_BYTES, json_path.name,
                                _FEWER)
    except OSError as error:
        raise ImportSourceUnreadable(Errors.tr("Cannot read {path}: {reason}.").format(
            path=json_path, reason=error.strerror)) from None


def _parse(untrusted_bytes: bytes, name: str) -> Any:
    try:
        # json detects UTF-8, -16 and -32 by itself but refuses a UTF-8 byte-order mark.
        return json.loads(untrusted_bytes.removeprefix(b"\xef\xbb\xbf"))
    except UnicodeDecodeError:
        raise ImportEncodingUnknown(joined(Errors.tr("{name} is not UTF-8 text, as Telegram writes it.").format(
            name=name), _EXPORT_AGAIN)) from None
    except json.JSONDecodeError as error:
        # error.msg is the json module's English (e.g. "Expecting value"): shown as it is.
        invalid = Errors.tr("{name} is not valid JSON (line {line}, column {column}: {reason}); it may be truncated.")
        raise ImportMalformed(joined(invalid.format(name=name, line=error.lineno, column=error.colno,
                                                    reason=error.msg), _EXPORT_AGAIN, _NOTHING_IMPORTED)) from None
    except (ValueError, RecursionError):
        raise ImportMalformed(Errors.tr("{name} holds JSON nested or sized beyond reason; it is not a Telegram "
                                        "export. Nothing was imported.").format(name=name)) from None


def _chats(data: Any, name: str) -> list[dict[str, Any]]:
    if isinstance(data, dict) and "messages" in data:
        chats = [data]
    elif isinstance(data, dict) and isinstance(data.get("chats"), dict):
        chats = list(_listed(data["chats"], name))
        if isinstance(data.get("left_chats"), dict):
            chats += _listed(data["left_chats"], name)
    else:
        raise ImportMalformed(joined(Errors.tr("{name} is not a Telegram export: it lists neither messages nor "
                                               "chats.").format(name=name), _EXPORT_AGAIN))
    for chat in chats:
        if not isinstance(chat, dict) or not isinstance(chat.get("messages"), list):
            raise ImportMalformed(joined(Errors.tr("{name} has a chat without a list of messages; it is damaged.")
                                         .format(name=name), _EXPORT_AGAIN))
    return chats


def _listed(section: dict[str, Any], name: str) -> list[Any]:
    chats = section.get("list", [])
    if not isinstance(chats, list):
        raise ImportMalformed(joined(Errors.tr("{name} has a list of chats that is not a list; it is damaged.")
                                     .format(name=name), _EXPORT_AGAIN))
    return chats


def _chat_label(chat: dict[str, Any]) -> tuple[str, str]:
    chat_id = chat.get("id")
    # Telegram writes a number; anything else is not used, as it goes into evidence file names.
    chat_id = str(chat_id) if type(chat_id) is int else ""
    name = chat.get("name")
    return (name if isinstance(name, str) and name.strip() else f"chat {chat_id or '(unnamed)'}"), chat_id


def _field(untrusted: dict[str, Any], key: str, kinds: type | tuple[type, ...], where: Text) -> Any:
    value = untrusted.get(key)
    if value is not None and not isinstance(value, kinds):
        raise ImportMalformed(Errors.tr("{where} has a '{key}' of the wrong kind; the export is damaged. Nothing was "
                                        "imported.").format(where=where, key=key))
    return value


def _message(untrusted: Any, chat: str, chat_id: str, position: int, container: DirectoryContainer,
             options: ImportOptions) -> Message | None:
    if not isinstance(untrusted, dict) or type(untrusted.get("id")) is not int:  # bool is an int to Python
        raise ImportMalformed(Errors.tr("{file}, chat “{chat}” has a message without an id; the export is damaged. "
                                        "Nothing was imported.").format(file=JSON_NAME, chat=chat))
    where = _WHERE.format(file=JSON_NAME, chat=chat, id=untrusted["id"])
    if untrusted.get("type") != "message":
        return None
    text, urls = flatten_text(_field(untrusted, "text", (str, list), where) or "", where)
    sender = _field(untrusted, "from", str, where) or ""
    sender_id = _field(untrusted, "from_id", str, where) or ""
    try:
        occurred, utc = _occurred(untrusted, where, options)
    except InvalidInput as error:  # a year before 1900 or after 2100
        raise ImportMalformed(Errors.tr("{where}: {reason}").format(where=where, reason=error.text)) from None
    media, missing = _media(untrusted, container, where)
    what = _MEDIA_WORDS.get(_field(untrusted, "media_type", str, where) or "",
                            "photo" if untrusted.get("photo") else "file")
    record = _record(untrusted, f"telegram-{chat_id or 'chat'}-{untrusted['id']}.json")
    label = sender or ("Deleted account" if sender_id else "")
    return Message(
        chat=chat, chat_id=chat_id, position=position, record=record, text=text, urls=urls,
        title=message_title(label, text, what if media or missing else "message"),
        sender=label, sender_id=sender_id,
        account=AccountRef("telegram", f"{label} ({sender_id})" if sender_id else label) if label else None,
        occurred=occurred, utc=utc, media=media, missing=missing,
        note=f"Imported from a Telegram export: chat “{chat}”, message {untrusted['id']}.",
    )


def flatten_text(untrusted_text: str | list[Any], where: Text) -> tuple[str, tuple[str, ...]]:
    """The text as sent: plain strings and the 'text' of each entity, in order; and the links in it."""
    if isinstance(untrusted_text, str):
        return untrusted_text, ()
    parts, urls = [], []
    for part in untrusted_text:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            parts.append(part["text"])
            link = part.get("href") if part.get("type") == "text_link" else part["text"]
            if part.get("type") in _LINK_ENTITIES and isinstance(link, str) and link.strip():
                urls.append(link.strip())
        else:
            raise ImportMalformed(Errors.tr("{where} has text in a form Telegram does not write; the export is "
                                            "damaged. Nothing was imported.").format(where=where))
    return "".join(parts), tuple(dict.fromkeys(urls))


def _occurred(untrusted: dict[str, Any], where: Text, options: ImportOptions) -> tuple[str | None, str | None]:
    """From 'date' (the exporting computer's clock, no zone) and 'date_unixtime' (UTC): their
    difference is the offset the computer had, so the time keeps the zone the user saw."""
    wall = _wall(_field(untrusted, "date", str, where), where)
    unix = _field(untrusted, "date_unixtime", str, where)
    if unix is not None and not unix.isdigit():
        raise ImportMalformed(Errors.tr("{where} has a date_unixtime that is not a number; the export is damaged. "
                                        "Nothing was imported.").format(where=where))
    if unix is None:
        return wall_time(wall, options.time_zone) if wall else (None, None)
    try:
        utc = datetime.fromtimestamp(int(unix), timezone.utc)
    except (OverflowError, ValueError, OSError):
        raise ImportMalformed(Errors.tr("{where} has a date_unixtime out of range; the export is damaged. Nothing "
                                        "was imported.").format(where=where)) from None
    offset = timedelta(minutes=round((wall - utc.replace(tzinfo=None)).total_seconds() / 60)) if wall else None
    if offset is None or abs(offset) > _MAX_OFFSET:
        offset = timedelta(0)
    return exact_time(utc.astimezone(timezone(offset)))


def _wall(untrusted_date: str | None, where: Text) -> datetime | None:
    if untrusted_date is None:
        return None
    try:
        # Telegram writes the wall time without a zone; any zone written there is not its format.
        return datetime.fromisoformat(untrusted_date).replace(tzinfo=None)
    except ValueError:
        raise ImportMalformed(Errors.tr("{where} has a date Telegram does not write ({date}); the export is damaged. "
                                        "Nothing was imported.").format(where=where,
                                                                        date=repr(untrusted_date[:40]))) from None


def _media(untrusted: dict[str, Any], container: DirectoryContainer,
           where: Text) -> tuple[tuple[SourceFile, ...], tuple[Text, ...]]:
    media, missing = [], []
    for key in _MEDIA_FIELDS:
        path = _field(untrusted, key, str, where)
        if not path:
            continue
        if path.startswith("("):
            # Telegram's own placeholder: "(File not included. Change data exporting settings to download.)"
            missing.append(plain(f"{key}: {path.strip('()')}"))  # Telegram's own words
            continue
        size = container.size(path)
        if size is None:
            missing.append(Import.tr("{file}: not in the export folder").format(file=path))
        else:
            media.append(SourceFile(path, path, size))
    return tuple(media), tuple(missing)


def _record(untrusted: dict[str, Any], name: str) -> Record:
    try:
        data = canonical_json(untrusted).encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate ('\ud83d' escaped in the file) has no UTF-8 form: keep such a record in
        # ASCII with \u escapes, which is just as canonical.
        data = canonical_json_ascii(untrusted).encode("ascii")
    return Record(name, sha256_hex(data), len(data), data=data)

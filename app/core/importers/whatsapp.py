"""A WhatsApp chat export: `_chat.txt` or `WhatsApp Chat with NAME.txt`, with its media, as a
folder or as the zip the phone shares (read through safezip, never extracted).

A message is its header line and the continuation lines up to the next header. Its record is
those lines exactly as the file has them (UTF-8; a UTF-16 file's lines are re-encoded to UTF-8),
without the line break after the last one. System lines (the encryption notice, "X joined")
are not imported; attachment markers (`IMG-….jpg (file attached)`, `<attached: ….jpg>`) are
matched by name against the files of the export.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import ImportMalformed, ImportSourceUnknown, ImportSourceUnreadable, ImportTooLarge, InvalidInput
from app.core.importers import whatsapp_lines as lines_
from app.core.importers.common import (MAX_CHAT_BYTES, MAX_MESSAGES, Cancelled, ImportOptions, Message, Progress,
                                       Record, Skip, Source, SourceFile, SourceKind, check_cancelled, clean_label,
                                       message_title, read_limited, sha256_hex, wall_time)
from app.core.importers.containers import DirectoryContainer, ZipContainer, open_zip
from app.core.records.drafts import AccountRef
from app.core.wording import Errors, Import, Number, Text, joined

CHAT_NAME = "_chat.txt"
_CHAT_PREFIXES = ("WhatsApp Chat with ", "WhatsApp Chat - ", "WhatsApp Chat – ")
_IOS_ATTACHED = re.compile(r"\u200e?<[^<>:\n]{1,40}:[ \u00a0]*(?P<name>[^<>\n]+?)[ \u00a0]*>")
_ANDROID_ATTACHED = re.compile(r"\u200e?(?P<name>[^\n/\\:*?\"<>|]{1,200}?\.[A-Za-z0-9]{1,5}) \([^()\n]{1,40}\)")
# WhatsApp's own names for media it exports; such a name without its file is missing media.
_MEDIA_NAME = re.compile(r"(IMG|VID|AUD|PTT|STK|DOC)-\d{8}-WA\d{4,}.*|\d{8}-(PHOTO|VIDEO|AUDIO|STICKER|GIF|"
                         r"DOCUMENT)-.*")
_OMITTED = re.compile(r"\u200e?(<Media omitted>|<Медиа отсутствуют>|<Без медиафайлов>|"
                      r"(image|video|audio|sticker|GIF|document) omitted)", re.IGNORECASE)
_ENCRYPTION_NOTICES = ("end-to-end encrypted", "end-to-end encryption", "сквозным шифрованием",
                       "uçdan-uca", "uçtan uca", "ende-zu-ende-verschlüsselt")
_MEDIA_WORDS = {".jpg": "photo", ".jpeg": "photo", ".png": "photo", ".webp": "sticker", ".opus": "voice message",
                ".ogg": "voice message", ".m4a": "audio", ".mp3": "audio", ".mp4": "video", ".mov": "video",
                ".pdf": "document"}
_PROGRESS_EVERY = 2000
_SHORTER_PART = Errors.tr("Export a shorter part of the chat.")

_Files = DirectoryContainer | ZipContainer


@dataclass(frozen=True)
class _Export:
    """Where the chat text is, how to open the export's files, and their names."""

    chat_file: str
    chat_name: str
    open_container: Callable[[], _Files]
    files: dict[str, str]  # a file's own name -> its locator in the container


def read(path: Path, options: ImportOptions, progress: Progress | None = None,
         cancelled: Cancelled | None = None) -> Source:
    export = _zip_export(path) if path.is_file() and path.suffix.lower() == ".zip" else _folder_export(path)
    untrusted_bytes = _read_chat(export)
    source = Source(SourceKind.WHATSAPP, path, sha256_hex(untrusted_bytes), [], export.open_container,
                    rehash=lambda: sha256_hex(_read_chat(export)))
    text = lines_.decode(untrusted_bytes, export.chat_file)
    del untrusted_bytes
    _parse(text, export, source, options, progress, cancelled)
    return source


def chat_file_in(names: list[str]) -> str | None:
    """The chat's text among an export's file names: _chat.txt (iOS), else the one .txt (Android)."""
    texts = [n for n in names if n.lower().endswith(".txt") and not n.startswith("__MACOSX/")]
    preferred = [n for n in texts if n.rsplit("/", 1)[-1] == CHAT_NAME]
    chosen = preferred or texts
    if len(chosen) > 1:
        raise ImportMalformed(Errors.tr("The export holds several chat texts ({names}); import each chat on its own. "
                                        "Nothing was imported.").format(names=", ".join(sorted(chosen)[:3])))
    return chosen[0] if chosen else None


def _chat_name(stem: str) -> str:
    for prefix in _CHAT_PREFIXES:
        if stem.startswith(prefix):
            return clean_label(stem[len(prefix):])
    return clean_label(stem)


def _zip_export(path: Path) -> _Export:
    with open_zip(path) as archive:
        names = list(archive.files)
    chat_file = chat_file_in(names)
    if chat_file is None:
        raise ImportSourceUnknown(Errors.tr("{name} holds no chat text (_chat.txt or a .txt file); it is not a "
                                            "WhatsApp export.").format(name=path.name))
    files: dict[str, str] = {}
    for name in sorted(names, key=lambda n: n.count("/")):  # a file at the top wins over a namesake below
        if not name.startswith("__MACOSX/"):
            files.setdefault(name.rsplit("/", 1)[-1], name)
    return _Export(chat_file, _chat_name(path.stem), lambda: ZipContainer(path), files)


def _folder_export(path: Path) -> _Export:
    folder = path if path.is_dir() else path.parent
    try:
        # Names only: whether each is a regular file is checked when a message names it.
        names = sorted(entry.name for entry in os.scandir(folder) if not entry.is_dir(follow_symlinks=False))
    except OSError as error:
        raise ImportSourceUnreadable(Errors.tr("Cannot read the folder {path}: {reason}.").format(
            path=folder, reason=error.strerror)) from None
    chat_file = path.name if path.is_file() else chat_file_in(names)
    if chat_file is None:
        raise ImportSourceUnknown(Errors.tr("{name} holds no chat text (_chat.txt or a .txt file); it is not a "
                                            "WhatsApp export.").format(name=folder))
    stem = folder.name if chat_file == CHAT_NAME else Path(chat_file).stem
    container = DirectoryContainer(folder, chat_file)
    return _Export(chat_file, _chat_name(stem), lambda: container, {name: name for name in names})


def _read_chat(export: _Export) -> bytes:
    with export.open_container() as container, container.open(export.chat_file) as stream:
        return read_limited(stream, MAX_CHAT_BYTES, export.chat_file, _SHORTER_PART)


def _parse(text: str, export: _Export, source: Source, options: ImportOptions, progress: Progress | None,
           cancelled: Cancelled | None) -> None:
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the line break at the end of the file ends the last line; it starts none
    starts = [(i, h) for i, h in ((i, lines_.match_header(line.rstrip("\r"))) for i, line in enumerate(lines)) if h]
    if not starts or starts[0][0] != next((i for i, line in enumerate(lines) if line.strip()), 0):
        raise ImportMalformed(Errors.tr("{name} does not begin like a WhatsApp chat (a date, a time and a name); it "
                                        "is not a chat export, or it was edited. Nothing was imported.").format(
            name=export.chat_file))
    if len(starts) > MAX_MESSAGES:
        raise ImportTooLarge(joined(Errors.tr("{name} holds {count} messages; Threatlog imports at most {limit} at "
                                              "once.").format(name=export.chat_file, count=Number(len(starts)),
                                                              limit=Number(MAX_MESSAGES)), _SHORTER_PART))
    order, warning = lines_.date_order([h for _, h in starts], options.date_order, export.chat_file)
    if warning is not None:
        source.warnings.append(warning)
    ends = [i for i, _ in starts[1:]] + [len(lines)]
    with export.open_container() as container:
        for count, ((first, header), end) in enumerate(zip(starts, ends), 1):
            if count % _PROGRESS_EVERY == 0:
                check_cancelled(cancelled)
                if progress is not None:
                    progress(count, len(starts))
            _add_message(lines[first:end], first + 1, header, order, export, container, source, options)


def _split_sender(rest: str) -> tuple[str | None, str]:
    sender, separator, text = rest.partition(": ")
    if separator:
        return sender, text
    return (rest[:-1], "") if rest.endswith(":") else (None, rest)


def _is_system(sender: str | None, text: str, header: lines_.Header, chat_name: str) -> bool:
    if sender is None:
        return True
    plain = text.lstrip("\u200e").lower()
    if any(notice in plain for notice in _ENCRYPTION_NOTICES):
        return True
    # iOS writes group events ("X added Y") as said by the group itself, marked left-to-right.
    return (header.bracket and clean_label(sender) == chat_name and text.startswith("\u200e")
            and not _IOS_ATTACHED.fullmatch(text.split("\n", 1)[0]))


def _add_message(message_lines: list[str], line_number: int, header: lines_.Header, order: str, export: _Export,
                 container: _Files, source: Source, options: ImportOptions) -> None:
    sender, first_text = _split_sender(header.rest)
    body = "\n".join([first_text, *(line.rstrip("\r") for line in message_lines[1:])])
    if _is_system(sender, body, header, export.chat_name):
        source.skip(Skip.SYSTEM)
        return
    when = lines_.timestamp(header, order, line_number, export.chat_file)
    try:
        occurred, utc = wall_time(when, options.time_zone)
    except InvalidInput as error:  # a year before 1900 or after 2100
        raise ImportMalformed(Errors.tr("{name}, line {line}: {reason}").format(
            name=export.chat_file, line=Number(line_number), reason=error.text)) from None
    text, media, missing, what = _attachment(body, export, container)
    exact = "\n".join(message_lines).removesuffix("\r").encode("utf-8")
    name = clean_label("".join(ch for ch in sender or "" if unicodedata.category(ch) != "Cf"))
    record_name = f"whatsapp-{when:%Y-%m-%dT%H-%M-%S}-line{line_number}.txt"
    source.messages.append(Message(
        chat=export.chat_name, position=len(source.messages), record=Record(record_name, sha256_hex(exact),
                                                                             len(exact), data=exact),
        title=message_title(name, text, what), text=text, sender=name, sender_id=name,
        account=AccountRef("whatsapp", name) if name else None, occurred=occurred, utc=utc,
        media=media, missing=missing,
        note=f"Imported from a WhatsApp export: chat “{export.chat_name}”, {export.chat_file} line {line_number}.",
    ))


def _attachment(body: str, export: _Export,
                container: _Files) -> tuple[str, tuple[SourceFile, ...], tuple[Text, ...], str]:
    """The text without its attachment marker, the attached file (or why it is missing), and what it is."""
    first, _, caption = body.partition("\n")
    if _OMITTED.fullmatch(first.strip()):
        marker = first.strip(chr(0x200e))
        return body, (), (Import.tr("{marker}: exported without media").format(marker=marker),), "media"
    ios = _IOS_ATTACHED.fullmatch(first)
    android = None if ios else _ANDROID_ATTACHED.fullmatch(first)
    match = ios or android
    if match is None:
        return body, (), (), "message"
    name = match["name"]
    what = _MEDIA_WORDS.get(os.path.splitext(name)[1].lower(), "file")
    locator = export.files.get(name)
    size = container.size(locator) if locator else None
    if size is not None:
        return caption, (SourceFile(locator, name, size),), (), what
    if ios or _MEDIA_NAME.fullmatch(name):
        return caption, (), (Import.tr("{file}: not in the export").format(file=name),), what
    return body, (), (), "message"  # text that only looks like a marker


def is_chat_text(untrusted_head: bytes) -> bool:
    """Whether a file's first bytes look like a WhatsApp chat (for detecting a folder or a .txt)."""
    return lines_.match_header(lines_.first_line(untrusted_head)) is not None

"""E-mail: `.eml` files (one, or a folder of them) and `.mbox` mailboxes.

The evidence is each message's original bytes, exactly as in the file: every header stays
(the Received chain, Message-ID, DKIM-Signature), which is what lets an expert check where it
came from. The sender's address becomes an account, the subject the title, the text (or the
HTML as text) the incident's text, and each attached file its own evidence.
"""

from __future__ import annotations

import io
import os
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import BinaryIO

from app.core.errors import ImportMalformed, ImportSourceUnknown, ImportSourceUnreadable, ImportTooLarge, InvalidInput
from app.core.importers import mailtext, mbox
from app.core.importers.common import (MAX_EMAIL_BYTES, MAX_MESSAGES, Cancelled, Container, ImportOptions, Message,
                                       Progress, Record, Skip, Source, SourceFile, SourceKind, check_cancelled,
                                       clean_label, exact_time, manifest_sha256, read_limited, sha256_hex, shorten,
                                       stream_sha256, too_large)
from app.core.importers.containers import DirectoryContainer, refuse_link
from app.core.records.drafts import AccountRef
from app.core.wording import Errors, Number, Text, plain

# A file attached to a message is found again by the message's locator, this, and its number;
# NUL appears in no file name.
ATTACHMENT_SEPARATOR = "\x00"
_HEADERS_OF_A_MAIL = ("from", "date", "subject", "message-id")
_TOO_LARGE_ADVICE = Errors.tr("Save the e-mail without its largest attachments, or attach them separately.")


class MailContainer:
    """The messages of a source, and the files attached to them, decoded from each message again."""

    def __init__(self, messages: Container) -> None:
        self._messages = messages
        self._last: tuple[str, list[tuple[str, bytes]]] | None = None

    def open(self, locator: str) -> BinaryIO:
        message_locator, separator, index = locator.partition(ATTACHMENT_SEPARATOR)
        if not separator:
            return self._messages.open(locator)  # type: ignore[return-value]
        if self._last is None or self._last[0] != message_locator:
            with self._messages.open(message_locator) as stream:
                parsed = parse(read_limited(stream, MAX_EMAIL_BYTES, message_locator, _TOO_LARGE_ADVICE))
            self._last = (message_locator, mailtext.attachments(parsed)[0])
        return io.BytesIO(self._last[1][int(index)][1])

    def __enter__(self) -> MailContainer:
        self._messages.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._last = None
        self._messages.__exit__(*exc_info)


def parse(untrusted_bytes: bytes) -> EmailMessage:
    return BytesParser(policy=policy.default).parsebytes(untrusted_bytes)  # type: ignore[return-value]


def read_eml(path: Path, options: ImportOptions, progress: Progress | None = None,
             cancelled: Cancelled | None = None) -> Source:
    root, names = (path, _eml_names(path)) if path.is_dir() else (path.parent, [path.name])
    files = DirectoryContainer(root, path.name)
    source = Source(SourceKind.EMAIL, path, "", [], lambda: MailContainer(files), noun="e-mail")
    listing: list[tuple[str, str]] = []
    for number, name in enumerate(names, 1):
        check_cancelled(cancelled)
        with files.open(name) as stream:
            data = read_limited(stream, MAX_EMAIL_BYTES, name, _TOO_LARGE_ADVICE)
        listing.append((name, sha256_hex(data)))
        _add(source, data, listing[-1][1], name, name, plain(name))
        if progress is not None:
            progress(number, len(names))
    # One file's own hash, or for a folder the hash of its listing (docs/importing.md).
    if path.is_dir():
        source.sha256 = manifest_sha256(listing)
    else:
        source.sha256, source.rehash = listing[0][1], lambda: _file_sha256(path)
    return source


def _eml_names(folder: Path) -> list[str]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as error:
        raise ImportSourceUnreadable(Errors.tr("Cannot read the folder {path}: {reason}.").format(
            path=folder, reason=error.strerror)) from None
    names = []
    for entry in entries:
        if entry.name.lower().endswith(".eml"):
            refuse_link(entry.name, entry.stat(follow_symlinks=False).st_mode)
            names.append(entry.name)
    if not names:
        raise ImportSourceUnknown(Errors.tr("{name} holds no .eml files.").format(name=folder))
    return names


def read_mbox(path: Path, options: ImportOptions, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> Source:
    source = Source(SourceKind.MBOX, path, "", [], lambda: MailContainer(mbox.SliceContainer(path)),
                    noun="e-mail", rehash=lambda: _file_sha256(path))
    try:
        with open(path, "rb") as f:
            spans, source.sha256 = mbox.split(f, path.name, cancelled)
            if len(spans) > MAX_MESSAGES:
                raise ImportTooLarge(Errors.tr("{name} holds {count} messages; Threatlog imports at most {limit} at "
                                               "once.").format(name=path.name, count=Number(len(spans)),
                                                               limit=Number(MAX_MESSAGES)))
            for number, (start, end) in enumerate(spans, 1):
                check_cancelled(cancelled)
                where = Errors.tr("{name} message {number}").format(name=path.name, number=number)
                if end - start > MAX_EMAIL_BYTES:
                    raise too_large(where, MAX_EMAIL_BYTES, _TOO_LARGE_ADVICE)
                f.seek(start)
                data = f.read(end - start)
                _add(source, data, sha256_hex(data), f"{start}-{end}", f"{path.stem}-{number:05d}.eml", where)
                if progress is not None:
                    progress(number, len(spans))
    except OSError as error:
        raise ImportSourceUnreadable(Errors.tr("Cannot read {path}: {reason}.").format(
            path=path, reason=error.strerror)) from None
    if not spans:
        raise ImportMalformed(Errors.tr("{name} holds no messages.").format(name=path.name))
    return source


def _file_sha256(path: Path) -> str:
    with open(path, "rb") as f:
        return stream_sha256(f)[0]


def _add(source: Source, untrusted_bytes: bytes, digest: str, locator: str, record_name: str, where: Text) -> None:
    if digest in source.seen:
        source.skip(Skip.SAME_EMAIL)
        return
    source.seen.add(digest)
    message = parse(untrusted_bytes)
    if not any(mailtext.header(message, name) for name in _HEADERS_OF_A_MAIL):
        raise ImportMalformed(Errors.tr("{where} is not an e-mail: it has no From, Date, Subject or Message-ID "
                                        "header. Nothing was imported.").format(where=where))
    name, address = mailtext.sender(message)
    files, attached_mails = mailtext.attachments(message)
    subject = clean_label(mailtext.header(message, "subject"))
    sent = mailtext.sent_at(message)
    try:
        occurred, utc = exact_time(sent) if sent else (None, None)
    except InvalidInput:  # a year before 1900 or after 2100: keep the message, not the date
        occurred, utc, sent = None, None, None
    # Notes are stored with the incident, so they are written once, in English (str of a Text).
    notes = [f"Imported from {where!s} (Message-ID {mailtext.header(message, 'message-id') or 'none'})."]
    if sent is None:
        notes.append("Its Date header is missing or unreadable; when it happened is left open.")
    if attached_mails:
        notes.append(f"{attached_mails} attached e-mail(s) stay inside the original message.")
    handle = address or clean_label(name)
    size = len(untrusted_bytes)
    source.messages.append(Message(
        chat=source.path.name, position=len(source.messages),
        record=Record(record_name, digest, size, file=SourceFile(locator, record_name, size)),
        title=shorten(subject, 200) or f"(no subject) from {handle or 'unknown sender'}",
        text=mailtext.body_text(message), sender=clean_label(name) or address, sender_id=address,
        account=AccountRef("email", handle) if handle else None, occurred=occurred, utc=utc,
        media=tuple(SourceFile(f"{locator}{ATTACHMENT_SEPARATOR}{n}", file_name, len(data))
                    for n, (file_name, data) in enumerate(files)),
        note=" ".join(notes),
    ))

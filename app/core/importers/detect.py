"""What kind of export a path is, from its name and its first bytes."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from app.core.errors import ImportMalformed, ImportSourceUnknown, ImportSourceUnreadable
from app.core.importers import folder, mail, telegram, whatsapp
from app.core.importers.common import Cancelled, ImportOptions, Progress, Source, SourceKind
from app.core.untrusted.mediatype import SNIFF_BYTES
from app.core.wording import Errors, joined

Reader = Callable[[Path, ImportOptions, Progress | None, Cancelled | None], Source]
READERS: dict[SourceKind, Reader] = {
    SourceKind.TELEGRAM: telegram.read,
    SourceKind.WHATSAPP: whatsapp.read,
    SourceKind.EMAIL: mail.read_eml,
    SourceKind.MBOX: mail.read_mbox,
    SourceKind.FOLDER: folder.read,
}
_SUPPORTED = Errors.tr("Threatlog imports a Telegram export (result.json), a WhatsApp export (.zip or _chat.txt), "
                      "e-mails (.eml, .mbox) and folders of files; to add one file, use 'threatlog add --attach'.")
_TELEGRAM_HTML = Errors.tr("This is Telegram's HTML export, which cannot be read reliably. Export the chat again from "
                           "Telegram Desktop choosing 'Machine-readable JSON'.")


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(SNIFF_BYTES)
    except OSError as error:
        raise ImportSourceUnreadable(Errors.tr("Cannot read {path}: {reason}.").format(
            path=path, reason=error.strerror)) from None


def detect(path: Path) -> SourceKind:
    """The kind of export at `path`, or ImportSourceUnknown saying what Threatlog can import."""
    if not path.exists():
        raise ImportSourceUnreadable(Errors.tr("There is no file or folder {path}.").format(path=path))
    if path.is_dir():
        return _detect_folder(path)
    suffix = path.suffix.lower()
    if path.name == telegram.JSON_NAME or suffix == ".json":
        return SourceKind.TELEGRAM
    if suffix == ".zip":
        return SourceKind.WHATSAPP
    if suffix == ".eml":
        return SourceKind.EMAIL
    head = _head(path)
    if suffix == ".mbox" or head.startswith(b"From "):
        return SourceKind.MBOX
    if suffix == ".txt" and whatsapp.is_chat_text(head):
        return SourceKind.WHATSAPP
    if suffix in (".html", ".htm") and path.name.startswith("messages"):
        raise ImportSourceUnknown(_TELEGRAM_HTML)
    raise ImportSourceUnknown(joined(Errors.tr("{name} is not an export Threatlog knows.").format(name=path.name),
                                     _SUPPORTED))


def _detect_folder(path: Path) -> SourceKind:
    try:
        files = sorted(e.name for e in os.scandir(path) if e.is_file(follow_symlinks=False)
                       and not e.name.startswith("."))
    except OSError as error:
        raise ImportSourceUnreadable(Errors.tr("Cannot read the folder {path}: {reason}.").format(
            path=path, reason=error.strerror)) from None
    if telegram.JSON_NAME in files:
        return SourceKind.TELEGRAM
    if "messages.html" in files:
        raise ImportSourceUnknown(_TELEGRAM_HTML)
    try:
        chat = whatsapp.chat_file_in(files)
    except ImportMalformed:  # several .txt files: not one chat, so a folder of files
        chat = None
    if chat == whatsapp.CHAT_NAME or (chat and whatsapp.is_chat_text(_head(path / chat))):
        return SourceKind.WHATSAPP
    if files and all(name.lower().endswith(".eml") for name in files):
        return SourceKind.EMAIL
    return SourceKind.FOLDER


def read_source(path: Path, options: ImportOptions, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> Source:
    """Read the whole source (the kind given in the options, else detected); writes nothing."""
    return READERS[options.kind or detect(path)](path, options, progress, cancelled)

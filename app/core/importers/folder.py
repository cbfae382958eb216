"""A folder of screenshots or other files: each file one incident (or all of them one).

Every regular file below the folder is taken, hidden ones (.DS_Store…) and Thumbs.db/desktop.ini
left out; a symbolic link or a special file anywhere refuses the import. The suggested
occurred-at is the image's own EXIF date when it has one, else the file's modification time,
which may be when it was copied rather than taken; the incident's notes say which it was.
"""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import datetime, timezone
from pathlib import Path

from app.core.errors import ImportMalformed, ImportSourceUnreadable, ImportTooLarge, InvalidInput
from app.core.importers.common import (MAX_MESSAGES, READ_BYTES, Cancelled, ImportOptions, Message, Progress, Record,
                                       Skip, Source, SourceFile, SourceKind, check_cancelled, clean_label, exact_time,
                                       manifest_sha256, wall_time)
from app.core.importers.containers import DirectoryContainer, refuse_link
from app.core.untrusted import isolation
from app.core.untrusted.imagemeta import DECODE_LIMIT_BYTES
from app.core.untrusted.mediatype import SNIFF_BYTES, is_image, sniff_media_type
from app.core.wording import Errors, Number

_SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini"})
EXIF_NOTE = "Occurred-at suggested from the date in the image's EXIF metadata."
MTIME_NOTE = ("Occurred-at suggested from the file's modification time, which may be when it was copied "
              "rather than when it was taken.")


def read(path: Path, options: ImportOptions, progress: Progress | None = None,
         cancelled: Cancelled | None = None) -> Source:
    container = DirectoryContainer(path, path.name)
    source = Source(SourceKind.FOLDER, path, "", [], lambda: container, noun="file")
    files = _walk(path, "", source)
    if not files:
        raise ImportMalformed(Errors.tr("{name} holds no files to import.").format(name=path))
    if len(files) > MAX_MESSAGES:
        raise ImportTooLarge(Errors.tr("{name} holds {count} files; Threatlog imports at most {limit} at once.").format(
            name=path, count=Number(len(files)), limit=Number(MAX_MESSAGES)))
    listing = []
    for number, relative in enumerate(files, 1):
        check_cancelled(cancelled)
        digest = _add(source, container, relative, options)
        listing.append((relative, digest))
        if progress is not None:
            progress(number, len(files))
    source.sha256 = manifest_sha256(listing)
    return source


def _walk(folder: Path, prefix: str, source: Source) -> list[str]:
    """Relative '/'-paths of the regular files below `folder`, sorted; links are refused."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as error:
        raise ImportSourceUnreadable(Errors.tr("Cannot read the folder {path}: {reason}.").format(
            path=folder, reason=error.strerror)) from None
    found = []
    for entry in entries:
        relative = prefix + entry.name
        if entry.name.startswith(".") or entry.name.lower() in _SYSTEM_FILES:
            source.skip(Skip.HIDDEN)
            continue
        mode = entry.stat(follow_symlinks=False).st_mode
        refuse_link(relative, mode)
        if stat.S_ISDIR(mode):
            found += _walk(Path(entry.path), relative + "/", source)
        else:
            found.append(relative)
    return found


def _add(source: Source, container: DirectoryContainer, relative: str, options: ImportOptions) -> str:
    """Hash one file (reading an image whole, to find its date) and add it as a message."""
    with container.open(relative) as f:
        head = f.read(SNIFF_BYTES)
        image = is_image(sniff_media_type(head))
        modified = os.fstat(f.fileno()).st_mtime
        if image:
            data = head + f.read(DECODE_LIMIT_BYTES + 1 - len(head))
            hasher = hashlib.sha256(data)
            size = len(data)
        else:
            hasher, size, data = hashlib.sha256(head), len(head), b""
        while chunk := f.read(READ_BYTES):
            hasher.update(chunk)
            size += len(chunk)
    digest = hasher.hexdigest()
    if digest in source.seen:
        source.skip(Skip.SAME_FILE)
        return digest
    source.seen.add(digest)
    # Decoded in an isolated worker, as evidence images are (isolation.py); one over the decode
    # limit gets no EXIF reading, as it gets no thumbnail.
    taken = isolation.default_pool().submit(data).result() if image and size <= DECODE_LIMIT_BYTES else None
    occurred, utc, note = _when(taken.taken_at if taken else None, modified, options)
    source.messages.append(Message(
        chat=source.path.name, position=len(source.messages),
        record=Record(relative, digest, size, file=SourceFile(relative, relative, size)),
        title=clean_label(relative) or relative, occurred=occurred, utc=utc,
        note=f"Imported from the folder “{source.path.name}”: {relative}. {note}",
    ))
    return digest


def _when(taken_at: str | None, modified: float, options: ImportOptions) -> tuple[str | None, str | None, str]:
    if taken_at:
        try:
            if taken_at[-6] in "+-":  # EXIF 2.31 offset: the exact instant
                return (*exact_time(datetime.fromisoformat(taken_at)), EXIF_NOTE)
            return (*wall_time(datetime.fromisoformat(taken_at), options.time_zone), EXIF_NOTE)
        except (ValueError, InvalidInput):
            pass  # a camera clock out of range: fall back to the file's time
    try:
        moment = datetime.fromtimestamp(modified, timezone.utc)
        return (*exact_time(moment.astimezone(options.time_zone)), MTIME_NOTE)
    except (ValueError, OverflowError, OSError, InvalidInput):
        return None, None, "The file's modification time is out of range; when it happened is left open."

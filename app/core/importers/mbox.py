"""Splitting an mbox mailbox into the exact bytes of its messages, reading it and nothing else.

Python's mailbox module opens the file for writing when it can, may take lock files beside it,
and converts line endings on Windows; an import must not write into the user's folder nor change
a byte of the evidence, so the split is done here. A message starts after a line beginning with
'From ' that opens the file or follows an empty line (RFC 4155); it ends before the empty line
that precedes the next such line, or at the end of the file (without a final empty line). The
'From ' line is the mailbox's, not the message's. Quoted '>From ' lines are kept as they are:
whether the quote was added by the mailbox (mboxrd) or was in the message (mboxo) cannot be known.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import BinaryIO

from app.core.errors import ImportMalformed, ImportSourceUnreadable
from app.core.importers.common import READ_BYTES, Cancelled, check_cancelled
from app.core.wording import Errors

_SEPARATOR = b"From "
_EMPTY_LINES = (b"\n", b"\r\n")


def split(stream: BinaryIO, name: str, cancelled: Cancelled | None = None) -> tuple[list[tuple[int, int]], str]:
    """The (start, end) offsets of each message, and the SHA-256 of the whole file, in one pass."""
    hasher = hashlib.sha256()
    spans: list[tuple[int, int]] = []
    offset, line_start, lines = 0, 0, 0
    at_line_start, in_separator = True, False
    start: int | None = None
    empty_line_at: int | None = 0  # the start of the previous line if it was empty; the file's start counts
    while chunk := stream.readline(READ_BYTES):  # bounded: a line longer than this comes in pieces
        hasher.update(chunk)
        if at_line_start:
            line_start = offset
            if empty_line_at is not None and chunk.startswith(_SEPARATOR):
                if start is not None:
                    spans.append((start, empty_line_at))
                in_separator = True
            elif offset == 0:
                raise ImportMalformed(Errors.tr("{name} does not begin with a 'From ' line; it is not an mbox "
                                                "mailbox.").format(name=name))
        offset += len(chunk)
        complete = chunk.endswith(b"\n")
        if complete:
            lines += 1
            if lines % 100_000 == 0:
                check_cancelled(cancelled)
            if in_separator:
                start, in_separator = offset, False
            empty_line_at = line_start if at_line_start and chunk in _EMPTY_LINES else None
        at_line_start = complete
    if start is not None:
        spans.append((start, empty_line_at if empty_line_at is not None and empty_line_at >= start else offset))
    return spans, hasher.hexdigest()


class SliceContainer:
    """The messages of an mbox by their 'start-end' offsets, read from the file opened read-only."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._file: BinaryIO | None = None

    def open(self, locator: str) -> BinaryIO:
        start, end = (int(part) for part in locator.split("-"))
        if self._file is None:
            try:
                self._file = open(self._path, "rb")
            except OSError as error:
                raise ImportSourceUnreadable(Errors.tr("Cannot read {path}: {reason}.").format(
                    path=self._path, reason=error.strerror)) from None
        self._file.seek(start)
        return io.BytesIO(self._file.read(end - start))

    def __enter__(self) -> SliceContainer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

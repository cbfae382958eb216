"""The custody log as a bundle carries it (data/custody-log.jsonl), written and checked.

The whole chain travels, from entry 1 to the head at export time, so a recipient can check it
end to end; but only entries about the exported incidents (and the vault's creation) are given
in full. Every other entry is reduced to its link in the chain (seq, prev_hash, hash), which
proves nothing is missing without telling the recipient what else the vault holds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.core.records import custody
from app.core.storage.database import Connection
from app.core.wording import Text, Verify

_FULL_KEYS = ("seq", "utc_time", "action", "object_id", "object_sha256", "prev_hash", "hash")
_LINK_KEYS = ("seq", "prev_hash", "hash", "redacted")
_HEX64 = re.compile(r"[0-9a-f]{64}")
# A full entry is a few hundred bytes; a far longer line is not one of ours and is not buffered.
MAX_LINE_BYTES = 4096


def bundle_lines(conn: Connection, exported_ids: frozenset[str]) -> Iterator[bytes]:
    """The lines of custody-log.jsonl (UTF-8, each ending in LF), read within the caller's snapshot.

    `exported_ids` are the exported incidents' ids and their evidence's SHA-256 (the object of a
    `copy_out` entry): entries about them are given in full, as is the vault's creation.
    """
    for entry in custody.entries(conn):
        if entry.action == "vault_create" or entry.object_id in exported_ids:
            line: dict[str, Any] = entry.to_json()
        else:
            line = {"seq": entry.seq, "prev_hash": entry.prev_hash, "hash": entry.hash, "redacted": True}
        yield (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8")


@dataclass(frozen=True)
class ChainCheck:
    """What checking a bundle's custody-log.jsonl found."""

    intact: bool
    entries: int
    full_entries: int
    head: str
    problem: Text | None  # the first problem found; None when intact


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Two values for one key would let two JSON readers see two different entries.
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("a key appears twice")
    return dict(pairs)


class ChainChecker:
    """Checks custody-log.jsonl as its bytes stream past (docs/bundle-format.md, "custody-log.jsonl").

    `expected_attachments` are the (incident id, evidence SHA-256) pairs of the bundle's evidence:
    each must appear in a full `attach` entry. Only those pairs are remembered, so a hostile log of
    any length costs constant memory.
    """

    def __init__(self, expected_attachments: set[tuple[str, str]]) -> None:
        self._missing_attachments = set(expected_attachments)
        self._pending = b""
        self._expected_seq = 1
        self._prev_hash = custody.GENESIS_HASH
        self._entries = 0
        self._full = 0
        self._problem: Text | None = None

    def feed(self, untrusted_chunk: bytes) -> None:
        if self._problem is not None:
            return
        lines = (self._pending + untrusted_chunk).split(b"\n")
        self._pending = lines.pop()
        if len(self._pending) > MAX_LINE_BYTES:
            self._fail(Verify.tr("entry {seq} is far longer than a custody entry").format(seq=self._expected_seq))
        for line in lines:
            if self._problem is not None:
                return
            self._line(line)

    def _fail(self, problem: Text) -> None:
        if self._problem is None:
            self._problem = problem

    def _line(self, untrusted_line: bytes) -> None:
        seq = self._expected_seq
        try:
            entry = json.loads(untrusted_line.decode("utf-8"), object_pairs_hook=_reject_duplicate_keys)
        except (UnicodeDecodeError, ValueError, RecursionError):
            entry = None
        if not isinstance(entry, dict):
            self._fail(Verify.tr("line {seq} is not a JSON custody entry").format(seq=seq))
            return
        redacted = "redacted" in entry
        if tuple(sorted(entry)) != tuple(sorted(_LINK_KEYS if redacted else _FULL_KEYS)) or (
            redacted and entry["redacted"] is not True
        ):
            self._fail(Verify.tr("line {seq} does not have the fields of a custody entry").format(seq=seq))
            return
        if not _well_typed(entry):
            self._fail(Verify.tr("line {seq} has a field of the wrong type").format(seq=seq))
            return
        if entry["seq"] != seq:
            self._fail(Verify.tr("entry {seq} follows entry {previous}: entries are missing or reordered").format(
                seq=entry["seq"], previous=seq - 1))
        elif entry["prev_hash"] != self._prev_hash:
            self._fail(Verify.tr("entry {seq} does not point at the entry before it").format(seq=seq))
        elif not redacted and custody.entry_hash(*(entry[k] for k in _FULL_KEYS[:-1])) != entry["hash"]:
            self._fail(Verify.tr("entry {seq} was altered after it was written").format(seq=seq))
        if self._problem is not None:
            return
        if not redacted:
            self._full += 1
            if entry["action"] == "attach":
                self._missing_attachments.discard((entry["object_id"], entry["object_sha256"]))
        self._entries += 1
        self._expected_seq += 1
        self._prev_hash = entry["hash"]

    def finish(self, expected_head: str) -> ChainCheck:
        """The result, once every byte was fed; `expected_head` is bag-info's Threatlog-Custody-Head."""
        if self._pending:
            self._fail(Verify.tr("entry {seq} is not a complete line").format(seq=self._expected_seq))
        if self._entries == 0:
            self._fail(Verify.tr("the custody log is empty"))
        if self._prev_hash != expected_head:
            self._fail(Verify.tr("the last entry is not the custody head named in bag-info.txt: entries are missing"))
        if self._missing_attachments:
            incident_id, sha256 = sorted(self._missing_attachments)[0]
            self._fail(Verify.tr("no custody entry records attaching {sha256} to incident {incident}").format(
                sha256=sha256, incident=incident_id))
        return ChainCheck(self._problem is None, self._entries, self._full, self._prev_hash, self._problem)


def _well_typed(entry: dict[str, Any]) -> bool:
    if type(entry["seq"]) is not int:  # not bool, which json would never give, nor float
        return False
    if not all(isinstance(entry[k], str) and _HEX64.fullmatch(entry[k]) for k in ("prev_hash", "hash")):
        return False
    if "redacted" in entry:
        return True
    return all(isinstance(entry[k], str) for k in ("utc_time", "action", "object_id", "object_sha256"))

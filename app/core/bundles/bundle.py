"""Exporting a signed evidence bundle (docs/bundle-format.md) for a lawyer or a court.

`preview` lists exactly what would leave the device, so the user decides before anything is
written; `export_bundle` writes that same plan as a BagIt bag straight into a zip under
`<name>.part` (no plaintext staging folder), signs it, makes it durable, renames it, and records
the export with the zip's SHA-256 in the custody log. A cancel or a failure leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__
from app.core.bundles import custody_export, exportnames, incidents_csv, signing, verify_instructions
from app.core.bundles.bagzip import BagZipWriter
from app.core.bundles.incidents_schema import schema_bytes
from app.core.checks import integrity
from app.core.errors import (CustodyChainBroken, EvidenceDamaged, EvidenceNotFound, ExportCancelled, ExportFailed,
                             NothingToExport, OperationCancelled)
from app.core.records import custody, evidence, incidents, search
from app.core.storage.database import Connection, transaction
from app.core.storage.fsutil import fsync_directory
from app.core.storage.vault import Vault
from app.core.untrusted import thumbnails
from app.core.wording import Errors, Text, joined

if TYPE_CHECKING:  # imported when the report is written: it pulls in fpdf2
    from app.core.reporting.report_values import ReportLanguage

FORMAT_VERSION = 1
BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
SIGNATURE_NAME = "tagmanifest-sha256.txt.sig"
_HASH_READ_BYTES = 4 * 1024 * 1024

ExportProgress = Callable[[int, int], None]  # (evidence bytes written, evidence bytes in total)
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Selection:
    """Which incidents leave: the ids given, or else every live incident matching `filter`.

    Deleted incidents are never exported, whatever the selection says.
    """

    ids: tuple[str, ...] = ()
    filter: search.Filter = field(default_factory=search.Filter)


@dataclass(frozen=True)
class PlannedFile:
    incident_id: str
    path: str  # inside the bag
    sha256: str
    size: int
    display_name: str
    media_type: str
    gps_in_metadata: bool
    metadata_read: bool  # False: not an image we decode, so its location data is unknown


@dataclass(frozen=True)
class ExportPreview:
    """Everything that would leave the device, for the user to confirm."""

    incidents: tuple[tuple[str, str], ...]  # (id, title)
    files: tuple[PlannedFile, ...]
    include_notes: bool
    include_location: bool
    incidents_with_notes: int  # notes leave only with include_notes
    incidents_with_location: int  # location leaves only with include_location

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def gps_files(self) -> tuple[PlannedFile, ...]:
        """Originals whose metadata holds a GPS position: it leaves with them, whatever is chosen."""
        return tuple(f for f in self.files if f.gps_in_metadata)

    @property
    def unread_metadata_files(self) -> tuple[PlannedFile, ...]:
        """Originals whose metadata we do not read (videos, documents...): they may hold a location too."""
        return tuple(f for f in self.files if not f.metadata_read)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str  # of the zip file, as recorded in the custody log
    bundle_id: str
    bag_name: str
    signer_fingerprint: str
    incidents: int
    files: int
    payload_bytes: int
    custody_seq: int
    # False only for a vault opened read-only (damaged): it is never written, so the export could
    # not be recorded in its custody log; custody_seq is then 0.
    recorded: bool = True


@dataclass(frozen=True)
class _Plan:
    preview: ExportPreview
    incidents: list[dict[str, Any]]  # the objects of incidents.json


def _selected_ids(conn: Connection, selection: Selection) -> list[str]:
    if not selection.ids:
        return search.find_ids(conn, replace(selection.filter, include_deleted=False))
    chosen = list(dict.fromkeys(incidents.resolve_id(conn, i) for i in selection.ids))
    for incident_id in chosen:
        incident = incidents.get(conn, incident_id)
        if incident.deleted_at or incident.purged_at:
            raise NothingToExport(Errors.tr("Incident {id} is deleted; deleted incidents are never exported.").format(
                id=incident_id))
    return chosen


def _incident_object(incident: incidents.Incident, include_notes: bool, include_location: bool,
                     files: list[PlannedFile]) -> dict[str, Any]:
    data = incident.to_json()
    for key in ("deleted_at", "delete_reason", "purged_at"):
        data.pop(key)
    if not include_notes:
        data.pop("notes")
    if not include_location:
        data.pop("location")
    for item, planned in zip(data["evidence"], files, strict=True):
        if item["image"] is not None and not include_location:
            # The position is still inside the original file (flagged by gps_in_metadata), but it
            # is not copied out into the JSON, the CSV or the report unless location was chosen.
            item["image"] = {key: value for key, value in item["image"].items() if key != "gps"}
        item["path"] = planned.path
        item["gps_in_metadata"] = planned.gps_in_metadata
    return data


def _plan(conn: Connection, selection: Selection, include_notes: bool, include_location: bool) -> _Plan:
    objects, files, titles = [], [], []
    with_notes = with_location = 0
    for incident_id in _selected_ids(conn, selection):
        incident = incidents.get(conn, incident_id)
        titles.append((incident.id, incident.draft.title))
        with_notes += bool(incident.draft.notes)
        with_location += bool(incident.draft.location)
        count = len(incident.evidence)
        planned = [
            PlannedFile(incident.id, exportnames.evidence_path(incident.id, n, count, item.display_name),
                        item.sha256, item.size, item.display_name, item.media_type,
                        bool(item.image and item.image.get("gps")), item.image is not None)
            for n, item in enumerate(incident.evidence, start=1)
        ]
        files += planned
        objects.append(_incident_object(incident, include_notes, include_location, planned))
    preview = ExportPreview(tuple(titles), tuple(files), include_notes, include_location, with_notes, with_location)
    return _Plan(preview, objects)


@contextmanager
def _snapshot(conn: Connection) -> Iterator[None]:
    """One read transaction: the plan, the bytes and the custody head all describe one moment.

    A deferred BEGIN takes no write lock, so the user can keep logging while a long export runs.
    """
    conn.execute("BEGIN")
    try:
        conn.execute("SELECT count(*) FROM custody_log").fetchone()
        yield
    finally:
        conn.execute("COMMIT")


def preview(conn: Connection, selection: Selection, include_notes: bool = False,
            include_location: bool = False) -> ExportPreview:
    """What `export_bundle` with the same arguments would put in the bundle.

    Finishes pending image facts first: the preview warns of every file carrying GPS.
    """
    thumbnails.make_pending(conn)
    return _plan(conn, selection, include_notes, include_location).preview


@dataclass(frozen=True)
class _Meta:
    bundle_id: str
    exported: datetime
    key: signing.SigningKey
    custody_head: str
    include_notes: bool
    include_location: bool
    report_language: ReportLanguage | None  # None: English

    @property
    def exported_at(self) -> str:
        return f"{self.exported:%Y-%m-%dT%H:%M:%SZ}"

    @property
    def bag_name(self) -> str:
        return f"threatlog-bundle-{self.exported:%Y%m%d-%H%M%S}-{self.bundle_id[:8]}"


def _manifest(lines: dict[str, str]) -> bytes:
    return "".join(f"{sha}  {path}\n" for path, sha in sorted(lines.items())).encode("utf-8")


def _bag_info(meta: _Meta, plan: _Plan, payload_bytes: int, payload_files: int) -> bytes:
    n, m = len(plan.incidents), len(plan.preview.files)
    fields = [
        ("Bag-Software-Agent", f"Threatlog {__version__}"),
        ("Bagging-Date", f"{meta.exported:%Y-%m-%d}"),
        ("Payload-Oxum", f"{payload_bytes}.{payload_files}"),
        ("External-Identifier", meta.bundle_id),
        ("External-Description",
         f"Evidence bundle exported from a Threatlog vault: {n} incidents, {m} evidence files."),
        ("Threatlog-Bundle-Format", str(FORMAT_VERSION)),
        ("Threatlog-Signer-Fingerprint", meta.key.fingerprint()),
        ("Threatlog-Custody-Head", meta.custody_head),
        ("Threatlog-Exported-At", meta.exported_at),
    ]
    return "".join(f"{label}: {value}\n" for label, value in fields).encode("utf-8")


class _Streamer:
    """Evidence chunks from the vault, checked against their recorded hash, with progress and cancel."""

    def __init__(self, conn: Connection, total: int, progress: ExportProgress | None,
                 cancelled: Cancelled | None) -> None:
        self._conn, self._total, self._progress, self._cancelled = conn, total, progress, cancelled
        self.done = 0

    def check_cancelled(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()

    def chunks(self, sha256: str) -> Iterator[bytes]:
        for chunk in evidence.read_chunks(self._conn, sha256):
            self.check_cancelled()
            yield chunk
            self.done += len(chunk)
            if self._progress is not None:
                self._progress(self.done, self._total)


def _write_payload(writer: BagZipWriter, conn: Connection, plan: _Plan, meta: _Meta, streamer: _Streamer) -> None:
    for planned in plan.preview.files:
        member = writer.write_stream(planned.path, streamer.chunks(planned.sha256), planned.size)
        if (member.sha256, member.size) != (planned.sha256, planned.size):
            raise EvidenceNotFound(Errors.tr(
                "The stored bytes of {name} no longer match their hash: the vault is damaged.").format(
                name=planned.display_name))
    streamer.check_cancelled()
    document = {
        "format": "threatlog-incidents", "version": FORMAT_VERSION, "exported_at": meta.exported_at,
        "bundle_id": meta.bundle_id, "signer_fingerprint": meta.key.fingerprint(),
        "included": {"notes": meta.include_notes, "location": meta.include_location}, "incidents": plan.incidents,
    }
    writer.write_bytes("data/incidents.json",
                       (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    writer.write_bytes("data/incidents.schema.json", schema_bytes())
    writer.write_bytes("data/incidents.csv",
                       incidents_csv.render(plan.incidents, meta.include_notes, meta.include_location))
    ids = frozenset([i for i, _ in plan.preview.incidents] + [f.sha256 for f in plan.preview.files])
    # Size unknown in advance but far below the zip64 limit: a million entries are ~300 MB.
    writer.write_stream("data/custody-log.jsonl", custody_export.bundle_lines(conn, ids), 0, compress=True)
    streamer.check_cancelled()
    writer.write_bytes("data/report.pdf", _report(conn, plan, meta), compress=False)


def _report(conn: Connection, plan: _Plan, meta: _Meta) -> bytes:
    # Imported here: the report pulls in fpdf2 and fonts, which nothing else in an export needs.
    from app.core.reporting.report import ReportContext, render_report
    from app.core.reporting.report_chart import timeline_for
    from app.core.reporting.report_values import ENGLISH

    context = ReportContext(
        bundle_id=meta.bundle_id, exported_at=meta.exported_at, signer_fingerprint=meta.key.fingerprint(),
        signer_identity=meta.key.identity, bag_name=meta.bag_name, custody_head=meta.custody_head,
        included_notes=meta.include_notes, included_location=meta.include_location,
    )
    timeline = timeline_for(conn, [item["id"] for item in plan.incidents])
    return render_report(context, plan.incidents, lambda sha256: evidence.thumbnail(conn, sha256), timeline,
                         meta.report_language or ENGLISH)


def _write_tags(writer: BagZipWriter, plan: _Plan, meta: _Meta) -> None:
    payload = {m.path: m.sha256 for m in writer.members}
    payload_bytes = sum(m.size for m in writer.members)
    tags = {
        "bagit.txt": BAGIT_TXT,
        "bag-info.txt": _bag_info(meta, plan, payload_bytes, len(payload)),
        "manifest-sha256.txt": _manifest(payload),
        "allowed_signers": (meta.key.allowed_signers_line() + "\n").encode("utf-8"),
        "VERIFY.txt": verify_instructions.render(verify_instructions.VerifyFacts(
            meta.bag_name, meta.exported_at, meta.key.identity, meta.key.fingerprint(), signing.NAMESPACE,
            len(payload))),
    }
    for name, data in tags.items():
        writer.write_bytes(name, data)
    tag_manifest = _manifest({name: hashlib.sha256(data).hexdigest() for name, data in tags.items()})
    writer.write_bytes("tagmanifest-sha256.txt", tag_manifest)
    writer.write_bytes(SIGNATURE_NAME, meta.key.sign(tag_manifest).encode("ascii"))


def _file_sha256(path: Path) -> str:
    hasher = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(_HASH_READ_BYTES):
            hasher.update(block)
    return hasher.hexdigest()


def _write_zip(writer: BagZipWriter, conn: Connection, meta: _Meta, plan: _Plan, streamer: _Streamer) -> None:
    try:
        _write_payload(writer, conn, plan, meta, streamer)
        _write_tags(writer, plan, meta)
        writer.finish()
    except BaseException:
        writer.abandon()
        raise


def export_bundle(vault: Vault, out_path: Path, selection: Selection, include_notes: bool = False,
                  include_location: bool = False, progress: ExportProgress | None = None,
                  cancelled: Cancelled | None = None, report_language: ReportLanguage | None = None) -> ExportResult:
    """Write the selected incidents as a signed bundle at `out_path` (which must not exist yet).

    `report_language` is the language of report.pdf only (English when None): nothing else in the
    bundle depends on it, so every bundle verifies the same way.
    """
    out_path = Path(out_path)
    part = out_path.with_name(out_path.name + ".part")
    if out_path.exists():
        raise ExportFailed(Errors.tr("'{path}' already exists; choose a new file name.").format(path=out_path))
    conn = vault.connection()
    # The report shows thumbnails and incidents.json the image facts: finish any still pending.
    try:
        thumbnails.make_pending(conn, cancelled=cancelled)
    except OperationCancelled:
        raise ExportCancelled() from None
    part_created = renamed = False
    try:
        with _snapshot(conn):
            chain = custody.verify(conn)
            if not chain.intact:
                raise CustodyChainBroken(Errors.tr(
                    "The vault's custody log is broken at entry {seq} ({problem}); "
                    "a bundle made from it would not verify, so none was written."
                ).format(seq=chain.first_bad_seq, problem=chain.problem))
            plan = _plan(conn, selection, include_notes, include_location)
            if not plan.incidents:
                raise NothingToExport(Errors.tr("No incident matches the selection; nothing was exported."))
            # Before writing anything: every original that would leave, re-hashed from the vault.
            try:
                damaged = integrity.check_evidence(vault, [f.sha256 for f in plan.preview.files], cancelled)
            except OperationCancelled:
                raise ExportCancelled() from None
            if damaged:
                raise EvidenceDamaged(integrity.describe_for_export(damaged),
                                      joined(*(f.message for f in damaged), separator="\n"))
            meta = _Meta(str(uuid.uuid4()), datetime.now(timezone.utc).replace(microsecond=0), signing.load(conn),
                         chain.head_hash, include_notes, include_location, report_language)
            streamer = _Streamer(conn, plan.preview.total_bytes, progress, cancelled)
            writer = BagZipWriter(part, meta.bag_name, meta.exported)
            part_created = True
            _write_zip(writer, conn, meta, plan, streamer)
        zip_sha256 = _file_sha256(part)
        if vault.read_only:
            if out_path.exists():
                raise ExportFailed(_appeared(out_path))
            os.replace(part, out_path)
            renamed = True
            fsync_directory(out_path.parent)
            custody_seq = 0
        else:
            with transaction(conn):
                entry = custody.append(conn, "export", meta.bundle_id, zip_sha256)
                # Inside the transaction: if recording the export fails, the bundle is removed below,
                # so there is never a bundle the custody log does not know about.
                if out_path.exists():
                    raise ExportFailed(_appeared(out_path))
                os.replace(part, out_path)
                renamed = True
                fsync_directory(out_path.parent)
            custody_seq = entry.seq
    except FileExistsError:
        # Only BagZipWriter's exclusive create raises this. The .part may be another program's file,
        # so it is never removed here; but it is most likely an export cut off by a crash, which
        # holds evidence unencrypted: the user must hear that, to delete it.
        raise ExportFailed(Errors.tr("'{path}' is in the way: most likely an export that was cut off (a crash or "
                                     "power loss), which may hold evidence unencrypted. Delete it, then export again.")
                           .format(path=part)) from None
    except OSError as error:
        _discard(part if part_created else None, out_path if renamed else None)
        raise ExportFailed(Errors.tr("Cannot write '{path}': {reason}.").format(
            path=out_path, reason=error.strerror or str(error))) from None
    except BaseException:
        _discard(part if part_created else None, out_path if renamed else None)
        raise
    return ExportResult(out_path, zip_sha256, meta.bundle_id, meta.bag_name, meta.key.fingerprint(),
                        len(plan.incidents), len(plan.preview.files), plan.preview.total_bytes, custody_seq,
                        recorded=not vault.read_only)


def _appeared(out_path: Path) -> Text:
    return Errors.tr("'{path}' appeared while exporting; choose a new file name.").format(path=out_path)


def _discard(*paths: Path | None) -> None:
    for path in paths:
        if path is not None:
            path.unlink(missing_ok=True)

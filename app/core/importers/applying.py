"""Writing a plan into the vault: one transaction, all of it or nothing.

The source is checked against the hash the preview saw, and deduplication is done again under the
write lock (another window may have imported meanwhile). Then, in the caller's vault: the
incidents (incidents.create_many), an `import` custody entry per incident naming the source's
SHA-256, the records, and the media. A failure or a cancel anywhere rolls all of it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.errors import ImportCancelled, ImportSourceChanged
from app.core.importers import store
from app.core.importers.common import Cancelled, Container, Progress, SourceFile, SourceKind, check_cancelled
from app.core.importers.planning import ImportPlan, PlannedIncident, build_incidents, known_counts, split_new
from app.core.records import custody, evidence, incidents
from app.core.records.evidence import AttachCancelled, EvidenceSource
from app.core.storage.database import Connection
from app.core.storage.vault import Vault
from app.core.wording import Errors


@dataclass(frozen=True)
class ImportResult:
    kind: SourceKind
    source_sha256: str
    incident_ids: tuple[str, ...]
    duplicates: int  # messages of the selection already in the vault
    evidence_files: int
    evidence_bytes: int

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "source_sha256": self.source_sha256, "created": len(self.incident_ids),
                "incident_ids": list(self.incident_ids), "duplicates": self.duplicates,
                "evidence_files": self.evidence_files, "evidence_bytes": self.evidence_bytes}


def apply(vault: Vault, plan: ImportPlan, progress: Progress | None = None,
          cancelled: Cancelled | None = None) -> ImportResult:
    """Create what the plan shows (less anything imported since); `progress(done, total)` in bytes."""
    source = plan.source
    if source.rehash is not None and source.rehash() != source.sha256:
        raise ImportSourceChanged(Errors.tr("{name} changed since the preview; preview the import again. Nothing "
                                            "was imported.").format(name=source.path.name))
    check_cancelled(cancelled)
    try:
        with source.open_container() as container, vault.transaction() as conn:
            planned, duplicates = _still_new(conn, plan)
            ids = _write(conn, planned, container, plan, progress, cancelled) if planned else []
    except AttachCancelled:
        raise ImportCancelled() from None
    return ImportResult(source.kind, source.sha256, tuple(ids), duplicates,
                        sum(len(p.files) for p in planned), sum(size for p in planned for _, size in p.files))


def _still_new(conn: Connection, plan: ImportPlan) -> tuple[tuple[PlannedIncident, ...], int]:
    known = known_counts(conn, [m.record.sha256 for m in plan.selected])
    new, duplicates = split_new(plan.selected, known)
    planned_messages = [id(m) for p in plan.incidents for m in p.messages]
    if [id(m) for m in new] == planned_messages:
        return plan.incidents, len(duplicates)
    return build_incidents(new, plan.source, plan.options), len(duplicates)


def _opener(container: Container, file: SourceFile) -> EvidenceSource:
    return EvidenceSource(lambda: container.open(file.locator), file.name, "import")


def _write(conn: Connection, planned: tuple[PlannedIncident, ...], container: Container, plan: ImportPlan,
           progress: Progress | None, cancelled: Cancelled | None) -> list[str]:
    total = sum(size for p in planned for _, size in p.files)
    report = (lambda done: progress(done, total)) if progress else (lambda done: None)
    ids = incidents.create_many(conn, [p.draft for p in planned], validated=True)
    custody.append_many(conn, [("import", incident_id, plan.source.sha256) for incident_id in ids])
    in_memory = [(i, m.record) for i, p in zip(ids, planned) for m in p.messages if m.record.data is not None]
    store.attach_records(conn, in_memory)
    done = sum(record.size for _, record in in_memory)
    report(done)
    for incident_id, p in zip(ids, planned):
        check_cancelled(cancelled)
        records = [m.record for m in p.messages if m.record.file is not None]
        files = [r.file for r in records if r.file] + [f for m in p.messages for f in m.media]
        if not files:
            continue
        results = evidence.attach_many(conn, incident_id, [_opener(container, f) for f in files],
                                       lambda n, base=done: report(base + n), cancelled)
        # A record read again from the source must be what the preview hashed.
        for record, result in zip(records, results):
            if result.item.sha256 != record.sha256:
                raise ImportSourceChanged(Errors.tr("{name} changed since the preview; preview the import again. "
                                                    "Nothing was imported.").format(name=record.name))
        done += sum(f.size for f in files)
        report(done)
    return ids

"""Importing threats from where they arrive: Telegram and WhatsApp exports, e-mails, folders of files.

Three steps, so that a preview can show everything before anything is written (docs/importing.md):

    kind = detect(path)                          # what the path is
    the_plan = plan(path, options, vault)        # reads the source and the vault, writes nothing
    result = apply(vault, the_plan, progress, cancelled)   # one transaction

`replan(the_plan.source, options, vault)` plans again with other choices (chats, senders, dates,
grouping) without reading the source again; a new date order or time zone needs a new `plan`.
Both run in a worker thread with `progress(done, total)` and `cancelled()` callbacks.
"""

from __future__ import annotations

from pathlib import Path

from app.core.importers.applying import ImportResult, apply
from app.core.importers.common import Cancelled, ImportOptions, Progress, Source, SourceKind
from app.core.importers.detect import detect, read_source
from app.core.importers.planning import ImportPlan, PlannedIncident, Tally, check_options, known_counts, make_plan
from app.core.storage.vault import Vault

__all__ = ["ImportOptions", "ImportPlan", "ImportResult", "PlannedIncident", "SourceKind", "Tally", "apply", "detect",
           "plan", "replan"]


def plan(path: Path, options: ImportOptions, vault: Vault | None = None, progress: Progress | None = None,
         cancelled: Cancelled | None = None) -> ImportPlan:
    """What importing `path` would create; without a vault, duplicates are not looked for."""
    check_options(options)
    return replan(read_source(path, options, progress, cancelled), options, vault)


def replan(source: Source, options: ImportOptions, vault: Vault | None = None) -> ImportPlan:
    known = known_counts(vault.connection(), [m.record.sha256 for m in source.messages]) if vault else {}
    return make_plan(source, options, known)

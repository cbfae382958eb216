"""Importing a folder of screenshots and files."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest

from app.core import importers
from app.core.importers import ImportOptions, SourceKind
from app.core.importers.folder import EXIF_NOTE, MTIME_NOTE
from app.core.records import custody, evidence, incidents
from app.core.storage.vault import Vault
from tests.import_fixtures import BAKU, screenshots


def stored(vault: Vault, sha256: str) -> bytes:
    return b"".join(evidence.read_chunks(vault.connection(), sha256))


def test_each_file_is_an_incident_dated_by_exif_or_file_time(vault: Vault, tmp_path: Path) -> None:
    folder = screenshots(tmp_path / "shots")
    assert importers.detect(folder) is SourceKind.FOLDER
    plan = importers.plan(folder, ImportOptions(time_zone=BAKU), vault)
    assert plan.skipped == {"hidden and system files": 1}
    result = importers.apply(vault, plan)
    found = {i.draft.title: i for i in (incidents.get(vault.connection(), x) for x in result.incident_ids)}
    assert sorted(found) == ["IMG_0001.jpg", "IMG_0002.jpg", "Screenshot 2026-10-09.png", "reports/police-report.pdf"]

    exact = found["IMG_0001.jpg"]
    assert exact.draft.occurred == "2026-10-05T23:14:02+04:00" and EXIF_NOTE in exact.draft.notes
    wall = found["IMG_0002.jpg"]
    assert wall.draft.occurred == "2026-10-06T09:00:00+04:00" and EXIF_NOTE in wall.draft.notes
    by_mtime = found["Screenshot 2026-10-09.png"]
    assert by_mtime.draft.occurred == "2026-10-09T18:00:00+04:00" and MTIME_NOTE in by_mtime.draft.notes
    pdf = found["reports/police-report.pdf"]
    assert pdf.evidence[0].filename == "reports/police-report.pdf"
    assert pdf.evidence[0].display_name == "police-report.pdf"
    for incident in found.values():
        (item,) = incident.evidence
        assert stored(vault, item.sha256) == (folder / item.filename).read_bytes()
        assert incident.draft.platform is None and incident.draft.accounts == ()


def test_the_custody_log_holds_the_hash_of_the_folder_listing(vault: Vault, tmp_path: Path) -> None:
    folder = screenshots(tmp_path / "shots")
    result = importers.apply(vault, importers.plan(folder, ImportOptions(), vault))
    # The same hash from stock tools: sha256sum of every file, sorted by path, hashed again.
    listing = subprocess.run("find . -type f ! -name '.*' -printf '%P\\n' | LC_ALL=C sort | xargs -d '\\n' sha256sum",
                             shell=True, cwd=folder, capture_output=True, check=True).stdout
    assert result.source_sha256 == hashlib.sha256(listing).hexdigest()
    assert {e.object_sha256 for e in custody.entries(vault.connection()) if e.action == "import"} == {
        result.source_sha256}


def test_all_files_into_one_incident(vault: Vault, tmp_path: Path) -> None:
    folder = screenshots(tmp_path / "shots")
    plan = importers.plan(folder, ImportOptions(single_incident=True, time_zone=BAKU), vault)
    (incident,) = plan.incidents
    assert incident.draft.title == "IMG_0001.jpg (+3 more)"
    assert incident.draft.occurred == "2026-10-05T23:14:02+04:00/2026-10-09T18:00:00+04:00"
    (created,) = importers.apply(vault, plan).incident_ids
    assert len(incidents.get(vault.connection(), created).evidence) == 4


def test_files_already_in_the_vault_are_not_imported_again(vault: Vault, tmp_path: Path) -> None:
    folder = screenshots(tmp_path / "shots")
    with vault.transaction() as conn:
        incident_id = incidents.create(conn, incidents.IncidentDraft("threat", "Screenshot I attached by hand"))
        evidence.attach_path(conn, incident_id, folder / "IMG_0001.jpg")
    plan = importers.plan(folder, ImportOptions(), vault)
    assert (len(plan.incidents), len(plan.duplicates)) == (3, 1)
    importers.apply(vault, plan)
    assert importers.plan(folder, ImportOptions(), vault).incidents == ()


def test_identical_files_in_the_folder_make_one_incident(tmp_path: Path) -> None:
    folder = screenshots(tmp_path / "shots")
    (folder / "IMG_0001 (copy).jpg").write_bytes((folder / "IMG_0001.jpg").read_bytes())
    plan = importers.plan(folder, ImportOptions())
    assert len(plan.incidents) == 4
    assert plan.skipped["identical copies of another file in the folder"] == 1


@pytest.mark.parametrize("option", [{"senders": ("x",)}, {"chats": ("y",)}])
def test_chat_and_sender_filters_leave_nothing_of_a_folder(tmp_path: Path, option: dict) -> None:
    plan = importers.plan(screenshots(tmp_path / "shots"), ImportOptions(**option))
    assert plan.incidents == () and len(plan.warnings) == 1

"""Exported bundles, checked the way a court's expert would: with independent tools.

The bag is extracted and validated by the `bagit` package, its signature by `ssh-keygen -Y
verify` run exactly as VERIFY.txt says, its manifests by `sha256sum -c`; evidence bytes are
compared with the originals as collected.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import time
import zipfile
from pathlib import Path

import bagit
import pytest

from app.cli_bundle import render_preview
from app.core.bundles import bundle, exportnames, incidents_csv, signing
from app.core.bundles.bundle import Selection
from app.core.bundles.incidents_schema import SCHEMA, schema_bytes
from app.core.errors import ExportCancelled, ExportFailed, NothingToExport
from app.core.records import custody, evidence, taxonomy
from app.core.records.search import Filter
from tests.bundle_helpers import (LOCATION_CANARY, NOTE_CANARY, extract, populate, stock_tool_failures,
                                  verify_txt_ssh_command)
from tests.schema_check import errors as schema_errors

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(shutil.which("ssh-keygen") is None or shutil.which("sha256sum") is None,
                                reason="needs ssh-keygen and sha256sum")


def _export(vault, tmp_path: Path, name: str = "bundle.zip", **options) -> bundle.ExportResult:
    return bundle.export_bundle(vault, tmp_path / name, options.pop("selection", Selection()), **options)


def _incidents_json(bag: Path) -> dict:
    return json.loads((bag / "data/incidents.json").read_text(encoding="utf-8"))


def test_bundle_passes_every_independent_check(vault, tmp_path: Path) -> None:
    sample = populate(vault)
    result = _export(vault, tmp_path)
    bag = extract(result.path, tmp_path / "unzipped")

    bagit.Bag(str(bag)).validate()  # raises on any BagIt error
    assert stock_tool_failures(bag) == []
    ssh = verify_txt_ssh_command(bag)
    key = signing.load(vault.connection())
    assert f"-I {key.identity} -n threatlog-evidence" in ssh
    good = subprocess.run(ssh, shell=True, cwd=bag, capture_output=True, text=True, timeout=60).stdout
    assert good.strip() == (f'Good "threatlog-evidence" signature for {key.identity} '
                            f"with ED25519 key {key.fingerprint()}")

    # Evidence bytes in the bundle are the bytes collected, under the hash taken at collection.
    manifest = dict(reversed(line.split("  ", 1)) for line in
                    (bag / "manifest-sha256.txt").read_text().splitlines())
    for incident in _incidents_json(bag)["incidents"]:
        for item in incident["evidence"]:
            data = (bag / item["path"]).read_bytes()
            assert data == sample.originals[item["sha256"]]
            assert hashlib.sha256(data).hexdigest() == item["sha256"] == manifest[item["path"]]
    assert bag.name == result.bag_name and result.bag_name.endswith(result.bundle_id[:8])


def test_layout_and_tag_files_follow_the_spec(vault, tmp_path: Path) -> None:
    populate(vault)
    result = _export(vault, tmp_path)
    with zipfile.ZipFile(result.path) as archive:
        infos = {i.filename.split("/", 1)[1]: i for i in archive.infolist()}
    assert set(infos) >= {"bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt",
                          "tagmanifest-sha256.txt.sig", "allowed_signers", "VERIFY.txt", "data/incidents.json",
                          "data/incidents.schema.json", "data/incidents.csv", "data/custody-log.jsonl",
                          "data/report.pdf"}
    for path, info in infos.items():
        assert path.isascii() and "\\" not in path and ".." not in path.split("/")
        if path.startswith("data/evidence/") or path == "data/report.pdf":
            assert info.compress_type == zipfile.ZIP_STORED
    bag = extract(result.path, tmp_path / "x")
    assert (bag / "bagit.txt").read_bytes() == b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    labels = [line.split(":", 1)[0] for line in (bag / "bag-info.txt").read_text().splitlines()]
    assert labels == ["Bag-Software-Agent", "Bagging-Date", "Payload-Oxum", "External-Identifier",
                      "External-Description", "Threatlog-Bundle-Format", "Threatlog-Signer-Fingerprint",
                      "Threatlog-Custody-Head", "Threatlog-Exported-At"]
    tag_paths = [line.split("  ", 1)[1] for line in (bag / "tagmanifest-sha256.txt").read_text().splitlines()]
    assert tag_paths == sorted(["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "allowed_signers", "VERIFY.txt"])
    payload_paths = [line.split("  ", 1)[1] for line in (bag / "manifest-sha256.txt").read_text().splitlines()]
    assert payload_paths == sorted(payload_paths)
    assert (bag / "data/report.pdf").read_bytes().startswith(b"%PDF")
    verify_text = (bag / "VERIFY.txt").read_text(encoding="utf-8-sig")
    for phrase in ("HOW TO CHECK", "NECƏ YOXLAMALI", "КАК ПРОВЕРИТЬ", "chcp 65001", "certutil -hashfile",
                   "findstr", "shasum -a 256 -c manifest-sha256.txt", "sha256sum -c manifest-sha256.txt",
                   "< tagmanifest-sha256.txt", result.signer_fingerprint):
        assert phrase in verify_text


def test_same_evidence_in_two_incidents_appears_under_both(vault, tmp_path: Path) -> None:
    sample = populate(vault)
    bag = extract(_export(vault, tmp_path).path, tmp_path / "x")
    shared = [p for p in (bag / "data/evidence").rglob("*.png")]
    assert {p.parent.name for p in shared} == {sample.threat, sample.harassment}
    assert shared[0].read_bytes() == shared[1].read_bytes()
    assert (bag / f"data/evidence/{sample.threat}/01-Ekran_sekli_1.png").is_file()
    assert (bag / f"data/evidence/{sample.threat}/02-Foto_s_GPS.jpg").is_file()


def test_deleted_incidents_never_leave(vault, tmp_path: Path) -> None:
    sample = populate(vault)
    result = _export(vault, tmp_path)
    with zipfile.ZipFile(result.path) as archive:
        everything = b"".join(archive.read(n) for n in archive.namelist() if not n.endswith(".pdf"))
    assert b"DELETED-INCIDENT-TITLE" not in everything and b"DELETED-EVIDENCE-BYTES" not in everything
    assert sample.deleted.encode() not in everything  # not even its id, in the custody log
    with pytest.raises(NothingToExport, match="deleted"):
        _export(vault, tmp_path, "again.zip", selection=Selection(ids=(sample.deleted,)))
    assert not (tmp_path / "again.zip").exists()


def test_notes_and_location_stay_home_unless_chosen(vault, tmp_path: Path) -> None:
    populate(vault)
    default = extract(_export(vault, tmp_path).path, tmp_path / "default")
    document = _incidents_json(default)
    assert document["included"] == {"notes": False, "location": False}
    for name in ("data/incidents.json", "data/incidents.csv", "data/custody-log.jsonl"):
        text = (default / name).read_text(encoding="utf-8-sig")
        assert NOTE_CANARY not in text and LOCATION_CANARY not in text
    photo = next(e for i in document["incidents"] for e in i["evidence"] if e["gps_in_metadata"])
    assert "gps" not in photo["image"]  # the position stays inside the original only

    chosen = extract(_export(vault, tmp_path, "all.zip", include_notes=True, include_location=True).path,
                     tmp_path / "chosen")
    document = _incidents_json(chosen)
    assert document["included"] == {"notes": True, "location": True}
    assert NOTE_CANARY in {i["notes"] for i in document["incidents"]}
    assert LOCATION_CANARY in {i["location"] for i in document["incidents"]}
    photo = next(e for i in document["incidents"] for e in i["evidence"] if e["gps_in_metadata"])
    assert photo["image"]["gps"] == [40.41, -49.87]
    assert NOTE_CANARY in (chosen / "data/incidents.csv").read_text(encoding="utf-8-sig")


def test_preview_lists_exactly_what_leaves_and_flags_gps(vault, tmp_path: Path) -> None:
    sample = populate(vault)
    plan = bundle.preview(vault.connection(), Selection())
    assert {i for i, _ in plan.incidents} == {sample.threat, sample.harassment}
    assert (plan.incidents_with_notes, plan.incidents_with_location) == (1, 1)
    assert [f.display_name for f in plan.gps_files] == ["Фото с GPS.jpg"]
    assert [f.display_name for f in plan.unread_metadata_files] == ["video clip.mp4"]
    result = _export(vault, tmp_path)
    with zipfile.ZipFile(result.path) as archive:
        evidence_members = sorted(n.split("/", 1)[1] for n in archive.namelist() if "/data/evidence/" in n)
    assert evidence_members == sorted(f.path for f in plan.files)
    assert plan.total_bytes == result.payload_bytes
    text = render_preview(plan)  # what `threatlog export` shows on a terminal before writing
    assert f"WARNING: data/evidence/{sample.threat}/02-Foto_s_GPS.jpg carries a GPS position" in text
    assert "Left out: the private notes of 1 incident " in text and "--include-location" in text


def test_selection_by_id_type_tag_and_period(vault, tmp_path: Path) -> None:
    sample = populate(vault)
    conn = vault.connection()

    def chosen(selection: Selection) -> set[str]:
        return {i for i, _ in bundle.preview(conn, selection).incidents}

    assert chosen(Selection(ids=(sample.threat[:5],))) == {sample.threat}
    assert chosen(Selection(filter=Filter(type="harassment"))) == {sample.harassment}
    assert chosen(Selection(filter=Filter(tag="troll-wave"))) == {sample.threat}
    assert chosen(Selection(filter=Filter(since="2026-10-01", until="2026-10-31"))) == {sample.threat}
    assert chosen(Selection(filter=Filter(include_deleted=True))) == {sample.threat, sample.harassment}
    with pytest.raises(NothingToExport):
        _export(vault, tmp_path, selection=Selection(filter=Filter(type="blackmail")))


def test_incidents_json_matches_its_schema_and_the_docs_copy(vault, tmp_path: Path) -> None:
    populate(vault)
    for options in ({}, {"include_notes": True}, {"include_location": True}):
        name = f"b{len(options)}{''.join(options)}.zip"
        bag = extract(_export(vault, tmp_path, name, **options).path, tmp_path / (name + ".d"))
        assert (bag / "data/incidents.schema.json").read_bytes() == (REPO / "docs/incidents.schema.json").read_bytes()
        assert schema_errors(_incidents_json(bag), SCHEMA) == []
    # The checker is not vacuous: notes without included.notes are refused.
    document = _incidents_json(bag)
    document["incidents"][0]["notes"] = "sneaked in"
    assert schema_errors(document, SCHEMA)
    assert schema_bytes() == (REPO / "docs/incidents.schema.json").read_bytes()
    assert SCHEMA["$defs"]["incident"]["properties"]["type"]["enum"] == [t.id for t in taxonomy.TYPES]


def test_csv_defuses_formulas(vault, tmp_path: Path) -> None:
    populate(vault)
    bag = extract(_export(vault, tmp_path).path, tmp_path / "x")
    raw = (bag / "data/incidents.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "'=HYPERLINK(" in raw.decode("utf-8-sig")
    for dangerous in ("=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert incidents_csv.safe_cell(dangerous) == "'" + dangerous
    assert incidents_csv.safe_cell("plain") == "plain"


def test_the_export_is_in_the_custody_log_with_the_zips_hash(vault, tmp_path: Path) -> None:
    populate(vault)
    head_before = custody.head_hash(vault.connection())
    result = _export(vault, tmp_path)
    entries = list(custody.entries(vault.connection()))
    last = entries[-1]
    assert (last.action, last.object_id, last.seq) == ("export", result.bundle_id, result.custody_seq)
    assert last.object_sha256 == hashlib.sha256(result.path.read_bytes()).hexdigest() == result.sha256
    assert custody.verify(vault.connection()).intact
    bag = extract(result.path, tmp_path / "x")
    assert f"Threatlog-Custody-Head: {head_before}" in (bag / "bag-info.txt").read_text()


def test_other_incidents_appear_in_the_chain_only_as_links(vault, tmp_path: Path) -> None:
    sample = populate(vault)
    result = _export(vault, tmp_path, selection=Selection(ids=(sample.harassment,)))
    bag = extract(result.path, tmp_path / "x")
    lines = [json.loads(line) for line in (bag / "data/custody-log.jsonl").read_text().splitlines()]
    assert [e["seq"] for e in lines] == list(range(1, len(lines) + 1))
    full = [e for e in lines if not e.get("redacted")]
    assert {e["object_id"] for e in full} == {vault.vault_id, sample.harassment}
    assert all(set(e) == {"seq", "prev_hash", "hash", "redacted"} for e in lines if e.get("redacted"))
    assert sample.threat not in (bag / "data/custody-log.jsonl").read_text()
    assert stock_tool_failures(bag) == []


def test_cancel_and_failure_leave_nothing(vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    populate(vault)
    seq_before = custody.head_hash(vault.connection())
    calls = []
    with pytest.raises(ExportCancelled):
        _export(vault, tmp_path, progress=lambda done, total: calls.append((done, total)),
                cancelled=lambda: len(calls) >= 2)
    assert calls and calls[0][1] > calls[0][0] > 0
    monkeypatch.setattr(bundle, "_report", lambda *args: (_ for _ in ()).throw(OSError(28, "No space left")))
    with pytest.raises(ExportFailed, match="No space left"):
        _export(vault, tmp_path)
    assert sorted(os.listdir(tmp_path)) == ["vault"]
    assert custody.head_hash(vault.connection()) == seq_before


def test_an_existing_file_is_never_overwritten(vault, tmp_path: Path) -> None:
    populate(vault)
    (tmp_path / "bundle.zip").write_bytes(b"the user's own file")
    with pytest.raises(ExportFailed, match="already exists"):
        _export(vault, tmp_path)
    (tmp_path / "other.zip.part").write_bytes(b"someone else's")
    with pytest.raises(ExportFailed, match="in the way.*may hold evidence unencrypted. Delete it"):
        _export(vault, tmp_path, "other.zip")
    assert (tmp_path / "bundle.zip").read_bytes() == b"the user's own file"
    assert (tmp_path / "other.zip.part").read_bytes() == b"someone else's"


def _files_holding(roots: list[Path], needles: list[bytes], since: float, ignore: Path, own: Path) -> set[Path]:
    # `ignore` holds the temp folders of every pytest run on this machine: a concurrent run of this
    # very test writes its own bundle there. Only this test's `own` folder is scanned within it.
    found = set()
    for root in roots:
        for path in root.rglob("*"):
            try:
                if ignore in path.parents and own not in path.parents:
                    continue
                if path.is_file() and not path.is_symlink() and path.stat().st_mtime >= since:
                    data = path.read_bytes()
                    found.update(path for needle in needles if needle in data)
            except OSError:
                continue
    return found


def test_nothing_but_the_bundle_leaves_the_vault_in_plaintext(vault, vault_dir: Path, tmp_path: Path,
                                                              tmp_path_factory: pytest.TempPathFactory,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    home, temp, out = tmp_path / "home", tmp_path / "tmp", tmp_path / "out"
    for folder in (home, temp, out):
        folder.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    started = time.time()
    sample = populate(vault)
    result = _export(vault, out, include_notes=True, include_location=True)
    assert sorted(os.listdir(out)) == ["bundle.zip"]  # no .part, no staging folder
    video = max(sample.originals.values(), key=len)
    needles = [video[1000:1032]]
    for text in (NOTE_CANARY, LOCATION_CANARY, "Ölüm təhdidi", "troll comments"):
        needles += [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
    roots = [vault_dir, home, temp, out, Path(tempfile.gettempdir())]
    system_temp = Path(os.environ.get("PYTEST_SYSTEM_TMP", "/tmp"))
    if system_temp.is_dir():
        roots.append(system_temp)
    # Only the bundle the user asked for holds any of it; and the scan can see it there (the
    # video is stored uncompressed), so a leak elsewhere could not hide from it.
    pytest_runs = tmp_path_factory.getbasetemp().parent
    assert _files_holding(roots, needles, started, pytest_runs, tmp_path) == {result.path}


def test_evidence_names_in_the_bag_are_plain_ascii() -> None:
    cases = {
        "Şəkil İsmayıl.PNG": "Sekil_Ismayil.PNG",
        "Скриншот угрозы.jpg": "Skrinsot_uqrozi.jpg",
        "تهدید.png": "file.png",
        "(1) photo 50%.jpeg": "1_photo_50.jpeg",
        "…": "file",
        "report final .pdf": "report_final.pdf",
        "a\r\nb.txt": "a_b.txt",
    }
    for display, expected in cases.items():
        assert exportnames.ascii_name(display) == expected
    long = exportnames.ascii_name("ə" * 300 + ".mp4")
    assert len(long) == exportnames.MAX_NAME_CHARS and long.endswith(".mp4")
    assert exportnames.evidence_path("abcd", 7, 120, "x.png") == "data/evidence/abcd/007-x.png"
    assert exportnames.evidence_path("abcd", 7, 12, "x.png") == "data/evidence/abcd/07-x.png"


def test_vault_damage_is_caught_before_it_reaches_a_bundle(vault, tmp_path: Path) -> None:
    sample = populate(vault)
    sha = next(iter(sample.originals))
    with vault.transaction() as conn:
        conn.execute("UPDATE blob_chunks SET data = zeroblob(length(data)) WHERE blob_id = "
                     "(SELECT id FROM blobs WHERE sha256 = ?)", (sha,))
    with pytest.raises(evidence.EvidenceNotFound, match="no longer match"):
        _export(vault, tmp_path)
    assert not any(tmp_path.glob("bundle.zip*"))


def test_copies_of_exported_evidence_are_shown_in_full(vault, tmp_path: Path) -> None:
    sample = populate(vault)
    shared_png = next(sha for sha, data in sample.originals.items() if data.startswith(b"\x89PNG"))
    evidence.write_out(vault.connection(), shared_png, tmp_path / "copy.png")
    bag = extract(_export(vault, tmp_path, selection=Selection(ids=(sample.harassment,))).path, tmp_path / "x")
    lines = [json.loads(line) for line in (bag / "data/custody-log.jsonl").read_text().splitlines()]
    assert [(e["action"], e["object_id"]) for e in lines if e.get("action") == "copy_out"] == [("copy_out", shared_png)]
    assert stock_tool_failures(bag) == []

"""The batch writer for records against evidence.attach_many, and the time helpers against occurred.py:
the importer's shortcuts must write exactly what the general paths would."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from app.core.importers import store
from app.core.importers.common import Record, exact_time, sha256_hex, wall_time
from app.core.records import custody, evidence, incidents
from app.core.records.drafts import IncidentDraft
from app.core.records.occurred import parse_occurred
from app.core.storage.vault import Vault
from tests.conftest import PASSPHRASE, TEST_KDF

RECORDS = [b'{"id":1,"text":"S\xc9\x99ni tapaca\xc4\x9f\xc4\xb1q."}', b"[05.10.26, 23:14:02] Qara: \xd0\xa5\xd0\xb0",
           b"x" * (evidence.CHUNK_BYTES + 10)]
NAMES = ["telegram-1-1.json", "whatsapp-line1.txt", "../odd\u202ename.txt"]


def _written(vault: Vault, ids: list[str]) -> dict[str, object]:
    conn = vault.connection()
    blobs = conn.execute("SELECT sha256, size, media_type, image_meta, thumbnail FROM blobs ORDER BY sha256").fetchall()
    chunks = conn.execute("SELECT b.sha256, c.seq, c.data FROM blob_chunks c JOIN blobs b ON b.id = c.blob_id"
                          " ORDER BY b.sha256, c.seq").fetchall()
    links = conn.execute("SELECT e.incident_id, b.sha256, e.filename, e.display_name, e.source FROM evidence e"
                         " JOIN blobs b ON b.id = e.blob_id ORDER BY e.id").fetchall()
    order = {incident_id: n for n, incident_id in enumerate(ids)}
    attach = [(order[e.object_id], e.object_sha256) for e in custody.entries(conn) if e.action == "attach"]
    return {"blobs": blobs, "chunks": chunks, "attach": attach,
            "links": [(order[i], sha, filename, shown, source) for i, sha, filename, shown, source in links]}


def _vault(folder: Path) -> tuple[Vault, list[str]]:
    vault, _ = Vault.create(folder, PASSPHRASE, TEST_KDF)
    with vault.transaction() as conn:
        ids = incidents.create_many(conn, [IncidentDraft("other", f"Incident {n}") for n in range(4)])
    return vault, ids


def test_attach_records_writes_what_attach_many_writes(tmp_path: Path) -> None:
    links = [(0, 0), (1, 1), (2, 2), (3, 0)]  # the last shares its record's bytes with the first
    general, general_ids = _vault(tmp_path / "general")
    with general.transaction() as conn:
        for incident, record in links:
            evidence.attach_many(conn, general_ids[incident],
                                 [evidence.bytes_source(RECORDS[record], NAMES[record], "import")])
    batch, batch_ids = _vault(tmp_path / "batch")
    with batch.transaction() as conn:
        store.attach_records(conn, [(batch_ids[incident], Record(NAMES[record], sha256_hex(RECORDS[record]),
                                                                 len(RECORDS[record]), data=RECORDS[record]))
                                    for incident, record in links])
    try:
        assert _written(batch, batch_ids) == _written(general, general_ids)
        assert custody.verify(batch.connection()).intact
    finally:
        general.close()
        batch.close()


@given(st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2100, 12, 30)),
       st.integers(min_value=-14 * 60, max_value=14 * 60))
def test_exact_time_is_what_occurred_makes_of_it(moment: datetime, offset_minutes: int) -> None:
    aware = moment.replace(tzinfo=timezone(timedelta(minutes=offset_minutes)))
    text, utc = exact_time(aware)
    parsed = parse_occurred(text)
    assert (parsed.text, parsed.start) == (text, utc)


@given(st.datetimes(min_value=datetime(1901, 1, 2), max_value=datetime(2099, 12, 30)),
       st.sampled_from(["Asia/Baku", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Europe/Moscow"]))
def test_wall_time_reads_a_clock_time_as_occurred_does(moment: datetime, zone_name: str) -> None:
    zone = ZoneInfo(zone_name)
    text, utc = wall_time(moment, zone)
    expected = parse_occurred(f"{moment:%Y-%m-%dT%H:%M:%S}", zone)
    assert (text, utc) == (expected.text, expected.start)


def test_wall_time_without_a_zone_uses_this_computers() -> None:
    moment = datetime(2026, 10, 5, 23, 14, 2)
    expected = parse_occurred("2026-10-05T23:14:02")
    assert wall_time(moment, None) == (expected.text, expected.start)


def test_a_record_is_valid_json_with_sorted_keys() -> None:
    from app.core.importers.telegram import _record

    record = _record({"text": "Səni", "id": 3, "a": [1, {"z": 1, "b": 2}]}, "r.json")
    assert record.data == '{"a":[1,{"b":2,"z":1}],"id":3,"text":"Səni"}'.encode()
    lone = _record({"text": "\ud83d"}, "r.json")  # a lone surrogate escaped in the file
    assert json.loads(lone.data) == {"text": "\ud83d"}

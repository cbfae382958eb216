"""Importing Telegram Desktop exports: what the user finds in the vault afterwards."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.core import importers
from app.core.importers import ImportOptions, SourceKind
from app.core.importers.telegram import flatten_text
from app.core.records import custody, evidence, incidents, search
from app.core.storage.vault import Vault
from app.core.untrusted import thumbnails
from tests.import_fixtures import BAKU, PATRIOT, QARA, telegram_full, telegram_single


def stored(vault: Vault, sha256: str) -> bytes:
    return b"".join(evidence.read_chunks(vault.connection(), sha256))


def all_incidents(vault: Vault) -> list[incidents.Incident]:
    conn = vault.connection()
    ids = [row[0] for row in conn.execute("SELECT id FROM incidents ORDER BY sort_time, seq")]
    return [incidents.get(conn, i) for i in ids]


def canonical_record(export: Path, message_id: int) -> bytes:
    data = json.loads((export / "result.json").read_text(encoding="utf-8"))
    chats = [data] if "messages" in data else data["chats"]["list"]
    record = next(m for chat in chats for m in chat["messages"] if m["id"] == message_id)
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def import_all(vault: Vault, path: Path, **options: object) -> importers.ImportResult:
    result = importers.apply(vault, importers.plan(path, ImportOptions(**options), vault))
    thumbnails.make_pending(vault.connection())  # as the CLI and the app do after an import
    return result


def test_a_single_chat_export_becomes_one_incident_per_message(vault: Vault, tmp_path: Path) -> None:
    export = telegram_single(tmp_path / "export")
    assert importers.detect(export) is SourceKind.TELEGRAM
    plan = importers.plan(export, ImportOptions(incident_type="threat"), vault)
    assert (len(plan.incidents), len(plan.duplicates)) == (7, 0)
    assert plan.skipped == {"service messages (joins, pins, calls)": 1}
    assert [(title, str(what)) for title, what in plan.missing] == [
        ("Qara Kölgə: photo", "photo: File not included. Change data exporting settings to download.")]

    result = importers.apply(vault, plan)

    found = all_incidents(vault)
    assert sorted(result.incident_ids) == sorted(i.id for i in found)
    first = found[0]
    assert first.draft.title == "Qara Kölgə: Səni tapacağıq."
    assert first.draft.text == "Səni tapacağıq."
    assert first.draft.type == "threat" and first.draft.platform == "telegram"
    assert first.draft.occurred == "2026-10-05T23:14:02+04:00"
    assert [(a.platform, a.handle) for a in first.draft.accounts] == [("telegram", "Qara Kölgə (user5133004712)")]
    (record,) = first.evidence
    assert record.filename == "telegram-5133004712-2.json" and record.source == "import"
    assert stored(vault, record.sha256) == canonical_record(export, 2)


def test_entities_are_flattened_exactly_and_media_stored_byte_for_byte(vault: Vault, tmp_path: Path) -> None:
    export = telegram_single(tmp_path / "export")
    import_all(vault, export)
    by_title = {i.draft.title: i for i in all_incidents(vault)}

    photo = by_title["Qara Kölgə: Смотри сюда: https://example.org/leyla-home"]
    assert photo.draft.text == "Смотри сюда: https://example.org/leyla-home"
    assert photo.draft.urls == ("https://example.org/leyla-home",)
    record, image = photo.evidence
    assert stored(vault, record.sha256) == canonical_record(export, 3)
    assert image.filename == "photos/photo_1@05-10-2026_23-14-40.jpg" and image.media_type == "image/jpeg"
    assert stored(vault, image.sha256) == (export / image.filename).read_bytes()
    assert image.image is not None and image.image["width"] == 64  # thumbnailed like any evidence image

    voice = by_title["Qara Kölgə: voice message"]
    assert stored(vault, voice.evidence[1].sha256) == (export / voice.evidence[1].filename).read_bytes()
    assert voice.evidence[1].media_type == "audio/ogg"

    doxx = by_title["Qara Kölgə: sənin ünvanın — hamı bilir"]
    assert doxx.draft.urls == ("https://example.org/doxx",)

    missing = by_title["Qara Kölgə: photo"]
    assert "Missing from the export: photo: File not included" in missing.draft.notes
    assert [e.filename for e in missing.evidence] == ["telegram-5133004712-6.json"]

    deleted = by_title["Deleted account: We know where your mother lives."]
    assert deleted.draft.accounts[0].handle == "Deleted account (user6660000003)"


def test_custody_log_names_the_source_hash_for_every_incident(vault: Vault, tmp_path: Path) -> None:
    export = telegram_single(tmp_path / "export")
    result = import_all(vault, export)
    source_hash = hashlib.sha256((export / "result.json").read_bytes()).hexdigest()
    assert result.source_sha256 == source_hash
    entries = [e for e in custody.entries(vault.connection()) if e.action == "import"]
    assert sorted(e.object_id for e in entries) == sorted(result.incident_ids)
    assert {e.object_sha256 for e in entries} == {source_hash}
    assert custody.verify(vault.connection()).intact


def test_importing_the_same_export_again_creates_nothing(vault: Vault, tmp_path: Path) -> None:
    export = telegram_single(tmp_path / "export")
    import_all(vault, export)
    conn = vault.connection()
    counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("incidents", "evidence", "blobs", "custody_log", "accounts")]

    plan = importers.plan(export, ImportOptions(group_minutes=30), vault)  # another grouping: still nothing
    assert (len(plan.incidents), len(plan.duplicates)) == (0, 7)
    assert importers.apply(vault, plan).incident_ids == ()
    assert [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("incidents", "evidence", "blobs", "custody_log", "accounts")] == counts


def test_full_export_chats_senders_dates_and_grouping(vault: Vault, tmp_path: Path) -> None:
    export = telegram_full(tmp_path / "export")
    plan = importers.plan(export, ImportOptions(chats=("Vətən keşikçiləri",), group_minutes=5), vault)
    assert {t.name: (t.found, t.selected) for t in plan.chats} == {"Qara Kölgə": (7, 0),
                                                                   "Vətən keşikçiləri": (5, 5)}
    # Three posts two minutes apart make one incident; Leyla's reply breaks the run.
    assert [len(i.messages) for i in plan.incidents] == [3, 1, 1]
    burst = plan.incidents[0].draft
    assert burst.title == "Патриот Родины: Предатель! (+2 more)"
    assert burst.text == "Предатель!\n\nXain jurnalist\n\nМы тебя найдём"
    assert burst.occurred == "2026-10-07T12:00:00+04:00/2026-10-07T12:04:00+04:00"

    only_patriot = importers.plan(export, ImportOptions(senders=(PATRIOT[1],), group_minutes=5), vault)
    assert [len(i.messages) for i in only_patriot.incidents] == [3, 1]

    dated = importers.plan(export, ImportOptions(since="2026-10-06", until="2026-10-06"), vault)
    assert [i.draft.title for i in dated.incidents] == ["Leyla Məmmədova: Bu mesajları polisə göndərirəm.",
                                                        "Deleted account: We know where your mother lives."]
    assert dated.skipped["outside the dates chosen"] == 10

    result = importers.apply(vault, plan)
    found = [incidents.get(vault.connection(), i) for i in result.incident_ids]
    assert [len(i.evidence) for i in found] == [3, 1, 1]
    hits = search.find_ids(vault.connection(), search.Filter(query="xain"))
    assert hits == [result.incident_ids[0]]


def test_a_later_import_adds_only_what_is_new(vault: Vault, tmp_path: Path) -> None:
    export = telegram_full(tmp_path / "export")
    first = import_all(vault, export, senders=(QARA[0],))
    assert len(first.incident_ids) == 5
    second = importers.plan(export, ImportOptions(), vault)
    assert (len(second.incidents), len(second.duplicates)) == (7, 5)
    assert {t.name: t.new for t in second.senders}["Qara Kölgə (user5133004712)"] == 0


def test_unknown_chat_or_sender_is_a_warning_in_the_plan(tmp_path: Path) -> None:
    plan = importers.plan(telegram_full(tmp_path / "export"), ImportOptions(chats=("Nobody's chat",)))
    assert [str(warning) for warning in plan.warnings] == ["No chat is called “Nobody's chat”."]
    assert plan.incidents == ()


def test_a_date_without_its_unix_time_is_read_in_the_zone_given(vault: Vault, tmp_path: Path) -> None:
    export = tmp_path / "export"
    export.mkdir()
    chat = {"name": "x", "id": 1, "messages": [{"id": 1, "type": "message", "date": "2026-10-05T23:14:02",
                                                 "from": "Qara", "from_id": "user1", "text": "Salam"}]}
    (export / "result.json").write_text(json.dumps(chat), encoding="utf-8")
    plan = importers.plan(export, ImportOptions(time_zone=BAKU))
    assert plan.incidents[0].draft.occurred == "2026-10-05T23:14:02+04:00"


@pytest.mark.parametrize(("untrusted", "text", "urls"), [
    ("plain", "plain", ()),
    (["a", {"type": "bold", "text": "b"}, "c"], "abc", ()),
    ([{"type": "link", "text": "https://x.example"}, {"type": "text_link", "text": "here", "href": "https://y.example"}],
     "https://x.examplehere", ("https://x.example", "https://y.example")),
    ([{"type": "mention", "text": "@qara"}, " ", {"type": "hashtag", "text": "#xain"}], "@qara #xain", ()),
])
def test_text_is_flattened_exactly(untrusted: object, text: str, urls: tuple[str, ...]) -> None:
    assert flatten_text(untrusted, "here") == (text, urls)  # type: ignore[arg-type]


def test_the_preview_can_change_its_choices_without_reading_again(vault: Vault, tmp_path: Path) -> None:
    export = telegram_full(tmp_path / "export")
    everything = importers.plan(export, ImportOptions(), vault)
    (export / "result.json").unlink()  # replan must not need the source
    grouped = importers.replan(everything.source, ImportOptions(chats=("1900000001",), group_minutes=5), vault)
    assert [len(i.messages) for i in grouped.incidents] == [3, 1, 1]
    assert everything.skipped == {"service messages (joins, pins, calls)": 1}
    assert grouped.skipped == {"service messages (joins, pins, calls)": 1, "in other chats": 7}

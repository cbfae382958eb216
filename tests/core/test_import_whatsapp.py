"""Importing WhatsApp chat exports in the date formats of different phones, as folders and as zips."""

from __future__ import annotations

import hashlib
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core import importers
from app.core.errors import ImportMalformed
from app.core.importers import ImportOptions, SourceKind
from app.core.importers import whatsapp_lines as lines
from app.core.records import custody, evidence, incidents
from app.core.storage.vault import Vault
from tests.import_fixtures import BAKU, WA_LOCALES, whatsapp_export

LOCALES = sorted(WA_LOCALES)
MULTILINE = "Мы знаем, где живёт твоя мать.\nHər gün izləyirik.\nWe are watching."


def stored(vault: Vault, sha256: str) -> bytes:
    return b"".join(evidence.read_chunks(vault.connection(), sha256))


def chat_bytes(export: Path) -> bytes:
    if export.suffix == ".zip":
        with zipfile.ZipFile(export) as archive:
            name = next(n for n in archive.namelist() if n.endswith(".txt"))
            return archive.read(name)
    return next(export.glob("*.txt")).read_bytes()


def media_bytes(export: Path, name: str) -> bytes:
    if export.suffix == ".zip":
        with zipfile.ZipFile(export) as archive:
            return archive.read(name)
    return (export / name).read_bytes()


@pytest.mark.parametrize("as_zip", [False, True], ids=["folder", "zip"])
@pytest.mark.parametrize("locale", LOCALES)
def test_every_locale_reads_the_same_conversation(vault: Vault, tmp_path: Path, locale: str, as_zip: bool) -> None:
    export = whatsapp_export(tmp_path, locale, as_zip)
    assert importers.detect(export) is SourceKind.WHATSAPP
    plan = importers.plan(export, ImportOptions(time_zone=BAKU, incident_type="threat"), vault)
    assert plan.skipped == {"system messages (encryption notice, joins, changes)": 1}
    assert plan.warnings == ()  # the 13th of October tells the date order
    assert len(plan.incidents) == 7
    assert [str(what).split(":")[-1].strip() for _, what in plan.missing] == ["exported without media",
                                                                               "not in the export"]

    result = importers.apply(vault, plan)
    found = [incidents.get(vault.connection(), i) for i in result.incident_ids]
    seconds = WA_LOCALES[locale].seconds()
    assert [i.draft.occurred for i in found] == [
        f"2026-10-05T23:14:{'02' if seconds else '00'}+04:00", f"2026-10-05T23:14:{'40' if seconds else '00'}+04:00",
        f"2026-10-05T23:15:{'10' if seconds else '00'}+04:00", "2026-10-13T08:05:00+04:00",
        "2026-10-13T08:06:00+04:00", f"2026-10-13T20:07:{'30' if seconds else '00'}+04:00",
        "2026-10-13T20:09:00+04:00"]
    assert found[0].draft.text == "Səni tapacağıq."
    assert found[2].draft.text == MULTILINE
    assert [a.handle for i in found for a in i.draft.accounts] == ["Qara Kölgə"] * 3 + [
        "Leyla Məmmədova", "+994 50 555 01 02"] + ["Qara Kölgə"] * 2
    assert {a.platform for i in found for a in i.draft.accounts} == {"whatsapp"}

    photo, voice = found[1], found[5]
    assert photo.draft.title == "Qara Kölgə: photo" and photo.evidence[1].media_type == "image/jpeg"
    assert stored(vault, photo.evidence[1].sha256) == media_bytes(export, photo.evidence[1].filename)
    assert stored(vault, voice.evidence[1].sha256) == media_bytes(export, voice.evidence[1].filename)
    assert "Missing from the export:" in found[6].draft.notes and len(found[6].evidence) == 1

    # Each record is the message's lines exactly as the chat file has them.
    text = chat_bytes(export).decode("utf-16" if WA_LOCALES[locale].encoding == "utf-16" else "utf-8")
    for incident in found:
        record = stored(vault, incident.evidence[0].sha256).decode("utf-8")
        assert record in text and incident.draft.text.split("\n")[0] in record or not incident.draft.text
    if WA_LOCALES[locale].encoding == "utf-8":
        assert all(stored(vault, i.evidence[0].sha256) in chat_bytes(export) for i in found)

    chat_hash = hashlib.sha256(chat_bytes(export)).hexdigest()
    assert {e.object_sha256 for e in custody.entries(vault.connection()) if e.action == "import"} == {chat_hash}


@pytest.mark.parametrize("locale", ["ios_day_first_24h", "android_month_first_12h"])
def test_the_zip_after_the_folder_creates_nothing(vault: Vault, tmp_path: Path, locale: str) -> None:
    importers.apply(vault, importers.plan(whatsapp_export(tmp_path / "a", locale, False), ImportOptions(), vault))
    plan = importers.plan(whatsapp_export(tmp_path / "b", locale, True), ImportOptions(), vault)
    assert (len(plan.incidents), len(plan.duplicates)) == (0, 7)


def test_identical_messages_in_one_minute_stay_two_incidents(vault: Vault, tmp_path: Path) -> None:
    chat = tmp_path / "WhatsApp Chat with Troll.txt"
    chat.write_text("05.10.26, 23:14 - Troll: Xain!\n05.10.26, 23:14 - Troll: Xain!\n"
                    "05.10.26, 23:15 - Troll: Xain!\n", encoding="utf-8")
    plan = importers.plan(chat, ImportOptions(group_minutes=10), vault)
    # Two identical records never share an incident; the third message differs in its minute.
    assert [len(i.messages) for i in plan.incidents] == [1, 2]
    result = importers.apply(vault, plan)
    assert len(result.incident_ids) == 2
    again = importers.plan(chat, ImportOptions(), vault)
    assert (len(again.incidents), len(again.duplicates)) == (0, 3)


def test_ambiguous_dates_follow_the_chosen_order_and_say_so(tmp_path: Path) -> None:
    chat = tmp_path / "WhatsApp Chat with Troll.txt"
    chat.write_text("05/10/2026, 23:14 - Troll: Səni tapacağıq\n06/10/2026, 08:00 - Troll: Yenə\n", encoding="utf-8")
    day_first = importers.plan(chat, ImportOptions(date_order="day-first", time_zone=BAKU))
    assert day_first.incidents[0].draft.occurred == "2026-10-05T23:14:00+04:00"
    assert "reads both ways" in str(day_first.warnings[0]) and "as you chose" in str(day_first.warnings[0])
    month_first = importers.plan(chat, ImportOptions(date_order="month-first", time_zone=BAKU))
    assert month_first.incidents[0].draft.occurred == "2026-05-10T23:14:00+04:00"


def test_the_system_region_decides_when_nothing_else_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chat = tmp_path / "WhatsApp Chat with Troll.txt"
    chat.write_text("05/10/2026, 23:14 - Troll: Salam\n", encoding="utf-8")
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert importers.plan(chat, ImportOptions(time_zone=BAKU)).incidents[0].draft.occurred.startswith("2026-05-10")
    monkeypatch.setenv("LC_ALL", "az_AZ.UTF-8")
    plan = importers.plan(chat, ImportOptions(time_zone=BAKU))
    assert plan.incidents[0].draft.occurred.startswith("2026-10-05")
    assert "from this computer's region settings" in str(plan.warnings[0])


def test_dates_that_contradict_each_other_are_refused(tmp_path: Path) -> None:
    chat = tmp_path / "WhatsApp Chat with Troll.txt"
    chat.write_text("13/10/2026, 23:14 - Troll: a\n10/13/2026, 23:15 - Troll: b\n", encoding="utf-8")
    with pytest.raises(ImportMalformed, match="day-first .* month-first"):
        importers.plan(chat, ImportOptions())


@pytest.mark.parametrize(("line", "expected"), [
    ("[05.10.26, 23:14:02] Qara: x", datetime(2026, 5, 10, 23, 14, 2)),
    ("\u200e[5/10/26, 11:14:02\u202fPM] Qara: x", datetime(2026, 5, 10, 23, 14, 2)),
    ("5/10/26, 12:30 a.m. - Qara: x", datetime(2026, 5, 10, 0, 30)),
    ("5/10/26, 12:30\u00a0p.\u00a0m. - Qara: x", datetime(2026, 5, 10, 12, 30)),
    ("2026-10-05, 23:14 - Qara: x", datetime(2026, 10, 5, 23, 14)),
    ("05-10-2026 23.14 - Qara: x", datetime(2026, 5, 10, 23, 14)),
])
def test_header_forms(line: str, expected: datetime) -> None:
    header = lines.match_header(line)
    assert header is not None and header.rest == "Qara: x"
    order = "ymd" if len(header.a) == 4 else "mdy"
    assert lines.timestamp(header, order, 1, "chat") == expected


@pytest.mark.parametrize("line", ["Hər gün izləyirik.", "05.10.26 Qara: x", "5 октября, 23:14 - Qara: x"])
def test_continuation_lines_are_not_headers(line: str) -> None:
    assert lines.match_header(line) is None


def test_a_time_that_does_not_exist_is_refused_with_its_line() -> None:
    header = lines.match_header("[31.02.26, 25:14:02] Qara: x")
    assert header is not None
    with pytest.raises(ImportMalformed, match="line 7"):
        lines.timestamp(header, "dmy", 7, "_chat.txt")


@given(st.datetimes(min_value=datetime(2009, 1, 1), max_value=datetime(2099, 12, 31)).map(
    lambda d: d.replace(microsecond=0)), st.sampled_from(sorted(WA_LOCALES)))
def test_every_time_written_in_a_locale_reads_back(moment: datetime, locale: str) -> None:
    style = WA_LOCALES[locale]
    if not style.seconds():
        moment = moment.replace(second=0)
    header = lines.match_header(f"{style.stamp(moment)} Qara: x")
    assert header is not None
    order = "mdy" if style.date.startswith("%m") else "dmy"
    assert lines.timestamp(header, order, 1, "chat") == moment

"""`threatlog import` through the real entry point, as a user or a script runs it."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

import pytest

from tests.core.test_no_plaintext import sealed_environment  # noqa: F401 (fixture)
from tests.helpers import scan_for_canary
from tests.helpers import folder_digest
from tests.import_fixtures import telegram_single, whatsapp_export


def test_dry_run_shows_the_plan_and_writes_nothing(cli_vault, vault_dir: Path, tmp_path: Path) -> None:
    export = whatsapp_export(tmp_path, "android_month_first_12h", as_zip=True)
    before = folder_digest(vault_dir)
    result = cli_vault("import", str(export), "--dry-run", "--time-zone", "Asia/Baku")
    assert result.code == 0, result.err
    assert "WhatsApp chat export" in result.out and "7 new incidents" in result.out
    assert "left out: 1 system message (encryption notice, joins, changes)" in result.out
    assert "missing: IMG-20261013-WA0008.jpg: not in the export" in result.out
    assert "+ 2026-10-05T23:14:00+04:00  Qara Kölgə: Səni tapacağıq." in result.out
    assert "Dry run: nothing was written." in result.err
    planned = json.loads(cli_vault("import", str(export), "--dry-run", "--json").out)
    assert planned["new_incidents"] == 7 and planned["duplicates"] == 0 and planned["kind"] == "whatsapp"
    assert folder_digest(vault_dir) == before


def test_import_prints_the_new_ids_and_a_second_run_adds_nothing(cli_vault, vault_dir: Path, tmp_path: Path) -> None:
    export = telegram_single(tmp_path / "export")
    first = cli_vault("import", str(export), "--incident-type", "threat")
    assert first.code == 0, first.err
    ids = first.out.split()
    assert len(ids) == 7 and "Imported 7 incidents" in first.err
    listed = json.loads(cli_vault("list", "--json").out)
    assert sorted(i["id"] for i in listed) == sorted(ids) and {i["type"] for i in listed} == {"threat"}
    log = json.loads(cli_vault("log", "--json").out)
    assert sorted(e["object_id"] for e in log if e["action"] == "import") == sorted(ids)
    assert cli_vault("log", "--verify").code == 0

    before = folder_digest(vault_dir)
    again = cli_vault("import", str(export), "--json")
    assert again.code == 0
    assert json.loads(again.out)["created"] == 0 and json.loads(again.out)["duplicates"] == 7
    assert folder_digest(vault_dir) == before


def test_refused_input_is_one_line_and_changes_nothing(cli_vault, vault_dir: Path, tmp_path: Path) -> None:
    export = telegram_single(tmp_path / "export")
    (export / "result.json").write_text('{"messages": [', encoding="utf-8")
    before = folder_digest(vault_dir)
    result = cli_vault("import", str(export))
    assert result.code == 1 and result.out == ""
    assert result.err.startswith("threatlog: result.json is not valid JSON") and result.err.count("\n") == 1
    assert folder_digest(vault_dir) == before


def test_usage_errors_exit_2(cli_vault, tmp_path: Path) -> None:
    export = telegram_single(tmp_path / "export")
    assert cli_vault("import", str(export), "--time-zone", "Mars/Olympus").code == 2
    with pytest.raises(SystemExit) as bad_option:
        cli_vault("import", str(export), "--type", "fax")
    assert bad_option.value.code == 2
    bad_type = cli_vault("import", str(export), "--incident-type", "rumour")
    assert bad_type.code == 1 and "Unknown incident type" in bad_type.err


def test_filters_and_grouping_on_the_command_line(cli_vault, tmp_path: Path) -> None:
    export = telegram_single(tmp_path / "export")
    result = cli_vault("import", str(export), "--sender", "Qara Kölgə", "--since", "2026-10-05",
                       "--until", "2026-10-05", "--group-minutes", "10", "--json")
    assert result.code == 0, result.err
    (incident_id,) = json.loads(result.out)["incident_ids"]
    shown = json.loads(cli_vault("show", incident_id, "--json").out)
    assert shown["occurred_at"] == "2026-10-05T23:14:02+04:00/2026-10-05T23:20:00+04:00"
    assert len(shown["evidence"]) == 7  # five records, a photo and a voice message


def test_an_import_leaves_no_plaintext_outside_the_vault(cli_vault, sealed_environment, vault_dir: Path,  # noqa: F811
                                                         tmp_path: Path) -> None:
    started = time.time()
    canary = "CANARY-7f3a9c-təhdid-угроза"
    outside = tmp_path / "users-own-files"
    export = telegram_single(outside / "export")
    data = json.loads((export / "result.json").read_text(encoding="utf-8"))
    data["messages"][1]["text"] = canary
    (export / "result.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    zipped = whatsapp_export(outside / "wa", "ios_day_first_24h", as_zip=True)
    assert cli_vault("import", str(export)).code == 0
    assert cli_vault("import", str(zipped)).code == 0
    roots = [vault_dir, sealed_environment["home"], sealed_environment["temp"], Path(tempfile.gettempdir())]
    assert scan_for_canary(roots, started, skip=outside, texts=(canary, "Səni tapacağıq")) == []

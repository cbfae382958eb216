"""The CLI contract, exercised through the real entry point the way scripts and trainers use it."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import folder_digest, png_bytes

REPO = Path(__file__).resolve().parents[2]
INCIDENT_KEYS = {"id", "type", "title", "occurred_at", "recorded_at", "platform", "accounts", "tags", "severity",
                 "sensitive", "text", "translation", "urls", "evidence"}
EVIDENCE_KEYS = {"sha256", "filename", "size", "media_type"}


def _add(cli, *extra: str) -> str:
    result = cli("add", "--type", "threat", "--title", "Death threat in DM", *extra)
    assert result.code == 0, result.err
    return result.out.strip()


def test_init_prints_the_recovery_code_alone_on_stdout(cli) -> None:
    result = cli("init", "--kdf-memory", "64", "--kdf-iterations", "3")
    assert result.code == 0
    code = result.out.strip()
    assert len(code.split("-")) == 6
    assert "shown only this once" in result.err


def test_a_full_session_reads_back_what_was_logged(cli_vault, tmp_path: Path) -> None:
    shot = tmp_path / "screenshot.png"
    shot.write_bytes(png_bytes(text="ignored"))
    incident_id = _add(
        cli_vault, "--occurred", "2026-10-05T14:30+04:00", "--platform", "telegram", "--account", "@qara_kolge",
        "--account", "instagram:fake.profile", "--text", "Səni tapacağıq. Мы тебя найдём.", "--translation",
        "We will find you.", "--url", "https://t.me/x/1", "--tag", "troll-wave", "--severity", "4",
        "--attach", str(shot), "--field", "mentions_family=yes",
    )
    assert len(incident_id) == 10

    shown = json.loads(cli_vault("show", incident_id, "--json").out)
    assert INCIDENT_KEYS <= set(shown)
    assert shown["text"] == "Səni tapacağıq. Мы тебя найдём."
    assert shown["occurred_at"] == "2026-10-05T14:30:00+04:00"
    assert shown["accounts"] == [{"platform": "telegram", "handle": "@qara_kolge"},
                                 {"platform": "instagram", "handle": "fake.profile"}]
    assert shown["details"] == {"mentions_family": True}
    (item,) = shown["evidence"]
    assert EVIDENCE_KEYS <= set(item)
    assert item["sha256"] == hashlib.sha256(shot.read_bytes()).hexdigest()
    assert item["media_type"] == "image/png"

    listed = json.loads(cli_vault("list", "--json").out)
    assert [i["id"] for i in listed] == [incident_id]
    assert INCIDENT_KEYS <= set(listed[0])


def test_attach_prints_hash_then_name_and_evidence_comes_back_byte_for_byte(cli_vault, tmp_path: Path) -> None:
    incident_id = _add(cli_vault)
    original = tmp_path / "voice message.ogg"
    original.write_bytes(b"OggS" + os.urandom(3_000_000))
    result = cli_vault("attach", incident_id, str(original))
    digest = hashlib.sha256(original.read_bytes()).hexdigest()
    assert result.out == f"{digest}  voice message.ogg\n"
    out = tmp_path / "back.ogg"
    assert cli_vault("evidence", digest, "--out", str(out)).code == 0
    assert out.read_bytes() == original.read_bytes()
    assert cli_vault("evidence", digest, "--out", str(out)).code == 1  # never overwrites


def test_edit_makes_a_revision_and_history_shows_both(cli_vault) -> None:
    incident_id = _add(cli_vault, "--severity", "3", "--tag", "a")
    assert cli_vault("edit", incident_id, "--severity", "5").out.strip() == f"{incident_id} revision 2"
    data = json.loads(cli_vault("show", incident_id, "--json", "--history").out)
    assert data["severity"] == 5
    assert data["tags"] == ["a"]  # options not given keep their value
    assert [r["incident"]["severity"] for r in data["history"]] == [3, 5]
    assert [e["action"] for e in data["custody"]] == ["create", "edit"]


def test_delete_leaves_a_tombstone_and_purge_removes_the_content(cli_vault) -> None:
    incident_id = _add(cli_vault, "--text", "PURGE-ME-CANARY")
    assert cli_vault("delete", incident_id, "--reason", "logged twice").code == 0
    assert json.loads(cli_vault("list", "--json").out) == []
    shown = json.loads(cli_vault("show", incident_id, "--json").out)
    assert shown["delete_reason"] == "logged twice" and shown["text"] == "PURGE-ME-CANARY"
    assert cli_vault("purge", incident_id).code == 0
    shown = json.loads(cli_vault("show", incident_id, "--json").out)
    assert shown["purged_at"] and shown["text"] == "" and shown["delete_reason"] is None
    assert [e["action"] for e in json.loads(cli_vault("log", "--json").out)][-3:] == ["create", "delete", "purge"]


def test_list_filters(cli_vault) -> None:
    old = _add(cli_vault, "--occurred", "2025-03-01", "--tag", "wave-1", "--platform", "x")
    new = cli_vault("add", "--type", "doxxing", "--title", "Ünvanım paylaşıldı", "--occurred", "2026-10",
                    "--account", "@doxxer").out.strip()
    ids = lambda *a: [i["id"] for i in json.loads(cli_vault("list", "--json", *a).out)]  # noqa: E731
    assert ids() == [new, old]
    assert ids("--type", "doxxing") == [new]
    assert ids("--since", "2026-01-01") == [new]
    assert ids("--until", "2025-12-31") == [old]
    assert ids("--tag", "wave-1") == [old]
    assert ids("--account", "DOXXER") == [new]
    assert ids("--platform", "twitter") == [old]
    assert ids("--query", "unvanim") == [new]


def test_log_verify_reports_an_intact_chain(cli_vault) -> None:
    _add(cli_vault)
    result = cli_vault("log", "--verify")
    assert result.code == 0 and "intact" in result.out


def test_passwd_changes_the_passphrase(cli_vault, tmp_path: Path) -> None:
    new_secret = tmp_path / "new.txt"
    new_secret.write_text("an entirely new passphrase\n")
    assert cli_vault("passwd", "--new-passphrase-file", str(new_secret)).code == 0
    assert cli_vault("list").code == 3
    assert cli_vault("list", passphrase_file=new_secret).code == 0


def test_wrong_passphrase_exits_3_and_changes_nothing(cli_vault, vault_dir: Path, tmp_path: Path) -> None:
    _add(cli_vault)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("definitely wrong")
    before = folder_digest(vault_dir)
    result = cli_vault("add", "--type", "other", "--title", "x", passphrase_file=wrong)
    assert result.code == 3
    assert result.err.count("\n") == 1 and "Wrong passphrase" in result.err
    assert folder_digest(vault_dir) == before


@pytest.mark.parametrize(
    "args, message",
    [
        (("show", "zzzzzzzz"), "No incident"),
        (("list", "--since", "2026-13-01"), "month"),
        (("add", "--type", "nonsense", "--title", "t"), "Unknown incident type"),
        (("add", "--type", "threat", "--title", "t", "--severity", "9"), "Severity"),
        (("add", "--type", "threat", "--title", "t", "--occurred", "yesterday-ish"), "yesterday-ish"),
        (("add", "--type", "threat", "--title", "t", "--attach", "/no/such/file.png"), "no such file"),
        (("evidence", "00" * 32, "--out", "/tmp/never-written"), "No evidence"),
    ],
)
def test_refused_input_is_one_line_exit_1_and_the_vault_unchanged(cli_vault, vault_dir, args, message) -> None:
    before = folder_digest(vault_dir)
    result = cli_vault(*args)
    assert result.code == 1
    assert message in result.err and result.err.count("\n") == 1
    assert folder_digest(vault_dir) == before


def test_failed_attach_in_add_leaves_no_incident(cli_vault, tmp_path: Path) -> None:
    good = tmp_path / "ok.png"
    good.write_bytes(png_bytes())
    result = cli_vault("add", "--type", "threat", "--title", "t", "--attach", str(good), "--attach", str(tmp_path))
    assert result.code == 1 and "folder" in result.err
    assert json.loads(cli_vault("list", "--json").out) == []


def test_missing_vault_is_exit_1(cli) -> None:
    result = cli("list")
    assert result.code == 1 and "No vault" in result.err


def test_usage_error_is_exit_2(cli) -> None:
    with pytest.raises(SystemExit) as caught:
        cli("add", "--title", "missing type")
    assert caught.value.code == 2


def _run_module(*args: str, env_extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **env_extra}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=REPO, env=env,
                          timeout=120)


def test_real_process_prints_no_traceback_on_a_corrupt_vault(tmp_path: Path) -> None:
    env = {"THREATLOG_PASSPHRASE": "correct horse battery staple", "THREATLOG_VAULT": str(tmp_path / "v")}
    assert _run_module("init", "--kdf-memory", "64", "--kdf-iterations", "3", env_extra=env).returncode == 0
    db = tmp_path / "v" / "vault.db"
    data = bytearray(db.read_bytes())
    data[20000:20100] = os.urandom(100)  # a page in the middle: SQLCipher's HMAC must catch it
    db.write_bytes(bytes(data))
    result = _run_module("list", env_extra=env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_threatlog_vault_environment_variable_is_used(tmp_path: Path) -> None:
    env = {"THREATLOG_PASSPHRASE": "correct horse battery staple", "THREATLOG_VAULT": str(tmp_path / "env-vault")}
    result = _run_module("init", "--kdf-memory", "64", "--kdf-iterations", "3", env_extra=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env-vault" / "keyslots.json").is_file()

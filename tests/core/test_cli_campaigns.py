"""The `accounts`, `campaigns` and `stats` commands, through the real entry point."""

from __future__ import annotations

import json

import pytest

WAVE = "Aynur Əliyeva vətən xainidir, Avropada oturub ölkəmizi satır"


def _add(cli, *extra: str) -> str:
    result = cli("add", "--type", "harassment", "--title", "Comment", "--platform", "x", *extra)
    assert result.code == 0, result.err
    return result.out.strip()


def _usage_error(cli, *args: str) -> None:
    with pytest.raises(SystemExit) as caught:  # argparse's own usage errors exit at once
        cli(*args)
    assert caught.value.code == 2


def test_accounts_list_edit_and_merge(cli_vault) -> None:
    first = _add(cli_vault, "--account", "@qara_kolge", "--occurred", "2025-10-01")
    second = _add(cli_vault, "--account", "@qara_kolge_2", "--occurred", "2025-11-02")
    listed = json.loads(cli_vault("accounts", "--json").out)
    assert {(a["handle"], a["incident_count"]) for a in listed} == {("@qara_kolge", 1), ("@qara_kolge_2", 1)}

    edited = cli_vault("accounts", "edit", "@qara_kolge", "--name", "Qara Kölgə", "--alias", "Kölgə")
    assert edited.code == 0, edited.err
    assert "name: Qara Kölgə" in edited.out

    merged = cli_vault("accounts", "merge", "x:@qara_kolge", "@qara_kolge_2")
    assert merged.code == 0, merged.err
    assert "1 incident link moved" in merged.out
    (account,) = json.loads(cli_vault("accounts", "--json").out)
    assert (account["incident_count"], account["first_seen"], account["aliases"]) == (2, "2025-10-01T00:00:00Z",
                                                                                      ["Kölgə"])
    assert [m["handle"] for m in account["merged"]] == ["@qara_kolge_2"]
    # From the merged handle, the actor's incidents.
    found = json.loads(cli_vault("list", "--account", "@qara_kolge_2", "--json").out)
    assert {i["id"] for i in found} == {first, second}


def test_account_errors_are_one_line_with_exit_codes(cli_vault) -> None:
    _add(cli_vault, "--account", "@troll")
    missing = cli_vault("accounts", "merge", "@troll", "@nobody")
    assert missing.code == 1
    assert missing.err == "threatlog: No account '@nobody' in this vault.\n"
    assert cli_vault("accounts", "merge", "@troll", "@troll").code == 1
    _usage_error(cli_vault, "accounts", "merge", "@troll")


def test_campaigns_detect_accept_dismiss_and_create(cli_vault) -> None:
    wave = [_add(cli_vault, "--account", f"@troll{n}", "--text", WAVE + " 🐍" * n,
                 "--occurred", f"2025-10-04T18:{n:02d}+04:00") for n in range(3)]
    other = [_add(cli_vault, "--account", f"@bot{n}", "--text", "Səni tapacağıq, ailən də cavab verəcək",
                  "--occurred", f"2025-11-04T18:{n:02d}+04:00") for n in range(3)]
    detected = json.loads(cli_vault("campaigns", "--detect", "--json").out)
    assert detected["campaigns"] == []
    by_members = {frozenset(s["incident_ids"]): s for s in detected["suggestions"]}
    assert set(by_members) == {frozenset(wave), frozenset(other)}
    wave_suggestion = by_members[frozenset(wave)]
    assert (wave_suggestion["account_count"], wave_suggestion["reasons"]) == (3, ["text"])

    accepted = cli_vault("campaigns", "accept", str(wave_suggestion["id"]), "--name", "October wave")
    assert accepted.code == 0, accepted.err
    campaign_id = int(accepted.out)
    assert cli_vault("campaigns", "dismiss", f"#{by_members[frozenset(other)]['id']}").code == 0
    assert cli_vault("campaigns", "dismiss", "999").code == 1

    listed = cli_vault("campaigns", "--detect")
    assert listed.code == 0, listed.err
    assert "October wave" in listed.out and "Suggestions (0;" in listed.out
    members = json.loads(cli_vault("list", "--campaign", str(campaign_id), "--json").out)
    assert {i["id"] for i in members} == set(wave)

    created = cli_vault("campaigns", "create", "--name", "By hand", other[0][:6], other[1])
    assert created.code == 0, created.err
    (by_hand,) = [c for c in json.loads(cli_vault("campaigns", "--json").out)["campaigns"] if c["name"] == "By hand"]
    assert (by_hand["origin"], by_hand["incident_count"]) == ("manual", 2)
    assert cli_vault("campaigns", "accept", "one").code == 2
    _usage_error(cli_vault, "campaigns", "create", "--name", "Nothing")


def test_stats_json_and_text(cli_vault) -> None:
    for n, kind in enumerate(("threat", "threat", "harassment")):
        result = cli_vault("add", "--type", kind, "--title", "T", "--platform", "telegram", "--account", "@a",
                           "--severity", str(n + 2), "--occurred", f"2025-10-0{n + 1}")
        assert result.code == 0, result.err
    figures = json.loads(cli_vault("stats", "--json", "--by", "week", "--platform", "telegram").out)
    assert figures["total"] == 3
    assert figures["by_type"] == {"threat": 2, "harassment": 1}
    assert [p["label"] for p in figures["periods"]] == ["2025-W40"]
    assert figures["by_account"] == [{"id": 1, "platform": "telegram", "handle": "@a", "incidents": 3}]
    text = cli_vault("stats", "--account", "@a")
    assert text.code == 0, text.err
    assert "2025-10" in text.out and "threat 2" in text.out
    assert json.loads(cli_vault("stats", "--json", "--platform", "x").out)["total"] == 0

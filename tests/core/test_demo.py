"""The workshop demo: built in seconds, the story of the issue, and every feature works on it."""

from __future__ import annotations

import io
import shutil
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import bagit
import pytest
from PIL import Image

from app.core.bundles import bundle, verify
from app.core.errors import NotADemoVault
from app.core.patterns import campaign_suggestions, campaigns, stats
from app.core.records import evidence, incidents, search
from app.core.storage.vault import SLOTS_NAME, Vault
from app.core.workshop import demo
from tests.bundle_helpers import extract, stock_tool_failures
from tests.conftest import PASSPHRASE, TEST_KDF

# Seconds on a loaded 2-core machine; about 2 s measured when idle.
BUILD_SECONDS = 30


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "demo"
    started = time.perf_counter()
    result = demo.ensure(folder)
    assert time.perf_counter() - started < BUILD_SECONDS
    assert result.built and result.passphrase == demo.PASSPHRASE and result.folder == folder
    return folder


@pytest.fixture
def demo_vault(demo_folder: Path) -> Iterator[Vault]:
    with Vault.open(demo_folder, passphrase=demo.PASSPHRASE) as vault:
        yield vault


def _all(vault: Vault) -> list[incidents.Incident]:
    conn = vault.connection()
    return [incidents.get(conn, i) for i in search.find_ids(conn, search.Filter())]


def test_the_story_of_the_issue(demo_vault: Vault) -> None:
    found = _all(demo_vault)
    assert 55 <= len(found) <= 65
    assert demo.is_demo(demo_vault.connection())
    types = Counter(i.draft.type for i in found)
    for kind in ("threat", "harassment", "impersonation", "doxxing", "account_compromise", "family_pressure",
                 "smear_media", "legal_harassment"):
        assert types[kind] >= 1, kind
    assert types["harassment"] >= 30  # the troll waves
    assert any(i.draft.type == "impersonation" and "+994" in i.draft.title + str(i.draft.details) + i.draft.text
               or "phone number" in i.draft.title for i in found)
    assert any(i.draft.details.get("interpol_notice") for i in found)
    assert any(i.draft.details.get("relation") == "cousin" and i.draft.details.get("what_happened") == "summoned"
               for i in found)
    threats = " ".join(i.draft.text for i in found if i.draft.type == "threat")
    assert "tapacağıq" in threats and "Берлин" in threats and "Traitors" in threats  # az, ru, en
    assert all(i.draft.sensitive for i in found if i.draft.type == "intimate_image_abuse")
    dates = sorted(i.draft.occurred[:7] for i in found)
    assert dates[0] <= "2025-05" and dates[-1] >= "2026-10"  # 18 months
    assert [c.name for c in campaigns.list_campaigns(demo_vault.connection())]


def test_every_picture_decodes_and_has_a_thumbnail(demo_vault: Vault) -> None:
    conn = demo_vault.connection()
    items = [item for i in _all(demo_vault) for item in evidence.for_incident(conn, i.id)]
    assert len(items) >= 12
    for item in items:
        image = Image.open(io.BytesIO(b"".join(evidence.read_chunks(conn, item.sha256))))
        image.load()
        assert image.width >= 600 and image.height >= 400
        assert evidence.thumbnail(conn, item.sha256), item.display_name


def test_detection_suggests_the_troll_waves(demo_vault: Vault) -> None:
    conn = demo_vault.connection()
    campaign_suggestions.refresh(conn)
    suggested = campaign_suggestions.list_open(conn)
    assert len(suggested) >= 3
    assert max(s.account_count for s in suggested) >= 10
    assert any("xain" in s.representative_text for s in suggested)
    assert any("предатель" in s.representative_text for s in suggested)


def test_search_finds_azerbaijani_typed_without_diacritics(demo_vault: Vault) -> None:
    conn = demo_vault.connection()
    found = [incidents.get(conn, i) for i in search.find_ids(conn, search.Filter(query="hebsxana tapacagiq"))]
    assert found == []  # both words in one incident: none has them
    by_prison = [incidents.get(conn, i) for i in search.find_ids(conn, search.Filter(query="hebsxana"))]
    assert len(by_prison) >= 5 and all("həbsxana" in i.draft.text or "hebsxana" in i.draft.text
                                       for i in by_prison)
    assert search.find_ids(conn, search.Filter(query="tapacagiq"))


def test_the_timeline_spans_the_months(demo_vault: Vault) -> None:
    figures = stats.compute(demo_vault.connection())
    assert figures.total == len(_all(demo_vault))
    assert len(figures.periods) >= 12


@pytest.mark.skipif(shutil.which("ssh-keygen") is None or shutil.which("sha256sum") is None,
                    reason="needs ssh-keygen and sha256sum")
def test_export_verifies(demo_vault: Vault, tmp_path: Path) -> None:
    result = bundle.export_bundle(demo_vault, tmp_path / "demo.zip", bundle.Selection())
    report = verify.verify_bundle(result.path)
    assert report.intact, report.reason
    bag = extract(result.path, tmp_path / "unzipped")
    bagit.Bag(str(bag)).validate()
    assert stock_tool_failures(bag) == []


def test_reset_rebuilds_and_a_second_run_keeps(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    demo.ensure(folder)
    with Vault.open(folder, passphrase=demo.PASSPHRASE) as vault:
        first_id = vault.vault_id
        with vault.transaction() as conn:
            incidents.delete(conn, search.find_ids(conn, search.Filter())[0], "a trainer's exercise")
    kept = demo.ensure(folder)
    assert not kept.built
    rebuilt = demo.ensure(folder, reset=True)
    assert rebuilt.built
    with Vault.open(folder, passphrase=demo.PASSPHRASE) as vault:
        assert vault.vault_id != first_id
        assert search.count(vault.connection(), search.Filter(include_deleted=True)) == rebuilt.incidents
        assert search.count(vault.connection(), search.Filter()) == rebuilt.incidents


@pytest.mark.parametrize("passphrase", [PASSPHRASE, demo.PASSPHRASE])
def test_refuses_to_replace_a_real_vault(tmp_path: Path, passphrase: str) -> None:
    """A real vault is refused, even one that happens to use the demo's passphrase (no demo mark)."""
    folder = tmp_path / "real"
    vault, _ = Vault.create(folder, passphrase, TEST_KDF)
    with vault.transaction() as conn:
        real_id = incidents.create_many(conn, [demo.demo_story.story()[0].draft])[0]
    vault.close()
    slots = (folder / SLOTS_NAME).read_bytes()
    for reset in (False, True):
        with pytest.raises(NotADemoVault):
            demo.ensure(folder, reset=reset)
    assert (folder / SLOTS_NAME).read_bytes() == slots
    with Vault.open(folder, passphrase=passphrase) as reopened:
        assert incidents.get(reopened.connection(), real_id).id == real_id


def test_cli_builds_prints_and_refuses(cli, tmp_path: Path, vault_dir: Path) -> None:
    folder = tmp_path / "cli-demo"
    result = cli("demo", "--vault", str(folder), passphrase_file=None)
    assert result.code == 0, result.err
    assert result.out.splitlines() == [f"Folder:     {folder}", f"Passphrase: {demo.PASSPHRASE}"]
    assert "all fictional" in result.err
    again = cli("demo", "--vault", str(folder), passphrase_file=None)
    assert again.code == 0 and "already there" in again.err
    Vault.create(vault_dir, PASSPHRASE, TEST_KDF)[0].close()
    refused = cli("demo", "--vault", str(vault_dir), "--reset", passphrase_file=None)
    assert refused.code == 1 and "not the Threatlog demo" in refused.err and refused.out == ""

"""Accounts and campaigns in the desktop app, as a user meets them: the registry with its counts, the
incidents behind an account, editing and merging, campaigns by hand and from detection — each
result read back through the core, after reopening the vault where it matters."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from app.core.patterns import campaign_suggestions, campaigns
from app.core.records import account_registry, incidents, search
from app.core.records.drafts import AccountRef, IncidentDraft
from app.core.storage.vault import Vault
from app.gui.accounts_model import AccountsModel
from app.gui.accounts_view import AccountEditor
from app.gui.app_window import AppWindow
from app.gui.campaigns_view import CampaignsDialog
from tests.conftest import PASSPHRASE
from tests.gui.conftest import reopen

WAVE = "Aynur Əliyeva vətən xainidir, Avropada oturub ölkəmizi satır. Onun yeri həbsxanadır!"


@pytest.fixture
def window(qtbot, services, gui_vault) -> AppWindow:
    win = AppWindow(services)
    qtbot.addWidget(win)
    win.show()
    win.show_vault(gui_vault)
    return win


def _seed(vault, drafts: list[IncidentDraft]) -> list[str]:
    with vault.transaction() as conn:
        return incidents.create_many(conn, drafts)


def _wave(vault, handles: list[str], day: str = "2026-10-05") -> list[str]:
    return _seed(vault, [IncidentDraft("harassment", "Comment", text=WAVE, platform="x",
                                       occurred=f"{day}T18:{n:02d}+04:00", accounts=(AccountRef("x", h),))
                         for n, h in enumerate(handles)])


def _listed(qtbot, window: AppWindow, expected: int) -> set[str]:
    page = window.main_page
    qtbot.waitUntil(lambda: page.model.rowCount() == expected and not window.services.operations.busy)
    return {page.model.index(row, 0).data(Qt.ItemDataRole.UserRole + 1) for row in range(expected)}


def test_accounts_are_listed_with_their_incident_counts_and_list_their_incidents(qtbot, window, gui_vault) -> None:
    ids = _seed(gui_vault, [
        IncidentDraft("threat", "One", platform="telegram", accounts=(AccountRef("telegram", "@qara_kolge"),)),
        IncidentDraft("threat", "Two", platform="telegram", accounts=(AccountRef("telegram", "@qara_kolge"),)),
        IncidentDraft("harassment", "Three", platform="x", accounts=(AccountRef("x", "@troll_1"),)),
    ])
    dialog = window.view_menu.open_accounts()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    counts = {dialog.model.index(r, 1).data(): dialog.model.index(r, 5).data() for r in range(2)}
    assert counts == {"@qara_kolge": 2, "@troll_1": 1}
    dialog.table.selectRow(dialog.row_of("@qara_kolge"))
    assert "@qara_kolge" in dialog.details.text()
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert _listed(qtbot, window, 2) == set(ids[:2])
    assert window.main_page.filters.account.text() == "@qara_kolge"


def test_accounts_model_passes_qt_model_tester_and_sorts_by_value(qtmodeltester, gui_vault) -> None:
    _seed(gui_vault, [IncidentDraft("threat", f"T{n}", occurred=f"2026-03-{n % 28 + 1:02d}",
                                    accounts=(AccountRef("x", f"@acc_{n % 12}"),)) for n in range(30)])
    model = AccountsModel()
    model.set_accounts(account_registry.list_accounts(gui_vault.connection()))
    qtmodeltester.check(model, force_py=True)
    model.sort(5, Qt.SortOrder.AscendingOrder)
    counts = [model.index(r, 5).data() for r in range(model.rowCount())]
    assert counts == sorted(counts) and all(isinstance(n, int) for n in counts)  # numbers sort as numbers
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 1).data() == "@acc_9" and model.row_of(handle="@acc_0") == 11


def test_sorting_the_accounts_keeps_the_selection_and_a_new_reading_keeps_the_order(qtbot, window,
                                                                                     gui_vault) -> None:
    _seed(gui_vault, [IncidentDraft("threat", f"T{n}", accounts=(AccountRef("x", h),))
                      for n, h in enumerate(["@b", "@b", "@b", "@a", "@c", "@c"])])
    dialog = window.view_menu.open_accounts()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    assert [dialog.model.index(r, 1).data() for r in range(3)] == ["@b", "@c", "@a"]  # most incidents first
    dialog.table.selectRow(dialog.row_of("@c"))
    dialog.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)  # a click on "Handle"
    assert [dialog.model.index(r, 1).data() for r in range(3)] == ["@a", "@b", "@c"]
    assert [a.handle for a in dialog.selected()] == ["@c"] and "@c" in dialog.details.text()
    with qtbot.waitSignal(dialog.loaded):
        dialog.refresh()
    assert [dialog.model.index(r, 1).data() for r in range(3)] == ["@a", "@b", "@c"]


def test_a_read_only_vault_offers_no_change_to_accounts_or_campaigns(qtbot, services, gui_vault, dialogs,
                                                                      vault_dir) -> None:
    _wave(gui_vault, [f"@troll{n}" for n in range(5)])
    _wave(gui_vault, [f"@bot{n}" for n in range(5)], day="2026-11-09")
    grouped = _seed(gui_vault, [IncidentDraft("threat", "At the border")])
    with gui_vault.transaction() as conn:
        campaigns.create(conn, "Border threats", grouped)
    assert len(campaign_suggestions.refresh(gui_vault.connection())) == 2
    gui_vault.close()
    window = AppWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.show_vault(Vault.open(vault_dir, passphrase=PASSPHRASE, read_only=True))
    page = window.main_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 11 and not services.operations.busy)
    page.table.selectRow(0)
    assert not window.view_menu.new_campaign_action.isEnabled()
    assert window.view_menu.campaigns_action.isEnabled() and window.view_menu.accounts_action.isEnabled()

    accounts = window.view_menu.open_accounts()
    qtbot.waitUntil(lambda: accounts.model.rowCount() == 10)
    accounts.table.selectRow(0)
    assert accounts.show_button.isEnabled() and not accounts.edit_button.isEnabled()
    accounts.edit_account()  # Ctrl+E
    assert accounts.findChild(AccountEditor) is None
    accounts.table.selectAll()
    accounts.merge_selected()
    assert not accounts.merge_button.isEnabled() and dialogs.errors == []

    dialog = window.view_menu.open_campaigns()
    qtbot.waitUntil(lambda: dialog.campaign_table.rowCount() == 1 and dialog.suggestion_table.rowCount() == 2)
    dialog.campaign_table.selectRow(0)
    dialog.suggestion_table.selectRow(0)
    assert dialog.show_button.isEnabled()
    for button in (dialog.rename_button, dialog.delete_button, dialog.detect_button, dialog.accept_button,
                   dialog.dismiss_button):
        assert not button.isEnabled(), button.text()
    qtbot.waitUntil(lambda: not services.operations.busy)
    window.lock()


def test_an_edited_account_and_a_merge_persist_after_reopening(qtbot, window, gui_vault, dialogs,
                                                               vault_dir: Path) -> None:
    _seed(gui_vault, [IncidentDraft("threat", f"T{n}", accounts=(AccountRef("x", "@troll_1"),)) for n in range(3)]
          + [IncidentDraft("threat", "Other", accounts=(AccountRef("x", "@troll_2"),))])
    dialog = window.view_menu.open_accounts()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    dialog.table.selectRow(dialog.row_of("@troll_1"))
    dialog.edit_account()
    editor = dialog.findChild(AccountEditor)
    editor.display_name.setText("Vətənpərvər Bot")
    editor.aliases.setText("@troll_one, troll.1")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Vətənpərvər Bot" in dialog.details.text())

    dialogs.answers["confirm"].append(True)
    selection = dialog.table.selectionModel()
    for handle in ("@troll_1", "@troll_2"):
        selection.select(dialog.table.model().index(dialog.row_of(handle), 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert dialog.merge_button.isEnabled()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.index(0, 5).data() == 4
    assert dialogs.errors == []

    window.lock()
    with reopen(vault_dir) as vault:
        (survivor,) = account_registry.list_accounts(vault.connection())
        assert (survivor.handle, survivor.display_name, survivor.incident_count) == ("@troll_1", "Vətənpərvər Bot", 4)
        assert set(survivor.aliases) == {"@troll_one", "troll.1"}
        assert [m.handle for m in survivor.merged] == ["@troll_2"]
        assert search.count(vault.connection(), search.Filter(account="@troll_2")) == 4


def test_declining_the_merge_question_changes_nothing(qtbot, window, gui_vault, dialogs, vault_dir) -> None:
    _seed(gui_vault, [IncidentDraft("threat", "A", accounts=(AccountRef("x", "@a"), AccountRef("x", "@b")))])
    dialog = window.view_menu.open_accounts()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    dialog.table.selectAll()
    dialogs.answers["confirm"].append(False)
    dialog.merge_selected()
    assert len(account_registry.list_accounts(gui_vault.connection())) == 2


def test_a_campaign_made_from_the_selected_incidents_filters_the_list(qtbot, window, gui_vault, dialogs) -> None:
    ids = _seed(gui_vault, [IncidentDraft("threat", f"Threat {n}", occurred=f"2026-10-0{n + 1}") for n in range(4)])
    page = window.main_page
    page.refresh()
    _listed(qtbot, window, 4)
    page.table.selectRow(0)
    page.table.selectionModel().select(page.model.index(2, 0), QItemSelectionModel.SelectionFlag.Select
                                       | QItemSelectionModel.SelectionFlag.Rows)
    chosen = set(page.selected_ids())
    assert len(chosen) == 2
    dialogs.answers["ask_text"].append("Border threats")
    window.view_menu.new_campaign_action.trigger()
    assert _listed(qtbot, window, 2) == chosen
    assert page.filters.campaign_chip.isVisible() and "Border threats" in page.filters.campaign_chip.text()
    (campaign,) = campaigns.list_campaigns(gui_vault.connection())
    assert (campaign.name, campaign.origin, set(campaigns.incident_ids(gui_vault.connection(), campaign.id))) == \
        ("Border threats", "manual", chosen)
    qtbot.mouseClick(page.filters.campaign_chip, Qt.MouseButton.LeftButton)  # removing the filter lists all again
    assert _listed(qtbot, window, 4) == set(ids)


def test_nothing_selected_means_no_campaign_and_a_plain_explanation(qtbot, window, dialogs) -> None:
    window.view_menu.new_campaign()
    assert "Select the incidents" in dialogs.infos[-1]


def test_detection_in_the_background_then_accept_and_dismiss(qtbot, window, gui_vault, vault_dir) -> None:
    wave = _wave(gui_vault, [f"@troll{n}" for n in range(5)])
    other = _seed(gui_vault, [IncidentDraft("threat", "Reply", platform="x", occurred=f"2026-11-01T10:{n:02d}+00:00",
                                            text="Səni tapacağıq, ailən də cavab verəcək, heç bir ölkədə gizlənə "
                                                 "bilməyəcəksən", accounts=(AccountRef("x", f"@bot{n}"),))
                              for n in range(3)])
    dialog = window.view_menu.open_campaigns()
    qtbot.waitUntil(lambda: dialog.tabs.count() == 2 and not window.services.operations.busy)
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        qtbot.mouseClick(dialog.detect_button, Qt.MouseButton.LeftButton)
        assert window.services.operations.busy  # detection runs in a worker, not on the GUI thread
    assert dialog.suggestion_table.rowCount() == 2
    row = next(r for r, s in enumerate(dialog.suggestions) if set(s.incident_ids) == set(wave))
    dialog.suggestion_table.selectRow(row)
    qtbot.waitUntil(lambda: dialog.message_table.rowCount() == 5)
    assert dialog.message_table.item(0, 1).text() == "@troll0"
    assert dialog.suggestion_table.item(row, 1).data(Qt.ItemDataRole.DisplayRole) == 5  # accounts
    with qtbot.waitSignal(dialog.loaded):
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.campaign_table.rowCount() == 1 and dialog.suggestion_table.rowCount() == 1
    dialog.suggestion_table.selectRow(0)
    with qtbot.waitSignal(dialog.loaded):
        qtbot.mouseClick(dialog.dismiss_button, Qt.MouseButton.LeftButton)
    assert dialog.suggestion_table.rowCount() == 0

    dialog.campaign_table.selectRow(0)
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert _listed(qtbot, window, 5) == set(wave)
    window.lock()
    with reopen(vault_dir) as vault:
        conn = vault.connection()
        (campaign,) = campaigns.list_campaigns(conn)
        assert campaign.origin == "detected" and set(campaigns.incident_ids(conn, campaign.id)) == set(wave)
        # Dismissed is remembered: detecting again offers neither.
        assert campaign_suggestions.refresh(conn) == []
        assert not set(other) & {i for c in campaigns.list_campaigns(conn) for i in campaigns.incident_ids(conn, c.id)}


def test_locking_closes_the_views(qtbot, window) -> None:
    window.view_menu.open_campaigns()
    window.view_menu.open_accounts()
    window.view_menu.open_timeline()
    qtbot.waitUntil(lambda: not window.services.operations.busy)
    window.lock()
    qtbot.waitUntil(lambda: not window.findChildren(CampaignsDialog))
    assert not window.view_menu.timeline_action.isEnabled()

"""The View menu: accounts, campaigns and the timeline, each in its own window over the unlocked
vault, and a campaign made by hand from the incidents selected in the list.

Each window is a child dialog of the main window, so locking closes it with every other dialog;
what it chooses (an account, a campaign, a period) becomes the main list's filter.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenuBar

from app.core.patterns import campaigns
from app.core.records.search import Filter
from app.gui.accounts_view import AccountsDialog
from app.gui.campaigns_view import CampaignsDialog
from app.gui.icons import icon
from app.gui.main_page import MainPage
from app.gui.timeline_view import TimelineDialog
from app.translate import describe


class ViewMenu(QObject):
    def __init__(self, window: QMainWindow, page: Callable[[], MainPage | None]) -> None:
        super().__init__(window)
        self.window, self.page = window, page
        self.accounts_action = self._action(self.tr("&Accounts…"), "Ctrl+Shift+U", self.open_accounts)
        self.campaigns_action = self._action(self.tr("&Campaigns…"), "Ctrl+Shift+K", self.open_campaigns)
        self.timeline_action = self._action(self.tr("&Timeline and figures…"), "Ctrl+T", self.open_timeline)
        self.new_campaign_action = self._action(self.tr("&New campaign from selected incidents…"), "Ctrl+Shift+G",
                                                self.new_campaign)
        self.actions = (self.accounts_action, self.campaigns_action, self.timeline_action, self.new_campaign_action)
        self.editing_actions = (self.new_campaign_action,)  # what a vault opened read-only must not offer

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda checked=False: slot())
        return action

    def add_to(self, menu_bar: QMenuBar) -> None:
        menu = menu_bar.addMenu(self.tr("&View"))
        for action in self.actions[:3]:
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.new_campaign_action)

    # --- windows --------------------------------------------------------------------------------

    def open_accounts(self) -> AccountsDialog | None:
        page = self.page()
        if page is None:
            return None
        dialog = AccountsDialog(page.services, page.vault, self.window)
        dialog.account_chosen.connect(lambda handle: page.filters.show_selection(Filter(account=handle)))
        dialog.show()  # not modal: the list it filters stays usable beside it
        return dialog

    def open_campaigns(self) -> CampaignsDialog | None:
        page = self.page()
        if page is None:
            return None
        dialog = CampaignsDialog(page.services, page.vault, self.window)
        dialog.campaign_chosen.connect(
            lambda campaign_id, name: page.filters.show_selection(Filter(campaign=campaign_id), campaign_name=name))
        dialog.show()  # not modal: the list it filters stays usable beside it
        return dialog

    def open_timeline(self) -> TimelineDialog | None:
        page = self.page()
        if page is None:
            return None
        dialog = TimelineDialog(page.services, page.vault, self.window)
        dialog.period_chosen.connect(lambda f, name, label: page.filters.show_selection(f, name, label))
        dialog.setWindowIcon(icon("history"))
        dialog.show()  # not modal: the list it filters stays usable beside it
        return dialog

    def new_campaign(self) -> None:
        page = self.page()
        if page is None:
            return
        dialogs = page.services.dialogs
        ids = page.selected_ids()
        if not ids:
            dialogs.info(self.window, self.tr("Select the incidents of the campaign in the list first "
                                              "(Ctrl+click or Shift+click to select several)."))
            return
        name = dialogs.ask_text(self.window, self.tr("New campaign"),
                                self.tr("A name for the campaign of the %n selected incident(s):", "", len(ids)))
        if not name or not name.strip():
            return
        vault = page.vault

        def work(ctx) -> int:
            with vault.transaction() as conn:
                return campaigns.create(conn, name, ids)

        page.services.operations.run(
            work, lambda campaign_id: page.filters.show_selection(Filter(campaign=campaign_id), campaign_name=name),
            lambda error: dialogs.error(self.window, describe(error)))

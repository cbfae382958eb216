"""The one top-level window: the start page while locked, the main page while unlocked.

Locking (menu, Ctrl+L, idle timer) and panic (F12, Ctrl+Shift+L) go through `lock()`: content is
hidden first, running work is cancelled, every dialog of the vault is closed, the page that showed
the vault is destroyed, and only then is the vault closed, dropping its key and connections.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QStackedWidget, QToolBar, QWidget

from app.core.storage.location import resolve_vault_dir
from app.core.storage.vault import Vault
from app.gui.demo_actions import DemoBanner
from app.gui.export_dialog import ExportDialog
from app.gui.first_run import show_guide
from app.gui.icons import app_icon, icon
from app.gui.import_dialog import ImportDialog
from app.gui.incident_form import IncidentForm
from app.gui.key_dialog import KeyDialog
from app.gui.locking import IdleLock, clipboard_guard, harden_every_window, install_panic_shortcut
from app.gui.main_page import MainPage
from app.gui.safety_actions import SafetyActions
from app.gui.screen_capture import capture_region
from app.gui.services import Services
from app.gui.settings_dialog import SettingsDialog
from app.gui.start_page import StartPage
from app.gui.view_menu import ViewMenu


class AppWindow(QMainWindow):
    def __init__(self, services: Services, folder: Path | None = None) -> None:
        super().__init__()
        self.services = services
        self.vault: Vault | None = None
        self.main_page: MainPage | None = None
        self.setWindowTitle(self.tr("Threatlog"))  # never a vault path or an incident title
        self.setWindowIcon(app_icon())
        self.resize(1280, 800)
        start_folder = folder or Path(services.settings.last_vault_dir or resolve_vault_dir(None))
        self.start_page = StartPage(services, start_folder)
        self.start_page.unlocked.connect(self.show_vault)
        self.start_page.verify_requested.connect(self.verify_bundle)
        self.start_page.destroy_requested.connect(self.destroy_vault)
        self.safety = SafetyActions(services, self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_page)
        self.setCentralWidget(self.stack)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self._build_actions()
        self.idle = IdleLock(services.settings, self)
        self.idle.idle_timeout.connect(lambda: self.lock())
        self.clipboard = clipboard_guard(services)
        install_panic_shortcut(self, self.panic)
        harden_every_window(self)
        self._update_actions()

    # --- actions --------------------------------------------------------------------------------

    def _action(self, text: str, icon_name: str | None, shortcut: QKeySequence | str | None, slot) -> QAction:
        action = QAction(icon(icon_name) if icon_name else app_icon(), text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda checked=False: slot())
        return action

    def _build_actions(self) -> None:
        page = lambda: self.main_page  # noqa: E731 - the page changes on every unlock
        self.new_action = self._action(self.tr("&New incident"), "new", QKeySequence.StandardKey.New,
                                       lambda: page().new_incident())
        self.paste_action = self._action(self.tr("&Paste screenshot as new incident"), "paste",
                                         QKeySequence.StandardKey.Paste, lambda: page().paste())
        self.capture_action = self._action(self.tr("&Capture screen region…"), "capture", "Ctrl+Shift+C",
                                           self.capture)
        self.edit_action = self._action(self.tr("&Edit incident"), "edit", "Ctrl+E", lambda: page().edit_incident())
        self.attach_action = self._action(self.tr("&Add files to incident…"), "attach", "Ctrl+Shift+A",
                                          lambda: page().add_files())
        self.delete_action = self._action(self.tr("&Delete incident…"), "delete", QKeySequence.StandardKey.Delete,
                                          lambda: page().delete_incident())
        self.find_action = self._action(self.tr("&Find"), "search", QKeySequence.StandardKey.Find,
                                        lambda: page().filters.search.setFocus())
        self.lock_action = self._action(self.tr("&Lock"), "lock", "Ctrl+L", self.lock)
        self.settings_action = self._action(self.tr("&Settings…"), "settings", "Ctrl+,", self.open_settings)
        self.verify_action = self._action(self.tr("&Verify a bundle…"), "verify", None, self.verify_bundle)
        self.export_action = self._action(self.tr("E&xport bundle…"), "export", "Ctrl+Shift+E", self.export_bundle)
        self.import_action = self._action(self.tr("&Import…"), "attach", "Ctrl+I", self.import_messages)
        self.key_action = self._action(self.tr("Vault &key…"), None, None, self.show_key)
        self.backup_action = self._action(self.tr("&Back up…"), "history", "Ctrl+Shift+B",
                                          lambda: self.safety.back_up(self.vault))
        self.check_action = self._action(self.tr("&Check integrity…"), "verify", None,
                                         lambda: self.safety.check(self.vault))
        # No shortcut: erasing for good must never be one stray keystroke away.
        self.destroy_action = self._action(self.tr("&Destroy this vault…"), "delete", None, self.destroy_vault)
        self.quit_action = self._action(self.tr("&Quit"), None, QKeySequence.StandardKey.Quit, self.close)
        self.about_action = self._action(self.tr("&About Threatlog"), None, None, self.about)
        self.guide_action = self._action(self.tr("&First-run guide"), None, None, self.show_guide)
        self.vault_actions = (self.new_action, self.paste_action, self.capture_action, self.edit_action,
                              self.attach_action, self.delete_action, self.find_action, self.lock_action,
                              self.export_action, self.key_action, self.backup_action, self.check_action,
                              self.import_action)
        # What a vault opened read-only (because it is damaged) must not offer.
        self.editing_actions = (self.new_action, self.paste_action, self.capture_action, self.edit_action,
                                self.attach_action, self.delete_action, self.import_action)

        menu = self.menuBar()
        vault_menu = menu.addMenu(self.tr("&Vault"))
        for action in (self.lock_action, self.settings_action, self.verify_action, self.key_action):
            vault_menu.addAction(action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.import_action)
        vault_menu.addSeparator()
        for action in (self.backup_action, self.check_action, self.destroy_action):
            vault_menu.addAction(action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.quit_action)
        incident_menu = menu.addMenu(self.tr("&Incident"))
        for action in (self.new_action, self.paste_action, self.capture_action, self.edit_action,
                       self.attach_action, self.delete_action, self.find_action):
            incident_menu.addAction(action)
        incident_menu.addSeparator()
        incident_menu.addAction(self.export_action)
        self.view_menu = ViewMenu(self, page)  # accounts, campaigns, timeline
        self.view_menu.add_to(menu)
        self.vault_actions += self.view_menu.actions
        self.editing_actions += self.view_menu.editing_actions
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.paste_action, self.capture_action, self.attach_action,
                       self.export_action):
            toolbar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy().Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.lock_action)
        self.toolbar = toolbar
        self.addToolBar(toolbar)
        self.demo_banner = DemoBanner(self, self.services)
        self.demo_banner.reset_requested.connect(self.reset_demo)

    def _update_actions(self) -> None:
        unlocked = self.main_page is not None
        for action in self.vault_actions:
            action.setEnabled(unlocked)
        if self.vault is not None and self.vault.read_only:
            for action in self.editing_actions:
                action.setEnabled(False)
        self.toolbar.setVisible(unlocked)

    # --- unlock and lock ------------------------------------------------------------------------

    def show_vault(self, vault: Vault) -> None:
        self.vault = vault
        self.main_page = MainPage(self.services, vault)
        self.main_page.count_changed.connect(self._show_count)
        self.stack.addWidget(self.main_page)
        self.stack.setCurrentWidget(self.main_page)
        self.statusBar().showMessage(self.tr("Vault unlocked. Lock with Ctrl+L; F12 hides everything at once."), 6000)
        self._update_actions()
        self.demo_banner.show_for(vault)
        self.idle.start()

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%n incident(s)", "", count))

    def lock(self) -> None:
        if self.vault is None:
            return
        # First what the eye sees, then everything else.
        self.stack.setCurrentWidget(self.start_page)
        self.demo_banner.hide()
        self.idle.stop()
        self.services.operations.discard_all()
        for form in self.findChildren(IncidentForm):
            form.discard()  # closes without asking: locking beats an unsaved draft
        for dialog in self.findChildren(QDialog):
            dialog.reject()
            dialog.deleteLater()
        self.services.operations.wait_all(10_000)
        if self.main_page is not None:
            self.main_page.wipe()
            self.stack.removeWidget(self.main_page)
            self.main_page.deleteLater()
            self.main_page = None
        self.vault.close()
        self.vault = None
        self.count_label.clear()
        self.statusBar().showMessage(self.tr("Locked. The vault is closed and its key forgotten."))
        self._update_actions()
        self.start_page.reset()

    def reset_demo(self) -> None:
        self.lock()
        self.start_page.open_demo(reset=True)

    def panic(self) -> None:
        """Hide everything now, clear what the app put on the clipboard, lock, get out of sight."""
        self.stack.setCurrentWidget(self.start_page)
        self.clipboard.clear_if_ours()
        self.lock()
        self.showMinimized()

    # --- other windows --------------------------------------------------------------------------

    def capture(self) -> None:
        if self.main_page is None:
            return
        page = self.main_page

        def done(pending: object) -> None:
            if pending is not None and page is self.main_page:
                page.new_incident([pending])

        capture_region(self, done, on_error=lambda text: self.services.dialogs.error(self, text))

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.services, self)
        dialog.changed.connect(self._settings_changed)
        dialog.open()

    def _settings_changed(self) -> None:
        self.idle.set_minutes(self.services.settings.auto_lock_minutes)
        if self.main_page is not None:
            self.main_page.detail.blur_all = self.services.settings.blur_all_media

    def verify_bundle(self) -> None:
        from app.gui.verify_dialog import VerifyDialog  # built with the export feature

        VerifyDialog(self.services, self).open()

    def export_bundle(self) -> None:
        if self.main_page is None:
            return
        page = self.main_page
        ExportDialog(self.services, page.vault, page.current_filter(), page.current_id(), self).open()

    def import_messages(self) -> None:
        if self.main_page is None:
            return
        page = self.main_page
        dialog = ImportDialog(self.services, page.vault, self)
        dialog.imported.connect(lambda _result: (page.refresh(), page.thumbnails.request()))
        dialog.open()

    def destroy_vault(self) -> None:
        """From the menu or the start page; a locked vault is destroyed without unlocking it."""
        folder = self.vault.folder if self.vault is not None else self.start_page.folder
        self.safety.destroy(folder, self.lock, self.start_page.set_folder)

    def show_key(self) -> None:
        if self.vault is None:
            return
        KeyDialog(self.services, self.vault, self).open()

    def about(self) -> None:
        from app.gui.about_dialog import AboutDialog  # reads versions and licences only when asked

        AboutDialog(self).open()

    def show_guide(self) -> None:
        show_guide(self.services, str(self.start_page.folder), self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.lock()
        self.clipboard.clear_if_ours()
        super().closeEvent(event)

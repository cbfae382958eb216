"""Starting the desktop app: `threatlog` with no command, or `make run`."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app import __version__
from app.core.storage.location import APP_NAME, resolve_vault_dir
from app.gui.app_window import AppWindow
from app.gui.crash_guard import install_crash_handler
from app.gui.dialogs import Dialogs
from app.gui.first_run import show_guide_on_first_run
from app.gui.icons import app_icon
from app.gui.operations import Operations
from app.gui.services import Services
from app.gui.settings import Settings
from app.gui.translations import chosen_language, install_translations
from app.hardening import disable_core_dumps


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(app_icon())
    return app


def run(vault_dir: Path | None = None) -> int:
    disable_core_dumps()
    app = create_application()
    settings = Settings()
    # Before any window exists: widgets take their texts when they are built.
    install_translations(chosen_language(settings.language))
    services = Services(dialogs=Dialogs(), settings=settings, operations=Operations())
    install_crash_handler(services.dialogs)
    window = AppWindow(services, vault_dir or (Path(settings.last_vault_dir) if settings.last_vault_dir else
                                               resolve_vault_dir(None)))
    window.show()
    show_guide_on_first_run(services, str(window.start_page.folder), window)
    code = app.exec()
    services.operations.cancel_all()
    services.operations.wait_all()
    return code

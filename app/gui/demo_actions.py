"""The workshop demo in the app: opening it from the start screen without typing its passphrase,
the DEMO banner while it is open, and "Reset demo". app/core/workshop/demo.py builds the vault; here it
only runs in a worker (building takes seconds) and is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QToolBar, QWidget

from app.core.storage.location import default_demo_dir
from app.core.storage.vault import Vault
from app.core.workshop import demo
from app.gui.icons import icon
from app.gui.services import Services

# Services.extra key for the demo's folder: tests and the screenshot script keep it in a temporary one.
DEMO_FOLDER = "demo_folder"


def demo_folder(services: Services) -> Path:
    return Path(str(services.extra.get(DEMO_FOLDER) or default_demo_dir()))


def open_demo(services: Services, reset: bool, on_opened: Callable[[Vault], None],
              on_failed: Callable[[BaseException], None]) -> None:
    """Build the demo if it is missing (or again, with reset), then open it with its known passphrase."""
    folder = demo_folder(services)
    services.operations.run(lambda ctx: demo.open_demo(folder, reset=reset, progress=ctx.report),
                            on_opened, on_failed)


class DemoBanner(QToolBar):
    """A strip across the window, under the main toolbar, while the demo vault is open.

    A toolbar of its own rather than a widget in the page: the window's layout stays untouched,
    and locking, which replaces the page, only has to hide it.
    """

    reset_requested = Signal()

    def __init__(self, window: QMainWindow, services: Services) -> None:
        super().__init__(window)
        self._services = services
        self.setObjectName("demo-banner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not something to switch off by a right-click
        self.setStyleSheet("#demo-banner { background: #fdebd0; border: 0; border-bottom: 1px solid #e5b567; }")
        self.label = QLabel(self.tr("<b>DEMO</b> vault — fictional data, for workshops. Passphrase: %1")
                            .replace("%1", f"<code>{demo.PASSPHRASE}</code>"))
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Demo vault"))
        self.reset_button = QPushButton(icon("history"), self.tr("&Reset demo…"))
        self.reset_button.setToolTip(self.tr("Rebuild the demo vault as it was first made"))
        self.reset_button.clicked.connect(self._confirm_reset)
        strip = QWidget()
        row = QHBoxLayout(strip)
        row.setContentsMargins(12, 4, 12, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.reset_button)
        self.addWidget(strip)
        window.addToolBarBreak()
        window.addToolBar(self)
        self.hide()

    def show_for(self, vault: Vault) -> None:
        self.setVisible(demo.is_demo(vault.connection()))

    def _confirm_reset(self) -> None:
        if self._services.dialogs.confirm(self, self.tr(
                "Rebuild the demo vault from scratch? Everything changed in it since it was made is lost "
                "(it holds only fictional data).")):
            self.reset_requested.emit()

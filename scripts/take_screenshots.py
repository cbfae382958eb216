"""Screenshots for docs/ and the README, of the real app in a real X11 window on a virtual screen.

Run with `make screenshots` (needs Xvfb; the Makefile installs it). It builds a fictional vault in a
temporary folder, unlocks it through the start screen, and grabs the whole virtual screen.
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fictional_vault import PASSPHRASE, build  # noqa: E402

from app.gui.app_window import AppWindow  # noqa: E402
from app.gui.application import create_application  # noqa: E402
from app.gui.dialogs import Dialogs  # noqa: E402
from app.gui.operations import Operations  # noqa: E402
from app.gui.services import Services  # noqa: E402
from app.gui.settings import Settings  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def grab(name: str) -> None:
    QApplication.processEvents()
    QApplication.primaryScreen().grabWindow(0).save(str(OUT / name))
    print("wrote", OUT / name)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = create_application()
    with tempfile.TemporaryDirectory(prefix="threatlog-shots-") as tmp:
        folder = Path(tmp) / "vault"
        build(folder)
        window = AppWindow(Services(Dialogs(), Settings(Path(tmp) / "settings.ini"), Operations()), folder)
        window.setGeometry(0, 0, 1400, 880)
        window.show()
        steps = [
            lambda: grab("start-screen.png"),
            lambda: (window.start_page.secret.setText(PASSPHRASE), window.start_page.unlock_button.click()),
            lambda: window.main_page.table.selectRow(0),
            lambda: grab("main-window.png"),
            lambda: window.main_page.table.selectRow(6),
            lambda: grab("main-window-sensitive.png"),
            lambda: window.lock(),
            lambda: grab("locked.png"),
            app.quit,
        ]
        for n, step in enumerate(steps):
            QTimer.singleShot(1500 * (n + 1), step)
        app.exec()
        window.services.operations.wait_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())

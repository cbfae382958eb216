"""Screenshots for docs/ and the README, of the real app in a real X11 window on a virtual screen.

Run with `make screenshots` (needs Xvfb; the Makefile installs it). It builds the workshop demo
(app/core/workshop/demo.py, every name in it invented) in a temporary folder, opens it through the start
screen's "Open the demo", and grabs the whole virtual screen.
"""

import sys
import tempfile
import zipfile
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.bundles import bundle  # noqa: E402
from app.core.records import evidence  # noqa: E402
from app.core.workshop import demo  # noqa: E402
from app.gui.app_window import AppWindow  # noqa: E402
from app.gui.application import create_application  # noqa: E402
from app.gui.demo_actions import DEMO_FOLDER  # noqa: E402
from app.gui.dialogs import Dialogs  # noqa: E402
from app.gui.export_dialog import ExportDialog  # noqa: E402
from app.gui.first_run import FirstRunGuide  # noqa: E402
from app.gui.import_dialog import ImportDialog  # noqa: E402
from app.gui.operations import Operations  # noqa: E402
from app.gui.safety_dialogs import BackupDoneDialog, DestroyDialog, IntegrityReportDialog  # noqa: E402
from app.gui.services import Services  # noqa: E402
from app.gui.settings import Settings  # noqa: E402
from app.gui.translations import install_translations, remove_translations  # noqa: E402
from app.gui.verify_dialog import VerifyDialog  # noqa: E402
from tests.import_fixtures import telegram_full  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
# Incidents of the demo story (app/core/workshop/demo_story.py) that the pictures show.
DEMO_CHAT = "“Security officer” on Telegram: “we will find you”"
SENSITIVE = "Threat to publish private photos unless I stop writing"


def tamper(bundle_zip: Path) -> Path:
    """A copy of the bundle with one byte of one evidence file changed, as an adversary might."""
    altered = bundle_zip.with_name("altered-" + bundle_zip.name)
    with zipfile.ZipFile(bundle_zip) as source, zipfile.ZipFile(altered, "w") as target:
        changed = False
        for info in source.infolist():
            data = source.read(info)
            if not changed and "/data/evidence/" in info.filename and info.filename.endswith(".png"):
                data, changed = data[:-1] + bytes([data[-1] ^ 1]), True
            target.writestr(info, data)
    return altered


def row_titled(window: AppWindow, title: str) -> int:
    """The list's row of the incident with this title (the list's order depends on the story)."""
    model = window.main_page.model
    return next(row for row in range(model.rowCount()) for column in range(model.columnCount())
                if model.index(row, column).data() == title)


def show_first_evidence(window: AppWindow, title: str) -> object:
    """The evidence viewer on the first file of the incident with this title."""
    page = window.main_page
    page.table.selectRow(row_titled(window, title))
    incident_id = page.current_id()
    item = next(evidence.for_incident(page.vault.connection(), incident_id))
    viewer = page.open_evidence(item, sensitive=False)
    viewer.setGeometry(300, 40, 760, 820)
    return viewer


def grab(name: str) -> None:
    QApplication.processEvents()
    QApplication.primaryScreen().grabWindow(0).save(str(OUT / name))
    print("wrote", OUT / name)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = create_application()
    english = install_translations("en")  # its plural forms; the other languages come at the end
    with tempfile.TemporaryDirectory(prefix="threatlog-shots-") as tmp:
        folder = Path(tmp) / "demo"
        demo.ensure(folder)
        services = Services(Dialogs(), Settings(Path(tmp) / "settings.ini"), Operations(),
                            extra={DEMO_FOLDER: folder})
        window = AppWindow(services, folder)
        window.setGeometry(0, 0, 1400, 880)
        window.show()
        state: dict[str, object] = {}

        def open_export() -> None:
            window.export_bundle()
            state["export"] = window.findChild(ExportDialog)
            state["export"].scope_all.setChecked(True)

        def open_verify(bundle_zip: Path, name: str) -> None:
            dialog = VerifyDialog(window.services, window, path=bundle_zip)
            dialog.resize(1000, 700)
            dialog.open()
            state[name] = dialog

        def open_view(name: str, opener) -> None:
            dialog = opener()
            dialog.setGeometry(120, 60, 1160, 760)
            state[name] = dialog

        def detect() -> None:
            state["campaigns"].tabs.setCurrentIndex(1)
            state["campaigns"].detect()

        def choose_period(label: str) -> None:
            chart = state["timeline"].chart
            chart.choose([p.label for p in chart.periods].index(label))
            state["timeline"].close()

        def back_up() -> None:
            # The real flow, with the save dialog answered (a file dialog would wait for a click).
            target = Path(tmp) / "threatlog-backup-2026-11-22.zip"
            window.services.dialogs.save_file = lambda *args, **kwargs: str(target)
            window.backup_action.trigger()

        def close(kind: type) -> None:
            window.findChild(kind).close()

        def open_import() -> None:
            # The real flow on a generated Telegram export (fictional names), the folder dialog answered.
            export = telegram_full(Path(tmp) / "Telegram Desktop" / "DataExport_2026-10-08")
            window.services.dialogs.folder = lambda *args, **kwargs: str(export)
            window.import_action.trigger()
            dialog = window.findChild(ImportDialog)
            dialog.setGeometry(100, 50, 1200, 780)
            dialog.choose_folder_button.click()
            state["import"] = dialog

        def group_import() -> None:
            state["import"].choices.grouped.setChecked(True)
            state["import"].choices.incident_type.setCurrentIndex(
                state["import"].choices.incident_type.findData("harassment"))

        def confirm_destroy() -> None:
            window.destroy_action.trigger()
            window.findChild(DestroyDialog).typed.setText("DESTROY")

        def in_language(language: str) -> None:
            """A second window built after that language's translators are installed, as at a start in it."""
            state["translators"] = install_translations(language)
            other = AppWindow(services, folder)
            other.setGeometry(0, 0, 1400, 880)
            other.show()
            state["other"] = other

        def leave_language() -> None:
            state["other"].close()
            remove_translations(state["translators"])
            QLocale.setDefault(QLocale.system())

        def export_for_verify() -> None:
            state["export"].close()
            state["zip"] = bundle.export_bundle(window.vault, Path(tmp) / "threatlog-bundle-2026-11-22.zip",
                                                bundle.Selection()).path

        steps = [
            lambda: grab("start-screen.png"),
            window.start_page.demo_button.click,
            lambda: window.main_page.table.selectRow(0),
            lambda: grab("main-window.png"),
            lambda: window.main_page.table.selectRow(row_titled(window, DEMO_CHAT)),
            lambda: grab("demo.png"),
            lambda: state.update(viewer=show_first_evidence(window, DEMO_CHAT)),
            lambda: grab("demo-evidence.png"),
            lambda: state["viewer"].close(),
            lambda: window.main_page.table.selectRow(row_titled(window, SENSITIVE)),
            lambda: grab("main-window-sensitive.png"),
            lambda: open_view("timeline", window.view_menu.open_timeline),
            lambda: grab("timeline.png"),
            lambda: choose_period("2025-06"),
            lambda: window.main_page.table.selectRow(0),
            lambda: grab("main-window-period.png"),
            lambda: open_view("accounts", window.view_menu.open_accounts),
            lambda: state["accounts"].table.selectRow(0),
            lambda: grab("accounts.png"),
            lambda: state["accounts"].close(),
            lambda: open_view("campaigns", window.view_menu.open_campaigns),
            detect,
            lambda: state["campaigns"].suggestion_table.selectRow(0),
            lambda: grab("campaign-suggestions.png"),
            lambda: state["campaigns"].close(),
            lambda: window.main_page.filters.clear(),
            open_export,
            lambda: grab("export-preview.png"),
            export_for_verify,
            lambda: open_verify(state["zip"], "intact"),
            lambda: grab("verify-intact.png"),
            lambda: state["intact"].close(),
            lambda: open_verify(tamper(state["zip"]), "altered"),
            lambda: grab("verify-altered.png"),
            lambda: state["altered"].close(),
            back_up,
            lambda: grab("backup-done.png"),
            lambda: close(BackupDoneDialog),
            window.check_action.trigger,
            lambda: grab("integrity-check.png"),
            lambda: close(IntegrityReportDialog),
            confirm_destroy,
            lambda: grab("destroy-confirm.png"),
            lambda: close(DestroyDialog),
            open_import,
            group_import,
            lambda: grab("import-preview.png"),
            lambda: state["import"].close(),
            lambda: window.lock(),
            lambda: grab("locked.png"),
            window.guide_action.trigger,
            lambda: grab("first-run-guide.png"),
            lambda: close(FirstRunGuide),
            # Right to left, as Arabic or Persian would lay it out: nothing cut off, nothing overlapping.
            lambda: QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft),
            window.start_page.demo_button.click,
            lambda: None,  # the demo opens a second time: give it a step more
            lambda: window.main_page.table.selectRow(0),
            lambda: grab("main-window-rtl.png"),
            lambda: window.lock(),
            lambda: QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight),
            lambda: remove_translations(english),
            *(step for language in ("az", "ru") for step in (
                lambda language=language: in_language(language),
                lambda: state["other"].start_page.demo_button.click(),
                lambda: state["other"].main_page.table.selectRow(0),
                lambda language=language: grab(f"main-window-{language}.png"),
                # The verification a lawyer reads, in that language: the core's sentences too.
                lambda language=language: open_verify(tamper(state["zip"]), f"altered-{language}"),
                lambda language=language: grab(f"verify-altered-{language}.png"),
                lambda language=language: state[f"altered-{language}"].close(),
                leave_language)),
            app.quit,
        ]
        for n, step in enumerate(steps):
            QTimer.singleShot(2500 * (n + 1), step)
        app.exec()
        window.services.operations.wait_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())

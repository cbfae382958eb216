"""PyInstaller runtime hook: THREATLOG_SELFTEST=gui, the frozen app's own smoke test of its GUI.

A frozen build cannot run a test script (its interpreter ignores PYTHONPATH and takes no -c), and
Qt's offscreen platform has no window an outside tool could look for. So `make package-test`
starts the built `threatlog` with no command (the desktop app) and THREATLOG_SELFTEST=gui: the
app starts exactly as a user's does — the same entry point, app.gui.application.run(), the same
AppWindow — and about a second after its event loop starts this hook checks, from inside:

  * the main window is shown;
  * the app icon renders (the SVG icon-engine plugin is bundled);
  * every image format evidence is viewed in has its Qt plugin (app.gui.evidence_loading), and SVG;
  * the report fonts are where app.core.reporting.report_layout looks;
  * Help > About opens, with a version and a licence text for every bundled component (package
    metadata and licence files the spec must ship);

prints one line `threatlog selftest gui: ok …` (or `FAILED: …`) and quits with 0 (or 1).

Nothing else changes: without the variable this hook only returns; it never reads a vault, it opens
nothing the app would not open at start, and setting it makes the app quit, nothing more. It is a
runtime hook (it ships in builds only, not in the source tree) rather than a command-line option, so
the user-facing interface stays as it is. Custom runtime hooks run before PyInstaller's own PySide6
hook has pointed Qt at its bundled plugins, so nothing of Qt may be touched here: the hook waits for
app.gui.application to be imported and then wraps its run() to schedule the check.
"""


def _install() -> None:
    import os
    import sys

    mode = os.environ.get("THREATLOG_SELFTEST", "")
    if not mode:
        return
    if mode != "gui":
        print(f"threatlog selftest: unknown THREATLOG_SELFTEST={mode!r} (only 'gui'); ignored", file=sys.stderr)
        return

    import importlib.abc
    import importlib.util

    target = "app.gui.application"
    settle_ms = 1000

    def check(qapp) -> None:
        from PySide6.QtGui import QImageReader

        from app.core.reporting.report_layout import font_dir
        from app.gui.app_window import AppWindow
        from app.gui.evidence_loading import _QT_FORMATS

        problems = []
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, AppWindow)]
        if not windows or not windows[0].isVisible():
            problems.append("the main window is not shown")
        if qapp.windowIcon().pixmap(64, 64).isNull():
            problems.append("the app icon does not render (SVG icon engine missing?)")
        formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
        missing = sorted(({f.decode() for f in _QT_FORMATS.values()} | {"svg"}) - formats)
        if missing:
            problems.append(f"no Qt image plugin for {', '.join(missing)}")
        fonts = sorted(p.name for p in font_dir().glob("*.ttf"))
        if not fonts:
            problems.append(f"no report fonts in {font_dir()}")
        from app.gui.translations import translations_dir

        # A source tree may lack them (set-up compiles them); a build compiles its own and must ship them.
        if getattr(sys, "frozen", False) and not list(translations_dir().glob("threatlog_*.qm")):
            problems.append(f"no compiled translations in {translations_dir()}")
        about = None
        if windows:
            from app.gui.about_dialog import AboutDialog

            windows[0].about_action.trigger()  # Help > About, as a user opens it
            qapp.processEvents()
            about = windows[0].findChild(AboutDialog)
        if about is None:
            problems.append("Help > About did not open")
        else:
            # Versions come from package metadata and licence texts from files the spec must ship.
            unversioned = [c.name for c in about.components if not c.version]
            untexted = [c.name for c in about.components if c.name != "SQLite" and c.licence_text() is None]
            if not getattr(sys, "frozen", False):
                untexted = []  # the source tree keeps these texts in packaging/licenses, not resources/
            if unversioned:
                problems.append(f"About shows no version for {', '.join(unversioned)}")
            if untexted:
                problems.append(f"About has no licence text for {', '.join(untexted)}")
            about.close()
        if problems:
            print("threatlog selftest gui: FAILED: " + "; ".join(problems), flush=True)
            qapp.exit(1)
            return
        title = windows[0].windowTitle()
        print(f"threatlog selftest gui: ok (platform {qapp.platformName()}, window {title!r}, "
              f"{len(formats)} image formats, {len(fonts)} fonts, About: {len(about.components)} components "
              f"with versions{' and licence texts' if getattr(sys, 'frozen', False) else ''})", flush=True)
        qapp.exit(0)

    def wrap(module) -> None:
        original = module.run

        def run(*args, **kwargs):
            from PySide6.QtCore import QTimer

            qapp = module.create_application()  # run() below reuses this same instance
            QTimer.singleShot(settle_ms, lambda: check(qapp))
            return original(*args, **kwargs)

        module.run = run

    class Loader(importlib.abc.Loader):
        def __init__(self, inner) -> None:
            self.inner = inner

        def create_module(self, spec):
            return self.inner.create_module(spec)

        def exec_module(self, module) -> None:
            self.inner.exec_module(module)
            wrap(module)

    class Finder(importlib.abc.MetaPathFinder):
        def find_spec(self, fullname, path=None, target_module=None):
            if fullname != target:
                return None
            sys.meta_path.remove(self)  # find the real module with the other finders, once
            spec = importlib.util.find_spec(fullname)
            if spec is not None and spec.loader is not None:
                spec.loader = Loader(spec.loader)
            return spec

    sys.meta_path.insert(0, Finder())


_install()
del _install

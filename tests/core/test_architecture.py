"""The layering the architecture promises, checked rather than hoped for."""

from __future__ import annotations

import importlib
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import app.core

REPO = Path(__file__).resolve().parents[2]


def test_core_never_imports_qt() -> None:
    modules = [m.name for m in pkgutil.walk_packages(app.core.__path__, "app.core.")]
    assert len(modules) > 60
    # PySide6 set to None makes any import of it fail, so one stray import anywhere in core shows up.
    code = "import sys\nsys.modules['PySide6'] = None\n" + "".join(f"import {m}\n" for m in modules)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr


def test_the_core_is_grouped_by_concept() -> None:
    """app/core shows the architecture: a package per concept, each saying what it holds, and at the
    top only what every package shares (errors, wording, canonical JSON)."""
    top = {m.name: m.ispkg for m in pkgutil.iter_modules(app.core.__path__)}
    assert {name for name, is_package in top.items() if not is_package} == {"canonical", "errors", "wording"}
    for name in (name for name, is_package in top.items() if is_package):
        package = importlib.import_module(f"app.core.{name}")
        assert (package.__doc__ or "").strip(), f"app.core.{name} does not say what it holds"


def test_cli_works_without_qt() -> None:
    code = "import sys\nsys.modules['PySide6'] = None\nfrom app.cli import main\nraise SystemExit(main(['--help']))"
    # Without THREATLOG_LANG too: the language then comes from the app's settings, read through Qt.
    env = {name: value for name, value in os.environ.items() if name != "THREATLOG_LANG"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60,
                            env=env)
    assert result.returncode == 0, result.stderr


def test_the_cli_process_cannot_dump_core() -> None:
    code = ("from app.cli import main\nfrom app.hardening import is_dumpable\n"
            "assert is_dumpable()  # a normal process can\nmain(['--help'])\n")
    result = subprocess.run([sys.executable, "-c", code + "raise SystemExit(0)"], capture_output=True, text=True,
                            cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    code = ("import contextlib, io\nfrom app.cli import main\nfrom app.hardening import is_dumpable\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n    main(['log', '--verify'])\n"
            "raise SystemExit(1 if is_dumpable() else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60,
                            env={"PATH": "/usr/bin:/bin", "THREATLOG_VAULT": "/nonexistent"})
    assert result.returncode == 0, result.stderr

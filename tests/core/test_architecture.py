"""The layering the architecture promises, checked rather than hoped for."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import app.core

REPO = Path(__file__).resolve().parents[2]


def test_core_never_imports_qt() -> None:
    modules = [f"app.core.{m.name}" for m in pkgutil.iter_modules(app.core.__path__)]
    assert len(modules) > 10
    # PySide6 set to None makes any import of it fail, so one stray import anywhere in core shows up.
    code = "import sys\nsys.modules['PySide6'] = None\n" + "".join(f"import {m}\n" for m in modules)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr


def test_cli_works_without_qt() -> None:
    code = "import sys\nsys.modules['PySide6'] = None\nfrom app.cli import main\nraise SystemExit(main(['--help']))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr

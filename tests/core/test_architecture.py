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

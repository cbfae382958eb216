"""The packaging sources, checked without a build (`make package-test` checks a real one).

Fast enough for every `make test`: the desktop entry and AppStream metainfo agree with the app,
the icons render from the SVG, the lock pins PyInstaller with hashes, and the frozen app's GUI
self-test hook still fits app.gui.application (a renamed run() would otherwise surface only when
someone builds).
"""

from __future__ import annotations

import configparser
import os
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from PIL import Image

from app import __version__

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
APP_ID = "org.threatlog.Threatlog"


def test_the_desktop_entry_starts_threatlog_and_carries_no_incident_data() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(PACKAGING / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "threatlog"
    assert section["Icon"] == APP_ID
    assert section["Categories"] == "Office;Security;"
    assert section["Terminal"] == "false"
    # No file associations, recent documents or actions: the menu entry reveals nothing of a vault.
    assert not {"MimeType", "Actions"} & set(section)
    script = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert "threatlog" in script


def test_the_metainfo_names_this_version_and_the_desktop_entry() -> None:
    root = ET.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.find("provides/binary").text == "threatlog"
    releases = [r.get("version") for r in root.iter("release")]
    assert releases[0] == __version__, "add a <release> for the new version to the metainfo"


def test_the_icons_render_from_the_svg_at_every_size(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(PACKAGING / "render_icons.py"), str(tmp_path)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") as png:
            assert png.size == (size, size)
            assert png.getextrema()[3][1] == 255  # drawn, not a transparent square
    with Image.open(tmp_path / "threatlog.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    assert (tmp_path / "threatlog.icns").read_bytes()[:4] == b"icns"
    assert (tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_the_lock_pins_the_build_tools_with_hashes() -> None:
    extras = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert any(re.fullmatch(r"pyinstaller>=6[.\d]*,<7", spec.replace(" ", "")) for spec in extras["build"])
    lock = (REPO / "requirements.lock").read_text(encoding="utf-8")
    for package in ("pyinstaller", "pyinstaller-hooks-contrib", "altgraph"):
        match = re.search(rf"^{package}==\S+ \\\n\s+--hash=sha256:[0-9a-f]{{64}}", lock, re.MULTILINE)
        assert match, f"{package} is not pinned with a hash in requirements.lock"


def test_the_gui_selftest_hook_runs_against_the_source_tree(tmp_path: Path) -> None:
    """What packaging/rthook_selftest.py does in a build, done here with the source tree's modules."""
    code = (f"exec(compile(open({str(PACKAGING / 'rthook_selftest.py')!r}).read(), 'rthook_selftest', 'exec'))\n"
            "import runpy\nrunpy.run_module('app', run_name='__main__')\n")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path), "PYTHONPATH": str(REPO),
           "QT_QPA_PLATFORM": "offscreen", "THREATLOG_SELFTEST": "gui", "THREATLOG_VAULT": str(tmp_path / "vault")}
    result = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("threatlog selftest gui: ok"), result.stdout
    assert not (tmp_path / "vault").exists()  # it opened nothing, created nothing

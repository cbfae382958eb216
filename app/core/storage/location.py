"""Where the vault lives: --vault beats THREATLOG_VAULT beats the per-user data folder."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_NAME = "Threatlog"


def default_vault_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=False) / "vault"


def default_demo_dir() -> Path:
    """The workshop demo's vault (demo.py): beside the user's own, never in its place."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=False) / "demo"


def resolve_vault_dir(cli_value: str | None, environ: Mapping[str, str] = os.environ) -> Path:
    if cli_value:
        return Path(cli_value).expanduser()
    if environ.get("THREATLOG_VAULT"):
        return Path(environ["THREATLOG_VAULT"]).expanduser()
    return default_vault_dir()

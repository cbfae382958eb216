"""Settings: how the app behaves, never what the vault holds.

Only these keys exist, and none can carry incident data: auto-lock minutes, whether all media is
blurred, the language, whether the first-run guide was seen, and the last vault folder (a path the
user chose).
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

from app.core.storage.location import APP_NAME

DEFAULT_AUTO_LOCK_MINUTES = 5


def default_settings_path() -> Path:
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / "settings.ini"


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self._store = QSettings(str(path or default_settings_path()), QSettings.Format.IniFormat)

    def _int(self, key: str, default: int) -> int:
        try:
            return int(self._store.value(key, default))
        except (TypeError, ValueError):
            return default

    @property
    def auto_lock_minutes(self) -> int:
        """0 turns auto-lock off."""
        return max(0, min(self._int("security/auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES), 240))

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        self._store.setValue("security/auto_lock_minutes", int(minutes))

    @property
    def blur_all_media(self) -> bool:
        """Sensitive incidents are always blurred; this blurs every incident's media too."""
        return str(self._store.value("privacy/blur_all_media", "false")).lower() == "true"

    @blur_all_media.setter
    def blur_all_media(self, value: bool) -> None:
        self._store.setValue("privacy/blur_all_media", "true" if value else "false")

    @property
    def language(self) -> str:
        """'' follows the system."""
        return str(self._store.value("ui/language", ""))

    @language.setter
    def language(self, code: str) -> None:
        self._store.setValue("ui/language", code)

    @property
    def guide_seen(self) -> bool:
        """The first-run guide shows by itself only while this is False."""
        return str(self._store.value("ui/guide_seen", "false")).lower() == "true"

    @guide_seen.setter
    def guide_seen(self, value: bool) -> None:
        self._store.setValue("ui/guide_seen", "true" if value else "false")

    @property
    def last_vault_dir(self) -> str:
        return str(self._store.value("vault/last_dir", ""))

    @last_vault_dir.setter
    def last_vault_dir(self, path: str) -> None:
        self._store.setValue("vault/last_dir", path)

    def sync(self) -> None:
        self._store.sync()

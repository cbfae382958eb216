"""What every view needs from outside itself, passed in rather than reached through globals, so a
test can give each window its own settings file, scripted dialogs and KDF parameters."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.storage.keyslots import KdfParams
from app.gui.dialogs import Dialogs
from app.gui.operations import Operations
from app.gui.settings import Settings


@dataclass
class Services:
    dialogs: Dialogs
    settings: Settings
    operations: Operations
    # None: calibrate Argon2id to about a second on this machine. Tests set the floor explicitly.
    kdf: KdfParams | None = None
    extra: dict[str, object] = field(default_factory=dict)

"""One exception class per failure, each carrying the sentence the user reads.

The sentence is a `Text` (app.core.wording): English in `str(error)`, and in the user's language
where the CLI prints it and the desktop app shows it (`app.translate.describe`). The CLI exits with
`error.exit_code`.
"""

from __future__ import annotations

from app.core.wording import Errors, Text, plain


class ThreatlogError(Exception):
    """Base of every failure the user is told about in plain words."""

    exit_code = 1

    def __init__(self, message: Text | str) -> None:
        # A plain str is someone else's words (an OS error, a library's reason), shown as it is.
        self.text = message if isinstance(message, Text) else plain(message)
        super().__init__(str(self.text))


class UsageError(ThreatlogError):
    exit_code = 2


class WrongPassphrase(ThreatlogError):
    exit_code = 3

    def __init__(self, message: Text | None = None) -> None:
        super().__init__(message or Errors.tr("Wrong passphrase or recovery code. Nothing was changed."))


class VaultNotFound(ThreatlogError):
    pass


class VaultExists(ThreatlogError):
    pass


class VaultCorrupt(ThreatlogError):
    pass


class KeySlotInvalid(ThreatlogError):
    """The key-slot file is damaged or carries parameters we refuse to run."""


class EncryptionUnavailable(ThreatlogError):
    """SQLCipher did not confirm that encryption is active: we refuse to write (fail closed)."""


class IncidentNotFound(ThreatlogError):
    pass


class EvidenceNotFound(ThreatlogError):
    pass


class InvalidInput(ThreatlogError):
    """A field value the user gave cannot be accepted (bad date, unknown type, severity out of range...)."""


class EvidenceUnreadable(ThreatlogError):
    """A file to attach cannot be read (missing, a folder, permission denied)."""


class SignatureInvalid(ThreatlogError):
    """An SSH signature, public key or fingerprint that does not parse or does not verify."""


class TrustedKeyInvalid(UsageError):
    """The key the recipient says they trust (--signer, --allowed-signers) cannot be used."""


class ArchiveRefused(ThreatlogError):
    """A file given to verify is not a zip, or is a zip we refuse to read (unsafe names, bomb...).

    It counts as "not intact": nothing of it is extracted or trusted.
    """


class NothingToExport(ThreatlogError):
    pass


class ExportCancelled(ThreatlogError):
    def __init__(self) -> None:
        super().__init__(Errors.tr("The export was cancelled; no bundle was written."))


class ExportFailed(ThreatlogError):
    """The bundle could not be written (disk full, no permission, file exists...); nothing was left behind."""


class CustodyChainBroken(ThreatlogError):
    """The vault's own custody log does not verify, so a bundle made from it would not either."""


class VaultDamaged(VaultCorrupt):
    """Damage found before any write could make it worse; the vault can still be opened read-only."""

    def __init__(self, message: Text | str, damage: Text | str = "") -> None:
        super().__init__(message)
        # What is damaged, without the advice around it: the CLI and the app advise differently
        # (a command to type, a button to press).
        self.damage = (damage if isinstance(damage, Text) else plain(damage)) if damage else self.text


class VaultReadOnly(ThreatlogError):
    """A change was asked of a vault opened read-only (because it is damaged, or to check it)."""


class BackupFailed(ThreatlogError):
    """A backup could not be written or did not pass its check; nothing was left under the final name."""


class BackupInvalid(ThreatlogError):
    """A file given to restore is not a usable Threatlog backup (damaged, truncated, altered or foreign)."""


class OperationCancelled(ThreatlogError):
    def __init__(self, what: Text | None = None) -> None:
        super().__init__(Errors.tr("{what} was cancelled; nothing was changed.").format(
            what=what or Errors.tr("The operation")))


class DestroyFailed(ThreatlogError):
    """Crypto-erase could not finish; the message says what is left."""


class ImportRefused(ThreatlogError):
    """Something to import cannot be imported as it is; nothing of it was written (docs/importing.md)."""


class ImportSourceUnknown(ImportRefused):
    """The path is not a kind of export Threatlog reads (or not the kind the user named)."""


class ImportSourceUnreadable(ImportRefused):
    """The source or a file in it cannot be read: missing, a folder, no permission."""


class ImportMalformed(ImportRefused):
    """The source is damaged or truncated, or is not what its name says (JSON, chat, e-mail)."""


class ImportEncodingUnknown(ImportRefused):
    """A text file of the source is in no encoding we can read without guessing wrongly."""


class ImportUnsafePath(ImportRefused):
    """The source names a file outside itself, or holds a link or a special file: refused whole."""


class ImportTooLarge(ImportRefused):
    """A file that must be read into memory (result.json, a chat, an e-mail) exceeds its limit."""


class ImportSourceChanged(ImportRefused):
    """The source changed between the preview and the import; preview again."""


class ImportCancelled(ImportRefused):
    def __init__(self) -> None:
        super().__init__(Errors.tr("The import was cancelled; nothing was written."))


class AccountNotFound(ThreatlogError):
    """No account in the vault has this handle, alias or id."""


class AccountAmbiguous(ThreatlogError):
    """A handle names accounts on several platforms; the user must say which (PLATFORM:HANDLE)."""


class AccountMergeRefused(ThreatlogError):
    """The two accounts given are already one (the same account, or one merged into the other)."""


class CampaignNotFound(ThreatlogError):
    pass


class SuggestionNotFound(ThreatlogError):
    """No open suggestion has this number (detection was re-run, or it was accepted or dismissed)."""


class EvidenceDamaged(VaultDamaged, EvidenceNotFound):
    """Stored evidence no longer matches its SHA-256 or cannot be read (found before an export wrote anything)."""


class NotADemoVault(ThreatlogError):
    """The demo was asked to build or reset where a vault that is not the demo already is."""

"""One exception class per failure, each carrying the sentence the user reads.

The CLI prints `str(error)` and exits with `error.exit_code`; the GUI shows the same text.
"""


class ThreatlogError(Exception):
    """Base of every failure the user is told about in plain words."""

    exit_code = 1


class UsageError(ThreatlogError):
    exit_code = 2


class WrongPassphrase(ThreatlogError):
    exit_code = 3

    def __init__(self, message: str = "Wrong passphrase or recovery code. Nothing was changed.") -> None:
        super().__init__(message)


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
        super().__init__("The export was cancelled; no bundle was written.")


class ExportFailed(ThreatlogError):
    """The bundle could not be written (disk full, no permission, file exists...); nothing was left behind."""


class CustodyChainBroken(ThreatlogError):
    """The vault's own custody log does not verify, so a bundle made from it would not either."""

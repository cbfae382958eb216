"""Shared fixtures: each test gets its own vault in tmp_path, with the KDF at its allowed floor."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.core.storage.keyslots import KdfParams
from app.core.storage.vault import Vault

# The lowest parameters a slot file may carry: tests opt into them explicitly, the app never does.
TEST_KDF = KdfParams(memory_kib=64 * 1024, iterations=3)
PASSPHRASE = "correct horse battery staple"


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The CLI speaks the user's language; the suite compares English sentences.
    os.environ.setdefault("THREATLOG_LANG", "en")


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def new_vault(vault_dir: Path) -> Iterator[tuple[Vault, str]]:
    vault, recovery_code = Vault.create(vault_dir, PASSPHRASE, TEST_KDF)
    yield vault, recovery_code
    vault.close()


@pytest.fixture
def vault(new_vault: tuple[Vault, str]) -> Vault:
    return new_vault[0]


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    """Run the real CLI entry point in-process against this test's vault, passphrase from a file."""
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    monkeypatch.delenv("THREATLOG_PASSPHRASE", raising=False)
    monkeypatch.delenv("THREATLOG_VAULT", raising=False)
    from app.cli import main

    def run(*args: str, passphrase_file: Path | None = secret) -> CliResult:
        argv = ["--vault", str(vault_dir)]
        if passphrase_file is not None:
            argv += ["--passphrase-file", str(passphrase_file)]
        code = main(argv + list(args))
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture
def cli_vault(cli) -> object:
    """The cli fixture with a vault already created at the test KDF floor."""
    result = cli("init", "--kdf-memory", "64", "--kdf-iterations", "3")
    assert result.code == 0, result.err
    return cli

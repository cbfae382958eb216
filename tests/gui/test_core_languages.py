"""The core's sentences in Azerbaijani and Russian: the CLI's messages, the PDF report, and the
translations themselves (every field kept, English plurals as the core spells them)."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator

from app import translate
from app.cli import main
from app.core import wording
from app.core.reporting.report import render_report
from app.gui.locale_format import period_name
from app.translate import report_language, say, use_language
from tests.core.test_report import CONTEXT, pdftotext, sample_incidents, thumbnail
from tests.gui.test_languages import TS_DIR, compiled, speak  # noqa: F401 - fixtures

CORE_CONTEXTS = {value.name for value in vars(wording).values() if isinstance(value, wording.Context)}
WRONG_PASSPHRASE = ("Wrong passphrase. Nothing was changed. If you are sure it is right, the key-slot file may be "
                    "damaged: unlock with your recovery code instead, or restore your latest backup.")
_FIELD = re.compile(r"\{[a-z_0-9]+\}|%n|%\d|%\([a-z_]+\)[rsd]|%[rsd]")  # %(prog)s, %s: argparse's


def _messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS_DIR / f"threatlog_{language}.ts").getroot()
    return [(context.findtext("name") or "", message) for context in root.iter("context")
            for message in context.iter("message")]


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("language", ["az", "ru"])
def test_every_translation_keeps_the_fields_of_its_source(language: str) -> None:
    """A translation that drops {path} or %n would hide the very fact the message is about."""
    broken = []
    for context, message in _messages(language):
        source = message.findtext("source") or ""
        wanted = sorted(set(_FIELD.findall(source)))
        for form in _forms(message):
            if sorted(set(_FIELD.findall(form))) != wanted:
                broken.append(f"{context}: {source!r} -> {form!r}")
    assert not broken, f"{len(broken)} translation(s) lose or add a field:\n" + "\n".join(broken[:10])


def test_the_cores_english_plurals_match_the_english_translation() -> None:
    """Without Qt the core spells "file(s)" itself; with Qt, threatlog_en.ts does: both must agree."""
    checked = 0
    for context, message in _messages("en"):
        if context not in CORE_CONTEXTS:
            continue
        source, (one, other) = message.findtext("source") or "", _forms(message)
        assert wording.english(context, source, "", 1) == one.replace("%n", "1"), source
        assert wording.english(context, source, "", 7) == other.replace("%n", "7"), source
        checked += 1
    assert checked > 0


@pytest.fixture
def translations_from(compiled: Path, monkeypatch: pytest.MonkeyPatch) -> Path:  # noqa: F811
    """The CLI and the report read the .qm files compiled for this session."""
    monkeypatch.setattr("app.gui.translations.translations_dir", lambda: compiled)
    previous = QLocale()
    yield compiled
    use_language("en")
    QLocale.setDefault(previous)  # use_language set the language's locale as the process's default


def _translation(language: str, compiled: Path, context: str, source: str) -> str:  # noqa: F811
    translator = QTranslator()
    assert translator.load(f"threatlog_{language}", str(compiled))
    found = translator.translate(context, source)
    assert found and found != source
    return found


@pytest.mark.parametrize("language", ["az", "ru"])
def test_the_cli_says_a_wrong_passphrase_in_the_users_language(cli_vault, translations_from: Path, language: str,
                                                               monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    monkeypatch.setenv(translate.LANGUAGE_VARIABLE, language)
    result = cli_vault("list", passphrase_file=wrong)
    assert result.code == 3
    expected = _translation(language, translations_from, "Errors", WRONG_PASSPHRASE)
    assert expected in result.err
    assert "Wrong passphrase" not in result.err


@pytest.mark.parametrize("language", ["az", "ru"])
def test_argparse_speaks_the_users_language_too(translations_from: Path, language: str, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(translate.LANGUAGE_VARIABLE, language)
    with pytest.raises(SystemExit) as exit_:
        main(["export", "--all"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    required = _translation(language, translations_from, "Argparse", "the following arguments are required: %s")
    assert required % "--out" in err and "required" not in err
    with pytest.raises(SystemExit):
        main(["key", "--help"])
    assert _translation(language, translations_from, "Argparse", "usage: ") in capsys.readouterr().out


@pytest.mark.parametrize(("language", "count", "decimal"), [("ru", "1\u00a0234\u00a0567", "3,5"),
                                                            ("az", "1.234.567", "3,5")])
def test_counts_and_decimals_are_written_as_the_language_writes_them(translations_from: Path, language: str,
                                                                     count: str, decimal: str) -> None:
    """In Russian and Azerbaijani a comma is the decimal sign: "1,234" would read as one and a bit."""
    use_language(language)
    assert count in say(wording.Check.tr("%n item(s), {size} bytes, every one matches its SHA-256", "", 2).format(
        size=wording.Number(1_234_567)))
    assert decimal in say(wording.Cli.tr("{size} MiB").format(size=wording.Number(3.5, 1)))


def test_what_a_script_reads_is_the_same_in_every_language(cli_vault, translations_from: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/cli.md: ids, --json and hashes never change with the language; only the words around them do."""
    monkeypatch.setenv(translate.LANGUAGE_VARIABLE, "ru")
    added = cli_vault("add", "--type", "threat", "--title", "Sample", "--severity", "4")
    assert added.code == 0 and re.fullmatch(r"[0-9a-z]{10}\n", added.out)
    listed = json.loads(cli_vault("list", "--json").out)
    assert listed[0]["id"] == added.out.strip() and listed[0]["type"] == "threat"


def test_the_cli_stays_english_when_asked(cli_vault, translations_from: Path, monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    monkeypatch.setenv(translate.LANGUAGE_VARIABLE, "en")
    assert WRONG_PASSPHRASE in cli_vault("list", passphrase_file=wrong).err


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("language", ["az", "ru"])
def test_the_report_is_written_in_the_chosen_language(translations_from: Path, language: str, tmp_path: Path) -> None:
    pdf = render_report(CONTEXT, sample_incidents()[:3], thumbnail, language=report_language(language))
    text = " ".join(pdftotext(pdf, tmp_path).split())
    for source in ("Evidence report", "Signed by the key with this fingerprint", "Original text"):
        assert " ".join(_translation(language, translations_from, "Report", source).split()) in text
    assert "Evidence report" not in text
    # How to verify stays readable for a recipient of another language: the other two follow.
    assert "How to verify this bundle" in text


def _exported_report(cli_vault, tmp_path: Path, *options: str) -> str:
    assert cli_vault("add", "--type", "threat", "--title", "Sample").code == 0
    out = tmp_path / f"bundle{len(options)}.zip"
    result = cli_vault("export", "--out", str(out), "--all", *options)
    assert result.code == 0, result.err
    with zipfile.ZipFile(out) as bundle:
        report = next(name for name in bundle.namelist() if name.endswith("/report.pdf"))
        return " ".join(pdftotext(bundle.read(report), tmp_path).split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_cli_writes_the_report_in_its_language_unless_told(cli_vault, translations_from: Path,
                                                               monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(translate.LANGUAGE_VARIABLE, "ru")
    russian = _translation("ru", translations_from, "Report", "Evidence report")
    assert russian in _exported_report(cli_vault, tmp_path)
    english = _exported_report(cli_vault, tmp_path, "--report-language", "en")
    assert "Evidence report" in english and russian not in english


def test_an_english_report_needs_no_translation(tmp_path: Path) -> None:
    pdf = render_report(CONTEXT, sample_incidents()[:1], thumbnail, language=report_language("xx"))
    assert "Evidence report" in pdftotext(pdf, tmp_path)


def test_timeline_periods_read_in_the_users_language(qtbot, speak) -> None:  # noqa: F811
    speak("ru")
    QLocale.setDefault(QLocale("ru"))
    month = period_name("2025-10")
    assert month.endswith("2025") and "-" not in month and month != "2025-10"
    week = period_name("2025-W07")
    assert "7" in week and "2025" in week and "W" not in week
    assert period_name("someday") == "someday"

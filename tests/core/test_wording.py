"""The core's sentences reach the user translatable: templates lupdate can read, fields kept."""

from __future__ import annotations

import argparse
import ast
import inspect
import sys
from pathlib import Path

import pytest

from app import cli_argparse
from app.core import errors
from app.core.errors import InvalidInput, OperationCancelled, ThreatlogError
from app.core import wording
from app.core.wording import Errors, Import, Number, Text, joined, plain

ROOT = Path(__file__).resolve().parents[2]
CONTEXTS = {name for name, value in vars(wording).items() if isinstance(value, wording.Context)}
ERROR_CLASSES = {name for name, value in inspect.getmembers(errors, inspect.isclass)
                 if issubclass(value, ThreatlogError)}


def _untranslatable_messages(path: Path) -> list[str]:
    """Errors raised with words lupdate cannot see: a literal, an f-string or a sum of strings."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ERROR_CLASSES):
            continue
        first = node.args[0] if node.args else None
        if isinstance(first, (ast.JoinedStr, ast.BinOp)) or (
                isinstance(first, ast.Constant) and isinstance(first.value, str)):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def _non_literal_templates(path: Path) -> list[str]:
    """`Errors.tr(x)` (any context of app.core.wording) with x not one literal string: lupdate would miss it."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
                and isinstance(node.func.value, ast.Name) and node.func.value.id in CONTEXTS
                and node.args and not (isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str))):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def _python_files() -> list[Path]:
    return sorted((ROOT / "app").rglob("*.py"))


def test_every_error_the_core_raises_is_translatable() -> None:
    found = [site for path in _python_files() for site in _untranslatable_messages(path)]
    assert not found, "errors raised with untranslatable words (use Errors.tr(...).format(...)):\n" + "\n".join(found)


def test_every_template_is_a_literal_lupdate_can_read() -> None:
    found = [site for path in _python_files() for site in _non_literal_templates(path)]
    assert not found, "tr() called with something other than a literal string:\n" + "\n".join(found)


def test_str_of_an_error_is_its_english_sentence() -> None:
    error = InvalidInput(Errors.tr("Severity must be 1 to 5, not {value}.").format(value=9))
    assert str(error) == "Severity must be 1 to 5, not 9."
    assert error.text.template == "Severity must be 1 to 5, not {value}."


def test_fragments_are_translated_inside_the_sentence() -> None:
    error = OperationCancelled(Errors.tr("The backup"))
    seen = []

    def translate(context: str, template: str, disambiguation: str = "", count: int | None = None) -> str:
        seen.append(template)
        return template.upper().replace("{WHAT}", "{what}")

    assert error.text.render(translate) == "THE BACKUP WAS CANCELLED; NOTHING WAS CHANGED."
    assert seen == ["The backup", "{what} was cancelled; nothing was changed."]


@pytest.mark.parametrize(("count", "expected"), [(0, "0 files left out"), (1, "1 file left out"), (2, "2 files left out")])
def test_english_plurals(count: int, expected: str) -> None:
    assert str(Import.tr("%n file(s) left out", "", count)) == expected


def test_a_translation_that_lost_a_field_falls_back_to_english() -> None:
    text = Errors.tr("Cannot read {name}.").format(name="x.json")

    def broken(context: str, template: str, disambiguation: str = "", count: int | None = None) -> str:
        return "Не удалось прочитать {имя}."

    assert text.render(broken) == "Cannot read x.json."


def test_plain_words_are_shown_as_they_are() -> None:
    assert str(plain("Permission denied {0}")) == "Permission denied {0}"
    assert str(ThreatlogError("disk full")) == "disk full"
    assert str(joined(Errors.tr("One."), "two {x}")) == "One. two {x}"


def test_texts_compare_by_their_words() -> None:
    assert Errors.tr("A {x}").format(x=1) == Errors.tr("A {x}").format(x=1)
    assert isinstance(Errors.tr("A"), Text)


def test_numbers_are_english_without_a_translator() -> None:
    text = Errors.tr("{count} of {size} MiB, in {year}").format(count=Number(1_234_567), size=Number(3.5, 1), year=2026)
    assert str(text) == "1,234,567 of 3.5 MiB, in 2026"
    assert text.render(number=lambda value, places: f"<{value}:{places}>") == "<1234567:0> of <3.5:1> MiB, in 2026"


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the listing follows Python 3.11's argparse")
def test_the_argparse_words_listed_are_argparses_own() -> None:
    """A message listed for translation that argparse no longer asks for would never be shown."""
    asked = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
            asked |= {a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    assert {text.template for text in cli_argparse.WORDS} <= asked

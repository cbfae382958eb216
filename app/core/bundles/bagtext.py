"""Parsing a bag's text files (bag-info.txt, manifests) as they arrive from outside.

Strict where our own format is fixed and lenient only where RFC 8493 allows variation (CRLF
line ends, continuation lines in bag-info, upper-case hex), so that a bag we wrote always
parses and a hand-edited one gives a clear reason rather than a crash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.wording import Text, Verify

_MANIFEST_LINE = re.compile(r"([0-9A-Fa-f]{64})[ \t]+(\S.*)")
_LABEL = re.compile(r"([^:\s][^:]*):[ \t]*(.*)")
_OXUM = re.compile(r"([0-9]{1,20})\.([0-9]{1,9})")


class BagTextInvalid(Exception):
    """The text does not parse; `text` says where, for the verification report."""

    def __init__(self, text: Text) -> None:
        super().__init__(str(text))
        self.text = text


def _lines(untrusted_data: bytes, name: str) -> list[str]:
    try:
        text = untrusted_data.decode("utf-8")
    except UnicodeDecodeError:
        raise BagTextInvalid(Verify.tr("{file} is not UTF-8 text").format(file=name)) from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").split("\n")


def _decode_path(encoded: str) -> str:
    # RFC 8493 §2.1.3: only CR, LF and '%' are percent-encoded in manifest paths.
    return re.sub(r"%(0[AaDd]|25)", lambda m: chr(int(m.group(1), 16)), encoded)


def parse_manifest(untrusted_data: bytes, name: str) -> dict[str, str]:
    """Path -> lowercase hex SHA-256, for every line of a manifest; a bad or repeated line is refused."""
    entries: dict[str, str] = {}
    for number, line in enumerate(_lines(untrusted_data, name), start=1):
        if not line:
            continue
        match = _MANIFEST_LINE.fullmatch(line)
        if match is None:
            raise BagTextInvalid(Verify.tr("line {line} of {file} is not '<sha256>  <path>'").format(
                line=number, file=name))
        path = _decode_path(match.group(2))
        if path in entries:
            raise BagTextInvalid(Verify.tr("{file} lists {path} twice").format(file=name, path=repr(path[:80])))
        entries[path] = match.group(1).lower()
    return entries


def parse_bag_info(untrusted_data: bytes) -> dict[str, list[str]]:
    """Label -> values (a label may repeat), with continuation lines joined."""
    fields: list[tuple[str, str]] = []
    for number, line in enumerate(_lines(untrusted_data, "bag-info.txt"), start=1):
        if not line:
            continue
        if line[0] in " \t":
            if not fields:
                raise BagTextInvalid(Verify.tr("bag-info.txt starts with a continuation line"))
            label, value = fields.pop()
            fields.append((label, value + " " + line.strip()))
            continue
        match = _LABEL.fullmatch(line)
        if match is None:
            raise BagTextInvalid(Verify.tr("line {line} of bag-info.txt is not 'Label: value'").format(line=number))
        fields.append((match.group(1).strip(), match.group(2).strip()))
    result: dict[str, list[str]] = {}
    for label, value in fields:
        result.setdefault(label, []).append(value)
    return result


@dataclass(frozen=True)
class BagInfo:
    payload_bytes: int
    payload_files: int
    bundle_id: str
    signer_fingerprint: str
    custody_head: str
    exported_at: str


def read_bag_info(untrusted_data: bytes) -> BagInfo:
    """The fields of bag-info.txt a Threatlog bundle must carry, each exactly once."""
    fields = parse_bag_info(untrusted_data)

    def one(label: str) -> str:
        values = fields.get(label, [])
        if len(values) != 1:
            raise BagTextInvalid(Verify.tr("bag-info.txt must give {label} exactly once").format(label=label))
        return values[0]

    if one("Threatlog-Bundle-Format") != "1":
        raise BagTextInvalid(Verify.tr("bag-info.txt names a bundle format this program does not know"))
    oxum = _OXUM.fullmatch(one("Payload-Oxum"))
    if oxum is None:
        raise BagTextInvalid(Verify.tr("Payload-Oxum in bag-info.txt is not '<bytes>.<files>'"))
    return BagInfo(int(oxum.group(1)), int(oxum.group(2)), one("External-Identifier"),
                   one("Threatlog-Signer-Fingerprint"), one("Threatlog-Custody-Head"), one("Threatlog-Exported-At"))

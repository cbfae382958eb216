"""The readable parts of an e-mail: header values, the body as text, the attachments.

Everything here reads a message parsed by Python's email package (policy.default) and is only
for the incident's fields and the preview: the evidence is always the original bytes. HTML is
turned into text with html.parser, which never fetches anything; scripts and styles are dropped.
"""

from __future__ import annotations

import email.utils
import re
from datetime import datetime, timezone
from email.message import EmailMessage, Message
from html.parser import HTMLParser

from app.core.untrusted.mediatype import extension_for

# Tried in order when a part's declared charset is missing, unknown or wrong: old Russian and
# Azerbaijani mail is often Windows-1251 labelled as nothing or as ASCII.
_FALLBACK_CHARSETS = ("utf-8", "windows-1251")
_SKIPPED_TAGS = frozenset({"script", "style", "head", "title", "template", "noscript", "svg", "math", "iframe",
                           "object"})
_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
                         "blockquote", "pre", "hr", "section", "article", "header", "footer", "dd", "dt"})
_WHITESPACE = re.compile(r"\s+")
_BLANK_LINES = re.compile(r"\n{3,}")


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self._skipping = 0  # a <head> left open ends where the body begins
        elif tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        self._pre += tag == "pre"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "pre":
            self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data if self._pre else _WHITESPACE.sub(" ", data))


def html_to_text(untrusted_html: str) -> str:
    parser = _HtmlText()
    parser.feed(untrusted_html)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _has_raw_bytes(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def _raw_decoded(text: str) -> str:
    """Bytes that were not ASCII, which the parser keeps as surrogate escapes: UTF-8, else Windows-1251."""
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("windows-1251", "replace")


def header(message: Message, name: str) -> str:
    """A header's value decoded (RFC 2047 words, or raw 8-bit bytes as old mailers wrote), or ''."""
    raw = next((value for key, value in message.raw_items() if key.lower() == name), None)
    if raw is None:
        return ""
    if _has_raw_bytes(raw):
        # policy.default would turn each such byte into U+FFFD; the bytes are Cyrillic more often than not.
        return " ".join(_raw_decoded(raw).split())
    try:
        return str(message.get(name))
    except Exception:
        # The header parser has failed on crafted values with errors no list covers; the raw
        # value is still the right thing to show.
        return " ".join(raw.split())


def sender(message: Message) -> tuple[str, str]:
    """The From header's display name and address (either may be '')."""
    raw = header(message, "from")
    name, address = email.utils.parseaddr(raw)
    return (name, address) if name or address else (raw, "")


def sent_at(message: Message) -> datetime | None:
    """The Date header as an aware time; '-0000' (zone unknown) is UTC, as RFC 5322 says."""
    try:
        moment = email.utils.parsedate_to_datetime(header(message, "date"))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)


def _decoded(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    for charset in (part.get_content_charset(), *_FALLBACK_CHARSETS):
        if charset:
            try:
                return payload.decode(charset)
            except (LookupError, UnicodeDecodeError):
                continue
    return payload.decode("utf-8", "replace")


def body_text(message: EmailMessage) -> str:
    """The text/plain body, else the HTML body as text, else ''."""
    try:
        part = message.get_body(preferencelist=("plain", "html"))
    except Exception:  # see header(): a malformed structure must not stop the import
        part = None
    if part is None:
        return ""
    text = _decoded(part).replace("\r\n", "\n")
    return html_to_text(text) if part.get_content_subtype() == "html" else text


def _leaves(part: Message) -> list[Message]:
    if part.is_multipart() and part.get_content_maintype() == "multipart":
        return [leaf for sub in part.get_payload() for leaf in _leaves(sub)]
    return [part]


def attachments(message: EmailMessage) -> tuple[list[tuple[str, bytes]], int]:
    """The attached files (name, decoded bytes), in order, and how many attached e-mails there are.

    An attached e-mail is not split out: it stays, byte for byte, inside the original message.
    """
    try:
        body = message.get_body(preferencelist=("plain", "html"))
    except Exception:  # see header()
        body = None
    files, attached_mails = [], 0
    for part in _leaves(message):
        if part is body or (part is message and part.get_content_maintype() == "text"):
            continue
        if part.get_content_type() == "message/rfc822" or part.is_multipart():
            attached_mails += 1
            continue
        is_file = part.get_content_disposition() == "attachment" or part.get_filename() \
            or part.get_content_maintype() != "text"
        payload = part.get_payload(decode=True)
        if is_file and isinstance(payload, bytes):
            name = part.get_filename() or f"attachment-{len(files) + 1}{extension_for(part.get_content_type())}"
            files.append((_raw_decoded(name) if _has_raw_bytes(name) else name, payload))
    return files, attached_mails

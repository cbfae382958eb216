"""What the user fills in for an incident, and the rules that make it acceptable.

A draft is validated into a normal form before it is saved, so every revision in the vault has
the same shape. Original text is kept exactly as received: no trimming, no normalisation.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

from app.core.errors import InvalidInput
from app.core.records import taxonomy
from app.core.records.occurred import parse_occurred
from app.core.wording import Errors, Number, Text

MAX_TITLE = 300
MAX_SHORT_TEXT = 2_000
MAX_LONG_TEXT = 1_000_000
MAX_TAG = 64
MAX_LIST_ITEMS = 200


@dataclass(frozen=True)
class AccountRef:
    platform: str
    handle: str


@dataclass(frozen=True)
class IncidentDraft:
    type: str
    title: str
    occurred: str | None = None
    platform: str | None = None
    accounts: tuple[AccountRef, ...] = ()
    target: str | None = None
    text: str = ""
    translation: str = ""
    urls: tuple[str, ...] = ()
    location: str = ""
    severity: int | None = None
    tags: tuple[str, ...] = ()
    notes: str = ""
    sensitive: bool = False
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        # Written out rather than dataclasses.asdict, which deep-copies every value: this runs for
        # every saved revision, and a 10,000-message import should not pay for copies.
        return {
            "type": self.type, "title": self.title, "occurred": self.occurred, "platform": self.platform,
            "accounts": [{"platform": a.platform, "handle": a.handle} for a in self.accounts],
            "target": self.target, "text": self.text, "translation": self.translation, "urls": list(self.urls),
            "location": self.location, "severity": self.severity, "tags": list(self.tags), "notes": self.notes,
            "sensitive": self.sensitive, "details": dict(self.details),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> IncidentDraft:
        values = dict(data)
        values["accounts"] = tuple(AccountRef(**a) for a in data.get("accounts", ()))
        values["urls"] = tuple(data.get("urls", ()))
        values["tags"] = tuple(data.get("tags", ()))
        return cls(**values)


def _limited(value: str, limit: int, too_long: Text) -> str:
    """`value`, or InvalidInput with `too_long`: one whole sentence per field, with {length} and {limit}."""
    if len(value) > limit:
        raise InvalidInput(too_long.format(length=Number(len(value)), limit=Number(limit)))
    return value


def normalize_tag(untrusted_tag: str) -> str:
    tag = " ".join(unicodedata.normalize("NFC", untrusted_tag).split())
    if not tag:
        raise InvalidInput(Errors.tr("A tag cannot be empty."))
    return _limited(tag, MAX_TAG, Errors.tr("The tag is too long ({length} characters; at most {limit})."))


def normalize_handle(untrusted_handle: str) -> str:
    handle = unicodedata.normalize("NFC", untrusted_handle).strip()
    if not handle:
        raise InvalidInput(Errors.tr("An account handle cannot be empty."))
    return _limited(handle, MAX_SHORT_TEXT,
                    Errors.tr("The account handle is too long ({length} characters; at most {limit})."))


def _unique(items: tuple[str, ...]) -> tuple[str, ...]:
    if len(items) > MAX_LIST_ITEMS:
        raise InvalidInput(Errors.tr("Too many entries in one list ({count}; at most {limit}).").format(
            count=len(items), limit=MAX_LIST_ITEMS))
    return tuple(dict.fromkeys(items))


def _detail_value(spec: taxonomy.Field, value: Any) -> Any:
    if spec.kind == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("yes", "true", "1", "y"):
            return True
        if text in ("no", "false", "0", "n"):
            return False
        raise InvalidInput(Errors.tr("'{key}' takes yes or no, not '{value}'.").format(key=spec.key, value=value))
    if spec.kind == "int":
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise InvalidInput(Errors.tr("'{key}' takes a whole number, not '{value}'.").format(
                key=spec.key, value=value)) from None
        if number < 0:
            raise InvalidInput(Errors.tr("'{key}' cannot be negative.").format(key=spec.key))
        return number
    text = str(value)
    if spec.kind == "date":
        return parse_occurred(text).text
    if spec.kind == "choice":
        choice = text.strip().lower()
        if choice not in spec.choices:
            raise InvalidInput(Errors.tr("'{key}' takes one of: {choices} (not '{value}').").format(
                key=spec.key, choices=", ".join(spec.choices), value=text))
        return choice
    limit = MAX_LONG_TEXT if spec.kind == "longtext" else MAX_SHORT_TEXT
    too_long = Errors.tr("The field '{field}' is too long ({length} characters; at most {limit}).")
    return _limited(text, limit, too_long.format(field=taxonomy.label_text(spec.label)))


def _details(kind: taxonomy.IncidentType, details: dict[str, Any]) -> dict[str, Any]:
    clean = {}
    for key, value in details.items():
        if value is None or value == "":
            continue
        clean[key] = _detail_value(kind.field(key), value)
    return dict(sorted(clean.items()))


# Made once, not per draft: an import validates tens of thousands of them.
_TOO_LONG = {
    "title": Errors.tr("The title is too long ({length} characters; at most {limit})."),
    "url": Errors.tr("The URL is too long ({length} characters; at most {limit})."),
    "text": Errors.tr("The original text is too long ({length} characters; at most {limit})."),
    "translation": Errors.tr("The translation is too long ({length} characters; at most {limit})."),
    "location": Errors.tr("The location is too long ({length} characters; at most {limit})."),
    "notes": Errors.tr("The notes are too long ({length} characters; at most {limit})."),
}


def validate(draft: IncidentDraft) -> IncidentDraft:
    """Return the draft in normal form, or raise InvalidInput naming the first problem."""
    kind = taxonomy.incident_type(draft.type)
    title = " ".join(draft.title.split())
    if not title:
        raise InvalidInput(Errors.tr("An incident needs a title (a few words are enough)."))
    if draft.severity is not None and not 1 <= draft.severity <= 5:
        raise InvalidInput(Errors.tr("Severity goes from 1 to 5, not {value}.").format(value=draft.severity))
    platform = taxonomy.platform_id(draft.platform) if draft.platform else None
    accounts = tuple(
        dict.fromkeys(
            AccountRef(taxonomy.platform_id(a.platform or platform or "other"), normalize_handle(a.handle))
            for a in draft.accounts
        )
    )
    urls = _unique(tuple(_limited(u.strip(), MAX_SHORT_TEXT, _TOO_LONG["url"]) for u in draft.urls if u.strip()))
    return replace(
        draft,
        title=_limited(title, MAX_TITLE, _TOO_LONG["title"]),
        occurred=parse_occurred(draft.occurred).text if draft.occurred and draft.occurred.strip() else None,
        platform=platform,
        accounts=_unique(accounts),  # type: ignore[arg-type]
        target=taxonomy.target_id(draft.target) if draft.target else None,
        text=_limited(draft.text, MAX_LONG_TEXT, _TOO_LONG["text"]),
        translation=_limited(draft.translation, MAX_LONG_TEXT, _TOO_LONG["translation"]),
        urls=urls,
        location=_limited(draft.location, MAX_SHORT_TEXT, _TOO_LONG["location"]),
        tags=_unique(tuple(normalize_tag(t) for t in draft.tags)),
        notes=_limited(draft.notes, MAX_LONG_TEXT, _TOO_LONG["notes"]),
        sensitive=bool(draft.sensitive or kind.always_sensitive),
        details=_details(kind, draft.details),
    )

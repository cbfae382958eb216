"""The vault's schema, as numbered migrations applied in order (PRAGMA user_version)."""

from __future__ import annotations

from app.core.errors import VaultCorrupt
from app.core.storage.database import Connection
from app.core.wording import Errors

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    handle TEXT NOT NULL,
    handle_key TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (platform, handle_key)
);

-- The current state of each incident, for listing and filtering; every saved state is in revisions.
-- seq is the stable integer key the full-text index points at (a plain rowid may change on VACUUM).
CREATE TABLE incidents (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    recorded_at TEXT NOT NULL,
    revision INTEGER NOT NULL,
    type TEXT NOT NULL,
    title TEXT NOT NULL,
    occurred TEXT,
    occurred_start TEXT,
    occurred_end TEXT,
    sort_time TEXT NOT NULL,
    platform TEXT,
    severity INTEGER,
    sensitive INTEGER NOT NULL,
    data TEXT NOT NULL,
    deleted_at TEXT,
    delete_reason TEXT,
    purged_at TEXT
);
-- Partial indexes over live incidents: the list's query is then index-only (seq is the rowid, in
-- every index), instead of reading each row with its JSON to test deleted_at (0.48 s -> 0.007 s
-- for 20,000 incidents).
CREATE INDEX incidents_by_time ON incidents (sort_time) WHERE deleted_at IS NULL;
CREATE INDEX incidents_by_type ON incidents (type, sort_time) WHERE deleted_at IS NULL;
CREATE INDEX incidents_by_platform ON incidents (platform, sort_time) WHERE deleted_at IS NULL;
CREATE INDEX incidents_by_title ON incidents (title COLLATE NOCASE) WHERE deleted_at IS NULL;

CREATE TABLE revisions (
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    revision INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    data TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (incident_id, revision)
);

CREATE TABLE incident_accounts (
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    PRIMARY KEY (incident_id, account_id)
) WITHOUT ROWID;
CREATE INDEX incident_accounts_by_account ON incident_accounts (account_id);

CREATE TABLE incident_tags (
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    tag TEXT NOT NULL,
    PRIMARY KEY (incident_id, tag)
) WITHOUT ROWID;
CREATE INDEX incident_tags_by_tag ON incident_tags (tag);

-- Evidence bytes, stored once per distinct content. sha256 is NULL only inside the transaction
-- that streams the bytes in (the hash is known at the end).
CREATE TABLE blobs (
    id INTEGER PRIMARY KEY,
    sha256 TEXT UNIQUE,
    size INTEGER NOT NULL,
    media_type TEXT NOT NULL,
    stored_at TEXT NOT NULL,
    image_meta TEXT,
    thumbnail BLOB
);
CREATE TABLE blob_chunks (
    blob_id INTEGER NOT NULL REFERENCES blobs (id),
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (blob_id, seq)
);

CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    blob_id INTEGER NOT NULL REFERENCES blobs (id),
    filename TEXT NOT NULL,
    display_name TEXT NOT NULL,
    source TEXT NOT NULL,
    attached_at TEXT NOT NULL,
    UNIQUE (incident_id, blob_id)
);
CREATE INDEX evidence_by_blob ON evidence (blob_id);

CREATE TABLE custody_log (
    seq INTEGER PRIMARY KEY,
    utc_time TEXT NOT NULL,
    action TEXT NOT NULL,
    object_id TEXT NOT NULL,
    object_sha256 TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER custody_log_no_update BEFORE UPDATE ON custody_log
BEGIN SELECT RAISE(ABORT, 'The custody log is append-only.'); END;
CREATE TRIGGER custody_log_no_delete BEFORE DELETE ON custody_log
BEGIN SELECT RAISE(ABORT, 'The custody log is append-only.'); END;

-- Folded text (see textfold.py) so 'tehdid' meets 'təhdid'; rowid = incidents.seq.
CREATE VIRTUAL TABLE search_index USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
"""

# Issue 6: the perpetrator registry, campaigns, and perceptual hashes of pictures.
_V2 = """
-- What the user knows about an account beyond its handle.
ALTER TABLE accounts ADD COLUMN display_name TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN profile_url TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN notes TEXT NOT NULL DEFAULT '';
-- Set when the user merged this account into another (one actor behind both): its incident links
-- then belong to that survivor, and its handle still leads there. Always a survivor, never a chain.
ALTER TABLE accounts ADD COLUMN merged_into INTEGER REFERENCES accounts (id);
CREATE INDEX accounts_by_handle_key ON accounts (handle_key);
CREATE INDEX accounts_by_survivor ON accounts (merged_into) WHERE merged_into IS NOT NULL;

CREATE TABLE account_aliases (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    alias TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    PRIMARY KEY (account_id, alias_key)
) WITHOUT ROWID;
CREATE INDEX account_aliases_by_key ON account_aliases (alias_key);

-- The history of merges, never rewritten: which account went into which, when, how many links moved.
CREATE TABLE account_merges (
    seq INTEGER PRIMARY KEY,
    merged_at TEXT NOT NULL,
    survivor_id INTEGER NOT NULL REFERENCES accounts (id),
    merged_id INTEGER NOT NULL REFERENCES accounts (id),
    links_moved INTEGER NOT NULL
);
CREATE TRIGGER account_merges_no_update BEFORE UPDATE ON account_merges
BEGIN SELECT RAISE(ABORT, 'The merge history is append-only.'); END;
CREATE TRIGGER account_merges_no_delete BEFORE DELETE ON account_merges
BEGIN SELECT RAISE(ABORT, 'The merge history is append-only.'); END;

-- origin: 'manual' (made from a selection) or 'detected' (an accepted suggestion). A campaign's
-- period is that of its incidents, computed when read, so it cannot disagree with them.
CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    origin TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE campaign_incidents (
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    PRIMARY KEY (campaign_id, incident_id)
) WITHOUT ROWID;
CREATE INDEX campaign_incidents_by_incident ON campaign_incidents (incident_id);

-- The open suggestions of the last detection (replaced by the next one). member_key is the
-- SHA-256 of the sorted member ids; a dismissal remembers only that key, so the same set of
-- messages is not suggested again, while a set that gained or lost a message is.
CREATE TABLE campaign_suggestions (
    id INTEGER PRIMARY KEY,
    detected_at TEXT NOT NULL,
    member_key TEXT NOT NULL,
    representative_id TEXT NOT NULL REFERENCES incidents (id),
    reasons TEXT NOT NULL,
    campaign_id INTEGER REFERENCES campaigns (id) ON DELETE SET NULL
);
CREATE TABLE campaign_suggestion_incidents (
    suggestion_id INTEGER NOT NULL REFERENCES campaign_suggestions (id) ON DELETE CASCADE,
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    PRIMARY KEY (suggestion_id, incident_id)
) WITHOUT ROWID;
CREATE TABLE campaign_dismissals (
    member_key TEXT PRIMARY KEY,
    dismissed_at TEXT NOT NULL
) WITHOUT ROWID;

-- Purge removes every link of an incident (docs/vault-format.md), campaign links included; a
-- suggestion holding it is dropped whole, as it no longer describes what is in the vault.
CREATE TRIGGER purge_removes_campaign_links AFTER UPDATE OF purged_at ON incidents
WHEN NEW.purged_at IS NOT NULL
BEGIN
    DELETE FROM campaign_incidents WHERE incident_id = NEW.id;
    DELETE FROM campaign_suggestions
        WHERE id IN (SELECT suggestion_id FROM campaign_suggestion_incidents WHERE incident_id = NEW.id);
END;

-- Statistics over 100,000 incidents read this index alone instead of every row with its JSON
-- (6.4 s -> 1.4 s). deleted_at is always NULL in it: listed only so SQLite sees the index as covering.
CREATE INDEX incidents_for_stats ON incidents (sort_time, type, platform, severity, id, deleted_at)
    WHERE deleted_at IS NULL;

-- The 64-bit perceptual hash of an image's thumbnail (perceptual_hash.py), as a signed integer;
-- NULL until computed. It goes with the blob when the blob is purged.
ALTER TABLE blobs ADD COLUMN phash INTEGER;
"""

# Image facts and thumbnails are made after the attach commits (thumbnails.py): this marks the
# images still waiting. Blobs from before were made at attach time, hence the default. And an
# index for the accounts registry.
_V3 = """
ALTER TABLE blobs ADD COLUMN derive_pending INTEGER NOT NULL DEFAULT 0;
CREATE INDEX blobs_derive_pending ON blobs (id) WHERE derive_pending = 1;

-- The accounts registry counts each account's live incidents and their first and last times; from
-- this index alone instead of each incident's row with its JSON (30,000 links: 1.55 s -> 0.06 s).
CREATE INDEX incidents_for_accounts ON incidents (id, deleted_at, sort_time, occurred_end);
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3)
LATEST_VERSION = len(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: Connection) -> None:
    """Bring the vault to the latest schema, one transaction per step so a crash leaves a valid version."""
    version = schema_version(conn)
    if version > LATEST_VERSION:
        raise VaultCorrupt(Errors.tr("This vault was made by a newer version of Threatlog; update the app to open it."))
    for number in range(version + 1, LATEST_VERSION + 1):
        _apply(conn, number, MIGRATIONS[number - 1])


def _apply(conn: Connection, number: int, script: str) -> None:
    # executescript would commit an open transaction first, so the script carries its own
    # BEGIN/COMMIT, with the version bump inside: the step lands whole or not at all.
    try:
        conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise

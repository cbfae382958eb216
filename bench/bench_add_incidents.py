"""Adding 10,000 incidents through the core vs raw executemany of the same rows.

Both vaults are made the same way (same PRAGMAs, same encryption). The baseline inserts exactly the
rows the core wrote — incidents, revisions, tags, accounts and their links, search index, custody
log — read back from the core's vault before its timer starts, and times only executemany + COMMIT.
The core side goes through incidents.create_many, the path imports use: validation, canonical
JSON, hashing, text folding and the custody chain are all inside its timer.
"""

import random
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import make_vault, raw_insert_seconds, report, timed  # noqa: E402

from app.core.records import incidents, taxonomy  # noqa: E402
from app.core.records.drafts import AccountRef, IncidentDraft  # noqa: E402

COUNT = 10_000
TARGET_RATIO = 3.0
# What the baseline inserts: per incident one row in each of these tables, with the core's values.
COPIED = (
    ("incidents", "SELECT * FROM incidents"),
    ("revisions", "SELECT * FROM revisions"),
    ("search_index (rowid, body)", "SELECT rowid, body FROM search_index"),
    ("custody_log", "SELECT * FROM custody_log WHERE action = 'create'"),
    ("incident_tags", "SELECT * FROM incident_tags"),
    ("accounts", "SELECT * FROM accounts"),
    ("incident_accounts", "SELECT * FROM incident_accounts"),
)
ONE_PER_INCIDENT = ("incidents", "revisions", "search_index (rowid, body)", "custody_log")

TITLES = (
    "Hədə mesajı aldım", "Угроза в личных сообщениях", "Death threat in DMs", "Ailəmə təzyiq",
    "Фейковый аккаунт от моего имени", "Smear article about my reporting", "Çağırış vərəqəsi",
    "Взлом почты", "Doxxing of my home address", "Təhqiramiz şərhlər", "Слежка у дома",
)
WORDS = (
    "jurnalist", "təhdid", "hədə", "ailə", "polis", "məqalə", "şərh", "mesaj", "qardaşım", "İsmayıl",
    "журналист", "угроза", "семья", "полиция", "статья", "комментарий", "сообщение", "предатель",
    "threat", "family", "police", "article", "comment", "message", "traitor", "address", "report",
)
TAGS = ("telegram-bots", "election", "court-case", "səfir", "Баку", "coordinated", "family", "urgent")
HANDLES = [f"@troll_{n}" for n in range(300)] + [f"@фейк_{n}" for n in range(100)]
PLATFORMS = [pid for pid, _ in taxonomy.PLATFORMS]
DETAILS = {
    "threat": {"explicitness": "explicit", "mentions_family": True, "threat_wording": "Səni tapacağıq."},
    "harassment": {"insult_kind": "traitor", "message_count": 40},
    "smear_media": {"outlet": "Real TV", "headline": "Xain jurnalist", "publication_date": "2025-02-11"},
    "state_summons": {"agency": "DTX", "place": "Bakı"},
}
FIRST_DAY = date(2024, 7, 1)  # 18 months: 2024-07 .. 2025-12


def occurred(rng: random.Random) -> str:
    day = FIRST_DAY + timedelta(days=rng.randrange(548))
    return rng.choice((
        day.isoformat(),
        day.isoformat()[:7],
        f"{day.isoformat()} {rng.randrange(24):02d}:{rng.randrange(60):02d} +04:00",
        f"{day.isoformat()}/{(day + timedelta(days=rng.randrange(1, 10))).isoformat()}",
    ))


def make_drafts(count: int) -> list[IncidentDraft]:
    rng = random.Random(20260509)
    drafts = []
    for n in range(count):
        platform = rng.choice(PLATFORMS)
        kind = rng.choice(taxonomy.TYPES).id
        drafts.append(IncidentDraft(
            type=kind,
            title=f"{rng.choice(TITLES)} #{n}",
            occurred=occurred(rng),
            platform=platform,
            accounts=tuple(AccountRef(platform, h) for h in rng.sample(HANDLES, rng.randint(0, 2))),
            text=" ".join(rng.choices(WORDS, k=rng.randint(10, 120))),
            translation=" ".join(rng.choices(WORDS, k=rng.randint(0, 40))),
            severity=rng.choice((None, 1, 2, 3, 4, 5)),
            tags=tuple(rng.sample(TAGS, rng.randint(1, 3))),
            notes=rng.choice(("", "Saxladım, ekran görüntüsü var.", "Сохранила скриншоты.")),
            details=DETAILS.get(kind, {}),
        ))
    return drafts


def main() -> int:
    drafts = make_drafts(COUNT)
    with tempfile.TemporaryDirectory(prefix="bench-incidents-") as tmp:
        core_vault = make_vault(Path(tmp) / "core")
        raw_vault = make_vault(Path(tmp) / "raw")

        def add_through_core() -> None:
            with core_vault.transaction() as conn:
                incidents.create_many(conn, drafts)

        core_seconds = timed(add_through_core)

        # The baseline's rows: what the core wrote, read back outside any timing.
        counts = {t: core_vault.connection().execute(f"SELECT count(*) FROM ({select})").fetchone()[0]
                  for t, select in COPIED}
        assert all(counts[t] == COUNT for t in ONE_PER_INCIDENT), counts
        raw_seconds = raw_insert_seconds(core_vault, raw_vault, COPIED)
        core_vault.close()
        raw_vault.close()

    print(f"{COUNT:,} incidents, one transaction each side")
    print(f"core (incidents.create_many): {core_seconds:7.3f} s")
    print(f"baseline (raw executemany):   {raw_seconds:7.3f} s")
    return report("ratio core/baseline", core_seconds / raw_seconds, TARGET_RATIO)


if __name__ == "__main__":
    sys.exit(main())

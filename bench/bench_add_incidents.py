"""Adding 10,000 incidents through the core vs raw executemany of the same rows.

Both vaults are made the same way (same PRAGMAs, same encryption). The baseline inserts, for each
incident, the rows the core wrote to incidents, revisions, search_index and custody_log (read
back from the core's vault before its timer starts), and times only executemany + COMMIT.
"""

import random
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import make_vault, report, timed  # noqa: E402

from app.core import incidents, taxonomy  # noqa: E402
from app.core.drafts import AccountRef, IncidentDraft  # noqa: E402

COUNT = 10_000
TARGET_RATIO = 3.0
# What the baseline copies: per incident one row in each table, with the core's exact values.
COPIED = {
    "incidents": ("SELECT * FROM incidents", "INSERT INTO incidents VALUES ({marks})"),
    "revisions": ("SELECT * FROM revisions", "INSERT INTO revisions VALUES ({marks})"),
    "search_index": ("SELECT rowid, body FROM search_index", "INSERT INTO search_index (rowid, body) VALUES ({marks})"),
    "custody_log": ("SELECT * FROM custody_log WHERE action = 'create'", "INSERT INTO custody_log VALUES ({marks})"),
}

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
        drafts.append(IncidentDraft(
            type=rng.choice(taxonomy.TYPES).id,
            title=f"{rng.choice(TITLES)} #{n}",
            occurred=occurred(rng),
            platform=platform,
            accounts=tuple(AccountRef(platform, h) for h in rng.sample(HANDLES, rng.randint(0, 2))),
            text=" ".join(rng.choices(WORDS, k=rng.randint(10, 120))),
            translation=" ".join(rng.choices(WORDS, k=rng.randint(0, 40))),
            severity=rng.choice((None, 1, 2, 3, 4, 5)),
            tags=tuple(rng.sample(TAGS, rng.randint(1, 3))),
            notes=rng.choice(("", "Saxladım, ekran görüntüsü var.", "Сохранила скриншоты.")),
        ))
    return drafts


def main() -> int:
    drafts = make_drafts(COUNT)
    with tempfile.TemporaryDirectory(prefix="bench-incidents-") as tmp:
        core_vault = make_vault(Path(tmp) / "core")
        raw_vault = make_vault(Path(tmp) / "raw")

        def add_through_core() -> None:
            with core_vault.transaction() as conn:
                for draft in drafts:
                    incidents.create(conn, draft)

        core_seconds = timed(add_through_core)

        # The baseline's rows: what the core wrote, computed and read back outside any timing.
        source = core_vault.connection()
        rows = {table: source.execute(select).fetchall() for table, (select, _) in COPIED.items()}
        assert all(len(r) == COUNT for r in rows.values()), {t: len(r) for t, r in rows.items()}
        raw = raw_vault.connection()

        def insert_raw() -> None:
            raw.execute("BEGIN IMMEDIATE")
            for table, (_, insert) in COPIED.items():
                raw.executemany(insert.format(marks=", ".join("?" * len(rows[table][0]))), rows[table])
            raw.execute("COMMIT")

        raw_seconds = timed(insert_raw)
        core_vault.close()
        raw_vault.close()

    print(f"{COUNT:,} incidents, one transaction each side")
    print(f"core (incidents.create):      {core_seconds:7.3f} s")
    print(f"baseline (raw executemany):   {raw_seconds:7.3f} s")
    return report("ratio core/baseline", core_seconds / raw_seconds, TARGET_RATIO)


if __name__ == "__main__":
    sys.exit(main())

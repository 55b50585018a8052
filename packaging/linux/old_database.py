"""Writes the database an earlier omnibus left behind (schema revision 0001), for the bundle's upgrade check.

    .venv/bin/python packaging/linux/old_database.py OUT.db

One Kenyan assessment of the workshop questionnaire with three answers, stored as revision 0001 stored them (the
same rows as tests/model/test_migrations.py). The bundle must back it up, migrate it and show the answers.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from omnibus.model.catalogue import Catalogue
from omnibus.model.store import migrate

T = "2024-03-01T10:00:00.000000+00:00"


def write(path: Path) -> None:
    q = Catalogue.bundled().find("workshop-demo")
    assert q is not None, "the workshop questionnaire is bundled"
    migrate.upgrade(lambda: sqlite3.connect(path, isolation_level=None), "0001")
    raw = sqlite3.connect(path)
    raw.execute("INSERT INTO profile VALUES (1, 'KEN', 'Ministry of Justice', 'Ann', 'ann@example.org', ?)", (T,))
    raw.execute("INSERT INTO editions VALUES (?, ?, ?, ?)", (q.content_hash, q.id, q.version, T))
    for n, f in enumerate(q.files):
        raw.execute("INSERT INTO edition_files VALUES (?, ?, ?, ?)", (q.content_hash, n, f.name, f.content))
    raw.execute(
        "INSERT INTO assessments VALUES ('old0001', ?, ?, ?, 'KEN', 'Ministry of Justice', 'Ann', '2022', 'draft', 0,"
        " ?, ?, NULL)",
        (q.id, q.version, q.content_hash, T, T),
    )
    for item_id, value in (("wd_institutions_exist", '"yes"'), ("wd_officials_trained", "42")):
        raw.execute(
            "INSERT INTO answers VALUES ('old0001', ?, ?, '', 'ann', 'Ministry of Justice', ?, 'en', 'entered')",
            (item_id, value, T),
        )
    raw.execute(
        "INSERT INTO audit_log (at, user, assessment_id, item_id, action) VALUES (?, 'ann', 'old0001', NULL, 'create')",
        (T,),
    )
    raw.commit()
    raw.close()


if __name__ == "__main__":
    write(Path(sys.argv[1]))

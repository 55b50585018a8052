"""Opening an up-to-date database and working in it imports neither SQLAlchemy nor Alembic: they are for creating
and upgrading the schema only, and importing them took a fifth of a second at every start."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from omnibus.model.store import Store
from tests.support.every_table import write_every_table

MIGRATION_ONLY = ("sqlalchemy", "alembic", "omnibus.model.store.tables")
_PRINT = "print(' '.join(sorted(sys.modules)))"

_WORK = """
import sys
from datetime import UTC, datetime
from omnibus.model.records import Answer
from omnibus.model.store import Store, queries

store = Store.open(sys.argv[1])
with store.read() as tx:
    listed = queries.assessments(tx)
    assessment_id = listed[0].id
    queries.assessment(tx, assessment_id)
    queries.load_answers(tx, assessment_id)
    queries.load_drafts(tx, assessment_id)
now = datetime.now(UTC)
with store.write() as tx:
    queries.put_answer(tx, assessment_id, Answer("cases", 12, answered_by="ann", answered_at=now))
    queries.audit(tx, now, "ann", "answer", assessment_id, "cases", None, 12)
    queries.touch(tx, assessment_id, now)
with store.read() as tx:
    assert queries.load_answers(tx, assessment_id)["cases"].value == 12
store.close()
print(" ".join(sorted(sys.modules)))
"""


def _modules_loaded(database: Path) -> set[str]:
    run = subprocess.run([sys.executable, "-c", _WORK, str(database)], capture_output=True, text=True, check=True)
    return set(run.stdout.split())


def test_working_in_an_up_to_date_database_imports_no_migration_library(tmp_path: Path) -> None:
    database = tmp_path / "omnibus.db"
    with Store.open(database) as store, store.write() as tx:
        write_every_table(tx)
    loaded = _modules_loaded(database)
    assert "omnibus.model.store.queries" in loaded
    assert loaded & set(MIGRATION_ONLY) == set()


def test_a_database_to_create_imports_them_to_migrate(tmp_path: Path) -> None:
    """What the test above would see if the store imported them: a new file is created by the migrations."""
    database = tmp_path / "omnibus.db"
    script = f"import sys; from omnibus.model.store import Store; Store.open(sys.argv[1]).close(); {_PRINT}"
    run = subprocess.run([sys.executable, "-c", script, str(database)], capture_output=True, text=True, check=True)
    assert {"sqlalchemy", "alembic"} <= set(run.stdout.split())
    with Store.open(database) as store, store.read() as tx:
        assert tx.execute("SELECT version_num FROM alembic_version").fetchone() is not None

"""The lists of packages: those counted and, apart, the drafts that do not count; one row per package with its
State, questionnaire, cycle, status, creation and signer.
"""

from __future__ import annotations

from collections.abc import Sequence

from omnibus.secretariat.analysis import Table
from omnibus.secretariat.collect import PackageFacts
from omnibus.secretariat.naming import table_title
from omnibus.secretariat.reference import state


def packages_table(name: str, facts: Sequence[PackageFacts], lang: str) -> Table:
    rows = tuple(
        (
            f.package_id,
            f.country,
            state(f.country, lang).name,
            state(f.country, lang).region,
            f.questionnaire,
            f.version,
            f.cycle,
            f.status,
            f.created,
            f.signer,
        )
        for f in facts
    )
    columns = ("package", "iso3", "state", "region", "questionnaire", "version", "cycle", "status", "created", "signer")
    return Table(name, table_title(name, lang), columns, rows)

"""The one computation every output reads: `analyse` collects the current packages of a database once, and
`compute` assembles every table of the `Analysis` from those facts, with the summary sentences.

Counted packages are the final ones (drafts too when asked); the other drafts are listed apart and count nowhere.
Each kind of table is made by a module of its own, which says how it counts: the response rates and the States
that sent nothing (`rates`), the needs (`needs`), who asked for what (`who_asked`), the gap picture (`gaps`), the
lists of packages (`package_lists`) and the tables of responses (`responses`); the sentences are read off the
finished tables (`headline`).

The Secretariat publishes its figures per reporting cycle. `cycles` chooses the cycles whose packages are counted,
in every table, rates included, so that each figure of one analysis describes the same packages; with no choice
every cycle counts, and the analysis names the cycles it counted and says that a State answering in several is
counted in each.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date

from sqlalchemy.orm import Session

from omnibus.secretariat.analysis import Analysis
from omnibus.secretariat.collect import Collected, check_cycles, collect
from omnibus.secretariat.gaps import gaps_tables
from omnibus.secretariat.headline import headline
from omnibus.secretariat.labels import words
from omnibus.secretariat.need_labels import Labels
from omnibus.secretariat.needs import needs_tables, reporting_assistance
from omnibus.secretariat.package_lists import packages_table
from omnibus.secretariat.parties import Parties
from omnibus.secretariat.rates import non_responding, rates_by_instrument, rates_by_questionnaire, rates_by_region
from omnibus.secretariat.reference import State, un_member_states
from omnibus.secretariat.responses import responses_tables
from omnibus.secretariat.who_asked import who_asked


def compute(
    collected: Collected,
    parties: Parties,
    scope_name: str,
    lang: str,
    include_training: bool,
    *,
    cycle_dates: Mapping[str, date] | None = None,
    include_drafts: bool = False,
    cycles: Collection[str] | None = None,
) -> Analysis:
    """Every table of the analysis from the collected facts. Final packages count (drafts too when asked); the
    drafts that do not count are listed apart. A State that sent a draft, or a package held for its key, sent
    something: it is not listed among those that sent nothing. `cycles` names the cycles chosen (None: the
    cycles of the packages counted)."""
    facts = tuple(f for f in collected.packages if f.final or include_drafts)
    drafts = tuple(f for f in collected.packages if not (f.final or include_drafts))
    dates = cycle_dates or {}
    labels = Labels(collected.questionnaires, lang)
    tables = [
        rates_by_instrument(facts, parties, dates, collected.questionnaires, lang),
        rates_by_questionnaire(facts, parties, dates, collected.questionnaires, lang),
        rates_by_region(facts, parties, dates, lang),
        non_responding({f.country for f in collected.packages} | collected.pending_states, parties, lang),
        reporting_assistance(facts, lang),
        *needs_tables(facts, labels, lang),
        *who_asked(facts, labels, lang),
        *gaps_tables(facts, labels, lang),
        packages_table("packages", facts, lang),
        packages_table("drafts", drafts, lang),
        *responses_tables(facts, collected.questionnaires, lang),
    ]
    by_name = {t.name: t for t in tables}
    responding = len({f.country for f in facts})
    counted_cycles = tuple(sorted(set(cycles) if cycles is not None else {f.cycle for f in facts}))
    sentences = headline(by_name, scope_name, len(facts), responding, len(drafts), lang, cycles=counted_cycles)
    return Analysis(
        scope=scope_name,
        states_in_scope=len(parties.states()),
        lang=lang,
        include_training=include_training,
        packages_counted=len(facts),
        states_responding=responding,
        pending=collected.pending,
        needs_total=sum(len(f.needs) for f in facts),
        headline=sentences,
        tables=tuple(tables),
        drafts_listed=len(drafts),
        include_drafts=include_drafts,
        cycles=counted_cycles,
    )


def analyse(
    session: Session,
    *,
    states: Sequence[State] | Parties | None = None,
    scope_name: str | None = None,
    lang: str = "en",
    include_training: bool = False,
    include_drafts: bool = False,
    cycle_dates: Mapping[str, date] | None = None,
    cycles: Collection[str] | None = None,
) -> Analysis:
    """Analyse the current packages of a database; response rates against `states`: a States-parties table, a list
    of States (parties to every instrument at every date) or, when None, the UN Member States.

    `scope_name` names those States in the summary sentences (UN Member States in `lang` when None). `cycles`
    counts only those reporting cycles' packages (every cycle when None); a cycle with no current package is
    refused (`CycleError`)."""
    if isinstance(states, Parties):
        parties = states
    else:
        parties = Parties.everyone(tuple(states) if states is not None else un_member_states(lang))
    if cycles is not None:
        check_cycles(session, cycles, include_training=include_training)
    collected = collect(session, include_training=include_training, cycles=cycles)
    name = scope_name if scope_name is not None else words(lang)["scope.members"]
    return compute(
        collected,
        parties,
        name,
        lang,
        include_training,
        cycle_dates=cycle_dates,
        include_drafts=include_drafts,
        cycles=cycles,
    )

"""Assessment commands: new, list, answer, answers, status, carry-forward, compare (see docs/cli.md).

Each command opens the database (the user's own, or `--db PATH`), runs on the same `AssessmentService` as the
desktop application, and closes it cleanly. Assessment ids may be shortened to any unambiguous prefix.

The core (the store with SQLAlchemy, the service) is imported by the commands that run, not when they are
registered: registering is all that every other command pays for this module.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args

from omnibus.cli import CommandError

if TYPE_CHECKING:
    from omnibus.model.records import Comparison
    from omnibus.model.service import AssessmentService

DUPLICATE_HELP = "start it even if the country has one of this questionnaire and cycle already"


def register(subparsers: Any) -> None:
    def command(name: str, handler: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = subparsers.add_parser(name, help=help, description=help)
        parser.add_argument("--db", type=Path, metavar="PATH", help="use this database file instead of your own")
        parser.set_defaults(handler=handler)
        return parser

    new = command("new", run_new, "start a new assessment and print its id")
    new.add_argument("--questionnaire", required=True, metavar="ID|PATH", help="a bundled questionnaire id or a file")
    new.add_argument("--country", required=True, metavar="ISO3", help="ISO 3166 alpha-3 code, e.g. KEN")
    new.add_argument("--cycle", default="", metavar="YEAR", help="reporting cycle: a year (2026) or years (2026-2027)")
    new.add_argument("--institution", metavar="TEXT")
    new.add_argument("--focal-point", metavar="TEXT")
    new.add_argument("--training", action="store_true", help="a training assessment, never to be submitted")
    new.add_argument("--allow-duplicate", action="store_true", help=DUPLICATE_HELP)

    listing = command("list", run_list, "list the assessments in the database (archived ones with --all)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--all", action="store_true", help="archived assessments too")

    answer = command("answer", run_answer, "store answers from a file (all of them, or none if any is refused)")
    answer.add_argument("assessment", metavar="ASSESSMENT")
    answer.add_argument("--file", required=True, type=Path, metavar="ANSWERS.yaml|.json", help="item id → value")

    status = command("status", run_status, "progress and issues of an assessment")
    status.add_argument("assessment", metavar="ASSESSMENT")
    status.add_argument("--json", action="store_true", help="print the status document (see docs/cli.md)")
    status.add_argument("--lang", default="en", help="language of the questionnaire's messages")

    answers = command("answers", run_answers, "print every stored answer, in the shape `answer` reads")
    answers.add_argument("assessment", metavar="ASSESSMENT")
    answers.add_argument("--json", action="store_true", help="print JSON (default: YAML)")

    carry = command("carry-forward", run_carry_forward, "start the next reporting cycle from an assessment")
    carry.add_argument("assessment", metavar="ASSESSMENT")
    carry.add_argument("--cycle", metavar="LABEL", help="the new cycle (default: the next one the country lacks)")
    carry.add_argument("--allow-duplicate", action="store_true", help=DUPLICATE_HELP)

    compare = command(
        "compare", run_compare, "compare two assessments item by item, from the earlier cycle to the later one"
    )
    compare.add_argument("first", metavar="ASSESSMENT_A")
    compare.add_argument("second", metavar="ASSESSMENT_B")
    compare.add_argument("--json", action="store_true", help="print JSON")


def _user() -> str:
    try:
        return os.environ.get("OMNIBUS_USER") or getpass.getuser()
    except Exception:  # getuser raises various errors where no user name is set
        return "unknown"


@contextmanager
def open_service(args: argparse.Namespace) -> Iterator[AssessmentService]:
    """The service on the chosen database, closed cleanly afterwards; errors become CommandError."""
    from omnibus.model.catalogue import Catalogue
    from omnibus.model.questionnaire_error import QuestionnaireError
    from omnibus.model.service import AssessmentService, ServiceError, ValuesRejected
    from omnibus.model.store import StorageError, Store
    from omnibus.model.values import ValueRejected

    try:
        store = Store.open(args.db)
    except StorageError as exc:
        raise CommandError(str(exc)) from None
    if store.read_only:  # read-only media: reading commands work, changes are refused
        print(f"omnibus: {store.path} is on read-only media; it is open for reading only", file=sys.stderr)
    try:
        yield AssessmentService(store, Catalogue.bundled(), _user())
    except ValuesRejected as exc:
        problems = "\n".join(f"  {p.item_id}: {p.message}" for p in exc.problems)
        raise CommandError(f"nothing was saved; {len(exc.problems)} answers refused:\n{problems}") from None
    except (StorageError, ServiceError, ValueRejected, QuestionnaireError) as exc:
        raise CommandError(str(exc)) from None
    finally:
        store.close()


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


# -- commands


def run_new(args: argparse.Namespace) -> int:
    from omnibus.model.checked_cache import load_file
    from omnibus.model.records import Profile

    with open_service(args) as service:
        source = args.questionnaire
        candidate = Path(source)
        questionnaire: Any = source
        if candidate.suffix in (".yaml", ".yml") or candidate.is_file():
            questionnaire = load_file(candidate)  # checked once per edition, as the window does
        if service.profile() is None:
            service.set_profile(Profile(args.country, args.institution or "", args.focal_point or ""))
        with _duplicate_hint():
            summary = service.create_assessment(
                questionnaire,
                cycle=args.cycle,
                training=args.training,
                country=args.country,
                institution=args.institution,
                focal_point=args.focal_point,
                allow_duplicate=args.allow_duplicate,
            )
        print(summary.id)
    return 0


@contextmanager
def _duplicate_hint() -> Iterator[None]:
    """A duplicate is refused with the way to make it anyway."""
    from omnibus.model.service import DuplicateAssessment

    try:
        yield
    except DuplicateAssessment as exc:
        raise CommandError(f"{exc}; open that one, or add --allow-duplicate to start another") from None


def run_list(args: argparse.Namespace) -> int:
    with open_service(args) as service:
        everything = service.list_assessments()
        summaries = [s for s in everything if args.all or s.archived is None]
        hidden = len(everything) - len(summaries)
        if hidden:
            print(f"note: {hidden} archived assessments not shown (--all shows them)", file=sys.stderr)
        if args.json:
            from omnibus.model.status import assessment_json  # the status document's shape, for JSON alone

            _print_json([assessment_json(s) | {"archived": _time(s.archived)} for s in summaries])
            return 0
        for s in summaries:
            flags = (" training" if s.training else "") + (" archived" if s.archived else "")
            print(
                f"{s.id[:8]}  {s.questionnaire_id} {s.questionnaire_version}  {s.country}  "
                f"{s.cycle or '-'}  {s.status}{flags}  updated {s.updated:%Y-%m-%d %H:%M}"
            )
    return 0


def run_answer(args: argparse.Namespace) -> int:
    from omnibus.model.answers_file import AnswersFileError, read_answers_file

    try:
        values = read_answers_file(args.file)
    except AnswersFileError as exc:
        raise CommandError(str(exc)) from None
    with open_service(args) as service:
        assessment_id = service.resolve(args.assessment)
        changes = service.set_answers(assessment_id, values)
        saved = f"{len(changes)} answer saved" if len(changes) == 1 else f"{len(changes)} answers saved"
        print(f"{saved} ({len(values) - len(changes)} unchanged) in {assessment_id[:8]}")
    return 0


def run_answers(args: argparse.Namespace) -> int:
    import yaml

    with open_service(args) as service:
        assessment_id = service.resolve(args.assessment)
        stored = service.answers(assessment_id)
        shown = {k: a.value for k, a in stored.items() if not a.orphan and a.value is not None}
        order = list(service.questionnaire(assessment_id).items)
        shown = {k: shown[k] for k in order if k in shown}
        orphans = [k for k, a in stored.items() if a.orphan]
        if args.json:
            _print_json(shown)
        elif shown:
            sys.stdout.write(yaml.safe_dump(shown, allow_unicode=True, sort_keys=False, width=100))
        if orphans:
            print(f"note: {len(orphans)} orphan answers not shown: {', '.join(orphans)}", file=sys.stderr)
    return 0


def run_status(args: argparse.Namespace) -> int:
    from omnibus.cli.receipt_commands import receipt_json, receipt_line

    with open_service(args) as service:
        assessment_id = service.resolve(args.assessment)
        document = service.status(assessment_id, args.lang)
        receipts = service.receipts(assessment_id)
        if args.json:
            _print_json({**document, "receipt": receipt_json(receipts[0]) if receipts else None})
            return 0
        a, p = document["assessment"], document["progress"]
        print(f"{a['id'][:8]}  {a['questionnaire']['id']} {a['questionnaire']['version']}  {a['country']}  "
              f"cycle {a['cycle'] or '-'}  {a['status']}{'  training' if a['training'] else ''}")  # fmt: skip
        if receipts:
            print(receipt_line(receipts[0]))
        print(
            f"answered {p['answered']} of {p['relevant']} ({p['percent']}%), {p['required_missing']} required missing"
        )
        part = document["part"]  # on an institution's laptop, only the sections of its assignment
        for s in p["sections"]:
            if part is not None and s["section"] not in part:
                continue
            share = f"{s['percent']:>3}%" if s["applies"] else " n/a"  # not "100%": nothing applies yet
            print(f"  {s['section']:<32} {s['answered']:>4}/{s['relevant']:<4} {share}  issues {s['issues']}")
        _print_provenance(document)
        issues = [(item["id"], i) for item in document["items"] for i in item["issues"]]
        issues += [(orphan["id"], i) for orphan in document["orphans"] for i in orphan["issues"]]
        for item_id, issue in issues:
            print(f"{issue['severity']}: {item_id}: {issue['message']}")
    return 0


def _print_provenance(document: dict[str, Any]) -> None:
    """Which institutions' contributions gave answers, and the sections signed off (when there are any)."""
    given: dict[str, int] = {}
    for item in document["items"]:
        origin = item.get("provenance")
        if origin and origin["contribution"]:
            given[origin["institution"]] = given.get(origin["institution"], 0) + 1
    for institution, count in given.items():
        print(f"  answers from {institution}: {count}")
    for signed in document["sign_offs"]:
        who = ", ".join(x for x in (signed["name"], signed["function"], signed["institution"]) if x)
        print(f"  {signed['section']} signed off by {who} on {signed['date']}")


def run_carry_forward(args: argparse.Namespace) -> int:
    with open_service(args) as service:
        source = service.resolve(args.assessment)
        cycle = args.cycle if args.cycle is not None else service.proposed_cycle(source)
        with _duplicate_hint():
            summary = service.carry_forward(source, cycle, allow_duplicate=args.allow_duplicate)
        print(summary.id)
        if args.cycle is None:
            print(f"cycle {summary.cycle}", file=sys.stderr)
    return 0


def run_compare(args: argparse.Namespace) -> int:
    from omnibus.model.records import Trend
    from omnibus.model.status import assessment_json

    with open_service(args) as service:
        comparison = service.compare(service.resolve(args.first), service.resolve(args.second))
        if args.json:
            trends: tuple[Trend, ...] = get_args(Trend)
            _print_json(
                {
                    "earlier": assessment_json(comparison.earlier),
                    "later": assessment_json(comparison.later),
                    "order": comparison.order,
                    "counts": {t: comparison.count(t) for t in trends},
                    "items": [
                        {"id": i.item_id, "trend": i.trend, "before": i.before, "after": i.after}
                        for i in comparison.items
                    ],
                }
            )
            return 0
        print(_comparison_heading(comparison))
        for item in comparison.items:
            print(f"  {item.trend:<15} {item.item_id}: {_short(item.before)} → {_short(item.after)}")
    return 0


def _comparison_heading(comparison: Comparison) -> str:
    """Which assessment is read as the earlier one and which as the later, and why."""
    earlier, later = comparison.earlier, comparison.later
    if comparison.order == "same_cycle":
        return f"both are cycle {earlier.cycle or '-'}; compared in the order given: {earlier.id[:8]} → {later.id[:8]}"
    note = " (the earlier cycle was given second)" if comparison.order == "reordered" else ""
    return f"earlier {earlier.id[:8]} ({earlier.cycle or '-'}) → later {later.id[:8]} ({later.cycle or '-'}){note}"


def _time(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _short(value: Any) -> str:
    text = "-" if value is None else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."

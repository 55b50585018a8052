"""The trainer's commands: the sample assessments, resetting a laptop between groups, the class's results.

`omnibus training samples` makes the fictional State's four sample assessments (see docs/trainer-guide.md);
`omnibus training reset` removes every training assessment (after a backup) and, on a laptop with no real
assessment, the signing key; `omnibus training results FOLDER` reads the trainees' packages and can write the
debriefing PDF.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from omnibus.cli import CommandError
from omnibus.cli.assessment_commands import open_service
from omnibus.cli.document_commands import _confirm


def register(subparsers: Any) -> None:
    group = subparsers.add_parser(
        "training", help="for trainers: sample assessments, reset a laptop, the class's results"
    )
    actions = group.add_subparsers(dest="training_command", metavar="ACTION", required=True)
    samples = actions.add_parser("samples", help="make the fictional State's sample assessments (once)")
    samples.add_argument("--db", type=Path, metavar="PATH", help="use this database file instead of your own")
    samples.add_argument("--lang", default="en", help="language of the samples' texts: en, fr, es, ru, zh or ar")
    samples.set_defaults(handler=run_samples)
    reset = actions.add_parser(
        "reset", help="remove every training assessment (after a backup) and, if no real one is left, the key"
    )
    reset.add_argument("--db", type=Path, metavar="PATH", help="use this database file instead of your own")
    reset.add_argument("--yes", action="store_true", help="do not ask (needed when not run from a terminal)")
    reset.set_defaults(handler=run_reset)
    results = actions.add_parser("results", help="read the trainees' packages in a folder: problems, answers")
    results.add_argument("folder", type=Path, metavar="FOLDER", help="the folder (or USB stick) of packages")
    results.add_argument("--pdf", type=Path, metavar="OUT", help="write the debriefing PDF here")
    results.add_argument("--lang", default="en", help="language: en, fr, es, ru, zh or ar (default en)")
    results.set_defaults(handler=run_results)


def run_samples(args: argparse.Namespace) -> int:
    from omnibus.model.countries import country_name
    from omnibus.model.training_samples import STAGES, make_samples

    with open_service(args) as service:
        made = make_samples(service, args.lang).by_stage
    for stage in STAGES:
        s = made[stage]
        print(f"{s.id[:8]}  {stage:<9} {country_name(s.country, args.lang)}, cycle {s.cycle}, {s.status}, training")
    return 0


def run_reset(args: argparse.Namespace) -> int:
    from omnibus import paths
    from omnibus.cli.package_commands import key_store
    from omnibus.export.training_reset import reset_training

    with open_service(args) as service:
        training = [s for s in service.list_assessments() if s.training]
        _confirm(
            f"Remove the {len(training)} training assessments from {service.store.path} "
            "(after a backup) and, if no real assessment is left, the signing key?",
            args.yes,
        )
        outcome = reset_training(service, key_store(), paths.backups_folder())
    print(f"removed {len(outcome.removed)} training assessments")
    if outcome.backup is not None:
        print(f"a backup of the database made just before is {outcome.backup}")
    if outcome.key_moved_to is not None:
        print(f"the signing key was moved to {outcome.key_moved_to}; the next trainee makes a new one")
    elif outcome.key_kept:
        print(f"the signing key stays: {outcome.real_remaining} real assessments are in this database")
    return 0


def run_results(args: argparse.Namespace) -> int:
    from omnibus.secretariat.class_report import status_word, summary_text, write_class_report
    from omnibus.secretariat.class_results import problem_text, read_class

    if not args.folder.is_dir():
        raise CommandError(f"{args.folder} is not a folder")
    results = read_class(args.folder, args.lang)
    print(summary_text(results))
    for h in results.handed_in:
        status = f" ({status_word(h.status, args.lang)})" if h.status else ""
        print(f"{h.who}{status}: {h.path.name}")
        for problem in h.problems:
            print(f"  - {problem_text(problem, h.questionnaire, args.lang)}")
    if args.pdf is not None:
        written = write_class_report(results, args.pdf)
        print(f"wrote {written}")
    return 0 if results.handed_in else 1

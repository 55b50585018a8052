"""Working together: assign, assignment open, contribute, contributions import, conflicts, signoff, institutions,
remind (see docs/collaboration.md).

The focal point assigns parts of an assessment and imports what comes back; an institution opens its assignment
and writes contribution files. Every file is signed with this installation's key (as `omnibus export`) and read
strictly; every change goes through the same service as the window.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from omnibus.cli import CommandError
from omnibus.cli.assessment_commands import open_service

if TYPE_CHECKING:
    from omnibus.export.keys import Signer
    from omnibus.model.collaboration import Assignment, Resolution
    from omnibus.model.service import AssessmentService


def register(subparsers: Any) -> None:
    def command(
        parent: Any, name: str, handler: Callable[[argparse.Namespace], int], help: str
    ) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = parent.add_parser(name, help=help, description=help)
        parser.add_argument("--db", type=Path, metavar="PATH", help="use this database file instead of your own")
        parser.set_defaults(handler=handler)
        return parser

    assign = command(subparsers, "assign", run_assign, "give sections or items to an institution: an assignment file")
    assign.add_argument("assessment", metavar="ASSESSMENT")
    assign.add_argument("--institution", required=True, metavar="NAME")
    assign.add_argument("--contact", default="", metavar="PERSON", help="who answers there")
    assign.add_argument("--section", action="append", default=[], metavar="ID", help="a section (repeatable)")
    assign.add_argument("--item", action="append", default=[], metavar="ID", help="a single item (repeatable)")
    assign.add_argument("--deadline", type=_day, metavar="YYYY-MM-DD")
    assign.add_argument("--note", default="", metavar="TEXT")
    assign.add_argument("--out", type=Path, default=Path("."), metavar="FILE|FOLDER", help="default: this folder")

    remind = command(subparsers, "remind", run_remind, "a fresh assignment of what an institution has not answered")
    remind.add_argument("assessment", metavar="ASSESSMENT")
    remind.add_argument("--institution", required=True, metavar="NAME")
    remind.add_argument("--deadline", type=_day, metavar="YYYY-MM-DD", help="default: the last assignment's")
    remind.add_argument("--note", metavar="TEXT", help="default: the last assignment's")
    remind.add_argument("--out", type=Path, default=Path("."), metavar="FILE|FOLDER", help="default: this folder")

    assignment = subparsers.add_parser("assignment", help="an assignment received from a focal point")
    assignment_commands = assignment.add_subparsers(dest="assignment_command", metavar="COMMAND", required=True)
    opening = command(assignment_commands, "open", run_assignment_open, "answer an assignment file on this laptop")
    opening.add_argument("file", type=Path, metavar="FILE.omnibus-assignment")

    contribute = command(subparsers, "contribute", run_contribute, "write the next round of a contribution file")
    contribute.add_argument("assessment", metavar="ASSESSMENT", help="the local assessment answering an assignment")
    contribute.add_argument(
        "--person",
        metavar="NAME",
        help="who sends it (default: the contact person named by the assignment, else the profile's person, else "
        "nobody: the institution)",
    )
    contribute.add_argument("--out", type=Path, default=Path("."), metavar="FILE|FOLDER", help="default: this folder")

    contributions = subparsers.add_parser("contributions", help="contributions received from institutions")
    contribution_commands = contributions.add_subparsers(dest="contributions_command", metavar="COMMAND", required=True)
    importing = command(
        contribution_commands, "import", run_contributions_import, "verify and merge contribution files"
    )
    importing.add_argument("files", type=Path, nargs="+", metavar="FILE.omnibus-contribution")
    importing.add_argument("--assessment", metavar="ASSESSMENT", help="default: the one each file names")
    importing.add_argument(
        "--trust", action="append", default=[], metavar="FINGERPRINT", help="trust this institution key (repeatable)"
    )
    importing.add_argument("--json", action="store_true", help="print what each file did as JSON")

    conflicts = subparsers.add_parser("conflicts", help="answers an institution sent that were not taken")
    conflict_commands = conflicts.add_subparsers(dest="conflicts_command", metavar="COMMAND", required=True)
    listing = command(conflict_commands, "list", run_conflicts_list, "the open conflicts, side by side")
    listing.add_argument("assessment", metavar="ASSESSMENT")
    listing.add_argument("--all", action="store_true", help="settled ones too")
    listing.add_argument("--json", action="store_true", help="print JSON")
    resolve = command(conflict_commands, "resolve", run_conflicts_resolve, "settle one conflict")
    resolve.add_argument("assessment", metavar="ASSESSMENT")
    resolve.add_argument("conflict", type=int, metavar="ID")
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--take", choices=("mine", "theirs"), help="keep this side's answer, or take theirs")
    choice.add_argument("--value", metavar="JSON", help='a combined answer (JSON: 3, "text", ["a", "b"])')
    resolve.add_argument("--comment", metavar="TEXT", help="with --value: the combined comment")

    signoff = command(subparsers, "signoff", run_signoff, "record a section approved by a head of unit")
    signoff.add_argument("assessment", metavar="ASSESSMENT")
    signoff.add_argument("section", metavar="SECTION")
    signoff.add_argument("--name", required=True, metavar="NAME")
    signoff.add_argument("--function", default="", metavar="TEXT", help="e.g. Head of the legal unit")
    signoff.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="default: today")

    institutions = command(subparsers, "institutions", run_institutions, "each institution's part of an assessment")
    institutions.add_argument("assessment", metavar="ASSESSMENT")
    institutions.add_argument("--today", type=_day, metavar="YYYY-MM-DD", help="for overdue (default: today)")
    institutions.add_argument("--json", action="store_true", help="print JSON")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


def _signer() -> Signer:
    from omnibus.cli.package_commands import key_store, passphrase
    from omnibus.export.errors import KeyStoreError
    from omnibus.export.keys import format_fingerprint

    keys = key_store()
    try:
        signer, created = keys.load_or_create(passphrase(confirm=not keys.exists()))
    except KeyStoreError as exc:
        raise CommandError(str(exc)) from None
    if created:
        print(f"Created this installation's signing key: {format_fingerprint(keys.fingerprint())}", file=sys.stderr)
    return signer


def _target(out: Path, name: str) -> Path:
    return out / name if out.is_dir() else out


def _write(path: Path, data: bytes) -> Path:
    from omnibus.export.collaboration_files import write_exchange_file

    try:
        return write_exchange_file(path, data)
    except OSError as exc:
        raise CommandError(f"{path} was not written: {exc.strerror or exc}") from None


def _write_assignment(service: AssessmentService, assignment: Assignment, out: Path, signer: Signer) -> None:
    from omnibus.export.collaboration_files import build_assignment, file_name
    from omnibus.export.errors import PackageError
    from omnibus.export.keys import format_fingerprint

    contents = service.assignment_contents(assignment.assessment_id, assignment.id)
    try:
        data = build_assignment(contents, signer)
    except PackageError as exc:
        raise CommandError(f"the assignment file was not written: {exc}") from None
    name = file_name("assignment", contents.country, assignment.institution, assignment.id, assignment.assigned_at)
    path = _write(_target(out, name), data)
    print(f"Wrote {path}: {len(assignment.items)} items for {assignment.institution}")
    print(f"Signed by {format_fingerprint(signer.fingerprint)}.")


def run_assign(args: argparse.Namespace) -> int:
    signer = _signer()
    with open_service(args) as service:
        assessment_id = service.resolve(args.assessment)
        assignment = service.assign(
            assessment_id,
            args.institution,
            contact=args.contact,
            sections=args.section,
            items=args.item,
            deadline=args.deadline,
            note=args.note,
        )
        _write_assignment(service, assignment, args.out, signer)
    return 0


def run_remind(args: argparse.Namespace) -> int:
    signer = _signer()
    with open_service(args) as service:
        assessment_id = service.resolve(args.assessment)
        assignment = service.reminder(assessment_id, args.institution, deadline=args.deadline, note=args.note)
        _write_assignment(service, assignment, args.out, signer)
    return 0


def run_assignment_open(args: argparse.Namespace) -> int:
    from omnibus.export.collaboration_files import read_assignment, read_exchange_file
    from omnibus.export.errors import PackageError
    from omnibus.export.keys import format_fingerprint

    try:
        received = read_assignment(read_exchange_file(args.file))
    except PackageError as exc:
        raise CommandError(f"{args.file.name} refused: {exc}") from None
    assignment = received.contents.assignment
    with open_service(args) as service:
        summary = service.open_assignment(received)
    print(summary.id)
    origin = received.contents.assigned_by_institution
    who = f"{assignment.assigned_by}, {origin}" if origin else assignment.assigned_by
    print(f"Assigned to {assignment.institution} by {who}: {len(assignment.items)} items", file=sys.stderr)
    if assignment.deadline:
        print(f"Deadline: {assignment.deadline.isoformat()}", file=sys.stderr)
    if assignment.note:
        print(f"Note: {assignment.note}", file=sys.stderr)
    print(f"Signed by {format_fingerprint(received.signer)}.", file=sys.stderr)
    return 0


def run_contribute(args: argparse.Namespace) -> int:
    from omnibus.export.collaboration_files import build_contribution, file_name
    from omnibus.export.errors import PackageError
    from omnibus.export.keys import format_fingerprint

    signer = _signer()
    with open_service(args) as service:
        assessment_id = service.resolve(args.assessment)
        contribution = service.prepare_contribution(assessment_id, args.person)
    try:
        data = build_contribution(contribution, signer)
    except PackageError as exc:
        raise CommandError(f"the contribution file was not written: {exc}") from None
    name = file_name(
        "contribution",
        contribution.country,
        contribution.institution,
        contribution.assignment_id,
        contribution.created,
        contribution.round,
    )
    path = _write(_target(args.out, name), data)
    answered = sum(1 for a in contribution.answers.values() if a.value is not None)
    print(f"Wrote {path}: round {contribution.round}, {answered} of {len(contribution.answers)} items answered")
    print(f"Signed by {format_fingerprint(signer.fingerprint)}.")
    print("Confirm this fingerprint to the focal point by telephone or in person before the first import.")
    return 0


def run_contributions_import(args: argparse.Namespace) -> int:
    from omnibus.export.collaboration_files import read_contribution, read_exchange_file
    from omnibus.export.errors import PackageError
    from omnibus.export.keys import format_fingerprint
    from omnibus.model.collaboration import UnknownInstitutionKey
    from omnibus.model.service_errors import ServiceError

    trusted = {t.replace(" ", "").replace(":", "").lower() for t in args.trust}
    refused = 0
    results: list[dict[str, Any]] = []
    with open_service(args) as service:
        target = service.resolve(args.assessment) if args.assessment else None
        for path in args.files:
            try:
                contribution = read_contribution(read_exchange_file(path))
                assessment_id = target or service.resolve(contribution.assessment_id)
                trust = contribution.fingerprint if contribution.fingerprint in trusted else None
                result = service.merge_contribution(assessment_id, contribution, trust=trust)
            except UnknownInstitutionKey as exc:
                refused += 1
                print(f"{path.name}: refused, nothing written: {exc}", file=sys.stderr)
                print(f"  fingerprint: {format_fingerprint(exc.fingerprint)}", file=sys.stderr)
                print(f"  to trust it: --trust {exc.fingerprint}", file=sys.stderr)
                results.append({"file": str(path), "refused": str(exc), "fingerprint": exc.fingerprint})
                continue
            except (PackageError, ServiceError) as exc:
                refused += 1
                print(f"{path.name}: refused, nothing written: {exc}", file=sys.stderr)
                results.append({"file": str(path), "refused": str(exc)})
                continue
            results.append(
                {
                    "file": str(path),
                    "institution": result.institution,
                    "round": result.round,
                    "already_merged": result.already_merged,
                    "taken": list(result.taken),
                    "conflicts": list(result.conflicts),
                    "unchanged": len(result.unchanged),
                    "sign_offs": list(result.sign_offs),
                    "trusted_now": result.trusted_now,
                }
            )
            if not args.json:
                if result.already_merged:
                    print(f"{path.name}: already imported; nothing changed")
                    continue
                taken, conflicts = _count(len(result.taken), "answer"), _count(len(result.conflicts), "conflict")
                signed = _count(len(result.sign_offs), "section")
                print(
                    f"{path.name}: {result.institution}, round {result.round}: {taken} taken, "
                    f"{conflicts}, {len(result.unchanged)} unchanged, {signed} signed off"
                )
                if result.trusted_now:
                    print(f"  key of {result.institution} now trusted: {format_fingerprint(contribution.fingerprint)}")
                for item_id in result.conflicts:
                    print(f"  conflict: {item_id} (see `omnibus conflicts list`)")
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
    return 1 if refused else 0


def _count(number: int, noun: str) -> str:
    """Say "1 answer", "2 answers": the import's summary is read by the focal point, not parsed."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _shown(value: Any) -> str:
    return "(no answer)" if value is None else json.dumps(value, ensure_ascii=False)


def run_conflicts_list(args: argparse.Namespace) -> int:
    with open_service(args) as service:
        assessment_id = service.resolve(args.assessment)
        found = service.conflicts(assessment_id, include_resolved=args.all)
    if args.json:
        document = [
            {
                "id": c.id,
                "item": c.item_id,
                "base": {"value": c.base.value, "comment": c.base.comment},
                "mine": {"value": c.mine.value, "comment": c.mine.comment, "from": c.mine_from},
                "theirs": {"value": c.theirs.value, "comment": c.theirs.comment},
                "institution": c.institution,
                "person": c.person,
                "round": c.round,
                "contribution": c.contribution_id,
                "given": c.given_at.isoformat() if c.given_at else None,
                "resolution": c.resolution,
            }
            for c in found
        ]
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return 0
    if not found:
        print("no open conflicts")
    for c in found:
        settled = f"  settled: {c.resolution} by {c.resolved_by}" if c.resolution else ""
        given = f" on {c.given_at:%Y-%m-%d %H:%M}" if c.given_at else ""
        print(f"#{c.id}  {c.item_id}{settled}")
        print(f"  was:    {_shown(c.base.value)}")
        print(f"  mine:   {_shown(c.mine.value)}" + (f"  (from {c.mine_from})" if c.mine_from else ""))
        who = ", ".join(part for part in (c.institution, c.person) if part)  # no person: the institution gave it
        print(f"  theirs: {_shown(c.theirs.value)}  ({who}, round {c.round}{given})")
        if c.theirs.comment != c.mine.comment:
            print(f"  comments: mine {c.mine.comment!r}, theirs {c.theirs.comment!r}")
    return 0


def run_conflicts_resolve(args: argparse.Namespace) -> int:
    value = None
    if args.value is not None:
        try:
            value = json.loads(args.value)
        except ValueError:
            value = args.value  # plain text needs no quotes on the command line
    elif args.comment is not None:
        raise CommandError("--comment goes with --value (a combined answer)")
    with open_service(args) as service:
        assessment_id = service.resolve(args.assessment)
        resolution: Resolution = args.take or "combined"
        change = service.resolve_conflict(assessment_id, args.conflict, resolution, value=value, comment=args.comment)
    shown = _shown(change.answer.value if change.answer else None)
    print(f"conflict #{args.conflict} settled ({resolution}): {shown}")
    return 0


def run_signoff(args: argparse.Namespace) -> int:
    with open_service(args) as service:
        assessment_id = service.resolve(args.assessment)
        signed = service.sign_off(assessment_id, args.section, args.name, args.function, args.date)
    function = f", {signed.function}" if signed.function else ""
    print(f"{signed.section_id} signed off by {signed.name}{function} on {signed.signed_on.isoformat()}")
    return 0


def run_institutions(args: argparse.Namespace) -> int:
    from omnibus.export.keys import format_fingerprint

    with open_service(args) as service:
        assessment_id = service.resolve(args.assessment)
        found = service.institution_overview(assessment_id, args.today)
    if args.json:
        document = [
            {
                "institution": o.institution.name,
                "contact": o.institution.contact,
                "fingerprint": o.institution.fingerprint,
                "sections": list(o.sections),
                "assigned": o.assigned,
                "answered": o.answered,
                "answered_by_others": o.answered_by_others,
                "to_confirm": o.to_confirm,
                "needing_attention": o.needing_attention,
                "signed_off": list(o.signed_off),
                "deadline": o.deadline.isoformat() if o.deadline else None,
                "overdue": o.overdue,
                "last_round": o.last_round,
                "last_received": o.last_received.isoformat() if o.last_received else None,
                "missing": list(o.missing),
            }
            for o in found
        ]
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return 0
    if not found:
        print("nothing of this assessment is assigned")
    for o in found:
        deadline = f"  deadline {o.deadline.isoformat()}" + (" OVERDUE" if o.overdue else "") if o.deadline else ""
        print(f"{o.institution.name}{deadline}")
        print(
            f"  assigned {o.assigned}, answered by it {o.answered} (by others {o.answered_by_others}), "
            f"carried forward to confirm {o.to_confirm}, "
            f"needing attention {o.needing_attention}, signed off: {', '.join(o.signed_off) or 'none'}"
        )
        received = f"round {o.last_round} on {o.last_received:%Y-%m-%d}" if o.last_received else "nothing yet"
        key = format_fingerprint(o.institution.fingerprint) if o.institution.fingerprint else "not confirmed yet"
        print(f"  received: {received}; key: {key}")
    return 0

"""`omnibus export` and `omnibus report`: hand in an assessment as a signed package, or print its PDF report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from omnibus.cli import CommandError
from omnibus.cli.assessment_commands import open_service
from omnibus.cli.package_commands import key_store, passphrase
from omnibus.model.text import LANGUAGES
from omnibus.paths import data_home


def register(subparsers: Any) -> None:
    export = subparsers.add_parser("export", help="write an assessment as a signed response package")
    export.add_argument("assessment", metavar="ASSESSMENT")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.omnibus")
    export.add_argument(
        "--encrypt-to",
        action="append",
        default=[],
        metavar="RECIPIENT",
        help="age public key of the Secretariat (repeatable); default: the configured recipients, if any",
    )
    export.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the PDF report")
    export.add_argument("--db", type=Path, metavar="PATH", help="use this database file instead of your own")
    export.set_defaults(handler=run_export)
    report = subparsers.add_parser("report", help="write an assessment's PDF report")
    report.add_argument("assessment", metavar="ASSESSMENT")
    report.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    report.add_argument("--lang", choices=LANGUAGES, default="en")
    report.add_argument("--db", type=Path, metavar="PATH", help="use this database file instead of your own")
    report.set_defaults(handler=run_report)


def _progress(fraction: float, message: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{int(fraction * 100):3d}% {message:<30}", end="", file=sys.stderr, flush=True)


def report_language(service: Any, assessment_id: str, asked: str) -> str:
    """The report's language by the window's rule: the one asked for if the questionnaire has it, else its source
    language (said on stderr, with the languages it has)."""
    from omnibus.model.content_language import content_language

    q = service.questionnaire(assessment_id)
    lang: str = content_language(q.languages, q.source_language, asked)
    if lang != asked:
        print(
            f"{q.id} has no {asked} translation; the report is in {lang} (it exists in: {', '.join(q.languages)})",
            file=sys.stderr,
        )
    return lang


def run_export(args: argparse.Namespace) -> int:
    from omnibus.export.assessment_export import export_assessment  # WeasyPrint: only for the commands that write
    from omnibus.export.encryption import configured_recipients
    from omnibus.export.errors import KeyStoreError, PackageError
    from omnibus.export.keys import format_fingerprint

    keys = key_store()
    try:
        signer, created = keys.load_or_create(passphrase(confirm=not keys.exists()))
    except KeyStoreError as exc:
        raise CommandError(str(exc)) from None
    if created:
        print(f"Created this installation's signing key: {format_fingerprint(keys.fingerprint())}", file=sys.stderr)
    recipients = args.encrypt_to or list(configured_recipients(data_home()))
    with open_service(args) as service:
        assessment_id = service.resolve(args.assessment)
        lang = report_language(service, assessment_id, args.lang)
        try:
            result = export_assessment(
                service, assessment_id, args.out, signer, lang=lang, recipients=recipients, progress=_progress
            )
        except (PackageError, OSError) as exc:
            raise CommandError(f"the package was not written: {exc}") from None
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Wrote {result.path} ({result.size} bytes{', encrypted' if result.encrypted else ''})")
    print(f"Signed by {format_fingerprint(result.signer_fingerprint)}.")
    print("Confirm this fingerprint to the Secretariat by an official channel (letter, telephone, in person).")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from omnibus.export.assessment_export import report_pdf
    from omnibus.export.files import atomic_write

    with open_service(args) as service:
        assessment_id = service.resolve(args.assessment)
        snapshot = service.snapshot(assessment_id, report_language(service, assessment_id, args.lang))
    pdf = report_pdf(snapshot, progress=_progress)
    try:
        atomic_write(args.out, pdf)
    except OSError as exc:
        raise CommandError(f"the report was not written: {exc}") from None
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Wrote {args.out} ({len(pdf)} bytes)")
    return 0

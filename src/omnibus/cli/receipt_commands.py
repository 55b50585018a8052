"""`omnibus receipt import FILE` and `omnibus receipt list ASSESSMENT`: the Secretariat's receipts for our packages.

A receipt is checked against the Secretariat's key this installation is configured with (docs/secretariat.md)
and stored only if it is for a package this installation exported; otherwise the command says why, exits 1 and
stores nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from omnibus.cli import CommandError
from omnibus.cli.assessment_commands import open_service

DECISIONS = {"accepted": "accepted", "pending": "pending key confirmation", "refused": "refused"}


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("receipt", help="the Secretariat's receipts for the packages handed in")
    actions = group.add_subparsers(dest="receipt_action", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="verify a receipt and store it with its assessment")
    imp.add_argument("file", type=Path, metavar="FILE.omnibus-receipt")
    imp.add_argument("--assessment", metavar="ASSESSMENT", help="refuse it unless it is for this assessment")
    imp.add_argument("--db", type=Path, metavar="PATH", help="use this database file instead of your own")
    imp.set_defaults(handler=run_import)
    listing = actions.add_parser("list", help="the receipts of an assessment, newest first")
    listing.add_argument("assessment", metavar="ASSESSMENT")
    listing.add_argument("--db", type=Path, metavar="PATH", help="use this database file instead of your own")
    listing.set_defaults(handler=run_list)


def receipt_line(receipt: Any) -> str:
    """`Received by the Secretariat on 2026-03-31 09:30 UTC, accepted` (with the reason when there is one)."""
    reason = f": {receipt.reason}" if receipt.reason else ""
    when = f"{receipt.received:%Y-%m-%d %H:%M} UTC"
    return f"Received by the Secretariat on {when}, {DECISIONS.get(receipt.decision, receipt.decision)}{reason}"


def receipt_json(receipt: Any) -> dict[str, Any]:
    return {
        "package_sha256": receipt.package_sha256,
        "file_name": receipt.file_name,
        "decision": receipt.decision,
        "reason": receipt.reason,
        "received": receipt.received.isoformat(),
        "issued": receipt.issued.isoformat(),
        "issuer": receipt.issuer,
    }


def run_import(args: argparse.Namespace) -> int:
    from omnibus.export.receipt import ReceiptError
    from omnibus.export.receipt_import import import_receipt, read_receipt_file
    from omnibus.paths import data_home

    with open_service(args) as service:
        expected = service.resolve(args.assessment) if args.assessment else None
        try:
            outcome = import_receipt(service, read_receipt_file(args.file), data_home(), expected_assessment=expected)
        except ReceiptError as exc:
            raise CommandError(f"the receipt was refused: {exc}") from None
        summary = service.assessment(outcome.receipt.assessment_id)
    print(f"{summary.id[:8]}  {summary.country}  cycle {summary.cycle}: {receipt_line(outcome.receipt)}")
    if not outcome.changed:
        print("This receipt, or a newer one for the same package, was already stored; nothing changed.")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with open_service(args) as service:
        receipts = service.receipts(service.resolve(args.assessment))
    for receipt in receipts:
        print(f"{receipt.file_name}  {receipt_line(receipt)}")
    if not receipts:
        print("No receipt from the Secretariat yet.")
    return 0

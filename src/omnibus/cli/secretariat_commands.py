"""`omnibus secretariat …`: import, trust, list and analyse response packages; generate fictional samples.

Exit status, as for every omnibus command (docs/cli.md): 0 on success; 1 on an error (a database, identity,
trusted-keys or States file that cannot be used, said on stderr in a sentence), and 1 when `import` refused any
file (every other file is still imported). Commands that write (import, keys trust, keys revoke) hold the
database's lock, so a second one at the same time is refused with a clear message instead of racing the first.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from omnibus.cli import CommandError


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("secretariat", help="import, verify, consolidate and analyse response packages")
    actions = group.add_subparsers(dest="secretariat_action", metavar="ACTION", required=True)

    imp = actions.add_parser("import", help="verify packages and store them in the consolidated database")
    imp.add_argument("paths", nargs="+", type=Path, metavar="FILE_OR_FOLDER")
    _db(imp)
    imp.add_argument("--identity", type=Path, metavar="AGE_KEY_FILE", help="age identity for .omnibus.age files")
    imp.add_argument("--trusted-keys", type=Path, metavar="FILE", help="add these keys to the trusted keys first")
    imp.add_argument("--allow-training", action="store_true", help="keep training packages (refused otherwise)")
    imp.add_argument("--quiet", action="store_true", help="print only refusals and the summary")
    imp.add_argument("--receipts", type=Path, metavar="FOLDER", help="write a signed receipt for each file into FOLDER")
    _issuer(imp)
    imp.set_defaults(handler=run_import)

    receipt = actions.add_parser("receipt", help="write signed receipts for packages already imported")
    receipt.add_argument("files", nargs="*", type=Path, metavar="FILE", help="package files as they were imported")
    receipt.add_argument("--package", type=int, action="append", default=[], metavar="ID", help="stored package #ID")
    receipt.add_argument("--sha256", action="append", default=[], metavar="HEX", help="the package's SHA-256")
    receipt.add_argument("--out", type=Path, required=True, metavar="FOLDER", help="where to write the receipts")
    receipt.add_argument("--identity", type=Path, metavar="AGE_KEY_FILE", help="age identity for .omnibus.age files")
    _db(receipt)
    _issuer(receipt)
    receipt.set_defaults(handler=run_receipt)

    keys = actions.add_parser("keys", help="the signing keys trusted per country")
    key_actions = keys.add_subparsers(dest="keys_action", metavar="ACTION", required=True)
    trust = key_actions.add_parser("trust", help="trust a key for a country, once confirmed out of band")
    trust.add_argument("fingerprint", nargs="+", metavar="FINGERPRINT", help="as printed: SHA256:AB12 CD34 …")
    trust.add_argument("--country", required=True, metavar="ISO3", help="ISO 3166-1 alpha-3 code, or * for any")
    trust.add_argument("--comment", default="", help="how it was confirmed (letter, call, meeting)")
    _db(trust)
    trust.set_defaults(handler=run_keys_trust)
    listing = key_actions.add_parser("list", help="list trusted and revoked keys")
    _db(listing)
    listing.set_defaults(handler=run_keys_list)
    revoke = key_actions.add_parser("revoke", help="stop trusting a key; the packages it signed are held")
    revoke.add_argument("fingerprint", nargs="+", metavar="FINGERPRINT")
    revoke.add_argument("--country", metavar="ISO3", help="only for this country (default: every country)")
    _db(revoke)
    revoke.set_defaults(handler=run_keys_revoke)

    packages = actions.add_parser("list", help="list stored packages (current, pending, history) and refusals")
    _db(packages)
    packages.add_argument("--all", action="store_true", help="include superseded packages")
    packages.set_defaults(handler=run_list)

    analyse = actions.add_parser("analyse", help="response rates, needs and gaps: PDF, CSV, XLSX, JSON")
    _db(analyse)
    analyse.add_argument("--out", type=Path, metavar="REPORT.pdf", help="write the PDF report")
    analyse.add_argument("--csv", type=Path, metavar="FOLDER", help="write one CSV file per table")
    analyse.add_argument("--xlsx", type=Path, metavar="FILE", help="write a workbook, one sheet per table")
    analyse.add_argument("--json", action="store_true", help="print the analysis as JSON")
    analyse.add_argument(
        "--states-parties",
        type=Path,
        metavar="FILE",
        help="States parties to count rates against: a CSV table iso3,instrument,party_since, or ISO3 codes",
    )
    analyse.add_argument(
        "--cycle-date",
        action="append",
        default=[],
        metavar="CYCLE=DATE",
        help="count a cycle's rates against the States parties on this date (default: 31 December of its year)",
    )
    analyse.add_argument(
        "--cycle",
        action="append",
        metavar="CYCLE",
        help="count only this reporting cycle's packages (repeat it for several; default: every cycle, together)",
    )
    analyse.add_argument("--include-drafts", action="store_true", help="count draft packages too (listed apart)")
    analyse.add_argument(
        "--lang",
        default="en",
        help="language of the report, spreadsheets and labels: en, fr, es, ru, zh or ar (default en)",
    )
    analyse.add_argument("--include-training", action="store_true", help="count training packages too")
    analyse.set_defaults(handler=run_analyse)

    upgrade = actions.add_parser(
        "upgrade", help="bring a shared server's database to this omnibus's schema (files upgrade by themselves)"
    )
    _db(upgrade)
    upgrade.add_argument(
        "--i-have-a-backup",
        action="store_true",
        help="confirm that the server's database was backed up (pg_dump) since the last import",
    )
    upgrade.set_defaults(handler=run_upgrade)

    sample = actions.add_parser("generate-sample", help="write realistic fictional packages (training, tests)")
    sample.add_argument("--countries", type=int, required=True, metavar="N")
    sample.add_argument("--out", type=Path, required=True, metavar="FOLDER")
    sample.add_argument("--seed", type=int, default=0, metavar="S")
    sample.add_argument(
        "--cycle",
        action="append",
        metavar="CYCLE",
        help="reporting cycle (default 2025); repeat it for several: every State answers the first, most the others",
    )
    sample.add_argument(
        "--questionnaire",
        action="append",
        metavar="ID",
        help="bundled questionnaire answered (default untoc-needs-assessment); repeat it: some States answer others",
    )
    sample.add_argument("--drafts", type=float, default=0.0, metavar="SHARE", help="share of packages left as drafts")
    sample.add_argument(
        "--general", type=float, default=0.0, metavar="SHARE", help="share of needs made in general terms"
    )
    sample.add_argument("--training", action="store_true", help="mark the packages as training packages")
    sample.set_defaults(handler=run_generate_sample)


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="the consolidated database: a SQLite file, or a server's postgresql://user@host/database URL "
        "(default: the OMNIBUS_SECRETARIAT_DB environment variable)",
    )


def _issuer(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--issuer", default="", metavar="TEXT", help="who issues the receipts (printed on them)")


def _receipt_signer() -> Any:
    """The Secretariat's signing key (this installation's, `omnibus keys create`), opened with its passphrase."""
    from omnibus.cli.package_commands import key_store, passphrase
    from omnibus.export import KeyStoreError

    keys = key_store()
    if not keys.exists():
        raise CommandError("receipts are signed with this installation's key: create it with `omnibus keys create`.")
    try:
        return keys.load(passphrase())
    except KeyStoreError as exc:
        raise CommandError(str(exc)) from None


def _session(given: str | None, *, write: bool = False, upgrade: bool = False) -> Any:
    from omnibus.secretariat.db import open_session
    from omnibus.secretariat.location import VARIABLE, from_environment

    where = from_environment(given)
    if where is None:
        raise CommandError(f"Which database? Give --db PATH_OR_URL, or set {VARIABLE}.")
    if not write and where.path is not None and not where.path.exists():  # a typo must not read as "no package"
        raise CommandError(
            f"There is no Secretariat database {where.path}: check its name, or start it by importing packages "
            f"into it (omnibus secretariat import FOLDER --db {where.path})."
        )
    return open_session(where, write=write, upgrade=upgrade)


def run_import(args: argparse.Namespace) -> int:
    from omnibus.export import KeyStoreError, PackageError, TrustedKeys, load_identities
    from omnibus.secretariat import trust
    from omnibus.secretariat.importer import Importer, ImportOptions, ImportProgress

    try:
        identities = load_identities(args.identity) if args.identity else []
        keys = TrustedKeys.load(args.trusted_keys) if args.trusted_keys else None
    except (PackageError, KeyStoreError) as exc:
        raise CommandError(str(exc)) from None
    signer = _receipt_signer() if args.receipts else None

    def show(progress: ImportProgress) -> None:
        d = progress.decision
        if args.quiet and d.outcome != "refused":
            return
        where = f" {d.country} {d.questionnaire or ''} {d.cycle or ''}".rstrip() if d.country else ""
        reason = f": {d.reason}" if d.reason else ""
        print(f"[{progress.done}/{progress.total}] {d.source}: {d.outcome}{where}{reason}", flush=True)

    try:
        with _session(args.db, write=True) as session:
            if keys is not None:
                for change in trust.seed(session, keys):
                    print(f"released: {change.file_name} ({change.country}) is now {change.state}")
            options = ImportOptions(identities=identities, allow_training=args.allow_training)
            report = Importer(session, options).import_files(args.paths, show)
            if signer is not None:
                _write_receipts(session, report.decisions, signer, args.receipts, args.issuer)
    except PackageError as exc:
        raise CommandError(str(exc)) from None
    counts = ", ".join(f"{report.count(o)} {o}" for o in ("accepted", "superseded", "pending", "duplicate", "refused"))
    print(f"{len(report.decisions)} file(s): {counts}.")
    _tell_unread(args.paths, found_any=bool(report.decisions))
    return 1 if report.refused else 0


UNREAD_SHOWN = 5
"""How many unread files are named; the others are counted."""


def _tell_unread(paths: list[Path], *, found_any: bool) -> None:
    """On standard error: a folder in which no package was found, and the files of the folders left unread."""
    from omnibus.secretariat.importer import unread_files

    folders = [Path(p) for p in paths if Path(p).is_dir()]
    if not found_any:
        for folder in folders:
            print(
                f"No package in {folder}: packages are the .omnibus and .omnibus.age files of a folder and its "
                "subfolders.",
                file=sys.stderr,
            )
    unread = unread_files(folders)
    if unread:
        names = ", ".join(str(p) for p in unread[:UNREAD_SHOWN])
        more = f" and {len(unread) - UNREAD_SHOWN} more" if len(unread) > UNREAD_SHOWN else ""
        print(f"Not read (not named .omnibus or .omnibus.age): {names}{more}.", file=sys.stderr)


def _write_receipts(session: Any, decisions: Any, signer: Any, folder: Path, issuer: str) -> None:
    """One receipt per imported file, from what the import stored; a file that could not be read gets none."""
    from omnibus.secretariat.receipts import receipt_for_hash, receipt_for_package, write_receipt

    for d in decisions:
        if d.package_id is not None:
            receipt = receipt_for_package(session, d.package_id, issuer=issuer)
        elif d.package_sha256 is not None:
            receipt = receipt_for_hash(session, d.package_sha256, issuer=issuer)
        else:
            print(f"no receipt for {d.source}: it could not be read, so it has no hash to name it by")
            continue
        print(f"receipt: {write_receipt(receipt, signer, folder)} ({receipt.decision})")


def run_receipt(args: argparse.Namespace) -> int:
    from omnibus.export import PackageError, load_identities, load_package_file
    from omnibus.secretariat.receipts import receipt_for_bytes, receipt_for_hash, receipt_for_package, write_receipt

    if not (args.files or args.package or args.sha256):
        raise CommandError("name the packages: package files, --package ID or --sha256 HEX.")
    try:
        identities = load_identities(args.identity) if args.identity else []
        contents = [load_package_file(path, identities)[0] for path in args.files]
    except PackageError as exc:
        raise CommandError(str(exc)) from None
    signer = _receipt_signer()
    written = 0
    try:
        with _session(args.db) as session:
            receipts = [receipt_for_bytes(session, data, issuer=args.issuer) for data in contents]
            receipts += [receipt_for_package(session, number, issuer=args.issuer) for number in args.package]
            receipts += [receipt_for_hash(session, digest, issuer=args.issuer) for digest in args.sha256]
        for receipt in receipts:
            print(f"wrote {write_receipt(receipt, signer, args.out)} ({receipt.decision})")
            written += 1
    except (PackageError, OSError) as exc:
        raise CommandError(f"{exc} ({written} receipt(s) written)" if written else str(exc)) from None
    return 0


def run_keys_trust(args: argparse.Namespace) -> int:
    from omnibus.export import PackageError
    from omnibus.secretariat import trust

    try:
        with _session(args.db, write=True) as session:
            changes = trust.trust_key(session, " ".join(args.fingerprint), args.country, args.comment)
    except PackageError as exc:
        raise CommandError(str(exc)) from None
    print(f"Trusted for {args.country.upper()}.")
    for change in changes:
        print(f"released: {change.file_name} ({change.country}) is now {change.state}")
    return 0


def run_keys_revoke(args: argparse.Namespace) -> int:
    from omnibus.export import PackageError
    from omnibus.secretariat import trust

    try:
        with _session(args.db, write=True) as session:
            changes = trust.revoke_key(session, " ".join(args.fingerprint), args.country)
    except PackageError as exc:
        raise CommandError(str(exc)) from None
    print("Revoked.")
    for change in changes:
        print(f"held: {change.file_name} ({change.country}) is now {change.state}")
    return 0


def run_keys_list(args: argparse.Namespace) -> int:
    from omnibus.export import PackageError, format_fingerprint
    from omnibus.secretariat import trust

    try:
        with _session(args.db) as session:
            entries = trust.list_keys(session)
    except PackageError as exc:
        raise CommandError(str(exc)) from None
    for e in entries:
        state = f"revoked {e.revoked_at}" if e.revoked_at else f"trusted {e.trusted_at}"
        print(f"{format_fingerprint(e.fingerprint)}  {e.country}  {state}  {e.comment}".rstrip())
    if not entries:
        print("No key is trusted yet.")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from omnibus.export import PackageError
    from omnibus.secretariat.db import PackageRow, RefusalRow

    try:
        with _session(args.db) as session:
            rows = session.execute(
                select(PackageRow.id, PackageRow.state, PackageRow.country, PackageRow.questionnaire_id)
                .add_columns(PackageRow.cycle, PackageRow.status, PackageRow.training)
                .add_columns(PackageRow.created, PackageRow.file_name, PackageRow.hold_reason)
                .order_by(PackageRow.country, PackageRow.created)
            ).all()
            refusals = session.execute(
                select(RefusalRow.refused_at, RefusalRow.file_name, RefusalRow.category, RefusalRow.reason)
            ).all()
    except PackageError as exc:
        raise CommandError(str(exc)) from None
    for r in rows:
        if r.state == "superseded" and not args.all:
            continue
        hold = f"  ({r.hold_reason})" if r.hold_reason else ""
        kind = "".join((" draft" if r.status != "final" else "", " training" if r.training else ""))
        print(f"#{r.id} {r.state:10} {r.country} {r.questionnaire_id} {r.cycle}{kind} {r.created} {r.file_name}{hold}")
    for f in refusals:
        print(f"refused {f.refused_at} {f.file_name}: [{f.category}] {f.reason}")
    return 0


def run_analyse(args: argparse.Namespace) -> int:
    from omnibus.export import PackageError
    from omnibus.secretariat.collect import CycleError
    from omnibus.secretariat.compute import analyse
    from omnibus.secretariat.labels import words
    from omnibus.secretariat.outputs import to_json, write_csv, write_xlsx
    from omnibus.secretariat.parties import load_parties, parse_cycle_dates
    from omnibus.secretariat.report import write_report

    try:
        parties = load_parties(args.states_parties, args.lang) if args.states_parties else None
        dates = parse_cycle_dates(args.cycle_date)
        listed = words(args.lang)["scope.parties"]
        scope = listed.format(file=args.states_parties.name) if parties is not None else None
        with _session(args.db) as session:
            analysis = analyse(
                session,
                states=parties,
                scope_name=scope,
                lang=args.lang,
                include_training=args.include_training,
                include_drafts=args.include_drafts,
                cycle_dates=dates,
                cycles=args.cycle,
            )
    except (PackageError, CycleError) as exc:
        raise CommandError(str(exc)) from None
    written = []
    if args.out:
        written.append(write_report(analysis, args.out))
    if args.csv:
        written.extend(write_csv(analysis, args.csv))
    if args.xlsx:
        written.append(write_xlsx(analysis, args.xlsx))
    if args.json:
        sys.stdout.write(to_json(analysis))
    else:
        for line in analysis.headline:
            print(line)
        for path in written:
            print(f"wrote {path}")
    return 0


def run_upgrade(args: argparse.Namespace) -> int:
    """A SQLite file is upgraded whenever it is opened (after a backup beside it); a server's database is
    shared by the team and has no folder beside it, so its upgrade waits for a person who made a backup."""
    from omnibus.export import PackageError
    from omnibus.secretariat import migrate
    from omnibus.secretariat.location import LocationError, from_environment

    try:
        where = from_environment(args.db)
    except LocationError as exc:
        raise CommandError(str(exc)) from None
    if where is not None and where.server and not args.i_have_a_backup:
        raise CommandError(
            f"Back up {where.shown} first (pg_dump --format=custom), then run this again with --i-have-a-backup: "
            f"the upgrade changes the database of every analyst using it."
        )
    try:
        with _session(args.db, upgrade=True):
            pass
    except PackageError as exc:
        raise CommandError(str(exc)) from None
    print(f"The database is at schema {migrate.HEAD}.")
    return 0


def run_generate_sample(args: argparse.Namespace) -> int:
    from omnibus.secretariat.sample import SAMPLE_QUESTIONNAIRE, SampleOptions, generate_sample

    def show(done: int, total: int, package: Any) -> None:
        print(f"[{done}/{total}] {package.path.name}", flush=True)

    try:
        for share in (args.drafts, args.general):
            if not 0.0 <= share <= 1.0:
                raise ValueError(f"a share is between 0 and 1, not {share}")
        options = SampleOptions(
            cycles=tuple(args.cycle or ("2025",)),
            questionnaires=tuple(args.questionnaire or (SAMPLE_QUESTIONNAIRE,)),
            drafts=args.drafts,
            general=args.general,
            training=args.training,
        )
        sample = generate_sample(args.countries, args.out, args.seed, progress=show, options=options)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    print(f"Wrote {len(sample.packages)} fictional package(s), {sample.trusted_keys} and fictional States parties.")
    return 0

"""`omnibus verify` (check response packages) and `omnibus keys` (this installation's signing key).

Exit status of `verify`: 0 only when every file verifies, 1 when any does not, 2 when the trusted-keys
or identity file given cannot be used. Passphrases come from `OMNIBUS_PASSPHRASE`, or a prompt in a terminal.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from omnibus.cli import CommandError

if TYPE_CHECKING:  # the package layer is imported by the commands that run, not to register them
    from omnibus.export import KeyStore, TrustedKeys, Verification
    from omnibus.export.verify import KnownQuestionnaires

PASSPHRASE_VARIABLE = "OMNIBUS_PASSPHRASE"
JSON_FORMAT = "omnibus-verify/1"


def register(subparsers: Any) -> None:
    verify = subparsers.add_parser(
        "verify",
        help="check who signed response packages and that nothing was altered",
        description="Check the signatures, signer and every member of .omnibus and .omnibus.age files.",
    )
    verify.add_argument("files", nargs="+", type=Path, metavar="FILE")
    verify.add_argument(
        "--trusted-keys",
        type=Path,
        metavar="FILE",
        help="lines of `FINGERPRINT COUNTRY [comment]`; packages by other keys fail",
    )
    verify.add_argument("--identity", type=Path, metavar="AGE_KEY_FILE", help="age identity for .age files")
    verify.add_argument(
        "--known-questionnaires",
        action="store_true",
        help="fail packages whose questionnaire is not one bundled with this omnibus (same id, version and hash)",
    )
    verify.add_argument("--json", action="store_true", help="print one JSON document (omnibus-verify/1)")
    verify.set_defaults(handler=run_verify)

    keys = subparsers.add_parser("keys", help="this installation's signing key")
    actions = keys.add_subparsers(dest="keys_action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="print the fingerprint and where the public key is")
    show.set_defaults(handler=run_keys_show)
    create = actions.add_parser("create", help="create the signing key, encrypted with a passphrase")
    create.add_argument("--replace", action="store_true", help="replace an existing key (cannot be undone)")
    create.set_defaults(handler=run_keys_create)
    export = actions.add_parser("export", help="write an encrypted backup of the key")
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.set_defaults(handler=run_keys_export)
    imp = actions.add_parser("import", help="install a key from a backup (moving to a new computer)")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--replace", action="store_true", help="replace a different existing key")
    imp.set_defaults(handler=run_keys_import)


class FileResult(NamedTuple):
    """What `verify` found for one file; `to_json` is the stable `--json` shape. (A named tuple rather than a
    dataclass: registering the commands then imports nothing that `omnibus --version` would wait for.)"""

    file: Path
    encrypted: bool | None = None
    error: str | None = None
    verification: Verification | None = None

    @property
    def verified(self) -> bool:
        return self.verification is not None and self.verification.ok

    def to_json(self) -> dict[str, Any]:
        return {
            "file": str(self.file),
            "verified": self.verified,
            "encrypted": self.encrypted,
            "error": self.error,
            "verification": self.verification.model_dump(mode="json") if self.verification else None,
        }


def bundled_questionnaires() -> KnownQuestionnaires:
    """A check against the questionnaires shipped with this installation, by content hash."""
    from omnibus.model.catalogue import Catalogue

    catalogue = Catalogue.bundled()

    def known(questionnaire_id: str, version: str, sha256: str) -> bool:
        found = catalogue.by_hash(sha256)
        return found is not None and (found.id, found.version) == (questionnaire_id, version)

    return known


def check_file(
    file: Path, trusted: TrustedKeys | None, identities: list[Any], known: KnownQuestionnaires | None = None
) -> FileResult:
    from omnibus.export import PackageError, load_package_file, verify_package

    encrypted = None
    try:
        data, encrypted = load_package_file(file, identities)
        verification = verify_package(data, trusted=trusted, known_questionnaires=known)
        return FileResult(file, encrypted, verification=verification)
    except PackageError as exc:
        return FileResult(file, encrypted, error=str(exc))


def describe(result: FileResult, trust_checked: bool) -> list[str]:
    """Plain-language lines for one file, for people reading a terminal."""
    name = result.file
    verification = result.verification
    if verification is None:
        return [f"{name}: UNREADABLE", f"  - {result.error}"]
    lines = [f"{name}: {'VERIFIED' if verification.ok else 'NOT VERIFIED'}"]
    if verification.trusted:
        trust = f"trusted ({verification.trusted_as})"
    elif verification.trusted is False:
        trust = "NOT TRUSTED"
    else:
        trust = "trust not checked (no --trusted-keys)" if not trust_checked else "trust not checked"
    lines.append(f"  signer:     {verification.signer_display}, {trust}")
    valid = {True: "valid", False: "INVALID"}
    lines.append(
        f"  signatures: openssl {valid[verification.openssl_signature_valid]}, "
        f"minisign {valid[verification.minisign_signature_valid]}"
        + ("" if verification.signer_keys_match else ", signer.pem and signer.pub DIFFER")
    )
    manifest = verification.manifest
    if manifest is not None:
        q = manifest.questionnaire
        lines += [
            f"  country:    {manifest.country}, {manifest.institution}",
            f"  assessment: {manifest.assessment_id}, cycle {manifest.reporting_cycle}, "
            f"status {manifest.status}, created {manifest.created:%Y-%m-%d %H:%M:%SZ}",
            f"  questionnaire: {q.id} {q.version}{_known(verification.questionnaire_known)}",
        ]
        if manifest.training:
            lines.append("  TRAINING package: not an official submission")
    altered = [m for m in verification.members if m.status not in ("ok", "signature")]
    if manifest is not None and not altered:
        lines.append(f"  members:    {len(verification.members)}, all match the signed manifest")
    lines += [f"  - {problem}" for problem in verification.problems]
    return lines


def _known(known: bool | None) -> str:
    return {True: " (known)", False: " (UNKNOWN)", None: ""}[known]


def run_verify(args: argparse.Namespace) -> int:
    from omnibus.export import PackageError, TrustedKeys, TrustedKeysError, load_identities

    try:
        trusted = TrustedKeys.load(args.trusted_keys) if args.trusted_keys else None
        identities = load_identities(args.identity) if args.identity else []
    except (TrustedKeysError, PackageError) as exc:
        raise CommandError(str(exc), exit_code=2) from exc
    known = bundled_questionnaires() if args.known_questionnaires else None
    results = [check_file(file, trusted, identities, known) for file in args.files]
    all_verified = all(result.verified for result in results)
    if args.json:
        public = [result.to_json() for result in results]
        document = {"format": JSON_FORMAT, "all_verified": all_verified, "results": public}
        print(json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True))
    else:
        for result in results:
            print("\n".join(describe(result, trusted is not None)))
        if len(results) > 1:
            count = sum(result.verified for result in results)
            print(f"{count} of {len(results)} packages verified.")
    return 0 if all_verified else 1


def passphrase(confirm: bool = False) -> str:
    """The signing key's passphrase: from OMNIBUS_PASSPHRASE, else asked for in a terminal."""
    value = os.environ.get(PASSPHRASE_VARIABLE)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CommandError(f"No passphrase: set {PASSPHRASE_VARIABLE} or run in a terminal.")
    value = getpass.getpass("Passphrase of the signing key: ")
    if confirm and getpass.getpass("Repeat the passphrase: ") != value:
        raise CommandError("The two passphrases differ.")
    return value


def key_store() -> KeyStore:
    from omnibus import paths
    from omnibus.export import KeyStore
    from omnibus.installation import installation_id

    return KeyStore(paths.keys_folder(), installation=installation_id())


def _show(store: KeyStore) -> None:
    from omnibus.export import format_fingerprint

    print(f"Fingerprint:   {format_fingerprint(store.fingerprint())}")
    print(f"Public key:    {store.public_path}")
    print(f"minisign key:  {store.minisign_path}")
    print(f"Private key:   {store.private_path} (encrypted)")


def run_keys_show(args: argparse.Namespace) -> int:
    from omnibus.export import KeyStoreError

    store = key_store()
    if not store.exists():
        raise CommandError(f"No signing key yet in {store.folder}; create one with `omnibus keys create`.")
    try:
        _show(store)
    except KeyStoreError as exc:
        raise CommandError(str(exc)) from exc
    if store.made_elsewhere():
        print(
            "This key was made by another copy of omnibus, on another computer: it cannot sign here. "
            "Create this computer's own key with `omnibus keys create --replace`.",
            file=sys.stderr,
        )
        return 1
    return 0


def run_keys_create(args: argparse.Namespace) -> int:
    from omnibus.export import KeyStoreError

    store = key_store()
    try:
        store.create(passphrase(confirm=True), replace=args.replace)
        print("Created a new signing key.")
        _show(store)
    except KeyStoreError as exc:
        raise CommandError(str(exc)) from exc
    return 0


def run_keys_export(args: argparse.Namespace) -> int:
    from omnibus.export import KeyStoreError

    try:
        path = key_store().export_backup(passphrase(), args.out)
    except KeyStoreError as exc:
        raise CommandError(str(exc)) from exc
    print(f"Wrote an encrypted backup of the signing key to {path}; it opens with the same passphrase.")
    return 0


def run_keys_import(args: argparse.Namespace) -> int:
    from omnibus.export import KeyStoreError

    store = key_store()
    try:
        store.import_backup(args.file, passphrase(), replace=args.replace)
        print("Imported the signing key.")
        _show(store)
    except KeyStoreError as exc:
        raise CommandError(str(exc)) from exc
    return 0

"""Looking at one package file as a person does: who signed it, what it is, whether it was altered, and its report.

The package viewer (double-click on a `.omnibus` file) shows what `view_package` finds. Nothing here raises on a
bad file: an unreadable, altered or encrypted file is a state to show, never a traceback. Trust is the
Secretariat's: read from its consolidated database when this installation has one, else not checked.

A Secretariat installation is one whose data folder holds `secretariat.db` (and, for encrypted packages, the age
key `secretariat-age-key.txt`), or whose settings name other files.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

import pyrage

from omnibus.export.encryption import is_encrypted, load_identities
from omnibus.export.errors import PackageError
from omnibus.export.verify import Verification, load_package_file, open_package, verify_package
from omnibus.secretariat import trust
from omnibus.secretariat.db import PackageRow, open_session
from omnibus.secretariat.importer import Decision, ImportOptions, import_packages

DEFAULT_DATABASE = "secretariat.db"
DEFAULT_IDENTITY = "secretariat-age-key.txt"
_HEADER_BYTES = 64

State = Literal["verified", "altered", "encrypted", "unreadable"]


@dataclass(frozen=True)
class SecretariatSetup:
    """The Secretariat's consolidated database and age key on this installation; None where there is none."""

    database: Path | str | None = None
    """A SQLite file, or a server's URL (`location.py`)."""
    identity: Path | None = None

    @classmethod
    def find(cls, home: Path, database: str = "", identity: str = "") -> SecretariatSetup:
        """The files named in the settings (the database may be a server's URL), else those at the default place
        in the data folder, if they exist."""
        key = Path(identity) if identity else Path(home) / DEFAULT_IDENTITY
        if "://" in database:
            return cls(database, key if key.is_file() else None)
        db = Path(database) if database else Path(home) / DEFAULT_DATABASE
        return cls(db if db.is_file() else None, key if key.is_file() else None)


@dataclass(frozen=True)
class PackageView:
    """What the viewer shows about one file.

    `state`: verified (signed, nothing altered), altered (signed or not, something differs), encrypted (not
    opened: `error` says why when a key was tried), unreadable (not a package at all; `error` says why, and
    `problem` is the error itself, for a front end to say it in the reader's language).
    `trust`: the Secretariat's decision for this signer and country; None when not checked (`trust_error` when
    the database could not be read). `report`: the PDF inside, only from a package in which nothing was altered.
    """

    path: Path
    state: State
    encrypted: bool = False
    error: str = ""
    verification: Verification | None = None
    trust: trust.TrustDecision | None = None
    trust_error: str = ""
    report: bytes | None = None
    problem: PackageError | None = None


def _looks_encrypted(path: Path) -> bool:
    try:
        with open(path, "rb") as file:
            return is_encrypted(file.read(_HEADER_BYTES))
    except OSError:
        return False


def _identities(setup: SecretariatSetup) -> Sequence[pyrage.x25519.Identity]:
    return load_identities(setup.identity) if setup.identity is not None else ()


def view_package(path: Path, setup: SecretariatSetup = SecretariatSetup(), *, decrypt: bool = False) -> PackageView:
    """Read and verify one file; an encrypted one is decrypted only when asked (`decrypt`) with the setup's key."""
    path = Path(path)
    encrypted = _looks_encrypted(path)
    if encrypted and not decrypt:
        return PackageView(path, "encrypted", encrypted=True)
    try:
        data, encrypted = load_package_file(path, _identities(setup) if decrypt else ())
        verification = verify_package(data)
    except PackageError as exc:
        state: State = "encrypted" if encrypted else "unreadable"
        return PackageView(path, state, encrypted=encrypted, error=str(exc), problem=exc)
    if not verification.intact:
        return PackageView(path, "altered", encrypted=encrypted, verification=verification)
    decision, trust_error = _trust(verification, setup)
    report = open_package(data).report
    return PackageView(path, "verified", encrypted, "", verification, decision, trust_error, report)


def _trust(verification: Verification, setup: SecretariatSetup) -> tuple[trust.TrustDecision | None, str]:
    manifest, signer = verification.manifest, verification.signer_fingerprint
    if setup.database is None or manifest is None or signer is None:
        return None, ""
    try:
        with open_session(setup.database) as session:
            return trust.decide(session, signer, manifest.country), ""
    except PackageError as exc:
        return None, str(exc)


def import_package(path: Path, setup: SecretariatSetup) -> Decision:
    """Store one file in the Secretariat's database by the importer's rules; the decision says what happened (for
    a file already stored, also what became of the stored package)."""
    if setup.database is None:
        raise PackageError("This installation has no Secretariat database to import into.")
    identities = _identities(setup)
    with open_session(setup.database, write=True) as session:
        decision = import_packages(session, [Path(path)], ImportOptions(identities=identities)).decisions[0]
        if decision.outcome == "duplicate" and decision.package_id is not None:
            stored = session.get(PackageRow, decision.package_id)
            if stored is not None:  # the package that was already there: its country, and whether it counts
                decision = replace(decision, country=stored.country, stored_state=stored.state)
    return decision

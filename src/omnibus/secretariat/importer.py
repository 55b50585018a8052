"""Importing response packages into the consolidated database, one decision per file.

For each file, in this order (the first rule that applies decides):
1. unreadable, or encrypted without a matching age identity: refused;
2. the same bytes (after decryption) are already stored: duplicate, nothing changes;
3. not a complete package, unsigned, bad signature, altered member, unknown questionnaire: refused;
4. the same signed manifest is already stored (re-zipped copy): duplicate;
5. a training package without `allow_training`: refused;
6. questionnaire files, responses or answers that do not fit: refused;
7. the key rules of `trust.py`: refused, pending, or counted;
8. counted packages are settled: the newest by manifest `created` in its group (country, questionnaire,
   cycle) is current ("accepted"); an older one arriving later is stored as history ("superseded").

One bad package never stops the others: a package writes nothing until every check has passed, and writes
are committed in batches (see `ledger.py`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

import pyrage
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from omnibus.export.archive import DEFAULT_LIMITS, Limits
from omnibus.export.errors import EncryptionError, PackageError
from omnibus.export.manifest import MANIFEST
from omnibus.export.verify import OpenedPackage, load_package_file, open_package, verify_package
from omnibus.secretariat import trust
from omnibus.secretariat.contents import ContentError, KnownQuestionnaires, bundled_questionnaires, check_contents
from omnibus.secretariat.db import DatabaseError, now_text, time_text
from omnibus.secretariat.facts import package_facts
from omnibus.secretariat.ledger import Ledger, Stale, Stored

Outcome = Literal["accepted", "superseded", "pending", "duplicate", "refused"]
PACKAGE_SUFFIXES = (".omnibus", ".omnibus.age")


@dataclass(frozen=True)
class Decision:
    """What happened to one file. `category` is a stable code (e.g. tampered, new-key); `reason` is for people."""

    source: str
    outcome: Outcome
    category: str
    reason: str = ""
    country: str | None = None
    questionnaire: str | None = None
    cycle: str | None = None
    package_id: int | None = None
    superseded: tuple[int, ...] = ()
    package_sha256: str | None = None
    """The refused file's SHA-256 when it could be read (what a receipt names it by); stored packages have an id."""
    stored_state: str | None = None
    """For a duplicate, when asked (`viewing.import_package`): the state of the package already stored (accepted,
    superseded, pending), so that "nothing changed" can say whether it counts."""


@dataclass(frozen=True)
class ImportProgress:
    done: int
    total: int
    decision: Decision


@dataclass(frozen=True)
class ImportOptions:
    identities: Sequence[pyrage.x25519.Identity] = ()
    allow_training: bool = False
    known: KnownQuestionnaires | None = None
    """Questionnaires accepted; the bundled catalogue when None."""
    limits: Limits = DEFAULT_LIMITS


@dataclass(frozen=True)
class ImportReport:
    decisions: tuple[Decision, ...]

    def count(self, outcome: Outcome) -> int:
        return sum(1 for d in self.decisions if d.outcome == outcome)

    @property
    def refused(self) -> tuple[Decision, ...]:
        return tuple(d for d in self.decisions if d.outcome == "refused")


def unread_files(paths: Iterable[Path]) -> list[Path]:
    """The files of the folders named that are not packages by their name, so left unread: an analyst is told of
    them, in case a package lost its name on the way (a mail program adding ".zip")."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and not p.name.endswith(PACKAGE_SUFFIXES)))
    return found


def package_files(paths: Iterable[Path]) -> list[Path]:
    """Files named on the command line as given; folders expanded to their packages, sorted by path."""
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.name.endswith(PACKAGE_SUFFIXES)))
        else:
            found.append(path)
    return found


def _classify(data: bytes, limits: Limits) -> str:
    """The category of a package `open_package` refused (only on the failure path, so cost is no issue)."""
    try:
        verification = verify_package(data, limits=limits)
    except PackageError as exc:
        return "unsigned" if "not signed" in str(exc) else "unreadable"
    if not verification.signatures_valid:
        return "bad-signature"
    if not verification.manifest_consistent:
        return "tampered"
    return "unknown-questionnaire"


class Importer:
    """Imports packages into one database session; see the module docstring for the rules.

    The importer keeps the database's state in memory (`ledger.Ledger`) and writes in batches. A decision is
    reported (`progress`, the report) only once its batch is committed, so "accepted" is never said of a
    package that is not stored. Two analysts may import into one database server at once (on SQLite the
    command's file lock keeps imports apart): the costly part, verifying packages, runs side by side; each
    batch is then written in a transaction that waits for the other's (`db.lock_writes`), and written only
    if what its decisions rested on still holds — the current package of each group it touches and the trusted
    keys — and if no package in it was stored by the other first (unique digests). Otherwise it is rolled back
    and decided again against what is stored now: a package the other stored is then a duplicate, and never
    stored twice or lost. Call `flush()` after `import_bytes`; `import_files` flushes by itself.
    """

    def __init__(self, session: Session, options: ImportOptions = ImportOptions()) -> None:
        self.session = session
        self.options = options
        self.known = options.known or bundled_questionnaires()
        self.trust = trust.TrustIndex.load(session)
        self.ledger = Ledger(session)
        self._unsettled: list[_Unsettled] = []
        self._settled: list[Decision] = []
        self._progress: Callable[[ImportProgress], None] | None = None
        self._total = 0

    def import_files(
        self, paths: Sequence[Path], progress: Callable[[ImportProgress], None] | None = None
    ) -> ImportReport:
        files = package_files(paths)
        self._settled, self._progress, self._total = [], progress, len(files)
        try:
            for path in files:
                self.import_file(path)
        finally:
            self.flush()
        self.ledger.checkpoint()
        return ImportReport(tuple(self._settled))

    def flush(self) -> None:
        """Write the batch, then report its decisions (only now are they true)."""
        for _attempt in range(_ATTEMPTS):
            try:
                self.ledger.flush(lambda: trust.TrustIndex.load(self.session) == self.trust)
            except (IntegrityError, Stale):  # another import or a key change came first
                self.session.rollback()
                self._decide_again()
                continue
            settled, self._unsettled = self._unsettled, []
            for entry in settled:
                self._settled.append(entry.decision)
                if self._progress is not None:
                    self._progress(ImportProgress(len(self._settled), self._total, entry.decision))
            return
        raise DatabaseError("other imports kept changing the database during this one; import the files again")

    def _decide_again(self) -> None:
        """Read the database again and decide the unsettled files anew (duplicates of what the other stored)."""
        unsettled, self._unsettled = self._unsettled, []
        self.trust = trust.TrustIndex.load(self.session)
        self.ledger = Ledger(self.session)
        for entry in unsettled:
            if entry.data is None:
                d = entry.decision
                self.ledger.add_refusal(d.source, None, d.category, d.reason, d.country)
                self._unsettled.append(entry)
            else:
                self._decide(entry.data, entry.decision.source, entry.encrypted)

    def import_file(self, path: Path) -> Decision:
        try:
            data, encrypted = load_package_file(path, self.options.identities, self.options.limits)
        except PackageError as exc:
            category = "encrypted" if isinstance(exc, EncryptionError) or "encrypted" in str(exc) else "unreadable"
            decision = self._refuse(path.name, None, category, str(exc))
            self._unsettled.append(_Unsettled(None, False, decision))
            return decision
        return self.import_bytes(data, path.name, encrypted=encrypted)

    def import_bytes(self, data: bytes, source: str, *, encrypted: bool = False) -> Decision:
        """Decide about one package; the decision holds once `flush` has written it."""
        decision = self._decide(data, source, encrypted)
        if self.ledger.full:
            self.flush()  # outside the guard: a database that cannot be written stops the import, loudly
        return decision

    def _decide(self, data: bytes, source: str, encrypted: bool) -> Decision:
        try:
            decision = self._import(data, source, encrypted)
        except Exception as exc:  # a bug must not stop the other packages; the file is listed as refused
            decision = self._refuse(source, None, "error", f"unexpected {type(exc).__name__}: {exc}")
        self._unsettled.append(_Unsettled(data, encrypted, decision))
        return decision

    def _import(self, data: bytes, source: str, encrypted: bool) -> Decision:
        digest = hashlib.sha256(data).hexdigest()
        same = self.ledger.duplicate(digest=digest)
        if same is not None:
            return _duplicate(source, same)
        try:
            opened = open_package(data, known_questionnaires=self.known.knows, limits=self.options.limits)
        except PackageError as exc:
            return self._refuse(source, digest, _classify(data, self.options.limits), str(exc))
        m = opened.manifest
        manifest_digest = hashlib.sha256(opened.members[MANIFEST]).hexdigest()
        same = self.ledger.duplicate(manifest_digest=manifest_digest)
        if same is not None:
            return _duplicate(source, same)
        if m.training and not self.options.allow_training:
            reason = "a training package (manifest says training: true); import with --allow-training to keep it."
            return self._refuse(source, digest, "training", reason, m.country)
        try:
            contents = check_contents(opened, self.known)
        except ContentError as exc:
            return self._refuse(source, digest, exc.category, str(exc), m.country)
        signer = opened.verification.signer_fingerprint or m.signer
        verdict = self.trust.decide(signer, m.country)
        if verdict.verdict == "refused":
            return self._refuse(source, digest, verdict.category, verdict.reason, m.country)
        pending = verdict.verdict == "pending"
        values = _row_values(opened, data, source, encrypted, digest, manifest_digest, signer)
        values["hold_reason"] = verdict.reason if pending else ""
        group = (m.country, m.questionnaire.id, m.reporting_cycle, m.training)
        facts = package_facts(contents.questionnaire, contents.responses)
        new_id, state, replaced = self.ledger.add_package(
            values, group, pending=pending, files=contents.files, facts=facts
        )
        decision = Decision(source, state, state, "", m.country, m.questionnaire.id, m.reporting_cycle, new_id)
        if state == "pending":
            return replace(decision, category=verdict.category, reason=verdict.reason)
        if state == "superseded":
            return replace(decision, category="older", reason="a newer package of this group is stored.")
        if replaced is None:
            return decision
        return replace(decision, reason=f"supersedes package {replaced}.", superseded=(replaced,))

    def _refuse(
        self, source: str, digest: str | None, category: str, reason: str, country: str | None = None
    ) -> Decision:
        self.ledger.add_refusal(source, digest, category, reason, country)
        return Decision(source, "refused", category, reason, country, package_sha256=digest)


@dataclass(frozen=True)
class _Unsettled:
    """A decision not yet committed, with what is needed to decide again (`data` None: an unreadable file)."""

    data: bytes | None
    encrypted: bool
    decision: Decision


_ATTEMPTS = 5
"""Batches decided again before giving up: each retry means another import committed in between."""


def _duplicate(source: str, stored: Stored) -> Decision:
    reason = f"already stored as package {stored.id} ({stored.file_name}); nothing changed."
    return Decision(source, "duplicate", "duplicate", reason, package_id=stored.id)


def _row_values(
    opened: OpenedPackage, data: bytes, source: str, encrypted: bool, digest: str, manifest_digest: str, signer: str
) -> dict[str, object]:
    m = opened.manifest
    return {
        "package_sha256": digest,
        "manifest_sha256": manifest_digest,
        "file_name": source,
        "encrypted": encrypted,
        "country": m.country,
        "questionnaire_id": m.questionnaire.id,
        "questionnaire_version": m.questionnaire.version,
        "questionnaire_sha256": m.questionnaire.sha256,
        "cycle": m.reporting_cycle,
        "assessment_id": m.assessment_id,
        "institution": m.institution,
        "status": m.status,
        "training": m.training,
        "created": time_text(m.created),
        "signer": signer,
        "imported_at": now_text(),
        "data": data,
    }


def import_packages(
    session: Session,
    paths: Sequence[Path],
    options: ImportOptions = ImportOptions(),
    progress: Callable[[ImportProgress], None] | None = None,
) -> ImportReport:
    """Import files and folders of packages; see the module docstring for the decision rules."""
    return Importer(session, options).import_files(paths, progress)

"""Which signing keys the Secretariat trusts, per country, and what that means for stored packages.

Rules (for a package signed by key K for country X; `*` as a country means any country):
- K is trusted for X: the package counts (it becomes current, or history if a newer one exists).
- K was trusted for X and revoked: refused.
- K is trusted only for other countries: refused (a key trusted for one State does not sign for another).
- X already has another trusted key: held as pending, "key change", until K is confirmed for X.
- No key is trusted for X yet: held as pending, "new key", until K is confirmed for X.

Trusting K for X releases X's pending packages signed by K; revoking it holds them again. After either,
every touched group is settled: its newest counted package is current, the others history.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from omnibus.export.errors import PackageError
from omnibus.export.keys import TrustedKeys, format_fingerprint, parse_fingerprint
from omnibus.secretariat.db import PackageRow, TrustedKeyRow, insert_new, lock_writes, now_text

Verdict = Literal["trusted", "pending", "refused"]


class TrustError(PackageError):
    """A fingerprint or country that cannot be trusted or revoked as asked."""


@dataclass(frozen=True)
class TrustDecision:
    verdict: Verdict
    category: str
    reason: str


@dataclass(frozen=True)
class KeyEntry:
    fingerprint: str
    country: str
    comment: str
    trusted_at: str
    revoked_at: str | None

    @property
    def display(self) -> str:
        return format_fingerprint(self.fingerprint)


@dataclass(frozen=True)
class Change:
    """A stored package whose state changed because of a trust decision."""

    package_id: int
    file_name: str
    country: str
    state: str


def normalize_fingerprint(text: str) -> str:
    try:
        return parse_fingerprint(text)
    except ValueError as exc:
        raise TrustError(f"{text!r} is not a key fingerprint (64 hex digits, as `SHA256:AB12 …`).") from exc


def normalize_country(text: str) -> str:
    code = text.strip().upper()
    if code != "*" and not (len(code) == 3 and code.isalpha()):
        raise TrustError(f"{text!r} is not an ISO 3166-1 alpha-3 country code (or * for any country).")
    return code


def _entries(session: Session, fingerprint: str | None = None) -> list[TrustedKeyRow]:
    query = select(TrustedKeyRow).order_by(TrustedKeyRow.country, TrustedKeyRow.fingerprint)
    if fingerprint is not None:
        query = query.where(TrustedKeyRow.fingerprint == fingerprint)
    return list(session.scalars(query))


@dataclass(frozen=True)
class TrustIndex:
    """The trusted-keys table in memory, for deciding about many packages without a query each."""

    entries: tuple[KeyEntry, ...]
    by_fingerprint: Mapping[str, tuple[KeyEntry, ...]] = field(init=False, repr=False, compare=False)
    """The entries of each key: an import decides about each package without going through all keys."""

    def __post_init__(self) -> None:
        found: dict[str, list[KeyEntry]] = {}
        for entry in self.entries:
            found.setdefault(entry.fingerprint, []).append(entry)
        object.__setattr__(self, "by_fingerprint", {k: tuple(v) for k, v in found.items()})

    @classmethod
    def load(cls, session: Session) -> TrustIndex:
        return cls(tuple(list_keys(session)))

    def decide(self, fingerprint: str, country: str) -> TrustDecision:
        """What the trust rules (module docstring) say about a package signed by `fingerprint` for `country`."""
        mine = self.by_fingerprint.get(fingerprint, ())
        if any(e.revoked_at is None and e.country in (country, "*") for e in mine):
            return TrustDecision("trusted", "trusted", "")
        shown = format_fingerprint(fingerprint)
        if any(e.country == country and e.revoked_at is not None for e in mine):
            return TrustDecision("refused", "revoked-key", f"signed with {shown}, revoked for {country}.")
        elsewhere = sorted({e.country for e in mine if e.revoked_at is None})
        if elsewhere:
            return TrustDecision(
                "refused",
                "wrong-key",
                f"signed for {country} with the key trusted for {', '.join(elsewhere)} ({shown}); "
                f"a key trusted for one State does not sign for another. If this is right, trust the key for "
                f"{country} and import the file again.",
            )
        others = [e for e in self.entries if e.country == country and e.revoked_at is None]
        confirm = f"confirm it out of band, then `omnibus secretariat keys trust {fingerprint} --country {country}`"
        if others:
            trusted = ", ".join(e.display[:27] + "…" for e in others)
            return TrustDecision(
                "pending",
                "key-change",
                f"key change: signed with {shown}, but {country}'s trusted key is {trusted}; {confirm}.",
            )
        return TrustDecision(
            "pending", "new-key", f"new key: no key is trusted for {country} yet ({shown}); {confirm}."
        )


def decide(session: Session, fingerprint: str, country: str) -> TrustDecision:
    return TrustIndex.load(session).decide(fingerprint, country)


def settle(session: Session, groups: Iterable[tuple[str, str, str, bool]]) -> None:
    """In each group the newest counted package (by manifest `created`, then arrival) is current."""
    for country, questionnaire_id, cycle, training in set(groups):
        rows = session.scalars(
            select(PackageRow)
            .where(
                PackageRow.country == country,
                PackageRow.questionnaire_id == questionnaire_id,
                PackageRow.cycle == cycle,
                PackageRow.training == training,
                PackageRow.state != "pending",
            )
            .order_by(PackageRow.created, PackageRow.id)
        ).all()
        for position, row in enumerate(rows):
            row.state = "accepted" if position == len(rows) - 1 else "superseded"


def trust_key(session: Session, fingerprint: str, country: str, comment: str = "") -> list[Change]:
    """Trust a key for a country (un-revoking it if it was revoked); release its pending packages."""
    fingerprint, country = normalize_fingerprint(fingerprint), normalize_country(country)
    lock_writes(session)  # on a server: never beside an import's write that decided with the keys before this
    # Insert-or-ignore, then update: another import trusting the same key at the same time is no conflict.
    values = {"fingerprint": fingerprint, "country": country, "comment": comment, "trusted_at": now_text()}
    session.execute(insert_new(TrustedKeyRow, session).values(values))
    same = (TrustedKeyRow.fingerprint == fingerprint, TrustedKeyRow.country == country)
    changes: dict[str, object] = {"revoked_at": None} | ({"comment": comment} if comment else {})
    session.execute(update(TrustedKeyRow).where(*same).values(changes))
    session.flush()
    query = select(PackageRow).where(PackageRow.signer == fingerprint, PackageRow.state == "pending")
    if country != "*":
        query = query.where(PackageRow.country == country)
    released = list(session.scalars(query))
    for package in released:
        package.state, package.hold_reason = "accepted", ""
    settle(session, (p.group for p in released))
    session.commit()
    return [Change(p.id, p.file_name, p.country, p.state) for p in released]


def revoke_key(session: Session, fingerprint: str, country: str | None = None) -> list[Change]:
    """Revoke a key (for one country or all); the packages it signed that no longer count are held."""
    fingerprint = normalize_fingerprint(fingerprint)
    wanted = normalize_country(country) if country else None
    lock_writes(session)
    entries = [e for e in _entries(session, fingerprint) if e.revoked_at is None and wanted in (None, e.country)]
    if not entries:
        raise TrustError(f"{format_fingerprint(fingerprint)} is not trusted{' for ' + wanted if wanted else ''}.")
    stamp = now_text()
    for entry in entries:
        entry.revoked_at = stamp
    session.flush()
    held: list[PackageRow] = []
    index = TrustIndex.load(session)
    for package in session.scalars(
        select(PackageRow).where(PackageRow.signer == fingerprint, PackageRow.state != "pending")
    ):
        if index.decide(fingerprint, package.country).verdict != "trusted":
            package.state = "pending"
            package.hold_reason = f"the signing key was revoked on {stamp}; trust it again to count this package."
            held.append(package)
    settle(session, (p.group for p in held))
    session.commit()
    return [Change(p.id, p.file_name, p.country, p.state) for p in held]


def list_keys(session: Session) -> list[KeyEntry]:
    return [KeyEntry(e.fingerprint, e.country, e.comment, e.trusted_at, e.revoked_at) for e in _entries(session)]


def seed(session: Session, keys: TrustedKeys) -> list[Change]:
    """Add the entries of a trusted-keys file that the database does not know yet (revocations stand)."""
    changes: list[Change] = []
    for key in keys.keys:
        known = session.scalars(
            select(TrustedKeyRow).where(
                TrustedKeyRow.fingerprint == key.fingerprint, TrustedKeyRow.country == key.country
            )
        ).first()
        if known is None:
            changes.extend(trust_key(session, key.fingerprint, key.country, key.comment))
    return changes

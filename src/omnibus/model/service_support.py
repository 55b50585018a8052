"""Pieces the assessment service is built from: the call lock, the in-memory assessment, audit-log JSON."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Protocol, TypeVar

from omnibus.model.records import Answer, AssessmentSummary, Draft, Json, Profile
from omnibus.model.sample_state import is_sample_state
from omnibus.model.service_errors import InvalidProfile

if TYPE_CHECKING:
    from omnibus.model.collaboration import SignOff
    from omnibus.model.questionnaire import Questionnaire


def now_utc() -> datetime:
    return datetime.now(UTC)


P = ParamSpec("P")
R = TypeVar("R")


class _Locked(Protocol):
    _mutex: threading.RLock


S = TypeVar("S", bound=_Locked)


def serialized(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """One call at a time: the GUI thread changes answers while a worker thread may read them for an export."""

    @functools.wraps(method)
    def locked(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with self._mutex:
            return method(self, *args, **kwargs)

    return locked


@dataclass
class Loaded:
    """An open assessment, kept in memory after first use."""

    summary: AssessmentSummary
    questionnaire: Questionnaire
    answers: dict[str, Answer]
    relevant: frozenset[str]
    drafts: dict[str, Draft]
    scope: frozenset[str] | None = None
    """On an institution's laptop, the items of the assignment the assessment answers (the others are context,
    read-only); None where every item may be answered."""
    collaboration: Collaboration | None = None
    """What the store holds of who gave the answers merged here and of the sections signed off, as last read; None
    until it is read, and again after a change to it (see `Workspace.collaboration`)."""


@dataclass(frozen=True)
class Collaboration:
    """An assessment's provenance rows (by item id; `contribution_queries.provenance_of` reads them against the
    answers) and its sign-offs, as stored."""

    provenance_rows: Mapping[str, Any]
    sign_offs: tuple[SignOff, ...]


def validate_profile(profile: Profile) -> Profile:
    """The profile with the country checked against ISO 3166 (alpha-3, upper case; or the training workshops'
    fictional State) and texts trimmed."""
    import pycountry  # here, not at the top: reading an assessment (`omnibus status`, the window) checks no country

    code = profile.country.strip().upper() if isinstance(profile.country, str) else ""
    if (len(code) != 3 or pycountry.countries.get(alpha_3=code) is None) and not is_sample_state(code):
        raise InvalidProfile(f"{profile.country!r} is not an ISO 3166 alpha-3 country code (e.g. KEN, FRA, PER)")
    return Profile(code, profile.institution.strip(), profile.focal_point.strip(), profile.contact.strip())


def profile_json(profile: Profile | None) -> Json:
    if profile is None:
        return None
    return {
        "country": profile.country,
        "institution": profile.institution,
        "focal_point": profile.focal_point,
        "contact": profile.contact,
    }


def summary_json(summary: AssessmentSummary) -> Json:
    return {
        "questionnaire": summary.questionnaire_id,
        "version": summary.questionnaire_version,
        "hash": summary.questionnaire_hash,
        "country": summary.country,
        "cycle": summary.cycle,
        "training": summary.training,
        "carried_from": summary.carried_from,
    }


def old_value(answer: Answer | None) -> Json:
    return None if answer is None else answer.value


def attachment_digests(answers: Any) -> set[str]:
    """SHA-256 digests named by attachment answers."""
    found: set[str] = set()
    for answer in answers:
        if answer is not None and isinstance(answer.value, list):
            for entry in answer.value:
                if isinstance(entry, dict) and isinstance(entry.get("sha256"), str):
                    found.add(entry["sha256"])
    return found

"""A ministry answering an assignment that names no contact person: its answers are the institution's, on its own
laptop and, through the contribution and the merge, on the focal point's. The laptop's login ("jdoe") names nobody
the focal point knows and is personal data: it is recorded nowhere the contribution takes it."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from omnibus.model.collaboration import ReceivedAssignment
from omnibus.model.service import AssessmentService

FOCAL_KEY, INTERIOR_KEY = "f0" * 32, "a1" * 32


def test_without_a_contact_the_ministrys_answers_are_the_institutions_not_its_logins(
    service: AssessmentService, aid: str, interior: AssessmentService
) -> None:
    assignment = service.assign(aid, "Ministry of Interior", sections=["numbers"])  # no contact person
    contents = service.assignment_contents(aid, assignment.id)
    local = interior.open_assignment(ReceivedAssignment(contents, FOCAL_KEY)).id
    interior.set_answer(local, "budget", 2.5)
    interior.set_comment(local, "cases", "The police keep no figures.")
    for item_id in ("budget", "cases"):
        stored = interior.answer(local, item_id)
        assert stored is not None
        assert (stored.answered_by, stored.institution) == ("", "Ministry of Interior")

    contribution = interior.prepare_contribution(local, None)
    assert contribution.person == ""
    assert {k: a.answered_by for k, a in contribution.answers.items()} == {"cases": "", "budget": "", "adopted": ""}

    digest = hashlib.sha256(contribution.id.encode()).hexdigest()
    sent = replace(contribution, fingerprint=INTERIOR_KEY, digest=digest)
    assert service.merge_contribution(aid, sent, trust=INTERIOR_KEY).taken == ("cases", "budget")
    for item_id in ("budget", "cases"):
        merged = service.answer(aid, item_id)
        given = service.item_provenance(aid, item_id)
        assert merged is not None and given is not None
        assert (merged.answered_by, merged.institution) == ("", "Ministry of Interior")
        assert (given.institution, given.person) == ("Ministry of Interior", "")

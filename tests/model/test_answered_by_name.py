"""Who answered, as the provenance says it: the focal point the assessment names, not the computer's login.

The window, the report and the package all read `Answer.answered_by` and the provenance made of it, so what the
service records is what every one of them shows.
"""

from __future__ import annotations

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.service import AssessmentService


def test_the_focal_points_own_answers_are_recorded_under_its_name(
    service: AssessmentService, q1: Questionnaire
) -> None:
    """Who answered, in the provenance line, the report and the package: the focal point the assessment names
    ("A. Diallo"), not the login of the computer ("tester") nobody reading it would recognise."""
    aid = service.create_assessment(q1, country="KEN", cycle="2024", institution="Justice", focal_point="A. Diallo").id
    service.set_answer(aid, "cases", 3)
    service.set_comment(aid, "budget", "Figures of the treasury.")
    service.set_comment(aid, "cases", "From the police.")
    service.clear_answer(aid, "cases")  # the comment stays, with who cleared the value
    for item_id in ("cases", "budget"):
        stored = service.answer(aid, item_id)
        given = service.item_provenance(aid, item_id)
        assert stored is not None and given is not None
        assert (stored.answered_by, given.person, given.accepted_by) == ("A. Diallo", "A. Diallo", "A. Diallo")


def test_without_a_focal_points_name_an_answer_still_records_the_login(service: AssessmentService, aid: str) -> None:
    """An assessment started without a focal point's name (and no profile) records the login: someone, not no one."""
    service.set_answer(aid, "cases", 3)
    assert service.answer(aid, "cases").answered_by == "tester"  # type: ignore[union-attr]

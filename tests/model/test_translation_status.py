"""`translations:`: which languages of a questionnaire are official texts and which are working translations."""

from __future__ import annotations

from tests.support.inline import assert_problems, load_inline

ITEM = "- {id: a, type: yes_no, label: {en: Question, fr: La question, ar: السؤال}}"


def test_a_language_without_an_entry_is_a_working_translation() -> None:
    q = load_inline(ITEM, languages="en, fr, ar")
    assert q.translation_status("en") == "official"
    assert q.translation_status("fr") == "working"
    assert q.translation_status("ar") == "working"


def test_an_official_translation_is_declared_per_language() -> None:
    q = load_inline(ITEM, languages="en, fr, ar", extra="translations: {fr: official, ar: working}\n")
    assert q.translation_status("fr") == "official"
    assert q.translation_status("ar") == "working"


def test_a_status_for_a_language_not_listed_is_refused_where_it_is_written() -> None:
    assert_problems(
        ITEM.replace(", ar: السؤال", ""),
        languages="en, fr",
        extra="translations: {zh: official}\n",
        expected=[(20, "`translations` names `zh`, which is not in `languages`")],
    )


def test_a_status_other_than_official_or_working_is_refused() -> None:
    assert_problems(
        ITEM,
        languages="en, fr, ar",
        extra="translations: {fr: draft}\n",
        expected=[(20, "must be one of 'official' or 'working', not `draft`")],
    )

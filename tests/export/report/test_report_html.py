"""The report's HTML as WeasyPrint gets it: anchors only where links land, every link lands, text direction."""

from __future__ import annotations

import re

import pytest
from markupsafe import escape
from tests.export.report import samples
from tests.export.report.conftest import context
from tests.support.inline import load_inline

from omnibus.export.report.assets import AssetFetcher
from omnibus.export.report.filters import bullets, direction_attribute
from omnibus.export.report.render import lay_out, render_html


def test_only_items_the_summaries_link_to_carry_an_anchor() -> None:
    report = context("en")
    html = render_html(report)
    linked = {row.anchor for module in report.gap_modules for row in module.rows} | {
        row.anchor for row in report.unanswered
    }
    assert linked and linked == report.linked_items
    assert set(re.findall(r'id="(item-[^"]+)"', html)) == linked
    assert 'id="item-crim_participation"' not in html  # in place and answered: nothing links to it


def test_every_link_of_the_report_lands_on_an_anchor() -> None:
    document = lay_out(render_html(context("en")), AssetFetcher())
    anchors = {name for page in document.pages for name in page.anchors}
    targets = [target for page in document.pages for kind, target, *_ in page.links if kind == "internal"]
    assert len(targets) >= 8  # the contents, the gap summary and the unanswered list
    assert set(targets) <= anchors


def test_direction_is_written_only_against_the_report() -> None:
    assert direction_attribute("Office of the Prosecutor", "ltr") == ""
    assert direction_attribute(samples.ARABIC_ANSWER, "ltr") == ' dir="rtl"'
    assert direction_attribute(samples.ARABIC_ANSWER, "rtl") == ""
    assert direction_attribute("Loi n° 2019-12", "rtl") == ' dir="ltr"'
    assert direction_attribute("2019-04-02", "rtl") == ""


def test_several_choices_print_as_one_bulleted_text() -> None:
    assert bullets(["National", "Other: Regional task forces"]) == "• National\n• Other: Regional task forces"


def test_questionnaire_text_in_another_script_keeps_its_own_direction_in_an_arabic_report() -> None:
    """A questionnaire whose questions exist in English only: in an Arabic report each one is laid out left to right
    (its question mark at its end), and the report's own Arabic text stays right to left."""
    from omnibus.export.report import build_report_context

    questionnaire = load_inline(
        """
        - {id: q_strategy, type: yes_no, label: "Is there a national strategy?"}
        - {id: q_agency, type: text, label: "Which agency coordinates it?"}
        - {id: q_review, type: yes_no_partial, label: "Is the strategy reviewed every year?"}
        """
    )
    report = build_report_context(questionnaire, samples.summary(), {}, [], lang="ar", package_hash=samples.HASH,
                                  key_fingerprint=samples.FINGERPRINT)  # fmt: skip
    html = render_html(report)
    questions = re.findall(r'<p class="q[^"]*"[^>]*>[^<]*', html)
    english = [q for q in questions if re.search(r"&#x2002;[A-Za-z]", q)]
    assert len(english) == 3
    assert all('dir="ltr"' in q for q in english)
    assert '<html lang="ar" dir="rtl">' in html
    headings = re.findall(r"<h[23][^>]*>", html)
    assert any('dir="ltr"' in h for h in headings)  # English module and section titles too


@pytest.mark.parametrize(
    ("lang", "colon"), [("en", ": "), ("fr", "\u00a0: "), ("es", ": "), ("ru", ": "), ("zh", "："), ("ar", ": ")]
)
def test_a_label_and_its_text_are_joined_the_way_the_language_writes_a_colon(lang: str, colon: str) -> None:
    report = context(lang)
    html = render_html(report)
    labels = {key: str(escape(text)) for key, text in report.labels.items()}
    if report.direction == "ltr":
        assert f"{labels['comment']}{colon}Only partly: no confiscation." in html
    else:  # an English comment runs against the report: its label stands on a line of its own
        assert f"{labels['comment']}{colon.strip(' ')}</p>" in html
    assert f"{labels['status']}{colon}" in html and f"{labels['references']}{colon}" in html
    found = {i.id: i for m in report.modules for s in m.sections for i in s.items}
    assert found["crim_levels"].answer.choices[1].startswith(f"{report.labels['other']}{colon}")

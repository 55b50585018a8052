"""The trainer's view of a class: twenty packages in a folder, one altered, one a draft, one a real submission;
each is named with the right problem, the rest are compared and analysed by the Secretariat's code."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from omnibus.export.report.labels import LANGUAGES, catalogue
from omnibus.secretariat.class_report import render_class_report, summary_text
from omnibus.secretariat.class_results import class_words, read_class
from tests.export.report.conftest import flat
from tests.secretariat.classroom import classroom, trainee_service

__all__ = ["classroom", "trainee_service"]  # fixtures


def test_each_package_is_named_with_its_problems(classroom: Path) -> None:
    results = read_class(classroom, "en")
    by_who = {h.who: h for h in results.handed_in}
    assert len(results.handed_in) == 21
    assert [p.kind for p in by_who["Tampered Trainee"].problems] == ["tampered"]
    assert [p.kind for p in by_who["Real Official"].problems] == ["not_training"]
    assert [p.kind for p in by_who["notes.omnibus"].problems] == ["unreadable"]
    assert sorted((p.kind, p.item_id) for p in by_who["Draft Trainee"].problems) == [
        ("constraint", "wd_officials_trained"),
        ("draft", ""),
        ("evidence", "wd_legislation_enacted"),
        ("required", "wd_optimal_implementation"),
    ]
    for n in range(1, 18):
        assert by_who[f"Trainee {n:02d}"].problems == ()
    assert {h.who for h in results.counted} == {f"Trainee {n:02d}" for n in range(1, 18)} | {"Draft Trainee"}
    assert summary_text(results) == "21 files handed in: 18 readable training packages, 17 of them without problems."


def test_the_secretariat_analysis_counts_every_trainee_and_no_real_submission(classroom: Path) -> None:
    analysis = read_class(classroom, "en").analysis
    assert analysis is not None
    assert analysis.include_training
    assert analysis.packages_counted == 18, "every trainee counts, although all answer for the same State and cycle"
    assert analysis.table("needs_by_type").column("requests") == (17,), "the one need of each final package"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "0 of the States of the class sent nothing."),
        ("fr", "0 des États du groupe n'ont rien envoyé."),
        ("es", "0 de los Estados del grupo no enviaron nada."),
    ],
)
def test_the_class_analysis_speaks_of_the_class_in_plain_words(classroom: Path, lang: str, sentence: str) -> None:
    """The scope is put into the analysis's sentences after their own article ("of the …", "des …")."""
    analysis = read_class(classroom, lang).analysis
    assert analysis is not None
    assert analysis.headline[-1] == sentence


def test_the_debriefing_pdf_says_the_right_thing_about_each_package(classroom: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "class.pdf"
    pdf.write_bytes(render_class_report(read_class(classroom, "en")))
    text = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())  # fmt: skip
    assert "Results of the class" in text
    assert "altered after it was signed, or damaged" in text
    assert "not a training package: a real submission" in text
    assert "a draft: not marked final before handing in" in text
    assert "required question not answered: Measures are taken conducive" in text
    assert "National Judicial and Police Training Academy" in text  # the answers side by side
    assert "The Secretariat's analysis of the class" in text


def page_feet(pdf: Path) -> list[str]:
    """The text of each page's foot: the bottom 62 points of an A4 page, where the page number is printed."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-r", "72", "-x", "0", "-y", "780", "-W", "595", "-H", "62", str(pdf), "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return [flat(page) for page in out.stdout.split("\f")[:-1]]  # pdftotext ends every page, even a blank foot


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_of_the_debriefing_pdf_says_it_is_a_training_document(
    classroom: Path, tmp_path: Path, lang: str
) -> None:
    pdf = tmp_path / "class.pdf"
    pdf.write_bytes(render_class_report(read_class(classroom, lang)))
    # Word by word; pdftotext cuts an Arabic word at its tanween and reorders the pieces, so such a word is skipped.
    words = [flat(word) for word in catalogue(lang)["page_training"].split() if flat(word) == word]
    assert len(words) >= 3
    feet = page_feet(pdf)
    assert len(feet) > 2, "the class's part and the Secretariat's analysis"
    assert [n for n, foot in enumerate(feet, 1) if not all(word in foot for word in words)] == []


def page_heads(pdf: Path) -> list[str]:
    """The text of each page's head: the top 50 points of an A4 page, where the running head is printed."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-r", "72", "-x", "0", "-y", "0", "-W", "595", "-H", "50", str(pdf), "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return [flat(page) for page in out.stdout.split("\f")[:-1]]


@pytest.mark.parametrize(("lang", "class_head", "analysis_head"), [
    ("en", "omnibus — results of the class", "omnibus — analysis of response packages"),
    ("fr", "omnibus — résultats du groupe", "omnibus — analyse des dossiers de réponse"),
])  # fmt: skip
def test_the_trainees_pages_name_the_class_results_in_their_running_head(
    classroom: Path, tmp_path: Path, lang: str, class_head: str, analysis_head: str
) -> None:
    """A page of who handed in what, shown on its own at the debriefing, is the class's results, not the
    analysis of response packages; the analysis's pages after it keep the analysis's own head."""
    pdf = tmp_path / "class.pdf"
    results = read_class(classroom, lang)
    pdf.write_bytes(render_class_report(results))
    pages = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")[:-1]  # fmt: skip
    heading = class_words(lang)["analysis"]  # the class's part ends with it; the analysis starts on a new page
    analysis_starts = 1 + next(n for n, page in enumerate(pages) if flat(heading) in flat(page))
    heads = page_heads(pdf)
    assert analysis_starts > 1, "the class's part fills more than one page"
    assert heads[:analysis_starts] == [flat(class_head)] * analysis_starts
    assert set(heads[analysis_starts:]) == {flat(analysis_head)}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_each_file_name_is_printed_whole_on_one_line(classroom: Path, tmp_path: Path, lang: str) -> None:
    """The trainer finds a package on the stick by its name: "Trainee 01.omnibus" must not be cut into
    "Trainee 01.omnib" and "us" by a column too narrow for it."""
    pdf = tmp_path / "class.pdf"
    results = read_class(classroom, lang)
    pdf.write_bytes(render_class_report(results))
    lines = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.splitlines()  # fmt: skip
    names = [h.path.name for h in results.handed_in]
    assert len(names) == 21
    assert [name for name in names if not any(name in flat_line for flat_line in map(_unmarked, lines))] == []


def _unmarked(line: str) -> str:
    """A line without the bidi controls pdftotext wraps right-to-left runs in."""
    return "".join(c for c in line if c not in "\u202a\u202b\u202c")

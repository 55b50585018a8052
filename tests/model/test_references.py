"""Article references: a filter on an article finds the items citing its paragraphs, and only those."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from omnibus.model.references import canonical, covers, enclosing, filter_choices, shown, sort_key


def test_an_article_covers_its_paragraphs_and_subparagraphs():
    assert covers("UNTOC art. 28", "UNTOC art. 28")
    assert covers("UNTOC art. 28", "UNTOC art. 28(1)")
    assert covers("UNTOC art. 28", "UNTOC art. 28(3)")
    assert covers("UNTOC art. 30", "UNTOC art. 30(2)(c)")
    assert covers("UNTOC art. 30(2)", "UNTOC art. 30(2)(c)")


def test_an_article_does_not_cover_its_neighbours():
    assert not covers("UNTOC art. 2", "UNTOC art. 28")
    assert not covers("UNTOC art. 2", "UNTOC art. 28(1)")
    assert not covers("UNTOC art. 28(1)", "UNTOC art. 28")  # a paragraph does not cover its whole article
    assert not covers("UNTOC art. 28(1)", "UNTOC art. 28(3)")
    assert not covers("UNTOC art. 3", "UNTOC art. 30(2)")
    assert not covers("TIP art. 5", "UNTOC art. 5")
    assert not covers("UNTOC art. 2", "UNTOC art. 2bis")


def test_spelling_differences_do_not_hide_an_item():
    assert canonical("  UNTOC  art. 28 (1) ") == "UNTOC art. 28(1)"
    assert covers("UNTOC art. 28", "UNTOC art. 28 (1)")
    assert covers("UNTOC art.  28", "UNTOC art. 28(1)")


def test_enclosing_goes_from_the_article_to_the_paragraph():
    assert enclosing("UNTOC art. 30(2)(c)") == ["UNTOC art. 30", "UNTOC art. 30(2)", "UNTOC art. 30(2)(c)"]
    assert enclosing("UNTOC art. 7") == ["UNTOC art. 7"]


def test_the_filter_offers_each_article_once_in_numeric_order():
    cited = [
        "UNTOC art. 31(5)",
        "UNTOC art. 7",
        "UNTOC art. 28(3)",
        "UNTOC art. 28",
        "UNTOC art. 34(1)",
        "UNTOC art. 10",
    ]
    assert filter_choices(cited) == [
        "UNTOC art. 7",
        "UNTOC art. 10",
        "UNTOC art. 28",
        "UNTOC art. 28(3)",
        "UNTOC art. 31",  # offered although only a paragraph of it is cited
        "UNTOC art. 31(5)",
        "UNTOC art. 34",
        "UNTOC art. 34(1)",
    ]
    assert filter_choices(["", "  "]) == []


_ARTICLE = st.builds(
    lambda instrument, article, paragraphs: f"{instrument} art. {article}" + "".join(f"({p})" for p in paragraphs),
    st.sampled_from(["UNTOC", "TIP", "Firearms Protocol"]),
    st.integers(1, 99),
    st.lists(st.one_of(st.integers(1, 12).map(str), st.sampled_from("abcd")), max_size=2),
)


@given(_ARTICLE, _ARTICLE)
def test_covering_is_being_the_reference_or_enclosing_it(chosen, reference):
    assert covers(chosen, reference) == (reference == chosen or reference.startswith(chosen + "("))
    assert covers(enclosing(reference)[0], reference)  # the whole article always finds its paragraphs


@given(st.lists(_ARTICLE, max_size=8))
def test_every_cited_reference_is_offered_and_found_by_its_article(cited):
    offered = filter_choices(cited)
    assert offered == sorted(set(offered), key=sort_key)
    for reference in cited:
        assert reference in offered and enclosing(reference)[0] in offered


def test_a_reference_reads_in_the_readers_own_abbreviations():
    assert shown("UNTOC art. 28(1)", "ru") == "КТОП, ст. 28(1)"  # as the Russian window calls the Convention
    assert shown("UNTOC art.  28 (1)", "ru") == "КТОП, ст. 28(1)"
    for lang in ("en", "fr", "es"):  # "art." is French and Spanish too
        assert shown("UNTOC art. 28(1)", lang) == "UNTOC art. 28(1)"
    assert shown("Firearms Protocol art. 3", "ru") == "Firearms Protocol art. 3"  # no form known: as stored


def test_arabic_and_chinese_name_the_article_before_the_convention():
    assert shown("UNTOC art. 28(1)", "ar") == "المادة 28 (1) من اتفاقية الجريمة المنظمة"
    assert shown("UNTOC art.  30 (2)(c)", "ar") == "المادة 30 (2) (ج) من اتفاقية الجريمة المنظمة"
    assert shown("UNTOC art. 2(a)", "ar") == "المادة 2 (أ) من اتفاقية الجريمة المنظمة"
    assert shown("UNTOC art. 28", "zh") == "《有组织犯罪公约》第28条"
    assert shown("UNTOC art. 28(1)", "zh") == "《有组织犯罪公约》第28条第1款"
    assert shown("UNTOC art. 30(2)(c)", "zh") == "《有组织犯罪公约》第30条第2款(c)项"


def test_a_reference_with_no_known_arabic_or_chinese_form_reads_as_stored():
    for lang in ("ar", "zh"):
        assert shown("Firearms Protocol art. 3", lang) == "Firearms Protocol art. 3"
        assert shown("UNTOC art. 2bis", lang) == "UNTOC art. 2bis"  # not a plain article: no guessed wording
        assert shown("UNTOC art. 5(1)(k)", lang) == "UNTOC art. 5(1)(k)"  # a letter past (j) has no sure abjad

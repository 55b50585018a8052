"""The navigator after a save: rows shown and hidden as relevance changes, under the filters set, and the section's
percentage in the interface language (the rows are filtered and relabelled only when that can change them)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from omnibus.ui.assessment.navigator import Navigator
from tests.ui.conftest import answer_choice, create_assessment


def test_a_follow_up_shows_in_the_tree_and_goes(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    nav = view.navigator
    answer_choice(qtbot, view, "liability", "yes")  # nothing depends on it
    qtbot.waitUntil(lambda: view.controller.answered("liability"))
    assert "law_name" not in nav.visible_items()

    answer_choice(qtbot, view, "has_law", "yes")
    qtbot.waitUntil(lambda: "law_name" in nav.visible_items())
    answer_choice(qtbot, view, "has_law", "no")
    qtbot.waitUntil(lambda: "law_name" not in nav.visible_items())

    assert window.ctx.session.service.answer(view.controller.id, "has_law").value == "no"


def test_a_follow_up_shows_under_the_search_typed(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    nav = view.navigator
    qtbot.keyClicks(nav.search, "law")
    assert "law_name" not in nav.visible_items() and "has_law" in nav.visible_items()

    answer_choice(qtbot, view, "has_law", "yes")
    qtbot.waitUntil(lambda: "law_name" in nav.visible_items())

    assert "liability" not in nav.visible_items()  # the search still holds
    assert view.controller.answered("has_law")


def test_the_sections_percentage_follows_the_answers_and_the_language(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    row = view.navigator.section_rows["choices"]
    assert row.text(1) == "0 %"
    answer_choice(qtbot, view, "liability", "yes")
    qtbot.waitUntil(lambda: row.text(1) != "0 %")
    percent = next(s.percent for s in view.controller.progress.sections if s.section_id == "choices")
    assert row.text(1) == f"{percent} %" and percent > 0
    assert row.data(1, Qt.ItemDataRole.AccessibleTextRole) == f"{percent} percent answered"

    window.set_language("fr")
    qtbot.waitUntil(lambda: window.view is not view and window.view is not None)
    row = window.view.navigator.section_rows["choices"]
    assert row.data(1, Qt.ItemDataRole.AccessibleTextRole) == f"{percent} pour cent de réponses"
    window.set_language("ar")
    qtbot.waitUntil(lambda: window.view.navigator.section_rows["choices"].text(1) == f"\u200f{percent} %")
    assert window.ctx.session.service.answer(window.view.controller.id, "liability").value == "yes"


def test_the_percentages_column_fits_its_widest_text(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    tree = view.navigator.tree
    assert tree.columnWidth(1) == tree.sizeHintForColumn(1) > 0
    widths = {tree.columnWidth(1)}
    for item_id, code in (("criminalised", "in_place"), ("liability", "yes"), ("has_law", "no"), ("kind", "civil")):
        answer_choice(qtbot, view, item_id, code)  # 0 % to two digits
        qtbot.waitUntil(lambda i=item_id: view.controller.answered(i))
        assert tree.columnWidth(1) == tree.sizeHintForColumn(1)
        widths.add(tree.columnWidth(1))
    assert view.navigator.section_rows["choices"].text(1) not in ("", "0 %")
    assert len(widths) > 1  # it widened as the percentage did
    assert window.ctx.session.service.answer(view.controller.id, "kind").value == "civil"


def test_the_percentages_column_is_not_refitted_for_a_narrower_text(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    tree, row = view.navigator.tree, view.navigator.section_rows["choices"]
    answer_choice(qtbot, view, "criminalised", "in_place")
    qtbot.waitUntil(lambda: view.controller.answered("criminalised"))
    wide = tree.columnWidth(1)
    assert row.text(1) != "0 %" and wide == tree.sizeHintForColumn(1)
    refits: list[int] = []
    tree.header().sectionResized.connect(lambda column, _old, new: refits.append(new) if column == 1 else None)

    qtbot.mouseClick(view.section_page("choices").widgets["criminalised"].clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.controller.answered("criminalised"))
    assert row.text(1) == "0 %"
    assert refits == [] and tree.columnWidth(1) == wide >= tree.sizeHintForColumn(1)  # whole, and the tree still

    assert window.ctx.session.service.answer(view.controller.id, "criminalised") is None


def _rows_shown(nav) -> dict[str, tuple[int, str, bool]]:
    """What every item's and section's row shows: its icon, its second column, whether it is hidden."""
    rows = {**nav.item_rows, **nav.section_rows}
    return {key: (row.icon(0).cacheKey(), row.text(1), row.isHidden()) for key, row in rows.items()}


def test_after_each_save_the_rows_show_what_a_navigator_built_afresh_shows(qtbot, build_app):
    """Only the rows of the items a save changed and of the sections whose counts moved are looked at again; what
    they all show is what a navigator working everything out from the stored answers shows."""
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    cases = view.section_page("values").widgets["cases"]
    steps = [("criminalised", "in_place"), ("has_law", "yes"), ("liability", "yes"), ("has_law", "no"),
             ("kind", "civil"), ("cases", "-3"), ("has_law", "yes"), ("cases", "12"), ("criminalised", "not_in_place")]  # fmt: skip
    for item_id, code in steps:
        if item_id == "cases":
            view.show_item("cases")
            cases.line.clear()
            qtbot.keyClicks(cases.line, code)  # "-3" is below the minimum: kept as a draft, an issue
            qtbot.keyClick(cases.line, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda c=code: ("cases" in service.drafts(aid)) == c.startswith("-"), timeout=3000)
        else:
            answer_choice(qtbot, view, item_id, code)
            qtbot.waitUntil(lambda i=item_id, c=code: view.controller.answers[i].value == c)
        afresh = Navigator(view.q, "en", view.controller)
        assert _rows_shown(view.navigator) == _rows_shown(afresh), (item_id, code)
        afresh.deleteLater()
    assert service.answer(aid, "criminalised").value == "not_in_place" and service.answer(aid, "cases").value == 12

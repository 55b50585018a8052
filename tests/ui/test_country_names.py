"""The start screen lists countries by the names the UN uses, in the interface language's alphabetical order."""

from __future__ import annotations

from PySide6.QtCore import Qt

from omnibus.model.countries import sort_key


def _choose_by_typing(qtbot, form, text: str) -> None:
    """Type part of the name, then take the completer's first suggestion with Down and Enter."""
    form.country.setFocus()
    qtbot.keyClicks(form.country.lineEdit(), text)
    popup = form.country.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_typing_the_un_name_picks_the_state_and_stores_it(qtbot, build_app):
    window = build_app()
    form = window.start_page.form
    _choose_by_typing(qtbot, form, "Moldova")
    assert form.country.currentText() == "Republic of Moldova"
    form.institution.setText("Ministry of Justice")
    form.focal_point.setText("A. Focal")
    form.cycle.setText("2025")
    qtbot.mouseClick(form.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    (summary,) = window.ctx.session.service.list_assessments()
    assert summary.country == "MDA"
    assert window.ctx.session.service.profile().country == "MDA"


def test_french_list_is_in_french_order_with_un_names(qtbot, build_app):
    window = build_app("fr")
    form = window.start_page.form
    names = [form.country.itemText(i) for i in range(1, form.country.count())]
    assert names == sorted(names, key=lambda n: sort_key(n, "fr"))
    assert names.index("Costa Rica") < names.index("Côte d'Ivoire") < names.index("Croatie")
    assert "Türkiye" in names and "Tchéquie" in names
    _choose_by_typing(qtbot, form, "Pays-Bas")
    assert form.country.currentText() == "Pays-Bas (Royaume des)"
    assert form.country.currentData() == "NLD"


def test_typing_the_start_of_a_name_offers_that_state_first_and_stores_it(qtbot, build_app):
    window = build_app("fr")
    form = window.start_page.form
    form.country.setFocus()
    qtbot.keyClicks(form.country.lineEdit(), "M")  # "Myanmar" starts with it: offered among the first
    qtbot.keyClicks(form.country.lineEdit(), "ar")
    popup = form.country.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    offered = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert offered[:2] == ["Maroc", "Martinique"] and offered[-2:] == ["Danemark", "Myanmar"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert (form.country.currentText(), form.country.currentData()) == ("Maroc", "MAR")
    form.institution.setText("Ministère de la justice")
    qtbot.mouseClick(form.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    (summary,) = window.ctx.session.service.list_assessments()
    assert summary.country == "MAR"


def test_a_name_is_found_without_its_accents(qtbot, build_app):
    window = build_app("fr")
    form = window.start_page.form
    _choose_by_typing(qtbot, form, "cote d")
    assert (form.country.currentText(), form.country.currentData()) == ("Côte d'Ivoire", "CIV")

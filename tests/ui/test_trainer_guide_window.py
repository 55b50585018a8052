"""The trainer's guide opened from the Training menu: in the interface language where it is written, in English
with a note saying so where it is not, shipped in the wheel like the respondent's guide."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from omnibus.ui import help as help_module
from omnibus.ui.help import GuideDialog
from tests.packaging.bundle_layout import lay_out_bundle

ROOT = Path(__file__).resolve().parents[2]


def open_trainer_guide(qtbot, window) -> GuideDialog:
    window.training_menu.guide_action.trigger()
    guide = window.training_menu.guide
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    return guide


@pytest.mark.parametrize(
    ("lang", "title", "heading"),
    [
        ("en", "Trainer's guide", "Trainer's guide"),
        ("fr", "Guide du formateur", "Guide du formateur"),
        ("ar", "دليل المدرب", "دليل المدرب"),
    ],
)
def test_the_training_menu_opens_the_trainer_guide_in_the_interface_language(qtbot, build_app, lang, title, heading):
    window = build_app(lang)
    assert (
        window.training_menu.guide_action.text().replace("&", "")
        == {
            "en": "Trainer's guide",
            "fr": "Guide du formateur",
            "ar": "دليل المدرب",
        }[lang]
    )
    guide = open_trainer_guide(qtbot, window)
    assert guide.windowTitle() == title
    assert guide.browser.toPlainText().splitlines()[0] == heading
    assert "XEX" in guide.browser.toPlainText()
    assert not guide.fallback.isVisible()


def test_a_language_without_a_trainer_guide_shows_the_english_one_and_says_so(qtbot, build_app):
    window = build_app("es")
    guide = open_trainer_guide(qtbot, window)
    assert guide.browser.toPlainText().splitlines()[0] == "Trainer's guide"
    assert guide.fallback.isVisible()
    assert guide.fallback.text() == ("La guía del formador aún no está escrita en este idioma: se muestra en inglés.")
    assert guide.windowTitle() == "Guía del formador"


def test_the_open_guide_follows_a_change_of_language(qtbot, build_app):
    window = build_app("en")
    guide = open_trainer_guide(qtbot, window)
    window.set_language("fr")
    qtbot.waitUntil(lambda: guide.browser.toPlainText().startswith("Guide du formateur"))
    assert not guide.fallback.isVisible()
    window.set_language("zh")
    qtbot.waitUntil(lambda: guide.fallback.isVisible())
    assert guide.browser.toPlainText().startswith("Trainer's guide")


def test_the_respondent_guide_is_still_the_help_menu_guide(qtbot, build_app):
    window = build_app("fr")
    window.guide_action.trigger()
    assert window.guide is not None
    assert window.guide.browser.toPlainText().startswith("Guide du répondant")
    assert not window.guide.fallback.isVisible()


def test_a_trainer_guide_missing_from_the_installation_is_said(qtbot, build_app, monkeypatch):
    def no_docs(kind: str) -> Path:
        raise FileNotFoundError(kind)

    monkeypatch.setattr(help_module, "resource", no_docs)
    window = build_app("fr")
    guide = open_trainer_guide(qtbot, window)
    assert guide.browser.toPlainText() == "Le guide du formateur est absent de cette installation."
    assert not guide.fallback.isVisible()


def test_every_trainer_guide_is_shipped_in_the_wheel_and_the_bundle(tmp_path):
    shipped = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    force_include = shipped["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    guides = sorted(path.name for path in (ROOT / "docs").glob("trainer-guide*.md"))
    assert guides == ["trainer-guide.ar.md", "trainer-guide.fr.md", "trainer-guide.md"]
    bundled = lay_out_bundle(tmp_path) / "_bundled" / "docs"
    for name in guides:
        assert force_include[f"docs/{name}"] == f"omnibus/_bundled/docs/{name}"
        assert (bundled / name).is_file()

"""A translator's round trip: `export-texts` to PO, translate in any PO tool, `import-texts` back into the YAML."""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
import pytest

from omnibus.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "model" / "fixtures" / "translation"
BUNDLED = Path(__file__).resolve().parents[2] / "questionnaires"
TRANSLATED = {
    "module:tr:title": "Formation",
    "section:tr_main:title": "Questions principales",
    "item:tr_exists:label": "Existe-t-il des instituts de formation ?",
    "item:tr_levels:label": 'Quels "niveaux" ?',
    "item:tr_levels:guidance": "Choisissez chaque niveau ; au plus {count}.",
    "item:tr_levels:choice:local:label": "Locale",
}


@pytest.fixture
def source(tmp_path: Path) -> Path:
    copy = tmp_path / "round-trip.yaml"
    shutil.copyfile(FIXTURES / "source.yaml", copy)
    return copy


def export(questionnaire: Path, lang: str, out: Path) -> polib.POFile:
    assert main(["questionnaire", "export-texts", str(questionnaire), "--lang", lang, "--out", str(out)]) == 0
    return polib.pofile(str(out), wrapwidth=0)


def translate(po_path: Path, po: polib.POFile, texts: dict[str, str]) -> None:
    """What a translator does in Poedit: fill in msgstr, nothing else."""
    for entry in po:
        if entry.msgctxt in texts:
            entry.msgstr = texts[entry.msgctxt]
    po.save(str(po_path))


def test_export_names_every_text_by_ids_with_the_source_text_and_the_translation(source: Path, tmp_path: Path) -> None:
    po = export(source, "fr", tmp_path / "fr.po")
    assert po.metadata["Language"] == "fr"
    entries = {e.msgctxt: (e.msgid, e.msgstr) for e in po}
    assert entries == {
        "questionnaire:title": ("Training", "Formation"),
        "module:tr:title": ("Training", ""),
        "section:tr_main:title": ("Main questions", ""),
        "item:tr_exists:label": ("Are there training institutions?", ""),
        "item:tr_levels:label": ("Which levels?", ""),
        "item:tr_levels:guidance": (
            "Select every level; {count} at most.",
            "Choisissez chaque niveau ; {count} au plus.",
        ),
        "item:tr_levels:choice:national:label": ("National", "Nationale"),
        "item:tr_levels:choice:local:label": ("Local", ""),
    }
    assert all(e.comment.startswith("source-sha256: ") for e in po)
    assert [e.occurrences for e in po][:2] == [[("round-trip.yaml", "6")], [("round-trip.yaml", "15")]]


def test_translated_texts_are_merged_keeping_comments_and_layout(source: Path, tmp_path: Path, capsys) -> None:
    po_path = tmp_path / "fr.po"
    translate(po_path, export(source, "fr", po_path), TRANSLATED)
    assert main(["questionnaire", "import-texts", str(source), str(po_path)]) == 0
    assert source.read_bytes() == (FIXTURES / "expected-fr.yaml").read_bytes()
    assert "6 texts translated, 2 already so, 0 without translation" in capsys.readouterr().out
    assert main(["validate", "--lang", "fr", str(source)]) == 0


@pytest.mark.parametrize("name", sorted(p.name for p in BUNDLED.glob("*.yaml")))
def test_exporting_and_importing_an_unchanged_file_changes_no_byte(name: str, tmp_path: Path) -> None:
    for other in BUNDLED.glob("*.yaml"):
        shutil.copyfile(other, tmp_path / other.name)
    questionnaire = tmp_path / name
    for lang in ("fr", "ar", "es"):
        export(questionnaire, lang, tmp_path / f"{lang}.po")
        assert main(["questionnaire", "import-texts", str(questionnaire), str(tmp_path / f"{lang}.po")]) == 0
        assert questionnaire.read_bytes() == (BUNDLED / name).read_bytes()


def test_a_new_language_is_added_to_languages(source: Path, tmp_path: Path) -> None:
    po_path = tmp_path / "es.po"
    po = export(source, "es", po_path)
    translate(po_path, po, {e.msgctxt: f"ES {e.msgid}" for e in po})
    assert main(["questionnaire", "import-texts", str(source), str(po_path)]) == 0
    text = source.read_text()
    assert "languages: [en, fr, es]" in text
    assert '  es: "ES Training"   # the title as published' not in text and '  es: "ES Training"\n' in text
    assert main(["validate", "--lang", "es", str(source)]) == 0


def refused(source: Path, po_path: Path, capsys) -> list[str]:
    before = source.read_bytes()
    capsys.readouterr()
    assert main(["questionnaire", "import-texts", str(source), str(po_path)]) == 1
    assert source.read_bytes() == before, "nothing is written when an entry is refused"
    assert list(source.parent.glob(".*importing*")) == []
    err = capsys.readouterr().err
    assert err.rstrip().endswith("nothing was written")
    return err.splitlines()[:-1]


def line_of(po_path: Path, context: str) -> int:
    """The first line of the entry (its comment), as PO tools count lines."""
    lines = po_path.read_text().splitlines()
    at = lines.index(f'msgctxt "{context}"')
    while at > 0 and lines[at - 1].startswith("#"):
        at -= 1
    return at + 1


def test_a_text_whose_source_changed_since_the_export_is_refused_at_its_line(
    source: Path, tmp_path: Path, capsys
) -> None:
    po_path = tmp_path / "fr.po"
    translate(po_path, export(source, "fr", po_path), TRANSLATED)
    source.write_text(source.read_text().replace("Are there training institutions?", "Are there training centres?"))
    problems = refused(source, po_path, capsys)
    assert problems == [
        f"{po_path}:{line_of(po_path, 'item:tr_exists:label')}:1: the `en` text of `item:tr_exists:label` changed "
        "in the questionnaire since this file was exported; export again and translate the new text"
    ]


def test_an_edited_msgid_an_unknown_id_and_a_broken_placeholder_are_each_refused(
    source: Path, tmp_path: Path, capsys
) -> None:
    po_path = tmp_path / "fr.po"
    po = export(source, "fr", po_path)
    translate(po_path, po, {**TRANSLATED, "item:tr_levels:guidance": "Choisissez chaque niveau ; au plus {nombre}."})
    po = polib.pofile(str(po_path), wrapwidth=0)
    po.find("item:tr_exists:label", by="msgctxt").msgid = "Are there training centres?"
    po.find("module:tr:title", by="msgctxt").msgctxt = "module:training:title"
    po.save(str(po_path))
    problems = refused(source, po_path, capsys)
    assert [p.split(":", 2)[1] for p in problems] == [
        str(line_of(po_path, c)) for c in ("module:training:title", "item:tr_exists:label", "item:tr_levels:guidance")
    ]
    assert "`module:training:title` is not a text of this questionnaire" in problems[0]
    assert "the source text (msgid) of `item:tr_exists:label` is not the one exported" in problems[1]
    assert "must keep the placeholders of the source text ({count}), not ({nombre})" in problems[2]


def test_a_percent_placeholder_must_be_kept_too(tmp_path: Path, capsys) -> None:
    questionnaire = tmp_path / "q.yaml"
    questionnaire.write_text((FIXTURES / "source.yaml").read_text().replace("Which levels?", "Which of %1 levels?"))
    po_path = tmp_path / "fr.po"
    translate(po_path, export(questionnaire, "fr", po_path), {"item:tr_levels:label": "Quels niveaux ?"})
    assert "(%1), not (none)" in refused(questionnaire, po_path, capsys)[0]


def test_a_po_file_of_another_questionnaire_or_of_the_source_language_is_refused(
    source: Path, tmp_path: Path, capsys
) -> None:
    po_path = tmp_path / "demo.po"
    export(BUNDLED / "workshop-demo.yaml", "fr", po_path)
    assert refused(source, po_path, capsys) == [
        f"{po_path}:1:1: this PO file holds the texts of `workshop-demo`, not of `round-trip`"
    ]
    po = export(source, "fr", po_path)
    po.metadata["Language"] = "en"
    po.save(str(po_path))
    assert "the PO file's `Language` header is `en`" in refused(source, po_path, capsys)[0]


def test_fuzzy_and_empty_translations_are_left_aside(source: Path, tmp_path: Path, capsys) -> None:
    po_path = tmp_path / "fr.po"
    po = export(source, "fr", po_path)
    translate(po_path, po, {"item:tr_exists:label": "Existe-t-il des instituts ?"})
    po = polib.pofile(str(po_path), wrapwidth=0)
    po.find("item:tr_exists:label", by="msgctxt").flags.append("fuzzy")
    po.save(str(po_path))
    before = source.read_bytes()
    assert main(["questionnaire", "import-texts", str(source), str(po_path)]) == 0
    assert source.read_bytes() == before
    assert "0 texts translated, 3 already so, 4 without translation, 1 marked fuzzy" in capsys.readouterr().out


def test_an_unreadable_po_file_is_refused_with_its_line(source: Path, tmp_path: Path, capsys) -> None:
    po_path = tmp_path / "fr.po"
    po_path.write_text(
        'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgctxt "module:tr:title"\nmsgid "Training"\nFormation\nmsgstr ""\n'
    )
    assert refused(source, po_path, capsys) == [
        f"{po_path}:7:1: this is not a readable PO file: Syntax error in po file (line 7)"
    ]


def test_a_bundled_questionnaire_is_found_by_its_id(tmp_path: Path, capsys) -> None:
    assert main(["questionnaire", "export-texts", "workshop-demo", "--lang", "ar"]) == 0
    out = capsys.readouterr().out
    assert 'msgctxt "item:wd_institutions_exist:label"' in out
    assert main(["questionnaire", "export-texts", "no-such-thing", "--lang", "ar"]) == 1
    assert "no bundled questionnaire has the id `no-such-thing`" in capsys.readouterr().err


def test_the_source_language_is_not_exported_for_translation(capsys) -> None:
    assert main(["questionnaire", "export-texts", "workshop-demo", "--lang", "en"]) == 1
    assert "en is the source language of workshop-demo" in capsys.readouterr().err


def test_names_are_built_from_ids_and_unique_in_every_bundled_file() -> None:
    from omnibus.model.loader import parse_document, read_file
    from omnibus.model.text_paths import named_texts

    for path in BUNDLED.glob("*.yaml"):
        names = [name for name, _path, _text in named_texts(parse_document(read_file(path), path.name).document)]
        assert len(names) == len(set(names)), path.name
    lists = parse_document(read_file(BUNDLED / "common-lists.yaml"), "common-lists.yaml").document
    assert "choice:government_levels:national:label" in [name for name, _p, _t in named_texts(lists)]


def test_a_file_saved_on_windows_keeps_its_line_endings(source: Path, tmp_path: Path) -> None:
    source.write_bytes((FIXTURES / "source.yaml").read_bytes().replace(b"\n", b"\r\n"))
    po_path = tmp_path / "fr.po"
    translate(po_path, export(source, "fr", po_path), TRANSLATED)
    assert main(["questionnaire", "import-texts", str(source), str(po_path)]) == 0
    assert source.read_bytes() == (FIXTURES / "expected-fr.yaml").read_bytes().replace(b"\n", b"\r\n")


def test_a_text_written_as_a_block_scalar_is_translated_too(tmp_path: Path) -> None:
    questionnaire = tmp_path / "q.yaml"
    text = (FIXTURES / "source.yaml").read_text()
    text = text.replace(
        "            guidance:\n",
        "            guidance:\n              ar: |\n                سطر أول\n                سطر ثان\n",
    )
    text = text.replace("languages: [en, fr]", "languages: [en, fr, ar]")
    questionnaire.write_text(text)
    po_path = tmp_path / "ar.po"
    translate(
        po_path, export(questionnaire, "ar", po_path), {"item:tr_levels:guidance": "اختر كل مستوى؛ {count} على الأكثر."}
    )
    assert main(["questionnaire", "import-texts", str(questionnaire), str(po_path)]) == 0
    assert (
        '              ar: "اختر كل مستوى؛ {count} على الأكثر."\n              en: "Select every level; {count} at most."\n'
        in questionnaire.read_text()
    )
    assert main(["validate", str(questionnaire)]) == 0

"""A questionnaire's texts for translators, as a gettext PO file, and back into the questionnaire's YAML.

PO rather than XLIFF 2: every translation tool the Secretariat's translators meet reads it (Poedit, Weblate,
OmegaT, Lokalize, Virtaal), it is plain text that a reviewer can read in a diff, and `polib` is a small, maintained,
MIT-licensed library to read and write it. Each entry is one text: `msgctxt` its stable name (`item:ID:label`),
`msgid` the source-language text, `msgstr` the translation, and a comment the digest of the source text as exported,
so that a text changed since the export is refused rather than given a translation of something else.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass

import polib

from omnibus.model.messages import Msg
from omnibus.model.schema import QuestionnaireDocument, SharedLists
from omnibus.model.text import LANGUAGES, LocalizedText, localize
from omnibus.model.text_paths import named_texts
from omnibus.model.yaml_edit import Edit, apply, list_append_edit, plain_text_edit, spans, text_edit
from omnibus.model.yaml_source import Path, Problem, SourceTree, parse

_DIGEST = re.compile(r"^source-sha256: ([0-9a-f]{16})$", re.MULTILINE)
_PLACEHOLDER = re.compile(r"\{[A-Za-z0-9_]*\}|%[0-9]+|%[sd]")


def digest(source: str) -> str:
    """A short fingerprint of a source text, recorded with each exported entry."""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


def placeholders(text: str) -> list[str]:
    """The `{name}` and `%1` placeholders of a text, which a translation must keep."""
    return sorted(_PLACEHOLDER.findall(text))


Document = QuestionnaireDocument | SharedLists


def version_in(text: LocalizedText, lang: str) -> str | None:
    """The text's own version in `lang` (a plain string has none: it is the source language's)."""
    if isinstance(text, str):
        return None
    return next((version for code, version in text.items() if code == lang), None)


def _identity(document: Document) -> tuple[str, str, str]:
    return document.id, document.version, document.source_language


def export_texts(document: Document, tree: SourceTree, file_name: str, lang: str) -> str:
    """The PO file of every text of `document` (read from `file_name`), with its current translation into `lang`."""
    doc_id, version, source_language = _identity(document)
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": f"{doc_id} {version}",
        "Language": lang,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Omnibus-Document": doc_id,
        "X-Omnibus-Source-Language": source_language,
    }
    for name, path, text in named_texts(document):
        source = localize(text, source_language, source_language)
        translation = (version_in(text, lang) or "") if lang != source_language else ""
        po.append(
            polib.POEntry(
                msgctxt=name,
                msgid=source,
                msgstr=translation,
                comment=f"source-sha256: {digest(source)}",
                occurrences=[(file_name, str(tree.locate(path).line))],
            )
        )
    return str(po)


@dataclass(frozen=True)
class ImportResult:
    """What an import did: the new YAML text, and how many entries were applied, unchanged or left aside."""

    text: str
    applied: int
    unchanged: int
    untranslated: int
    fuzzy: int


class ImportRefused(Exception):
    """The PO file cannot be merged; `problems` gives every reason, at its line in the PO file."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def read_po(content: str, po_name: str) -> polib.POFile:
    """The PO file, or ImportRefused saying where it cannot be read."""
    try:
        return polib.pofile(content, wrapwidth=0)
    except (OSError, ValueError) as exc:
        found = re.search(r"line (\d+)", str(exc))
        line = int(found.group(1)) if found else 1
        raise ImportRefused([Problem(po_name, line, 1, Msg.PO_UNREADABLE.format(reason=exc))]) from None


def import_texts(document: Document, yaml_text: str, po: polib.POFile, po_name: str) -> ImportResult:
    """Merge the translations of `po` into `yaml_text`, all or nothing.

    Refused (ImportRefused): a PO file for another questionnaire or language, a text whose source changed since the
    export or whose `msgid` was edited, an unknown name, a translation that loses or adds a placeholder.
    Entries marked fuzzy (not yet reviewed) and empty translations are left aside.
    """
    doc_id, _version, source_language = _identity(document)
    problems: list[Problem] = []
    lang = str(po.metadata.get("Language", ""))
    if lang not in LANGUAGES or lang == source_language:
        problems.append(Problem(po_name, 1, 1, Msg.PO_LANGUAGE.format(lang=lang, source=source_language)))
    other = str(po.metadata.get("X-Omnibus-Document", doc_id))
    if other != doc_id:
        problems.append(Problem(po_name, 1, 1, Msg.PO_OTHER_DOCUMENT.format(found=other, expected=doc_id)))
    if problems:
        raise ImportRefused(problems)
    known: dict[str, tuple[Path, LocalizedText]] = {name: (path, text) for name, path, text in named_texts(document)}
    seen = Counter(str(entry.msgctxt) for entry in po if not entry.obsolete)
    wanted: list[tuple[Path, str, bool]] = []  # path, translation, whether the text is a plain string
    counts = Counter[str]()
    for entry in po:
        if entry.obsolete:
            continue
        name, line = str(entry.msgctxt or ""), int(entry.linenum or 1)
        here = len(problems)
        problems.extend(_entry_problems(entry, name, line, po_name, known, seen, source_language))
        if len(problems) > here:
            continue
        if "fuzzy" in entry.flags:
            counts["fuzzy"] += 1
            continue
        if not entry.msgstr:
            counts["untranslated"] += 1
            continue
        path, text = known[name]
        if version_in(text, lang) == entry.msgstr:
            counts["unchanged"] += 1
            continue
        wanted.append((path, str(entry.msgstr), isinstance(text, str)))
    if problems:
        raise ImportRefused(problems)
    new_text = _write(yaml_text, document, lang, source_language, wanted)
    return ImportResult(new_text, len(wanted), counts["unchanged"], counts["untranslated"], counts["fuzzy"])


def _entry_problems(
    entry: polib.POEntry,
    name: str,
    line: int,
    po_name: str,
    known: dict[str, tuple[Path, LocalizedText]],
    seen: Counter[str],
    source_language: str,
) -> list[Problem]:
    def at(msg: str) -> list[Problem]:
        return [Problem(po_name, line, 1, msg)]

    if name not in known:
        return at(Msg.PO_UNKNOWN_TEXT.format(name=name))
    if seen[name] > 1:
        return at(Msg.PO_DUPLICATE_TEXT.format(name=name))
    msgid = str(entry.msgid)
    recorded = _DIGEST.search(str(entry.comment or ""))
    if recorded is None or recorded.group(1) != digest(msgid):
        return at(Msg.PO_MSGID_EDITED.format(name=name))
    _path, text = known[name]
    current = localize(text, source_language, source_language)
    if current != msgid:
        return at(Msg.PO_SOURCE_CHANGED.format(name=name, lang=source_language))
    translation = str(entry.msgstr)
    if translation and "fuzzy" not in entry.flags and placeholders(translation) != placeholders(msgid):
        expected = ", ".join(placeholders(msgid)) or "none"
        found = ", ".join(placeholders(translation)) or "none"
        return at(Msg.PO_PLACEHOLDERS.format(name=name, expected=expected, found=found))
    return []


def _write(
    yaml_text: str, document: Document, lang: str, source_language: str, wanted: list[tuple[Path, str, bool]]
) -> str:
    """`yaml_text` with the translations written in, and `lang` added to `languages` when it was not there."""
    if not wanted:
        return yaml_text
    nodes = spans(yaml_text)
    listed: list[str] = list(document.languages if isinstance(document, QuestionnaireDocument) else LANGUAGES)
    order = [*listed, *[code for code in LANGUAGES if code not in listed]]
    edits: list[Edit] = []
    for path, value, plain in wanted:
        if plain:
            edits.append(plain_text_edit(yaml_text, nodes, path, source_language, lang, value, order))
        else:
            edits.append(text_edit(yaml_text, nodes, path, lang, value, order))
    if isinstance(document, QuestionnaireDocument) and lang not in listed:
        edits.append(list_append_edit(yaml_text, nodes, ("languages",), lang))
    new_text = apply(yaml_text, edits)
    written = parse(new_text, "written").data
    for path, value, _plain in wanted:
        here = written
        for step in path:
            here = here[step]
        if not isinstance(here, dict) or here.get(lang) != value:
            raise AssertionError(f"the translation at {path} was not written as given")
    return new_text

"""`omnibus validate` and `omnibus questionnaires`: for authors of questionnaire files and for trainers."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from omnibus.model.text import LANGUAGES

if TYPE_CHECKING:  # the loader and its checks are imported by the commands that run, not to register them
    from omnibus.model.questionnaire import Questionnaire
    from omnibus.model.yaml_source import Problem


def register(subparsers: Any) -> None:
    validate = subparsers.add_parser("validate", help="check questionnaire and shared-list files")
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")
    validate.add_argument(
        "--lang", choices=LANGUAGES, help="also report text not yet translated into LANG (exit 0: 0 missing texts)"
    )
    validate.set_defaults(handler=run_validate)
    listing = subparsers.add_parser("questionnaires", help="list the bundled questionnaires")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)


def _cross_reference_problems(loaded: list[tuple[Path, Questionnaire]]) -> list[Problem]:
    """`same_as` must name an existing item when the other questionnaire is known (bundled or being checked)."""
    from omnibus.model.catalogue import Catalogue
    from omnibus.model.loader import QuestionnaireError
    from omnibus.model.messages import Msg
    from omnibus.model.yaml_source import Problem

    known: dict[str, Questionnaire] = {}
    bundled = Catalogue.bundled()
    for path in bundled.files():
        try:
            questionnaire = bundled.load(path)
        except QuestionnaireError:
            continue  # its own problems are reported when it is validated itself; it is no reference here
        known[questionnaire.id] = questionnaire
    known.update({q.id: q for _, q in loaded})
    problems = []
    for path, q in loaded:
        for info in q.items.values():
            for ref in info.item.same_as:
                other = known.get(ref.questionnaire)
                if other is not None and ref.item not in other.items and ref.item not in other.renamed:
                    line = q.item_lines.get(info.item.id, 1)
                    message = Msg.CROSS_REF_UNKNOWN.format(item=ref.item, questionnaire=ref.questionnaire)
                    problems.append(Problem(str(path), line, 1, message))
    return problems


def run_validate(args: argparse.Namespace) -> int:
    from omnibus.model.checks import missing_translations
    from omnibus.model.loader import QuestionnaireError, check_file, read_file
    from omnibus.model.schema import SharedLists
    from omnibus.model.yaml_source import Problem

    failed = False
    loaded: list[tuple[Path, Questionnaire]] = []
    for path in args.files:
        try:
            result = check_file(path)
        except QuestionnaireError as exc:
            failed = True
            for problem in exc.problems:
                print(problem)
            continue
        if isinstance(result, SharedLists):
            lists = ", ".join(f"{name} ({len(c)})" for name, c in result.choice_lists.items())
            summary = f"{path}: ok: shared lists {result.id} {result.version}: {lists}"
            doc: Any = result
            source: str = result.source_language
        else:
            loaded.append((path, result))
            types: dict[str, int] = {}
            for info in result.items.values():
                types[info.item.type] = types.get(info.item.type, 0) + 1
            summary = (
                f"{path}: ok: {result.id} {result.version}, {len(result.items)} items in "
                f"{sum(1 for _ in result.sections())} sections, languages {', '.join(result.languages)}"
            )
            doc = result.document
            source = result.source_language
        if args.lang:
            missing = list(missing_translations(doc, args.lang, source))
            summary += f"; {len(missing)} missing texts in {args.lang}"
            if missing:
                failed = True
                from omnibus.model.loader import parse_document

                tree = parse_document(read_file(path), str(path)).tree
                for where, message in missing:
                    pos = tree.locate(where)
                    print(Problem(str(path), pos.line, pos.column, message))
        print(summary)
    for problem in _cross_reference_problems(loaded):
        failed = True
        print(problem)
    return 1 if failed else 0


def run_list(args: argparse.Namespace) -> int:
    from omnibus.model.catalogue import Catalogue
    from omnibus.model.text import localize

    rows: list[dict[str, Any]] = [
        {
            "id": q.id,
            "version": q.version,
            "title": localize(q.document.title, "en", q.source_language),
            "languages": list(q.languages),
            "instruments": list(q.document.instruments),
            "items": len(q.items),
            "sha256": q.content_hash,
        }
        for q in Catalogue.bundled().all()
    ]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    for row in rows:
        languages = ",".join(row["languages"])
        print(f"{row['id']:<28} {row['version']:<8} {languages:<18} {row['items']:>4} items  {row['title']}")
    return 0

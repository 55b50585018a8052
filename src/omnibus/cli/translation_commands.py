"""`omnibus questionnaire export-texts|import-texts`: a questionnaire's texts to translators and back (PO files)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from omnibus.cli import CommandError
from omnibus.model.text import LANGUAGES

if TYPE_CHECKING:  # the core is imported by the commands that run, not to register them
    from omnibus.model.loader import ParsedFile


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("questionnaire", help="a questionnaire's texts, for translators (PO files)")
    commands = group.add_subparsers(dest="questionnaire_command", metavar="COMMAND", required=True)
    export = commands.add_parser("export-texts", help="write the texts and their translation into LANG as PO")
    export.add_argument("questionnaire", metavar="ID", help="a bundled questionnaire's id, or a YAML file")
    export.add_argument("--lang", required=True, choices=LANGUAGES)
    export.add_argument("--out", type=Path, metavar="FILE", help="the PO file to write (default: print it)")
    export.set_defaults(handler=run_export)
    merge = commands.add_parser("import-texts", help="merge a translated PO file into the questionnaire's YAML")
    merge.add_argument("questionnaire", metavar="ID", help="a bundled questionnaire's id, or a YAML file")
    merge.add_argument("po_file", type=Path, metavar="FILE.po")
    merge.set_defaults(handler=run_import)


def _locate(questionnaire: str) -> Path:
    """The YAML file of a questionnaire or lists file: a path as given, else the bundled file with that id."""
    from omnibus.model.loader import QuestionnaireError, parse_document, read_file
    from omnibus.resources import resource

    given = Path(questionnaire)
    if given.suffix in (".yaml", ".yml") or given.exists():
        return given
    for path in sorted(resource("questionnaires").glob("*.yaml")):
        try:
            if parse_document(read_file(path), str(path)).document.id == questionnaire:
                return path
        except QuestionnaireError:
            continue
    raise CommandError(f"no bundled questionnaire has the id `{questionnaire}`; `omnibus questionnaires` lists them")


def _parsed(path: Path) -> ParsedFile:
    """The file, checked as `omnibus validate` checks it: texts are only exported from a valid file."""
    from omnibus.model.loader import QuestionnaireError, check_file, parse_document, read_file

    try:
        check_file(path)
        return parse_document(read_file(path), str(path))
    except QuestionnaireError as exc:
        raise CommandError("\n".join(str(p) for p in exc.problems)) from None


def run_export(args: argparse.Namespace) -> int:
    from omnibus.model.translation_file import export_texts

    path = _locate(args.questionnaire)
    parsed = _parsed(path)
    if args.lang == parsed.document.source_language:
        raise CommandError(
            f"{args.lang} is the source language of {parsed.document.id}: its texts are the ones to translate; "
            "choose the language to translate into"
        )
    content = export_texts(parsed.document, parsed.tree, path.name, args.lang)
    if args.out is None:
        sys.stdout.write(content)
    else:
        args.out.write_text(content, encoding="utf-8")
        print(f"wrote {args.out}: the texts of {parsed.document.id} for translation into {args.lang}", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from omnibus.model.input_files import QUESTIONNAIRE
    from omnibus.model.loader import QuestionnaireError, read_file
    from omnibus.model.translation_file import ImportRefused, import_texts, read_po
    from omnibus.model.yaml_source import YamlError, decode

    path = _locate(args.questionnaire)
    parsed = _parsed(path)
    try:
        po_text = decode(read_file(args.po_file, QUESTIONNAIRE), str(args.po_file))
        po = read_po(po_text, str(args.po_file))
        result = import_texts(parsed.document, parsed.content.decode("utf-8-sig"), po, str(args.po_file))
        check_and_write(path, result.text)
    except (QuestionnaireError, YamlError, ImportRefused) as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print("nothing was written", file=sys.stderr)
        return 1
    print(
        f"{path}: {result.applied} texts translated, {result.unchanged} already so, "
        f"{result.untranslated} without translation, {result.fuzzy} marked fuzzy (left aside)"
    )
    return 0


def check_and_write(path: Path, text: str) -> None:
    """Write the merged YAML only if it is still a valid file (includes and all), in one step: a crash or a
    refusal leaves the file as it was."""
    from omnibus.model.loader import QuestionnaireError, check_file

    temporary = path.with_name(f".{path.stem}.importing{path.suffix}")
    temporary.write_text(text, encoding="utf-8", newline="")
    try:
        check_file(temporary)
    except QuestionnaireError:
        temporary.unlink()
        raise
    temporary.replace(path)

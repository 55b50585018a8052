"""Loading questionnaire files: bytes in, an immutable `Questionnaire` or a list of every problem out.

No input makes the loader raise anything but `QuestionnaireError` (proved by a property-based test).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path as FsPath
from pathlib import PurePath
from typing import Any

from pydantic import ValidationError

from omnibus.model import checks
from omnibus.model.input_files import LIST_FILE, QUESTIONNAIRE, FileKind, FileTooLarge, read_bounded
from omnibus.model.messages import Msg
from omnibus.model.questionnaire import Questionnaire, SourceFile
from omnibus.model.questionnaire_error import QuestionnaireError as QuestionnaireError  # where callers look for it
from omnibus.model.schema import Choice, EvidenceRule, QuestionnaireDocument, SharedLists
from omnibus.model.schema_validation import document_adapter
from omnibus.model.text import LANGUAGES
from omnibus.model.yaml_source import Position, Problem, SourceTree, YamlError, decode, parse

FileReader = Callable[[str], bytes | None]
"""Reads an included file by name (relative to the questionnaire); None when it does not exist."""


@dataclass(frozen=True)
class ParsedFile:
    """One file, parsed and validated for shape, with its positions for later messages."""

    name: str
    content: bytes
    tree: SourceTree
    document: QuestionnaireDocument | SharedLists


def parse_document(content: bytes, name: str, kind: FileKind = QUESTIONNAIRE) -> ParsedFile:
    """Read one file of either kind and check its shape; raise QuestionnaireError with every problem."""
    try:
        tree = parse(decode(content, name, kind), name)
        document = document_adapter().validate_python(tree.data)  # strictly: see `Shape`
    except YamlError as exc:
        raise QuestionnaireError(exc.problems) from None
    except ValidationError as exc:
        from omnibus.model.shape_errors import translate

        raise QuestionnaireError(translate(exc, tree, name)) from None
    except RecursionError:
        raise QuestionnaireError([Problem(name, 1, 1, Msg.TOO_DEEP.format(limit=64))]) from None
    return ParsedFile(name, content, tree, document)


def _problems(findings: list[checks.Finding], parsed: ParsedFile) -> list[Problem]:
    out = []
    for path, message in findings:
        pos = parsed.tree.locate(path)
        out.append(Problem(parsed.name, pos.line, pos.column, message))
    return out


def load_questionnaire_bytes(content: bytes, name: str, read_include: FileReader | None = None) -> Questionnaire:
    """Load a questionnaire from bytes; `read_include` supplies included shared-list files."""
    parsed = parse_document(content, name)
    if not isinstance(parsed.document, QuestionnaireDocument):
        raise QuestionnaireError([Problem(name, 1, 1, "this is a shared-lists file, not a questionnaire")])
    doc = parsed.document
    problems: list[Problem] = []
    lists: dict[str, tuple[Choice, ...]] = dict(doc.choice_lists)
    rules: dict[str, EvidenceRule] = dict(doc.evidence_rules)
    files = [SourceFile(name, content)]
    for n, include in enumerate(doc.include):
        pos = parsed.tree.locate(("include", n))
        try:
            raw = read_include(include) if read_include is not None else None
            if raw is None:
                problems.append(Problem(name, pos.line, pos.column, Msg.INCLUDE_MISSING.format(name=include)))
                continue
            included = parse_document(raw, str(PurePath(name).parent / include), LIST_FILE)
        except QuestionnaireError as exc:
            problems.extend(_included_by(exc.problems, name, pos))
            continue
        if not isinstance(included.document, SharedLists):
            problems.append(Problem(name, pos.line, pos.column, Msg.INCLUDE_NOT_LISTS.format(name=include)))
            continue
        # a shared list may be translated into more languages than this questionnaire uses
        found = list(checks.check_texts(included.document, doc.source_language, LANGUAGES))
        problems.extend(_included_by(_problems(found, included), name, pos))
        files.append(SourceFile(include, raw))
        _merge(lists, included.document.choice_lists, "choice_lists", include, parsed, problems)
        _merge(rules, included.document.evidence_rules, "evidence_rules", include, parsed, problems)
    resolved = checks.Resolved(lists, rules)
    findings = list(checks.check_structure(doc, resolved))
    findings.extend(checks.check_texts(doc, doc.source_language, doc.languages))
    conditions, condition_findings = checks.compile_conditions(doc, resolved)
    findings.extend(condition_findings)
    problems.extend(_problems(findings, parsed))
    if problems:
        raise QuestionnaireError(sorted(problems, key=lambda p: (p.file != name, p.file, p.line, p.column)))
    digest = hashlib.sha256(b"".join(f.content for f in files)).hexdigest()
    lines = {item.id: parsed.tree.locate(path).line for path, item in checks.item_paths(doc)}
    return Questionnaire(doc, lists, rules, conditions, tuple(files), digest, lines)


def _included_by(problems: list[Problem], questionnaire: str, include: Position) -> list[Problem]:
    """Problems of an included file, each saying which questionnaire includes it and where."""
    return [
        Problem(
            p.file,
            p.line,
            p.column,
            Msg.INCLUDED_BY.format(message=p.message, questionnaire=questionnaire, line=include.line),
        )
        for p in problems
    ]


def _merge(
    target: dict[str, Any],
    incoming: Mapping[str, Any],
    key: str,
    file: str,
    parsed: ParsedFile,
    problems: list[Problem],
) -> None:
    for name, value in incoming.items():
        if name in target:
            pos = parsed.tree.locate((key, name), key=True)
            problems.append(
                Problem(parsed.name, pos.line, pos.column, Msg.INCLUDE_CONFLICT.format(name=name, file=file))
            )
        else:
            target[name] = value


def read_file(path: FsPath, kind: FileKind = QUESTIONNAIRE) -> bytes:
    """A file's bytes, refusing oversized and endless files after reading no more than their kind allows."""
    try:
        return read_bounded(path, kind)
    except FileTooLarge as exc:
        raise QuestionnaireError([Problem(str(path), 1, 1, str(exc))]) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise QuestionnaireError([Problem(str(path), 1, 1, Msg.FILE_UNREADABLE.format(reason=reason))]) from None


def load_questionnaire(path: FsPath | str) -> Questionnaire:
    """Load a questionnaire file and the shared-list files it includes from the same folder."""
    path = FsPath(path)
    folder = path.parent

    def read_include(name: str) -> bytes | None:
        candidate = folder / name
        try:
            exists = candidate.exists()
        except OSError:  # a name the system cannot even look up (too long, say): reading it says why
            exists = True
        return read_file(candidate, LIST_FILE) if exists else None

    return load_questionnaire_bytes(read_file(path), str(path), read_include)


def check_file(path: FsPath | str) -> Questionnaire | SharedLists:
    """Validate one file of either kind (what `omnibus validate` runs)."""
    path = FsPath(path)
    content = read_file(path)
    parsed = parse_document(content, str(path))
    if isinstance(parsed.document, SharedLists):
        doc = parsed.document
        findings = list(checks.check_texts(doc, doc.source_language, LANGUAGES))
        for name, choices in doc.choice_lists.items():
            findings.extend(checks.check_codes(choices, ("choice_lists", name)))
        if findings:
            raise QuestionnaireError(_problems(findings, parsed))
        return doc
    return load_questionnaire(path)

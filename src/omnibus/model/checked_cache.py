"""Checked questionnaires kept in the user's cache folder, so a questionnaire is parsed and checked once per edition.

Reading a questionnaire's YAML, validating its shape and checking every condition costs about a tenth of a second
per questionnaire; `omnibus status` and the start screen paid it at every start for files that had not changed.
A questionnaire that loaded without a problem is kept here, keyed by its name and bytes, the program's version and
the files of the loader's own code, and taken back only if every file it includes still has the same bytes. Only
good questionnaires are kept: a file with problems is read again each time, so its messages are always current.

A cache file that cannot be read back (truncated, written by another version, damaged) is ignored and replaced;
a cache folder that cannot be written is not an error. The folder is the user's own (beside their database, or the
platform's cache folder), written by omnibus only: what is read back from it is trusted as the program's own work,
which is why it may be kept as a pickle (the conditions' compiled CEL programs are kept in CEL's own serialised
form, see `Expression`).
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path

from omnibus.model import cache_files
from omnibus.model.input_files import LIST_FILE, QUESTIONNAIRE, FileTooLarge, read_bounded
from omnibus.model.questionnaire import Questionnaire

FileReader = Callable[[str], bytes | None]
"""Reads an included file by name (relative to the questionnaire); None when it does not exist."""

# the modules whose code decides what a loaded questionnaire is: a changed one (while developing) misses the cache
_LOADER_CODE = ("loader.py", "schema.py", "shape_marks.py", "schema_validation.py", "questionnaire.py", "checks.py",
                "expressions.py", "yaml_source.py")  # fmt: skip
_FORMAT = b"checked-questionnaire 2"
"""2: the questionnaire's shapes are standard-library dataclasses, which read back without pydantic."""


def _entry(name: str, content: bytes) -> Path:
    here = Path(__file__).parent
    stamp = cache_files.code_stamp(*(here / module for module in _LOADER_CODE))
    return cache_files.entry("questionnaires", _FORMAT, stamp, name.encode(), content)


def _read(entry: Path) -> Questionnaire | None:
    data = cache_files.read(entry)
    if data is None:
        return None
    try:
        found = pickle.loads(data)
    except Exception:  # any damage to a cache file only means it is read again from the source
        return None
    return found if isinstance(found, Questionnaire) else None


def _write(entry: Path, questionnaire: Questionnaire) -> None:
    try:
        data = pickle.dumps(questionnaire, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError):
        return
    cache_files.write(entry, data)


def _includes_unchanged(questionnaire: Questionnaire, read_include: FileReader | None) -> bool:
    for included in questionnaire.files[1:]:
        try:
            now = read_include(included.name) if read_include is not None else None
        except Exception:  # the loader says what is wrong with an include that cannot be read
            return False
        if now != included.content:
            return False
    return True


def load_bytes(content: bytes, name: str, read_include: FileReader | None = None) -> Questionnaire:
    """`loader.load_questionnaire_bytes`, from the cache when this questionnaire and its includes were checked."""
    entry = _entry(name, content)
    cached = _read(entry)
    if cached is not None and _includes_unchanged(cached, read_include):
        return cached
    from omnibus.model.loader import load_questionnaire_bytes

    loaded = load_questionnaire_bytes(content, name, read_include)  # raises QuestionnaireError: nothing is kept
    _write(entry, loaded)
    return loaded


def load_file(path: Path | str) -> Questionnaire:
    """`loader.load_questionnaire`, from the cache when the file and the files it includes are unchanged."""
    path = Path(path)
    folder = path.parent

    def read_include(name: str) -> bytes | None:
        candidate = folder / name
        return read_bounded(candidate, LIST_FILE) if candidate.exists() else None

    try:
        content = read_bounded(path, QUESTIONNAIRE)
        cached = _read(_entry(str(path), content))
        if cached is not None and _includes_unchanged(cached, read_include):
            return cached
    except (OSError, FileTooLarge):  # the loader reads it again and says what is wrong in its words
        pass
    from omnibus.model.loader import load_questionnaire

    loaded = load_questionnaire(path)
    _write(_entry(str(path), loaded.files[0].content), loaded)
    return loaded

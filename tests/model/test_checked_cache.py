"""The cache of checked questionnaires: the same questionnaire as the loader's, read back only while it is still
true (same bytes, same included files), a damaged or unwritable cache never an error, a bad file never kept."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from omnibus import paths, resources
from omnibus.model import cache_files, checked_cache, loader
from omnibus.model.loader import QuestionnaireError, load_questionnaire
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Json

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The all-types questionnaire and the shared lists it includes, in a folder of their own."""
    copy = tmp_path / "questionnaires"
    copy.mkdir()
    for name in ("all-types-1.yaml", "test-lists.yaml"):
        shutil.copy(FIXTURES / name, copy / name)
    return copy


def _kept() -> list[Path]:
    return sorted((paths.cache_folder() / "questionnaires").glob("[0-9a-f]*"))


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the questionnaire was parsed again")

    monkeypatch.setattr(loader, "parse_document", refuse)


def _same(cached: Questionnaire, loaded: Questionnaire) -> None:
    assert cached.document == loaded.document
    assert cached.files == loaded.files
    assert cached.content_hash == loaded.content_hash
    assert dict(cached.choice_lists) == dict(loaded.choice_lists)
    assert dict(cached.item_lines) == dict(loaded.item_lines)
    assert list(cached.items) == list(loaded.items)
    cases: list[dict[str, Json]] = [{}, {"has_unit": "yes"}, {"has_unit": "no", "cases": 60000}]
    for answers in cases:
        assert cached.relevant_items(answers) == loaded.relevant_items(answers)
    for item_id, rules in loaded.conditions.constraints.items():
        kept = cached.conditions.constraints[item_id]
        assert [r.source for r in kept] == [r.source for r in rules]
        for value in (1, 49999, 50000, 60000):
            assert [r.evaluate({"value": value}) for r in kept] == [r.evaluate({"value": value}) for r in rules]


def test_a_checked_questionnaire_is_read_back_without_parsing(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = checked_cache.load_file(folder / "all-types-1.yaml")
    assert len(_kept()) == 1
    _no_parsing(monkeypatch)
    again = checked_cache.load_file(folder / "all-types-1.yaml")
    _same(again, first)
    assert again is not first  # read back from the file, not a copy kept in memory


def test_read_back_it_is_the_loaders_questionnaire(folder: Path) -> None:
    checked_cache.load_file(folder / "all-types-1.yaml")
    fresh = load_questionnaire(folder / "all-types-1.yaml")
    _same(checked_cache.load_file(folder / "all-types-1.yaml"), fresh)


def test_from_bytes_as_the_database_keeps_them(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {name: (folder / name).read_bytes() for name in ("all-types-1.yaml", "test-lists.yaml")}
    first = checked_cache.load_bytes(files["all-types-1.yaml"], "all-types-1.yaml", files.get)
    _no_parsing(monkeypatch)
    _same(checked_cache.load_bytes(files["all-types-1.yaml"], "all-types-1.yaml", files.get), first)


def test_a_changed_file_is_checked_again(folder: Path) -> None:
    checked_cache.load_file(folder / "all-types-1.yaml")
    path = folder / "all-types-1.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("Every item type", "Changed title"), encoding="utf-8")
    assert "Changed title" in str(checked_cache.load_file(path).document.title)
    assert len(_kept()) == 2


def test_a_changed_included_file_is_checked_again(folder: Path) -> None:
    first = checked_cache.load_file(folder / "all-types-1.yaml")
    lists = folder / "test-lists.yaml"
    lists.write_text(lists.read_text(encoding="utf-8").replace('"Customs"', '"Border guards"'), encoding="utf-8")
    again = checked_cache.load_file(folder / "all-types-1.yaml")
    labels = [str(c.label) for c in again.choice_lists["agencies"]]
    assert any("Border guards" in label for label in labels)
    assert again.content_hash != first.content_hash


def test_an_include_made_wrong_is_reported_not_taken_from_the_cache(folder: Path) -> None:
    checked_cache.load_file(folder / "all-types-1.yaml")
    (folder / "test-lists.yaml").unlink()
    with pytest.raises(QuestionnaireError, match=r"test-lists\.yaml"):
        checked_cache.load_file(folder / "all-types-1.yaml")


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05K\x01.", "truncated"])
def test_a_damaged_cache_file_is_ignored_and_replaced(folder: Path, damage: bytes | str) -> None:
    first = checked_cache.load_file(folder / "all-types-1.yaml")
    (kept,) = _kept()
    kept.write_bytes(kept.read_bytes()[:100] if damage == "truncated" else damage)  # type: ignore[arg-type]
    _same(checked_cache.load_file(folder / "all-types-1.yaml"), first)
    assert len(kept.read_bytes()) > 100  # written again whole


def test_an_unwritable_cache_folder_is_not_an_error(folder: Path) -> None:
    paths.cache_folder().parent.mkdir(parents=True, exist_ok=True)
    paths.cache_folder().write_text("a file where the folder should be", encoding="utf-8")
    loaded = checked_cache.load_file(folder / "all-types-1.yaml")
    assert loaded.id == "test-all-types"
    assert paths.cache_folder().is_file()


def test_a_questionnaire_with_problems_is_not_kept(folder: Path) -> None:
    path = folder / "all-types-1.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("relevant: \"has_unit == 'yes'\"", 'relevant: "has_unt == 1"'),
        encoding="utf-8",
    )
    for _ in range(2):  # the second time too: the problem is found by the loader, with its position
        with pytest.raises(QuestionnaireError, match="has_unt"):
            checked_cache.load_file(path)
    assert _kept() == []


def test_the_cache_keeps_a_bounded_number_of_files(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_files, "KEEP", 2)
    path = folder / "all-types-1.yaml"
    original = path.read_text(encoding="utf-8")
    for n in range(4):  # four editions of the file, each checked once
        path.write_text(original.replace("Every item type", f"Edition {n}"), encoding="utf-8")
        checked_cache.load_file(path)
    assert len(_kept()) == 2
    _no_parsing(monkeypatch)  # the newest is among those kept
    assert "Edition 3" in str(checked_cache.load_file(path).document.title)


_LOAD_BUNDLED = """
import sys
from omnibus.model import checked_cache
questionnaire = checked_cache.load_file(sys.argv[1])
print(len(questionnaire.items), *sorted(name for name in ("pydantic", "yaml") if name in sys.modules))
"""


def _load_in_a_process(path: Path) -> list[str]:
    """What a fresh process that loads `path` says: the number of items, then which of the two libraries it read."""
    # the process inherits this test's OMNIBUS_HOME, so its cache folder starts empty
    done = subprocess.run([sys.executable, "-c", _LOAD_BUNDLED, str(path)], capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_a_questionnaire_read_back_needs_neither_pydantic_nor_yaml() -> None:
    # `omnibus status` and the start screen read the bundled questionnaires at every start, from the cache
    untoc = resources.resource("questionnaires") / "untoc-needs-assessment.yaml"
    first = _load_in_a_process(untoc)
    assert first[1:] == ["pydantic", "yaml"]  # checked once: parsed and validated
    again = _load_in_a_process(untoc)
    assert again == first[:1]  # the same items, and neither library imported

"""The bounded reader: a file of exactly its limit is read whole, one byte more is refused, whatever the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from omnibus.model.input_files import ANSWERS, MB, FileTooLarge, megabytes, read_bounded
from tests.support.endless import SOURCES, hostile_file


def test_a_file_of_exactly_the_limit_is_read_whole(tmp_path: Path) -> None:
    file = tmp_path / "a.json"
    file.write_bytes(b"x" * 1000)
    assert read_bounded(file, ANSWERS, limit=1000) == b"x" * 1000


@pytest.mark.parametrize("source", SOURCES)
def test_one_byte_more_is_refused_with_kind_and_limit(tmp_path: Path, source: str) -> None:
    with hostile_file(source, tmp_path / "a.json", 1000) as file, pytest.raises(FileTooLarge) as caught:
        read_bounded(file, ANSWERS, limit=1000)
    assert str(caught.value) == "an answers file may be at most 0.000954 MB; this file is larger"


def test_limits_are_said_in_mb() -> None:
    assert str(FileTooLarge(ANSWERS, ANSWERS.max_bytes)) == "an answers file may be at most 16 MB; this file is larger"
    assert megabytes(1024 * MB + 64 * 1024) == "1024"
    assert megabytes(MB // 2) == "0.5"


def test_a_missing_file_is_left_to_the_caller(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_bounded(tmp_path / "missing.json", ANSWERS)

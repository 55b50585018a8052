"""Why a package, receipt or key could not be used, as a clause: the family of the core's error decides it, the
operating system's reason underneath a package error is said as `file_problem` says it."""

from __future__ import annotations

import errno

from omnibus.export.errors import EncryptionError, PackageError
from omnibus.ui.package_problem import package_problem


def _raised_over(error: OSError) -> PackageError:
    try:
        try:
            raise error
        except OSError as exc:
            raise PackageError("Cannot read KEN.omnibus: No such file or directory.") from exc
    except PackageError as outer:
        return outer


def test_a_package_that_could_not_be_read_says_what_the_system_found():
    gone = _raised_over(FileNotFoundError(errno.ENOENT, "No such file or directory"))
    assert package_problem(gone) == "it is no longer there (moved or removed?)"


def test_an_encrypted_package_is_told_apart_from_a_damaged_one():
    assert package_problem(EncryptionError("No identity matched.")) == (
        "it is encrypted, and no key of this installation opens it"
    )
    assert package_problem(PackageError("Refused: member 'x' appears more than once.")) == (
        "it is not a response package, or it is damaged, incomplete or altered"
    )


def test_an_error_of_another_kind_keeps_its_own_words():
    assert package_problem(MemoryError("out of memory")) == "out of memory"
    assert package_problem(MemoryError()) == "MemoryError"

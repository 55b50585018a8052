"""Why a file could not be read or written, in the interface language.

The operating system's reason (`OSError.strerror`) is English on most systems ("Permission denied"), and it was put
as it was inside a translated sentence ("The file cannot be read: %1"). The reasons a respondent meets (a file
removed, a folder without permission, a full disk, a read-only stick) are said here in their language; any other
keeps the system's words.
"""

from __future__ import annotations

import errno
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

_REASONS: dict[int, Callable[[], str]] = {
    errno.ENOENT: lambda: QCoreApplication.translate("FileProblem", "it is no longer there (moved or removed?)"),
    errno.EACCES: lambda: QCoreApplication.translate("FileProblem", "you are not allowed to use it"),
    errno.EPERM: lambda: QCoreApplication.translate("FileProblem", "you are not allowed to use it"),
    errno.ENOSPC: lambda: QCoreApplication.translate("FileProblem", "the disk is full"),
    errno.EROFS: lambda: QCoreApplication.translate("FileProblem", "the disk or USB stick is read-only"),
    errno.EISDIR: lambda: QCoreApplication.translate("FileProblem", "it is a folder, not a file"),
    errno.EIO: lambda: QCoreApplication.translate("FileProblem", "the disk reported an input/output error"),
}


def file_problem(error: OSError) -> str:
    """A short clause, without a capital or a full stop, saying why the file could not be used."""
    say = _REASONS.get(error.errno or 0)
    return say() if say is not None else error.strerror or str(error)

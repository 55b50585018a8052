"""Inputs that never end or are too large, as a user could name them: /dev/zero, a FIFO, an oversized file."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

SOURCES = ("dev-zero", "fifo", "oversized")


@contextlib.contextmanager
def hostile_file(source: str, path: Path, limit: int) -> Iterator[Path]:
    """`path` made into the given kind of endless or oversized input for a reader limited to `limit` bytes.

    "dev-zero" is a link to /dev/zero; "fifo" a named pipe a thread keeps writing into (the writer stops once
    the reader has gone); "oversized" a sparse regular file one byte longer than `limit`.
    """
    if source == "dev-zero":
        path.symlink_to("/dev/zero")
        yield path
    elif source == "oversized":
        with path.open("wb") as file:
            file.truncate(limit + 1)
        yield path
    else:
        os.mkfifo(path)
        feeder = threading.Thread(target=_feed, args=(path,), daemon=True)
        feeder.start()
        try:
            yield path
        finally:
            _release(path)
            feeder.join()


def _feed(path: Path) -> None:
    chunk = b"a: 1\n" * 16384
    with contextlib.suppress(BrokenPipeError, ConnectionResetError), path.open("wb") as pipe:
        while True:
            pipe.write(chunk)


def _release(path: Path) -> None:
    """Open and close the reading end, so a feeder still waiting for a reader gets a closed pipe and ends."""
    reader = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    os.close(reader)

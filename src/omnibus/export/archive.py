"""The zip container: deterministic writing, and reading that treats every file as hostile.

Reading never touches the disk and parses the zip itself (it is small and strict): the central directory
and every local header must agree and lie end to end, names are checked against the allow-list and sizes
and compression ratios against `Limits` before anything is inflated, and each member is inflated with
zlib into at most its declared size plus one byte, so a lying header cannot make it produce more; the
CRC-32 is then checked. For a package of small members this takes a fraction of `zipfile`'s time.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from omnibus.export.errors import PackageError
from omnibus.export.manifest import ATTACHMENT_PREFIX, REPORT, name_problem
from omnibus.model.input_files import PACKAGE

MiB = 1024 * 1024
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
_EOCD = struct.Struct("<4s4H2LH")
_CENTRAL = struct.Struct("<4s4x2H4x3L4H6xL")
"""Central directory record: signature, flags, method, CRC, sizes, name/extra/comment lengths, disk, offset."""
_LOCAL = struct.Struct("<4s2x2H4x3L2H")
"""Local header: signature, flags, method, CRC, sizes, name and extra lengths."""
_UTF8_NAME = 0x800
_ALLOWED_FLAGS = 0x1 | 0x2 | 0x4 | _UTF8_NAME
"""Encrypted (refused by name, below), deflate's speed hints, UTF-8 names. No data descriptors, no patches."""
_SMALL_MEMBERS = {
    "manifest.sig": 64,
    "manifest.json.minisig": 16 * 1024,
    "signer.pem": 4096,
    "signer.pub": 4096,
}


@dataclass(frozen=True)
class Limits:
    """How much a package may hold; the writer and the reader share them so we never make what we refuse."""

    max_package_bytes: int = PACKAGE.max_bytes
    max_members: int = 2000
    max_member_bytes: int = 256 * MiB
    max_total_bytes: int = 1024 * MiB
    max_manifest_bytes: int = 4 * MiB
    max_ratio: int = 100
    ratio_floor_bytes: int = 1 * MiB
    """Members smaller than this are not held to `max_ratio` (small JSON compresses well and is harmless)."""

    def member_cap(self, name: str) -> int:
        if name == "manifest.json":
            return self.max_manifest_bytes
        return _SMALL_MEMBERS.get(name, self.max_member_bytes)


DEFAULT_LIMITS = Limits()
ZIP_MAGIC = b"PK\x03\x04"


def _deflated_size(data: bytes) -> int:
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return len(compressor.compress(data) + compressor.flush())


_STORED_BELOW = 512
"""Members smaller than this (the signatures and the keys) are stored: deflate cannot shrink them, and a reader
inflating them pays more than the bytes saved."""


def _compression(name: str, data: bytes, limits: Limits) -> int:
    """Store what is already compressed, too small to shrink or would look like a bomb; deflate the rest."""
    if name == REPORT or name.startswith(ATTACHMENT_PREFIX) or len(data) < _STORED_BELOW:
        return zipfile.ZIP_STORED
    if len(data) > limits.ratio_floor_bytes and len(data) > limits.max_ratio * _deflated_size(data):
        return zipfile.ZIP_STORED
    return zipfile.ZIP_DEFLATED


def write_zip(members: Mapping[str, bytes], limits: Limits = DEFAULT_LIMITS) -> bytes:
    """Zip `members` in the given order with fixed timestamps and permissions: same input, same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            info.compress_type = _compression(name, data, limits)
            archive.writestr(info, data)
    return buffer.getvalue()


class _Entry(NamedTuple):
    """One member as the central directory declares it; `header` is where its local header starts."""

    name: str
    raw_name: bytes
    flags: int
    method: int
    crc: int
    compress_size: int
    file_size: int
    header: int


def _damaged(detail: str) -> PackageError:
    return PackageError(f"The package cannot be read: the zip structure is damaged ({detail}).")


def _check_envelope(data: bytes, limits: Limits) -> tuple[int, int]:
    """Cheap checks on the whole file before any member is looked at; returns (entries, directory offset)."""
    if len(data) > limits.max_package_bytes:
        raise PackageError(f"The file is larger than {limits.max_package_bytes // MiB} MiB; refused unread.")
    if data.startswith(b"age-encryption.org/") or data.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----"):
        raise PackageError("The package is encrypted with age; decrypt it first (an age identity is needed).")
    if not data.startswith(ZIP_MAGIC) or len(data) < _EOCD.size:
        raise PackageError("This is not a response package: it is not a zip file (or it is truncated).")
    signature, disk, cd_disk, entries_here, entries, cd_size, cd_offset, comment = _EOCD.unpack_from(
        data, len(data) - _EOCD.size
    )
    if signature != b"PK\x05\x06" or comment != 0:
        raise PackageError(
            "This is not a complete response package: the zip directory is not at the end "
            "(the file is truncated or has data appended)."
        )
    if entries > limits.max_members or cd_size > limits.max_members * 512:
        raise PackageError(f"The package has more than {limits.max_members} members; refused unread.")
    if disk != 0 or cd_disk != 0 or entries_here != entries:
        raise _damaged("it claims to span several disks")
    if cd_offset + cd_size != len(data) - _EOCD.size:
        raise _damaged("the directory is not where the end record says")
    return entries, cd_offset


def _central_directory(data: bytes, entries: int, offset: int) -> list[_Entry]:
    """Parse the central directory; it must hold exactly `entries` records and end at the end record."""
    end = len(data) - _EOCD.size
    found: list[_Entry] = []
    for _ in range(entries):
        if offset + _CENTRAL.size > end:
            raise _damaged("the directory is cut short")
        signature, flags, method, crc, csize, size, name_len, extra_len, comment_len, disk, header = (
            _CENTRAL.unpack_from(data, offset)
        )
        if signature != b"PK\x01\x02" or disk != 0:
            raise _damaged("a directory record is not one")
        raw_name = data[offset + _CENTRAL.size : offset + _CENTRAL.size + name_len]
        offset += _CENTRAL.size + name_len + extra_len + comment_len
        if offset > end:
            raise _damaged("the directory is cut short")
        encoding = "ascii" if raw_name.isascii() else "utf-8" if flags & _UTF8_NAME else "cp437"
        name = raw_name.decode(encoding, errors="replace")
        found.append(_Entry(name, raw_name, flags, method, crc, csize, size, header))
    if offset != end:
        raise _damaged("the directory holds more than its records")
    return found


NameCheck = Callable[[str], str | None]
"""Why a member name is refused in this kind of file, or None when it is allowed."""


def _check_entries(entries: list[_Entry], limits: Limits, name_check: NameCheck) -> None:
    """Names, flags, methods and declared sizes, all before a byte is inflated."""
    if len(entries) > limits.max_members:
        raise PackageError(f"The package has {len(entries)} members; at most {limits.max_members} are allowed.")
    seen: set[str] = set()
    total = 0
    for entry in entries:
        name = entry.name
        if b"\0" in entry.raw_name:
            raise PackageError(f"Member name {name[:120]!r} contains a NUL character.")
        problem = name_check(name)
        if problem:
            raise PackageError(f"Refused: {problem}.")
        if name.lower() in seen:
            raise PackageError(f"Refused: member {name!r} appears more than once.")
        seen.add(name.lower())
        if entry.flags & 0x1:
            raise PackageError(f"Refused: member {name!r} is encrypted inside the zip.")
        if entry.method not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageError(f"Refused: member {name!r} uses an unsupported compression method.")
        if entry.flags & ~_ALLOWED_FLAGS:
            raise PackageError(
                f"Refused: member {name!r} uses zip features a package never has (flags {entry.flags:#x})."
            )
        cap = limits.member_cap(name)
        if entry.file_size > cap:
            raise PackageError(f"Refused: member {name!r} declares {entry.file_size} bytes; the limit is {cap}.")
        if entry.file_size > limits.ratio_floor_bytes and entry.file_size > limits.max_ratio * max(
            entry.compress_size, 1
        ):
            raise PackageError(f"Refused: member {name!r} is compressed more than {limits.max_ratio}:1 (a zip bomb?).")
        total += entry.file_size
        if total > limits.max_total_bytes:
            raise PackageError(f"Refused: the members add up to more than {limits.max_total_bytes // MiB} MiB.")


def _data_offsets(data: bytes, entries: list[_Entry], directory: int) -> list[int]:
    """Where each member's data starts. Local headers must repeat the directory and follow each other with
    no gap and no overlap up to the directory: no hidden bytes, no member read twice."""
    position = 0
    starts = []
    for entry in entries:
        if entry.header != position or position + _LOCAL.size > directory:
            raise _damaged(f"member {entry.name!r} is not where the directory says")
        signature, flags, method, crc, csize, size, name_len, extra_len = _LOCAL.unpack_from(data, position)
        start = position + _LOCAL.size + name_len + extra_len
        if (
            signature != ZIP_MAGIC
            or (flags, method, crc, csize, size)
            != (entry.flags, entry.method, entry.crc, entry.compress_size, entry.file_size)
            or data[position + _LOCAL.size : position + _LOCAL.size + name_len] != entry.raw_name
        ):
            raise _damaged(f"the local header of {entry.name!r} differs from the directory")
        position = start + entry.compress_size
        if position > directory:
            raise _damaged(f"member {entry.name!r} runs into the directory")
        starts.append(start)
    if position != directory:
        raise _damaged("there are bytes between the members and the directory")
    return starts


def _read_member(data: memoryview, entry: _Entry, start: int) -> bytes:
    """Inflate at most the declared size (already within the limits) plus one byte: a lying header is caught."""
    raw = data[start : start + entry.compress_size]
    if entry.method == zipfile.ZIP_STORED:
        content = bytes(raw)
        crc = zlib.crc32(content)
    else:
        inflater = zlib.decompressobj(-15)
        try:
            content = inflater.decompress(raw, entry.file_size + 1)
        except zlib.error as exc:
            raise _damaged(f"member {entry.name!r} cannot be inflated: {exc}") from exc
        crc = zlib.crc32(content)
        complete = inflater.eof and not inflater.unused_data
        if len(content) <= entry.file_size and not complete:
            raise _damaged(f"the compressed data of {entry.name!r} does not end where the directory says")
    if len(content) > entry.file_size:
        raise PackageError(f"Refused: member {entry.name!r} holds more data than it declares.")
    if len(content) != entry.file_size:
        raise PackageError(f"Member {entry.name!r} is shorter than it declares (truncated).")
    if crc != entry.crc:
        raise _damaged(f"bad CRC-32 for member {entry.name!r}")
    return content


def read_zip(data: bytes, limits: Limits = DEFAULT_LIMITS, name_check: NameCheck = name_problem) -> dict[str, bytes]:
    """All members of an untrusted package, in memory, after every structural check has passed. `name_check`
    is the allow-list of member names: a response package's by default; the exchange files bring their own."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise PackageError("A package is read from bytes.")
    data = bytes(data)
    count, directory = _check_envelope(data, limits)
    entries = _central_directory(data, count, directory)
    _check_entries(entries, limits, name_check)
    starts = _data_offsets(data, entries, directory)
    view = memoryview(data)
    return {entry.name: _read_member(view, entry, start) for entry, start in zip(entries, starts, strict=True)}

"""The zip container: deterministic writing, and reading that treats every file as hostile.

Reading never touches the disk, checks names against the allow-list and sizes and compression ratios
against `Limits` before inflating anything, and inflates in bounded chunks so a lying header cannot
make it read more than it allowed.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

from omnibus.export.errors import PackageError
from omnibus.export.manifest import ATTACHMENT_PREFIX, REPORT, name_problem

MiB = 1024 * 1024
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
_EOCD = struct.Struct("<4s4H2LH")
_SMALL_MEMBERS = {
    "manifest.sig": 64,
    "manifest.json.minisig": 16 * 1024,
    "signer.pem": 4096,
    "signer.pub": 4096,
}


@dataclass(frozen=True)
class Limits:
    """How much a package may hold; the writer and the reader share them so we never make what we refuse."""

    max_package_bytes: int = 1024 * MiB
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


def _compression(name: str, data: bytes, limits: Limits) -> int:
    """Store what is already compressed or would look like a bomb; deflate the rest."""
    if name == REPORT or name.startswith(ATTACHMENT_PREFIX):
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


@contextmanager
def _zip_errors(context: str) -> Iterator[None]:
    """Turn whatever the zip library raises on a damaged file into one clear PackageError."""
    try:
        yield
    except PackageError:
        raise
    except zipfile.BadZipFile as exc:
        raise PackageError(f"{context}: the zip structure is damaged ({exc}).") from exc
    except (
        zipfile.LargeZipFile,
        NotImplementedError,
        RuntimeError,
        EOFError,
        OSError,
        ValueError,
        zlib.error,
        struct.error,
        OverflowError,
        KeyError,
        IndexError,
    ) as exc:
        raise PackageError(f"{context}: the zip structure is damaged ({type(exc).__name__}: {exc}).") from exc


def _check_envelope(data: bytes, limits: Limits) -> None:
    """Cheap checks on the whole file before the zip library parses a byte of it."""
    if len(data) > limits.max_package_bytes:
        raise PackageError(f"The file is larger than {limits.max_package_bytes // MiB} MiB; refused unread.")
    if data.startswith(b"age-encryption.org/") or data.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----"):
        raise PackageError("The package is encrypted with age; decrypt it first (an age identity is needed).")
    if not data.startswith(ZIP_MAGIC) or len(data) < _EOCD.size:
        raise PackageError("This is not a response package: it is not a zip file (or it is truncated).")
    signature, _disk, _cd_disk, _entries_here, entries, cd_size, _cd_offset, comment = _EOCD.unpack(data[-_EOCD.size :])
    if signature != b"PK\x05\x06" or comment != 0:
        raise PackageError(
            "This is not a complete response package: the zip directory is not at the end "
            "(the file is truncated or has data appended)."
        )
    if entries > limits.max_members or cd_size > limits.max_members * 512:
        raise PackageError(f"The package has more than {limits.max_members} members; refused unread.")


def _check_entries(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.max_members:
        raise PackageError(f"The package has {len(infos)} members; at most {limits.max_members} are allowed.")
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if info.orig_filename != name:
            raise PackageError(f"Member name {info.orig_filename[:120]!r} contains a NUL character.")
        problem = name_problem(name)
        if problem:
            raise PackageError(f"Refused: {problem}.")
        if name.lower() in seen:
            raise PackageError(f"Refused: member {name!r} appears more than once.")
        seen.add(name.lower())
        if info.flag_bits & 0x1:
            raise PackageError(f"Refused: member {name!r} is encrypted inside the zip.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageError(f"Refused: member {name!r} uses an unsupported compression method.")
        cap = limits.member_cap(name)
        if info.file_size > cap:
            raise PackageError(f"Refused: member {name!r} declares {info.file_size} bytes; the limit is {cap}.")
        if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise PackageError(f"Refused: member {name!r} is compressed more than {limits.max_ratio}:1 (a zip bomb?).")
        total += info.file_size
        if total > limits.max_total_bytes:
            raise PackageError(f"Refused: the members add up to more than {limits.max_total_bytes // MiB} MiB.")


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """Inflate at most the declared size (already within the limits) plus one byte: a lying header is caught."""
    with archive.open(info) as stream:
        data = stream.read(info.file_size + 1)
    if len(data) > info.file_size:
        raise PackageError(f"Refused: member {info.filename!r} holds more data than it declares.")
    if len(data) != info.file_size:
        raise PackageError(f"Member {info.filename!r} is shorter than it declares (truncated).")
    return data


def read_zip(data: bytes, limits: Limits = DEFAULT_LIMITS) -> dict[str, bytes]:
    """All members of an untrusted package, in memory, after every structural check has passed."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise PackageError("A package is read from bytes.")
    data = bytes(data)
    _check_envelope(data, limits)
    with _zip_errors("The package cannot be read"), zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        _check_entries(infos, limits)
        return {info.filename: _read_member(archive, info) for info in infos}

"""The zip reader, byte by byte: every field a hostile file could lie in is checked before it is trusted."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass, replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from omnibus.export import PackageError
from omnibus.export.archive import read_zip, write_zip

CONTENT = b"kind: questionnaire\nid: demo\n" * 40


@dataclass(frozen=True)
class Raw:
    """One member as written into a hand-made zip, every header field free to lie."""

    name: bytes
    data: bytes  # the bytes stored (compressed or not)
    size: int
    crc: int
    method: int = zipfile.ZIP_DEFLATED
    flags: int = 0
    local_name: bytes | None = None
    local_crc: int | None = None


def deflated(name: str, content: bytes = CONTENT) -> Raw:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    data = compressor.compress(content) + compressor.flush()
    return Raw(name.encode(), data, len(content), zlib.crc32(content))


def stored(name: str, content: bytes) -> Raw:
    return Raw(name.encode(), content, len(content), zlib.crc32(content), method=zipfile.ZIP_STORED)


def build(
    members: list[Raw],
    *,
    gap: bytes = b"",
    offsets: list[int] | None = None,
    disk: int = 0,
    count: int | None = None,
) -> bytes:
    """A zip of `members`; `gap` goes between the members and the directory, `offsets` override the directory's."""
    out, directory = bytearray(), bytearray()
    for n, m in enumerate(members):
        offset = len(out)
        local_name = m.local_name if m.local_name is not None else m.name
        local_crc = m.local_crc if m.local_crc is not None else m.crc
        out += struct.pack(
            "<4s5H3L2H",
            b"PK\x03\x04",
            20,
            m.flags,
            m.method,
            0,
            0x21,
            local_crc,
            len(m.data),
            m.size,
            len(local_name),
            0,
        )
        out += local_name + m.data
        at = offsets[n] if offsets is not None else offset
        directory += struct.pack(
            "<4s6H3L5H2L", b"PK\x01\x02", 20, 20, m.flags, m.method, 0, 0x21, m.crc, len(m.data), m.size,
            len(m.name), 0, 0, 0, 0, 0, at,
        )  # fmt: skip
        directory += m.name
    out += gap
    entries = len(members) if count is None else count
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", disk, disk, entries, entries, len(directory), len(out), 0)
    return bytes(out + directory + end)


def test_a_hand_made_zip_reads_back() -> None:
    assert read_zip(build([deflated("responses.json"), stored("report.pdf", b"%PDF")])) == {
        "responses.json": CONTENT,
        "report.pdf": b"%PDF",
    }


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ([replace(deflated("responses.json"), crc=1, local_crc=1)], "bad CRC-32"),
        ([replace(stored("report.pdf", b"%PDF"), crc=1, local_crc=1)], "bad CRC-32"),
        ([replace(deflated("responses.json"), local_crc=1)], "local header of 'responses.json' differs"),
        ([replace(deflated("responses.json"), local_name=b"report.pdf")], "local header of 'responses.json' differs"),
        ([replace(deflated("responses.json"), data=deflated("x").data[:-8])], "does not end where"),
        ([replace(deflated("responses.json"), data=deflated("x").data + b"\0\0")], "does not end where"),
        ([replace(deflated("responses.json"), data=b"\xff" * 40)], "cannot be inflated"),
        ([replace(deflated("responses.json"), size=len(CONTENT) - 1)], "more data than it declares"),
        ([replace(deflated("responses.json"), size=len(CONTENT) + 1)], "shorter than it declares"),
        ([replace(deflated("responses.json"), flags=0x8)], "zip features a package never has"),
        ([replace(deflated("responses.json"), flags=0x20)], "zip features a package never has"),
        ([replace(deflated("responses.json"), method=14)], "unsupported compression method"),
        ([deflated("questionnaire/a.yaml"), deflated("questionnaire/A.yaml")], "appears more than once"),
        ([deflated("../responses.json")], "climbs out of the package"),
        ([deflated("/responses.json")], "absolute path"),
        ([replace(deflated("responses.json"), name=b"responses.json\0.exe")], "NUL character"),
    ],
)
def test_lying_members_are_refused(members: list[Raw], message: str) -> None:
    with pytest.raises(PackageError, match=message):
        read_zip(build(members))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"gap": b"hidden"}, "bytes between the members and the directory"),
        ({"offsets": [0, 0]}, "not where the directory says"),  # two entries, one local header: read twice
        ({"offsets": [0, 1]}, "not where the directory says"),
        ({"disk": 1}, "span several disks"),
        ({"count": 1}, "directory holds more than its records"),
        ({"count": 3}, "directory is cut short"),
    ],
)
def test_a_lying_layout_is_refused(kwargs: dict[str, Any], message: str) -> None:
    members = [deflated("responses.json"), stored("report.pdf", b"%PDF")]
    with pytest.raises(PackageError, match=message):
        read_zip(build(members, **kwargs))


def test_a_member_overlapping_the_directory_is_refused() -> None:
    data = bytearray(build([stored("report.pdf", b"%PDF-1.7")]))
    struct.pack_into("<L", data, 18, 40)  # the local header's compressed size now runs into the directory
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<L", data, central + 20, 40)
    with pytest.raises(PackageError, match="runs into the directory"):
        read_zip(bytes(data))


def test_remembered_questionnaire_files_are_still_checked_against_their_header() -> None:
    good = deflated("questionnaire/demo.yaml")
    assert read_zip(build([good]))["questionnaire/demo.yaml"] == CONTENT  # inflated once, remembered
    with pytest.raises(PackageError, match="bad CRC-32"):
        read_zip(build([replace(good, crc=7, local_crc=7)]))
    with pytest.raises(PackageError, match="more data than it declares"):
        read_zip(build([replace(good, size=10)]))
    with pytest.raises(PackageError, match="shorter than it declares"):
        read_zip(build([replace(good, size=len(CONTENT) + 5)]))
    assert read_zip(build([good]))["questionnaire/demo.yaml"] == CONTENT


def test_a_truncated_remembered_file_is_not_taken_from_memory() -> None:
    good = deflated("questionnaire/demo.yaml")
    read_zip(build([good]))
    with pytest.raises(PackageError, match="does not end where"):
        read_zip(build([replace(good, data=good.data[:-4])]))


names = st.sampled_from(
    ["responses.json", "report.pdf", "questionnaire/a.yaml", "questionnaire/b.yml", "manifest.json", "signer.pub"]
)


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(names, st.binary(max_size=3000) | st.text(max_size=3000).map(str.encode), min_size=1, max_size=6)
)
def test_what_is_written_reads_back_as_zipfile_reads_it(members: dict[str, bytes]) -> None:
    data = write_zip(members)
    assert read_zip(data) == members
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {info.filename: archive.read(info) for info in archive.infolist()} == members

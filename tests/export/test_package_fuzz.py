"""No input makes verification raise anything but PackageError, and nothing altered ever verifies."""

from __future__ import annotations

import contextlib
import json
import os
from typing import Any

import pyrage
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from omnibus.export import EncryptionError, PackageError, Signer, decrypt_package, encrypt_package, minisign
from omnibus.export.verify import open_package, verify_package
from tests.export.helpers import assemble, replace_member, sample_info, sample_members, unzip

SIGNER = Signer.generate()
VALID = assemble(sample_info(), sample_members(), SIGNER)
CONTENTS = dict(unzip(VALID))
NAMES = sorted(CONTENTS)
SETTINGS = settings(
    max_examples=int(os.environ.get("OMNIBUS_FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def _check(data: bytes) -> None:
    """Only PackageError may escape; and whatever verifies must be byte-for-byte what was signed."""
    try:
        opened = open_package(data)
    except PackageError as exc:
        assert str(exc)
        return
    assert dict(opened.members) == CONTENTS


mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, len(VALID) - 1), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(0, len(VALID) - 1), st.integers(1, 64)),
    st.tuples(st.just("insert"), st.integers(0, len(VALID)), st.binary(min_size=1, max_size=16)),
)


def _mutate(data: bytes, steps: list[Any]) -> bytes:
    buffer = bytearray(data)
    for kind, position, value in steps:
        position = min(position, len(buffer))
        if kind == "flip" and position < len(buffer):
            buffer[position] ^= value
        elif kind == "cut":
            del buffer[position : position + value]
        elif kind == "insert":
            buffer[position:position] = value
    return bytes(buffer)


@SETTINGS
@given(st.binary(max_size=4096))
def test_random_bytes(data: bytes) -> None:
    _check(data)
    _check(b"PK\x03\x04" + data)
    _check(b"PK\x03\x04" + data + b"PK\x05\x06" + bytes(18))


@SETTINGS
@given(st.lists(mutation, min_size=1, max_size=4))
def test_random_mutations_of_a_valid_package(steps: list[Any]) -> None:
    _check(_mutate(VALID, steps))


@SETTINGS
@given(st.sampled_from(NAMES), st.data())
def test_any_change_to_any_member_is_caught(name: str, data: st.DataObject) -> None:
    original = CONTENTS[name]
    changed = data.draw(st.binary(max_size=len(original) + 8).filter(lambda b: b != original), label="content")
    altered = replace_member(VALID, name, changed)
    try:
        verification = verify_package(altered)
    except PackageError:
        return
    assert not verification.ok and verification.problems


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=30,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(list(json.loads(CONTENTS["manifest.json"]))), json_values, max_size=6))
def test_hostile_but_validly_signed_manifests(changes: dict[str, Any]) -> None:
    """An attacker signing with their own key controls the manifest: the parser must still hold."""
    manifest = json.loads(CONTENTS["manifest.json"])
    manifest.update(changes)
    raw = json.dumps(manifest).encode()
    data = assemble(sample_info(), sample_members(), SIGNER, manifest_bytes=raw)
    try:
        verification = verify_package(data)
    except PackageError as exc:
        assert "manifest" in str(exc)
        return
    assert verification.signatures_valid


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=512))
def test_hostile_signature_files(blob: bytes) -> None:
    for name in ("manifest.json.minisig", "signer.pub", "signer.pem", "manifest.sig"):
        _check(replace_member(VALID, name, blob))
    with contextlib.suppress(minisign.MinisignError):
        minisign.parse_signature(blob)


IDENTITY = pyrage.x25519.Identity.generate()
SEALED = encrypt_package(VALID, [str(IDENTITY.to_public())])


@settings(max_examples=300, deadline=None)
@given(st.lists(mutation, min_size=1, max_size=3))
def test_damaged_encrypted_packages(steps: list[Any]) -> None:
    damaged = _mutate(SEALED, steps)
    assume(damaged != SEALED)
    try:
        opened = decrypt_package(damaged, [IDENTITY])
    except EncryptionError:
        return
    _check(opened)

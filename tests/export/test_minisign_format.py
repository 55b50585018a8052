"""The hand-written minisign format: exact layout, strict parsing, both signatures checked."""

from __future__ import annotations

import base64
import dataclasses
import hashlib

import pytest

from omnibus.export import Signer, minisign


def _sign(signer: Signer, data: bytes, comment: str = "timestamp:0\tfile:x") -> minisign.MinisignSignature:
    return minisign.sign(data, public_key=signer.minisign_key, sign_raw=signer.sign, trusted_comment=comment)


def test_public_key_layout(signer: Signer) -> None:
    key = signer.minisign_key
    assert key.key_id == hashlib.blake2b(signer.public_raw, digest_size=8).digest()
    raw = base64.b64decode(key.base64())
    assert raw == b"Ed" + key.key_id + signer.public_raw and len(raw) == 42
    text = key.to_file().decode()
    assert text == f"untrusted comment: minisign public key {key.key_id[::-1].hex().upper()}\n{key.base64()}\n"
    assert minisign.parse_public_key(text) == key
    assert minisign.parse_public_key(key.base64()) == key
    assert minisign.parse_public_key(text.replace("\n", "\r\n").encode()) == key


def test_signature_layout(signer: Signer) -> None:
    data = b"manifest bytes"
    signature = _sign(signer, data)
    lines = signature.to_file().decode().split("\n")
    assert lines[0].startswith("untrusted comment: ") and lines[2] == "trusted comment: timestamp:0\tfile:x"
    assert lines[4] == "" and len(lines) == 5
    head = base64.b64decode(lines[1])
    assert head[:2] == b"ED" and head[2:10] == signer.minisign_key.key_id
    assert head[10:] == signer.sign(hashlib.blake2b(data, digest_size=64).digest())
    assert base64.b64decode(lines[3]) == signer.sign(head[10:] + b"timestamp:0\tfile:x")
    assert minisign.parse_signature(signature.to_file()) == signature
    assert minisign.verify(data, signature, signer.minisign_key) == "timestamp:0\tfile:x"


def test_an_altered_trusted_comment_is_detected(signer: Signer) -> None:
    text = _sign(signer, b"m").to_file().replace(b"file:x", b"file:y")
    with pytest.raises(minisign.MinisignError, match="trusted comment has been altered"):
        minisign.verify(b"m", minisign.parse_signature(text), signer.minisign_key)


def test_a_key_id_mismatch_is_reported(signer: Signer, other_signer: Signer) -> None:
    with pytest.raises(minisign.MinisignError, match="made with key id"):
        minisign.verify(b"m", _sign(signer, b"m"), other_signer.minisign_key)


def test_same_key_id_but_another_key_fails(signer: Signer, other_signer: Signer) -> None:
    impostor = minisign.MinisignPublicKey(signer.minisign_key.key_id, other_signer.public_raw)
    with pytest.raises(minisign.MinisignError, match="does not match the file"):
        minisign.verify(b"m", _sign(signer, b"m"), impostor)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (b"", "exactly four lines"),
        (b"a\nb\nc\nd\ne\n", "exactly four lines"),
        (b"comment: x\nAAAA\ntrusted comment: y\nAAAA\n", "starts with 'untrusted comment: '"),
        (b"untrusted comment: x\nAAAA\ncomment: y\nAAAA\n", "starts with 'trusted comment: '"),
        (b"untrusted comment: x\n!!!!\ntrusted comment: y\nAAAA\n", "not valid base64"),
        (b"untrusted comment: x\nAAAA\ntrusted comment: y\nAAAA\n", "wrong length"),
        (b"untrusted comment: \xff\nAAAA\ntrusted comment: y\nAAAA\n", "not UTF-8"),
    ],
)
def test_malformed_signatures(text: bytes, message: str) -> None:
    with pytest.raises(minisign.MinisignError, match=message):
        minisign.parse_signature(text)


def test_unknown_algorithm_and_non_canonical_base64(signer: Signer) -> None:
    signature = _sign(signer, b"m")
    odd = dataclasses.replace(signature, algorithm=b"XX")
    with pytest.raises(minisign.MinisignError, match="unknown algorithm"):
        minisign.parse_signature(odd.to_file())
    lines = signature.to_file().decode().split("\n")
    tail = lines[3]
    assert tail.endswith("==")
    last = tail[-3]
    index = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".index(last)
    loose = tail[:-3] + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[index ^ 1] + "=="
    assert base64.b64decode(loose) == base64.b64decode(tail), "same bytes, different text"
    lines[3] = loose
    with pytest.raises(minisign.MinisignError, match="non-canonical"):
        minisign.parse_signature("\n".join(lines).encode())


@pytest.mark.parametrize(
    "text",
    ["", "one\ntwo\nthree\n", "untrusted comment: x\nRWQ=\n", "untrusted comment: x\n" + "R" * 56 + "\n"],
)
def test_malformed_public_keys(text: str) -> None:
    with pytest.raises(minisign.MinisignError):
        minisign.parse_public_key(text)


def test_comments_must_be_single_lines(signer: Signer) -> None:
    with pytest.raises(minisign.MinisignError, match="single line"):
        _sign(signer, b"m", comment="two\nlines")
    with pytest.raises(minisign.MinisignError, match="32 bytes"):
        minisign.MinisignPublicKey.from_raw(b"short")

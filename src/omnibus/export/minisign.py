"""The minisign key and signature formats, written by hand on cryptography's Ed25519.

Why by hand: the format is four lines of base64 and one hash, and a Secretariat officer can check our
signatures with the stock `minisign -V` tool without trusting any of our code.

Formats (https://jedisct1.github.io/minisign/):

    public key:  untrusted comment: <text>
                 base64("Ed" || key_id[8] || ed25519_public_key[32])
    signature:   untrusted comment: <text>
                 base64("ED" || key_id[8] || ed25519(BLAKE2b-512(file)))      ("Ed" = legacy, unhashed)
                 trusted comment: <text>
                 base64(ed25519(signature[64] || trusted_comment_text))
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

KEY_ALGORITHM = b"Ed"
PREHASHED = b"ED"
LEGACY = b"Ed"
UNTRUSTED_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "
MAX_COMMENT = 1024
MAX_TRUSTED_COMMENT = 8192


class MinisignError(ValueError):
    """A minisign key or signature is malformed, or the signature does not verify."""


def _b64decode(text: str, size: int, what: str) -> bytes:
    """Strict base64: canonical encoding only, so a changed character can never decode to the same bytes."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError) as exc:
        raise MinisignError(f"{what} is not valid base64") from exc
    if len(raw) != size or base64.b64encode(raw).decode("ascii") != text:
        raise MinisignError(f"{what} has the wrong length or a non-canonical encoding")
    return raw


def _one_line(text: str, what: str, limit: int) -> str:
    if "\n" in text or "\r" in text or len(text.encode("utf-8")) > limit:
        raise MinisignError(f"{what} must be a single line of at most {limit} bytes")
    return text


def key_id_for(public_key: bytes) -> bytes:
    """Deterministic 8-byte key id: BLAKE2b with an 8-byte digest of the raw public key."""
    return hashlib.blake2b(public_key, digest_size=8).digest()


@dataclass(frozen=True)
class MinisignPublicKey:
    """A minisign public key: the raw Ed25519 key and its 8-byte id."""

    key_id: bytes
    key: bytes

    @classmethod
    def from_raw(cls, key: bytes) -> MinisignPublicKey:
        if len(key) != 32:
            raise MinisignError("an Ed25519 public key has 32 bytes")
        return cls(key_id_for(key), key)

    @property
    def key_id_hex(self) -> str:
        """The key id as minisign prints it (a little-endian 64-bit number in upper-case hex)."""
        return self.key_id[::-1].hex().upper()

    def base64(self) -> str:
        return base64.b64encode(KEY_ALGORITHM + self.key_id + self.key).decode("ascii")

    def to_file(self, comment: str | None = None) -> bytes:
        """The `.pub` file `minisign -V -p` reads."""
        text = _one_line(comment or f"minisign public key {self.key_id_hex}", "comment", MAX_COMMENT)
        return f"{UNTRUSTED_PREFIX}{text}\n{self.base64()}\n".encode()


def parse_public_key(data: bytes | str) -> MinisignPublicKey:
    """Read a public key file (comment line + base64 line) or a bare base64 key as `minisign -P` takes."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError as exc:
        raise MinisignError("the minisign public key is not UTF-8 text") from exc
    lines = [line.rstrip("\r") for line in text.split("\n") if line.strip()]
    if len(lines) == 2 and lines[0].startswith(UNTRUSTED_PREFIX):
        encoded = lines[1]
    elif len(lines) == 1:
        encoded = lines[0].strip()
    else:
        raise MinisignError("a minisign public key is an untrusted comment line followed by one base64 line")
    raw = _b64decode(encoded, 42, "the minisign public key")
    if raw[:2] != KEY_ALGORITHM:
        raise MinisignError("the minisign public key is not an Ed25519 key")
    return MinisignPublicKey(raw[2:10], raw[10:])


@dataclass(frozen=True)
class MinisignSignature:
    """A parsed `.minisig` file."""

    algorithm: bytes
    key_id: bytes
    signature: bytes
    untrusted_comment: str
    trusted_comment: str
    global_signature: bytes

    def to_file(self) -> bytes:
        """The canonical encoding; `parse_signature(x).to_file() == x` for every file we write."""
        head = base64.b64encode(self.algorithm + self.key_id + self.signature).decode("ascii")
        tail = base64.b64encode(self.global_signature).decode("ascii")
        return (
            f"{UNTRUSTED_PREFIX}{self.untrusted_comment}\n{head}\n{TRUSTED_PREFIX}{self.trusted_comment}\n{tail}\n"
        ).encode()


def parse_signature(data: bytes) -> MinisignSignature:
    """Read a `.minisig` file; accepts LF or CRLF line ends as minisign does."""
    if len(data) > MAX_COMMENT + MAX_TRUSTED_COMMENT + 512:
        raise MinisignError("the minisign signature file is too large")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MinisignError("the minisign signature is not UTF-8 text") from exc
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != 4:
        raise MinisignError("a minisign signature has exactly four lines")
    untrusted, head, trusted, tail = lines
    if not untrusted.startswith(UNTRUSTED_PREFIX):
        raise MinisignError(f"the first line of a minisign signature starts with {UNTRUSTED_PREFIX!r}")
    if not trusted.startswith(TRUSTED_PREFIX):
        raise MinisignError(f"the third line of a minisign signature starts with {TRUSTED_PREFIX!r}")
    raw = _b64decode(head, 74, "the minisign signature")
    if raw[:2] not in (PREHASHED, LEGACY):
        raise MinisignError("the minisign signature uses an unknown algorithm")
    return MinisignSignature(
        algorithm=raw[:2],
        key_id=raw[2:10],
        signature=raw[10:],
        untrusted_comment=untrusted.removeprefix(UNTRUSTED_PREFIX),
        trusted_comment=trusted.removeprefix(TRUSTED_PREFIX),
        global_signature=_b64decode(tail, 64, "the minisign comment signature"),
    )


def default_untrusted_comment(public_key: MinisignPublicKey) -> str:
    """The untrusted comment `minisign -S` writes; we write the same."""
    return f"signature from minisign secret key {public_key.key_id_hex}"


def _signed_message(algorithm: bytes, data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=64).digest() if algorithm == PREHASHED else data


def sign(
    data: bytes,
    *,
    public_key: MinisignPublicKey,
    sign_raw: Callable[[bytes], bytes],
    trusted_comment: str,
    untrusted_comment: str | None = None,
) -> MinisignSignature:
    """Sign `data` in the prehashed format; `sign_raw` is the Ed25519 signing function of the key."""
    trusted = _one_line(trusted_comment, "trusted comment", MAX_TRUSTED_COMMENT)
    untrusted = _one_line(untrusted_comment or default_untrusted_comment(public_key), "untrusted comment", MAX_COMMENT)
    signature = sign_raw(_signed_message(PREHASHED, data))
    global_signature = sign_raw(signature + trusted.encode("utf-8"))
    return MinisignSignature(PREHASHED, public_key.key_id, signature, untrusted, trusted, global_signature)


def verify(data: bytes, signature: MinisignSignature, public_key: MinisignPublicKey) -> str:
    """Check both signatures exactly as `minisign -V` does; return the (now trusted) comment."""
    if signature.key_id != public_key.key_id:
        raise MinisignError(
            f"the signature was made with key id {signature.key_id[::-1].hex().upper()}, "
            f"not with the public key's id {public_key.key_id_hex}"
        )
    key = Ed25519PublicKey.from_public_bytes(public_key.key)
    try:
        key.verify(signature.signature, _signed_message(signature.algorithm, data))
    except InvalidSignature as exc:
        raise MinisignError("the minisign signature does not match the file") from exc
    try:
        key.verify(signature.global_signature, signature.signature + signature.trusted_comment.encode("utf-8"))
    except InvalidSignature as exc:
        raise MinisignError("the minisign trusted comment has been altered") from exc
    return signature.trusted_comment

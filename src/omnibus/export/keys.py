"""The installation's Ed25519 signing key: fingerprint, passphrase-protected storage, backup and trust lists.

The fingerprint is defined here once (SHA-256 of the raw 32-byte public key) because the report's cover,
the verify command and the Secretariat's trusted-keys file must all print and compare the same thing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from omnibus.export import minisign
from omnibus.export.errors import KeyMadeElsewhereError, KeyStoreError, TrustedKeysError, WrongPassphraseError
from omnibus.export.files import atomic_write
from omnibus.model.input_files import KEY, TRUSTED_KEYS, FileTooLarge, read_bounded

MIN_PASSPHRASE_LENGTH = 8
PRIVATE_KEY_FILE = "signing-key.pem"
PUBLIC_KEY_FILE = "signing-key.pub.pem"
MINISIGN_KEY_FILE = "signing-key.minisign.pub"
ORIGIN_FILE = "signing-key.origin.json"
ORIGIN_FORMAT = "omnibus-key-origin/1"


def fingerprint(public_key: Ed25519PublicKey | bytes) -> str:
    """The canonical fingerprint: 64 lower-case hex digits of SHA-256 over the raw public key."""
    raw = public_key if isinstance(public_key, bytes) else raw_public_bytes(public_key)
    return hashlib.sha256(raw).hexdigest()


def format_fingerprint(fingerprint_hex: str) -> str:
    """Readable form for people to compare aloud: `SHA256:AB12 CD34 …` (16 groups of four)."""
    digits = fingerprint_hex.upper()
    return "SHA256:" + " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


_FINGERPRINT = re.compile(r"^(?:SHA256:)?\s*((?:[0-9A-Fa-f]{4}[\s:]?){16})$")


def parse_fingerprint(text: str) -> str:
    """Accept the readable or the bare form (spaces, colons, case ignored); return the canonical form."""
    match = _FINGERPRINT.match(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not a SHA-256 fingerprint (64 hex digits)")
    return re.sub(r"[\s:]", "", match.group(1)).lower()


def raw_public_bytes(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_pem(public_key: Ed25519PublicKey) -> bytes:
    """PEM SubjectPublicKeyInfo, the form `openssl pkeyutl -pubin -inkey` reads."""
    return public_key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


class Signer:
    """An unlocked signing key. Only `sign` touches the private half; nothing writes it unencrypted."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._private_key = private_key
        self.public_key = private_key.public_key()
        self.public_raw = raw_public_bytes(self.public_key)
        self.fingerprint = fingerprint(self.public_raw)
        self.minisign_key = minisign.MinisignPublicKey.from_raw(self.public_raw)

    @classmethod
    def generate(cls) -> Signer:
        return cls(Ed25519PrivateKey.generate())

    def sign(self, data: bytes) -> bytes:
        """Raw 64-byte Ed25519 signature of `data`."""
        return self._private_key.sign(data)

    def public_pem(self) -> bytes:
        return public_pem(self.public_key)

    def encrypted_pem(self, passphrase: str) -> bytes:
        """PKCS#8 PEM encrypted with the best scheme the library offers."""
        encryption = serialization.BestAvailableEncryption(_passphrase_bytes(passphrase))
        return self._private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
        )


def _passphrase_bytes(passphrase: str) -> bytes:
    """NFC-normalised UTF-8, so the same passphrase typed on another system still opens the key."""
    if not passphrase:
        raise KeyStoreError("The passphrase is empty.")
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def load_private_pem(data: bytes, passphrase: str, source: str) -> Signer:
    """Open an (encrypted) PKCS#8 PEM Ed25519 key; a wrong passphrase gets its own error."""
    try:
        key = serialization.load_pem_private_key(data, password=_passphrase_bytes(passphrase))
    except TypeError:  # the file is not encrypted: accept it, it will be stored encrypted
        try:
            key = serialization.load_pem_private_key(data, password=None)
        except (TypeError, ValueError, UnsupportedAlgorithm) as exc:
            raise KeyStoreError(f"{source} does not hold a readable private key.") from exc
    except UnsupportedAlgorithm as exc:
        raise KeyStoreError(f"{source} holds a key of a kind omnibus cannot use.") from exc
    except ValueError as exc:
        if b"ENCRYPTED" in data:
            raise WrongPassphraseError(f"The passphrase does not open the signing key in {source}.") from exc
        raise KeyStoreError(f"{source} does not hold a readable private key.") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyStoreError(f"{source} holds a key that is not Ed25519.")
    return Signer(key)


def _read_key_file(path: Path) -> bytes:
    """A key file's bytes; KeyStoreError when it is larger than any key file can be (or endless)."""
    try:
        return read_bounded(path, KEY)
    except FileTooLarge as exc:
        raise KeyStoreError(f"{path}: {exc}.") from None


@dataclass(frozen=True)
class KeyStore:
    """The signing key files in one folder (normally `omnibus.paths.keys_folder()`).

    With `installation` (this computer's id, `omnibus.installation.installation_id()`), every key it creates or
    imports is recorded as this installation's, and `load` refuses a key recorded as another's: a data folder
    copied to another computer must not let two people sign with one key. A key with no record (made before
    records existed) is adopted by the first installation that opens it.
    """

    folder: Path
    installation: str | None = None

    @property
    def private_path(self) -> Path:
        return self.folder / PRIVATE_KEY_FILE

    @property
    def public_path(self) -> Path:
        return self.folder / PUBLIC_KEY_FILE

    @property
    def minisign_path(self) -> Path:
        return self.folder / MINISIGN_KEY_FILE

    @property
    def origin_path(self) -> Path:
        return self.folder / ORIGIN_FILE

    def exists(self) -> bool:
        return self.private_path.is_file()

    def public_key(self) -> Ed25519PublicKey:
        """The public key, readable without the passphrase (for `keys show` and the report cover)."""
        try:
            key = serialization.load_pem_public_key(_read_key_file(self.public_path))
        except FileNotFoundError as exc:
            raise KeyStoreError(f"There is no signing key in {self.folder} yet.") from exc
        except (ValueError, UnsupportedAlgorithm) as exc:
            raise KeyStoreError(f"{self.public_path} is damaged.") from exc
        if not isinstance(key, Ed25519PublicKey):
            raise KeyStoreError(f"{self.public_path} does not hold an Ed25519 key.")
        return key

    def fingerprint(self) -> str:
        return fingerprint(self.public_key())

    def create(self, passphrase: str, *, replace: bool = False) -> Signer:
        """Make a new key. Refuses to replace an existing one unless told: the Secretariat trusts it."""
        if len(passphrase) < MIN_PASSPHRASE_LENGTH:
            raise KeyStoreError(f"Choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters.")
        if self.exists() and not replace:
            raise KeyStoreError(f"A signing key already exists in {self.folder}.")
        signer = Signer.generate()
        self._store(signer, passphrase)
        return signer

    def load(self, passphrase: str) -> Signer:
        try:
            data = _read_key_file(self.private_path)
        except FileNotFoundError as exc:
            raise KeyStoreError(f"There is no signing key in {self.folder} yet.") from exc
        signer = load_private_pem(data, passphrase, str(self.private_path))
        if self._recorded_elsewhere(signer.fingerprint):
            raise KeyMadeElsewhereError(
                f"The signing key in {self.folder} was made by another copy of omnibus, on another computer "
                "(its data folder was copied here). Each copy must sign with its own key: create one for this "
                "computer with `omnibus keys create --replace`, or, if you moved to this computer, import the "
                "backup made with `omnibus keys export` with `omnibus keys import`."
            )
        self._repair_public(signer)
        with contextlib.suppress(OSError):  # a key on a read-only stick still signs; it is recorded another time
            self._record_origin(signer.fingerprint, replace=False)
        return signer

    def made_elsewhere(self) -> bool:
        """True when the key's record names another installation than this store's (a copied data folder)."""
        fingerprint_hex = self._current_fingerprint()
        return self.exists() and fingerprint_hex is not None and self._recorded_elsewhere(fingerprint_hex)

    def _recorded_elsewhere(self, fingerprint_hex: str) -> bool:
        """True when this key's record names another installation (a record of an older key does not count)."""
        origin = self._origin()
        if self.installation is None or origin is None:
            return False
        recorded_fingerprint, recorded_installation = origin
        return recorded_fingerprint == fingerprint_hex and recorded_installation != self.installation

    def load_or_create(self, passphrase: str) -> tuple[Signer, bool]:
        """The first export creates the key; later ones unlock it. Returns (signer, created)."""
        if self.exists():
            return self.load(passphrase), False
        return self.create(passphrase), True

    def export_backup(self, passphrase: str, out: Path) -> Path:
        """Write an encrypted PEM backup (same passphrase) for moving to a new computer."""
        signer = self.load(passphrase)
        return atomic_write(Path(out), signer.encrypted_pem(passphrase), mode=0o600)

    def import_backup(self, backup: Path, passphrase: str, *, replace: bool = False) -> Signer:
        """Install a backed-up key, stored encrypted with `passphrase`."""
        try:
            data = _read_key_file(Path(backup))
        except OSError as exc:
            raise KeyStoreError(f"Cannot read {backup}: {exc.strerror or exc}.") from exc
        signer = load_private_pem(data, passphrase, str(backup))
        if self.exists() and not replace and self._current_fingerprint() != signer.fingerprint:
            raise KeyStoreError(
                f"A different signing key already exists in {self.folder}; "
                "replacing it means the Secretariat must trust the imported key instead."
            )
        self._store(signer, passphrase)
        return signer

    def _current_fingerprint(self) -> str | None:
        try:
            return self.fingerprint()
        except KeyStoreError:
            return None

    def _repair_public(self, signer: Signer) -> None:
        """Rewrite the public files if a crash (or a person) left them out of step with the private key."""
        if self._current_fingerprint() != signer.fingerprint or not self.minisign_path.is_file():
            atomic_write(self.public_path, signer.public_pem())
            atomic_write(self.minisign_path, signer.minisign_key.to_file())

    def _store(self, signer: Signer, passphrase: str) -> None:
        atomic_write(self.private_path, signer.encrypted_pem(passphrase), mode=0o600)
        atomic_write(self.public_path, signer.public_pem())
        atomic_write(self.minisign_path, signer.minisign_key.to_file())
        self._record_origin(signer.fingerprint, replace=True)

    def _origin(self) -> tuple[str, str] | None:
        """(fingerprint, installation) of the key's record; None when there is none or it cannot be read."""
        try:
            record = json.loads(self.origin_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            return None
        if not isinstance(record, dict) or record.get("format") != ORIGIN_FORMAT:
            return None
        fp, installation = record.get("fingerprint"), record.get("installation")
        return (fp, installation) if isinstance(fp, str) and isinstance(installation, str) else None

    def _record_origin(self, fingerprint_hex: str, *, replace: bool) -> None:
        """Record the key as this installation's: always for a new or imported key, else only where none is."""
        if self.installation is None:
            return
        origin = self._origin()
        if not replace and origin is not None and origin[0] == fingerprint_hex:
            return
        record = {"format": ORIGIN_FORMAT, "fingerprint": fingerprint_hex, "installation": self.installation}
        atomic_write(self.origin_path, (json.dumps(record, indent=2) + "\n").encode("utf-8"))


@dataclass(frozen=True)
class TrustedKey:
    """One line of a trusted-keys file: whose key it is and for which country it may sign."""

    fingerprint: str
    country: str
    comment: str

    def allows(self, country: str) -> bool:
        return self.country in ("*", country)


_TRUSTED_LINE = re.compile(r"^(?P<key>(?:SHA256:)?\s*(?:[0-9A-Fa-f]{4}[\s:]?){16}|RW[A-Za-z0-9+/=]{54})")


@dataclass(frozen=True)
class TrustedKeys:
    """The signing keys the Secretariat has confirmed out of band (by letter, phone, in person).

    File format, UTF-8 text, one key a line, `#` starts a comment line, blank lines ignored:

        KEY  COUNTRY  [comment]

    KEY is a fingerprint as omnibus prints it (`SHA256:AB12 CD34 …`, grouped or not, any case) or the
    minisign public key line from a package's `signer.pub` (`RWQ…`). COUNTRY is the ISO 3166-1 alpha-3
    code the key may sign for, or `*` for any country (for example a trainer's key).
    """

    keys: tuple[TrustedKey, ...] = ()

    @classmethod
    def parse(cls, text: str, source: str = "trusted keys") -> TrustedKeys:
        return cls(tuple(_parse_lines(text, source)))

    @classmethod
    def load(cls, path: Path) -> TrustedKeys:
        try:
            text = read_bounded(Path(path), TRUSTED_KEYS).decode("utf-8")
        except (OSError, UnicodeDecodeError, FileTooLarge) as exc:
            raise TrustedKeysError(f"Cannot read the trusted-keys file {path}: {exc}.") from exc
        return cls.parse(text, str(path))

    def find(self, fingerprint_hex: str) -> tuple[TrustedKey, ...]:
        return tuple(key for key in self.keys if key.fingerprint == fingerprint_hex)

    def trust_for(self, fingerprint_hex: str, country: str) -> TrustedKey | None:
        """The entry that lets this key sign for this country, if any."""
        return next((key for key in self.find(fingerprint_hex) if key.allows(country)), None)


def _parse_lines(text: str, source: str) -> Iterator[TrustedKey]:
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = _TRUSTED_LINE.match(line)
        rest = line[match.end() :].split(None, 1) if match else []
        if not match or not rest or not re.fullmatch(r"[A-Z]{3}|\*", rest[0]):
            raise TrustedKeysError(
                f"{source}, line {number}: expected `FINGERPRINT COUNTRY [comment]` "
                "(or a minisign public key instead of the fingerprint, and ISO3 or * as the country)."
            )
        key = match.group("key")
        try:
            fp = fingerprint(minisign.parse_public_key(key).key) if key.startswith("RW") else parse_fingerprint(key)
        except ValueError as exc:  # MinisignError is a ValueError
            raise TrustedKeysError(f"{source}, line {number}: {exc}.") from exc
        yield TrustedKey(fp, rest[0], rest[1].strip() if len(rest) > 1 else "")

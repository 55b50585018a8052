"""Optional age encryption of a whole package, so only the Secretariat can read it in transit.

Encryption wraps the signed zip unchanged (`.omnibus.age`); `age -d -i identity.txt` gives back the exact
`.omnibus` file, whose signatures are then checked as usual. Sign-then-encrypt: the signature survives
decryption and still says who sent it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TypeAlias

import pyrage

from omnibus.export.errors import EncryptionError
from omnibus.export.files import atomic_write
from omnibus.model.input_files import AGE_IDENTITY, RECIPIENTS, FileTooLarge, read_bounded

AGE_MAGIC = b"age-encryption.org/v1\n"
AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
RECIPIENTS_FILE = "secretariat-recipients.txt"
ENCRYPTED_SUFFIX = ".age"

BUNDLED_SECRETARIAT_RECIPIENTS: tuple[str, ...] = ()
"""The Secretariat's published age recipient(s), shipped with the application once it has one.

Empty on purpose until the Secretariat publishes a key: a placeholder would silently encrypt packages
to nobody. Installations set theirs in `secretariat-recipients.txt` in the data folder, or pass
`--encrypt-to` explicitly.
"""

Recipient: TypeAlias = pyrage.x25519.Recipient | pyrage.ssh.Recipient


def is_encrypted(data: bytes) -> bool:
    return data.startswith(AGE_MAGIC) or data.startswith(AGE_ARMOR)


def parse_recipient(text: str) -> Recipient:
    """An age public key (`age1…`) or an SSH public key line (`ssh-ed25519 …`, `ssh-rsa …`)."""
    text = text.strip()
    try:
        if text.startswith("ssh-"):
            return pyrage.ssh.Recipient.from_str(text)
        return pyrage.x25519.Recipient.from_str(text)
    except (pyrage.RecipientError, ValueError) as exc:
        raise EncryptionError(f"{text[:80]!r} is not an age recipient (age1…) or an SSH public key.") from exc


def read_lines(text: str) -> list[str]:
    """The format age uses for recipient and identity files: one entry a line, `#` comments."""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def configured_recipients(home: Path) -> tuple[str, ...]:
    """The Secretariat recipients of this installation: the settings file if present, else the bundled."""
    path = Path(home) / RECIPIENTS_FILE
    try:
        text = read_bounded(path, RECIPIENTS).decode("utf-8")
    except FileNotFoundError:
        return BUNDLED_SECRETARIAT_RECIPIENTS
    except (OSError, UnicodeDecodeError, FileTooLarge) as exc:
        raise EncryptionError(f"Cannot read {path}: {exc}.") from exc
    recipients = tuple(read_lines(text))
    for recipient in recipients:
        parse_recipient(recipient)
    return recipients


def save_recipients(home: Path, recipients: Iterable[str]) -> Path:
    """Store the Secretariat recipients for this installation (validated first)."""
    values = [text.strip() for text in recipients]
    for value in values:
        parse_recipient(value)
    body = "# age recipients the response packages are encrypted to, one a line\n" + "".join(
        f"{value}\n" for value in values
    )
    return atomic_write(Path(home) / RECIPIENTS_FILE, body.encode("utf-8"))


def encrypt_package(data: bytes, recipients: Sequence[str]) -> bytes:
    """Encrypt package bytes to every recipient (binary age format, as `age -r` writes it)."""
    if not recipients:
        raise EncryptionError("No recipient to encrypt to: give an age public key (age1…).")
    parsed = [parse_recipient(text) for text in recipients]
    try:
        return bytes(pyrage.encrypt(data, parsed))
    except pyrage.EncryptError as exc:
        raise EncryptionError(f"Encryption failed: {exc}.") from exc


def parse_identities(text: str, source: str = "identity file") -> list[pyrage.x25519.Identity]:
    """Read an age identity file as `age-keygen` writes it (`AGE-SECRET-KEY-1…` lines)."""
    identities = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            identities.append(pyrage.x25519.Identity.from_str(line))
        except (pyrage.IdentityError, ValueError) as exc:
            raise EncryptionError(f"{source}, line {number}: not an age identity (AGE-SECRET-KEY-1…).") from exc
    if not identities:
        raise EncryptionError(f"{source} holds no age identity.")
    return identities


def load_identities(path: Path) -> list[pyrage.x25519.Identity]:
    try:
        text = read_bounded(Path(path), AGE_IDENTITY).decode("utf-8")
    except (OSError, UnicodeDecodeError, FileTooLarge) as exc:
        raise EncryptionError(f"Cannot read the age identity file {path}: {exc}.") from exc
    return parse_identities(text, str(path))


def decrypt_package(data: bytes, identities: Sequence[pyrage.x25519.Identity]) -> bytes:
    """Decrypt an `.omnibus.age` file; the result still has to pass `verify_package`."""
    if not is_encrypted(data):
        raise EncryptionError("This file is not age-encrypted.")
    if data.startswith(AGE_ARMOR):
        raise EncryptionError("ASCII-armoured age files are not supported; use the binary format.")
    if not identities:
        raise EncryptionError("The package is encrypted; an age identity is needed to open it.")
    try:
        return bytes(pyrage.decrypt(data, list(identities)))
    except pyrage.DecryptError as exc:
        raise EncryptionError(
            f"The package cannot be decrypted: {exc} (wrong identity, or the file is damaged)."
        ) from exc

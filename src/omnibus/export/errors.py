"""The errors of the package and key layer, in one place so callers catch one family.

Every message is a full sentence a respondent or a Secretariat officer can act on; no tracebacks needed.
"""

from __future__ import annotations


class PackageError(Exception):
    """A response package cannot be built, read or trusted; the message says why."""


class EncryptionError(PackageError):
    """A package cannot be encrypted or decrypted (bad recipient, no matching identity, damaged file)."""


class KeyStoreError(Exception):
    """The signing key cannot be created, loaded, exported or imported."""


class WrongPassphraseError(KeyStoreError):
    """The passphrase does not open the key file: kept apart so a front end can ask again."""


class KeyMadeElsewhereError(KeyStoreError):
    """The key was made by another installation whose data folder was copied here: this copy needs its own key."""


class TrustedKeysError(KeyStoreError):
    """A trusted-keys file is malformed; the message names the file and line."""

"""The response package and key layer: manifest, Ed25519 signing (raw and minisign), verification, age.

Pure Python, no Qt. Front ends and the Secretariat import use the names re-exported here, each module imported
when one of its names is first used (PEP 562), so that a window or command that needs one error class does not
load the signing, encryption and manifest code with it:

- writing:   `build_package`, `export_package`, `write_package_file`, `attachment_name`, `default_file_name`
- reading:   `verify_package` -> `Verification`, `open_package` -> `OpenedPackage`, `load_package_file`
- keys:      `KeyStore` (create / load / backup / import), `Signer`, `fingerprint`, `format_fingerprint`,
             `TrustedKeys`
- transit:   `encrypt_package`, `decrypt_package`, `load_identities`, `configured_recipients`
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from omnibus.export.archive import DEFAULT_LIMITS, Limits
    from omnibus.export.encryption import (
        configured_recipients,
        decrypt_package,
        encrypt_package,
        is_encrypted,
        load_identities,
        save_recipients,
    )
    from omnibus.export.errors import (
        EncryptionError,
        KeyStoreError,
        PackageError,
        TrustedKeysError,
        WrongPassphraseError,
    )
    from omnibus.export.keys import KeyStore, Signer, TrustedKey, TrustedKeys, fingerprint, format_fingerprint
    from omnibus.export.manifest import FocalPoint, Manifest, MemberDigest, PackageInfo, QuestionnaireRef
    from omnibus.export.package import (
        attachment_name,
        build_package,
        default_file_name,
        export_package,
        write_package_file,
    )
    from omnibus.export.verify import (
        MemberCheck,
        OpenedPackage,
        Verification,
        load_package_file,
        open_package,
        verify_package,
    )

_MODULE_OF = {
    "attachment_name": "package",
    "build_package": "package",
    "configured_recipients": "encryption",
    "decrypt_package": "encryption",
    "default_file_name": "package",
    "DEFAULT_LIMITS": "archive",
    "encrypt_package": "encryption",
    "EncryptionError": "errors",
    "export_package": "package",
    "fingerprint": "keys",
    "FocalPoint": "manifest",
    "format_fingerprint": "keys",
    "is_encrypted": "encryption",
    "KeyStore": "keys",
    "KeyStoreError": "errors",
    "Limits": "archive",
    "load_identities": "encryption",
    "load_package_file": "verify",
    "Manifest": "manifest",
    "MemberCheck": "verify",
    "MemberDigest": "manifest",
    "open_package": "verify",
    "OpenedPackage": "verify",
    "PackageError": "errors",
    "PackageInfo": "manifest",
    "QuestionnaireRef": "manifest",
    "save_recipients": "encryption",
    "Signer": "keys",
    "TrustedKey": "keys",
    "TrustedKeys": "keys",
    "TrustedKeysError": "errors",
    "Verification": "verify",
    "verify_package": "verify",
    "write_package_file": "package",
    "WrongPassphraseError": "errors",
}
"""Where each re-exported name is defined."""

__all__ = [
    "DEFAULT_LIMITS",
    "EncryptionError",
    "FocalPoint",
    "KeyStore",
    "KeyStoreError",
    "Limits",
    "Manifest",
    "MemberCheck",
    "MemberDigest",
    "OpenedPackage",
    "PackageError",
    "PackageInfo",
    "QuestionnaireRef",
    "Signer",
    "TrustedKey",
    "TrustedKeys",
    "TrustedKeysError",
    "Verification",
    "WrongPassphraseError",
    "attachment_name",
    "build_package",
    "configured_recipients",
    "decrypt_package",
    "default_file_name",
    "encrypt_package",
    "export_package",
    "fingerprint",
    "format_fingerprint",
    "is_encrypted",
    "load_identities",
    "load_package_file",
    "open_package",
    "save_recipients",
    "verify_package",
    "write_package_file",
]


def __getattr__(name: str) -> Any:
    """A re-exported name, from its module (imported now if it was not yet)."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)

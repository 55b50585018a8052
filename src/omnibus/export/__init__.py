"""The response package and key layer: manifest, Ed25519 signing (raw and minisign), verification, age.

Pure Python, no Qt. Front ends and the Secretariat import use the names re-exported here:

- writing:   `build_package`, `export_package`, `write_package_file`, `attachment_name`, `default_file_name`
- reading:   `verify_package` -> `Verification`, `open_package` -> `OpenedPackage`, `load_package_file`
- keys:      `KeyStore` (create / load / backup / import), `Signer`, `fingerprint`, `format_fingerprint`,
             `TrustedKeys`
- transit:   `encrypt_package`, `decrypt_package`, `load_identities`, `configured_recipients`
"""

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

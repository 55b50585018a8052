"""The signed envelope every file omnibus exchanges shares: the manifest, its two signatures and the listed members.

Response packages, assignments, contributions and receipts are all sealed here, so that one strict reader
(`archive.read_zip` and `verify.check_signatures`) and `minisign -Vm manifest.json` check each of them alike.
"""

from __future__ import annotations

from collections.abc import Mapping

from omnibus.export import minisign
from omnibus.export.archive import Limits, write_zip
from omnibus.export.keys import Signer
from omnibus.export.manifest import MANIFEST, MINISIGN_SIGNATURE, RAW_SIGNATURE


def sealed_zip(
    manifest_bytes: bytes, listed: Mapping[str, bytes], signer: Signer, trusted_comment: str, limits: Limits
) -> bytes:
    """The zip of `manifest_bytes` signed twice (raw Ed25519 and minisign's format, with `trusted_comment`) and the
    members it lists."""
    signature = minisign.sign(
        manifest_bytes, public_key=signer.minisign_key, sign_raw=signer.sign, trusted_comment=trusted_comment
    )
    return write_zip(
        {
            MANIFEST: manifest_bytes,
            RAW_SIGNATURE: signer.sign(manifest_bytes),
            MINISIGN_SIGNATURE: signature.to_file(),
            **listed,
        },
        limits,
    )

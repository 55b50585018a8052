"""The Secretariat's public key for receipts: shipped with the installer, overridable per installation.

Looked for first in the data folder (`secretariat-receipt-key.pub`, so a trainer or a test can set its own), then
in the configuration the installer carries (`resources.resource("config")`). It is a minisign public key file,
the form `omnibus keys show` and `signer.pub` use, so the Secretariat can hand over the file its key already has.
There is no fallback: without the file, no receipt can be accepted.
"""

from __future__ import annotations

from pathlib import Path

from omnibus.export import minisign
from omnibus.export.receipt import ReceiptError
from omnibus.model.input_files import KEY, FileTooLarge, read_bounded
from omnibus.resources import resource

RECEIPT_KEY_FILE = "secretariat-receipt-key.pub"


def _bundled() -> Path | None:
    try:
        return resource("config") / RECEIPT_KEY_FILE
    except FileNotFoundError:
        return None


def receipt_key_path(home: Path) -> Path | None:
    """The file the key is read from: the data folder's, else the installer's; None when neither exists."""
    for path in (Path(home) / RECEIPT_KEY_FILE, _bundled()):
        if path is not None and path.is_file():
            return path
    return None


def secretariat_receipt_key(home: Path) -> bytes:
    """The raw Ed25519 key receipts must be signed with; ReceiptError when none is configured or it is damaged."""
    path = receipt_key_path(home)
    if path is None:
        raise ReceiptError(
            "This installation has no Secretariat key to check receipts with: it comes with the installer "
            f"({RECEIPT_KEY_FILE}), or can be put in {Path(home) / RECEIPT_KEY_FILE}.",
            "no-key",
        )
    try:
        return minisign.parse_public_key(read_bounded(path, KEY)).key
    except (OSError, FileTooLarge, minisign.MinisignError) as exc:
        raise ReceiptError(f"The Secretariat's key in {path} cannot be used: {exc}.", "no-key") from None

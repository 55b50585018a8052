"""Why a package, a receipt or this computer's signing key could not be used, in the interface language.

The export and Secretariat layers raise errors whose message is an English sentence for `omnibus verify`, the
command line and the log ("This is not a response package: it is not a zip file…"); put after a translated
"Not imported:" they left a French or Arabic official with half a sentence in English. Their family says enough
for a clause in the official's language, like `file_problem`; the core's sentence, which names the precise
detail (a member, a line), stays for a tooltip or a message box's details, for whoever helps.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from omnibus.export.errors import (
    EncryptionError,
    KeyMadeElsewhereError,
    KeyStoreError,
    PackageError,
    WrongPassphraseError,
)
from omnibus.ui.file_problem import file_problem


def _file_underneath(error: BaseException) -> OSError | None:
    """The operating system's error a package error was raised for ("Cannot read …"), when there is one."""
    below = error.__cause__ or error.__context__
    return below if isinstance(below, OSError) else None


def package_problem(error: BaseException) -> str:
    """A short clause, without a capital or a full stop, saying why the package, receipt or key could not be
    used; an error of no family known here keeps its own words."""
    from omnibus.export.receipt import ReceiptError  # loaded only when something was refused
    from omnibus.secretariat.db import DatabaseError

    if isinstance(error, OSError):
        return file_problem(error)
    underneath = _file_underneath(error)
    if isinstance(error, KeyStoreError) and isinstance(underneath, FileNotFoundError):
        return QCoreApplication.translate("PackageProblem", "there is no signing key on this computer yet")
    if isinstance(error, PackageError | KeyStoreError) and underneath is not None:
        return file_problem(underneath)
    if isinstance(error, WrongPassphraseError):
        return QCoreApplication.translate("PackageProblem", "the passphrase does not open this computer's signing key")
    if isinstance(error, KeyMadeElsewhereError):
        return QCoreApplication.translate(
            "PackageProblem",
            "the signing key here was made by another installation (a copied data folder); this one needs its own key",
        )
    if isinstance(error, KeyStoreError):
        return QCoreApplication.translate(
            "PackageProblem", "this computer's signing key is missing or damaged, or cannot be used"
        )
    if isinstance(error, DatabaseError):
        return QCoreApplication.translate("PackageProblem", "the Secretariat database cannot be read or written")
    if isinstance(error, ReceiptError):
        return QCoreApplication.translate(
            "PackageProblem", "the package it is for is not in the Secretariat database, or the receipt is not valid"
        )
    if isinstance(error, EncryptionError):
        return QCoreApplication.translate("PackageProblem", "it is encrypted, and no key of this installation opens it")
    if isinstance(error, PackageError):
        return QCoreApplication.translate(
            "PackageProblem", "it is not a response package, or it is damaged, incomplete or altered"
        )
    return str(error) or type(error).__name__

"""What verifying a response package found wrong, in the interface language.

`Verification.problems` are English sentences for `omnibus verify` and the log; listed as they were under a French
or Arabic headline ("Altered: …"), the Secretariat or a trainer read the reasons in English. The verification also
says each thing it checked as a field (the signatures, the signer named in the manifest, the trust, the
questionnaire, each member's status): the viewer words those here, file names kept left to right.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from omnibus.export.verify import MemberCheck, Verification
from omnibus.ui.bidi import left_to_right


def _member(check: MemberCheck) -> str | None:
    name = left_to_right(check.name)
    if check.status == "unlisted":
        return QCoreApplication.translate(
            "Verification", "%1 is in the package but not in the signed list of its files (added)."
        ).replace("%1", name)
    if check.status == "missing":
        return QCoreApplication.translate(
            "Verification", "%1 is in the signed list of files but not in the package (removed)."
        ).replace("%1", name)
    if check.status == "altered":
        return QCoreApplication.translate(
            "Verification", "%1 has been altered: it is not the file that was signed."
        ).replace("%1", name)
    return None


def verification_lines(verification: Verification) -> list[str]:
    """One sentence for each thing that failed, in the order `omnibus verify` lists them."""
    from omnibus.export.keys import format_fingerprint

    lines = []
    if not verification.signatures_valid:
        lines.append(
            QCoreApplication.translate(
                "Verification",
                "The signature does not verify: the package was changed after it was signed, or its keys do not match.",
            )
        )
    manifest, signer = verification.manifest, verification.signer_fingerprint
    if manifest is not None and signer is not None and manifest.signer != signer:
        lines.append(
            QCoreApplication.translate(
                "Verification", "The signed list of files names another signer than the key that signed it."
            )
        )
    if verification.trusted is False and manifest is not None and signer is not None:
        lines.append(
            QCoreApplication.translate("Verification", "Not trusted: the signing key %1 is not trusted to sign for %2.")
            .replace("%1", left_to_right(format_fingerprint(signer)))
            .replace("%2", manifest.country)
        )
    if verification.questionnaire_known is False and manifest is not None:
        lines.append(
            QCoreApplication.translate("Verification", "Unknown questionnaire: %1, version %2.")
            .replace("%1", left_to_right(manifest.questionnaire.id))
            .replace("%2", manifest.questionnaire.version)
        )
    lines.extend(line for line in map(_member, verification.members) if line is not None)
    return lines

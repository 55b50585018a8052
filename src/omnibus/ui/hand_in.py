"""Handing in from the interface: the signing key of this installation, the package and the PDF report.

Bound to the data folder the application runs on (not to `OMNIBUS_HOME`), so a test or a trainer's USB stick
keeps its own key. A key that a copied data folder brought from another computer counts as no key: the page asks
for a new passphrase, as for a first package, and the export makes this computer's own key in its place.
Both exports run on a worker thread; the core reports a fraction, the page a percentage.

Each package leaves a note (`packaged/<assessment id>.json`: the responses' SHA-256 and the signer's fingerprint),
so a PDF saved afterwards shows the same signature details as the one inside the package, as long as no answer
has changed since. What only an export uses (hashlib, json) is imported by it: the window is built before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from omnibus.ui.tasks import ProgressCallback

MIN_PASSPHRASE = 8


def default_file_name(country: str, questionnaire_id: str, cycle: str, training: bool, suffix: str) -> str:
    """`KEN-untoc-needs-assessment-2026.pdf`: whose, which questionnaire, which cycle, and a training mark."""
    parts = [country, questionnaire_id, cycle.strip() or "cycle", *(["training"] if training else [])]
    return "-".join(re.sub(r"[^\w.-]+", "_", part.strip()) for part in parts) + suffix  # "2026/27": no folder


def percent_progress(report: ProgressCallback) -> Callable[[float, str], None]:
    """Progress in percent; while WeasyPrint lays the pages out, which it does not report on, a total of 0 (busy)."""
    return lambda fraction, what: report(0, 0, what) if what == "layout" else report(int(fraction * 100), 100, what)


@dataclass(frozen=True)
class HandIn:
    home: Path

    def _keys(self) -> Any:
        from omnibus.export.keys import KeyStore
        from omnibus.installation import installation_id

        return KeyStore(self.home / "keys", installation=installation_id())

    def key_exists(self) -> bool:
        """True when this computer has its own key (one copied from another computer does not count)."""
        keys = self._keys()
        return bool(keys.exists() and not keys.made_elsewhere())

    def fingerprint(self) -> str | None:
        """This installation's key fingerprint, as people read it, or None before the first package."""
        from omnibus.export.keys import format_fingerprint

        return format_fingerprint(self._keys().fingerprint()) if self.key_exists() else None

    def signer(self, passphrase: str) -> Any:
        """This computer's key, unlocked; made on first use, or in place of one a copied data folder brought."""
        keys = self._keys()
        return keys.create(passphrase, replace=True) if keys.made_elsewhere() else keys.load_or_create(passphrase)[0]

    def export(
        self,
        service: Any,
        assessment_id: str,
        path: Path,
        passphrase: str,
        lang: str,
        report: ProgressCallback,
        *,
        new_key: bool = False,
    ) -> Any:
        """Sign (creating the key on first use, or a new one when told) and write the package; returns the result."""
        import json

        from omnibus.export.assessment_export import export_assessment
        from omnibus.export.encryption import configured_recipients
        from omnibus.export.files import atomic_write

        signer = self._keys().create(passphrase, replace=True) if new_key else self.signer(passphrase)
        recipients = configured_recipients(self.home)
        result = export_assessment(
            service, assessment_id, path, signer, lang=lang, recipients=recipients, progress=percent_progress(report)
        )
        note = {"responses_sha256": result.responses_sha256, "signer_fingerprint": result.signer_fingerprint}
        self._note_path(assessment_id).parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self._note_path(assessment_id), json.dumps(note).encode("utf-8"))
        return result

    def report(self, service: Any, assessment_id: str, path: Path, lang: str, report: ProgressCallback) -> Path:
        """The PDF alone; with the package's signature details when the answers are those that were packaged."""
        import hashlib

        from omnibus.export.assessment_export import report_pdf, responses_bytes
        from omnibus.export.files import atomic_write

        snapshot = service.snapshot(assessment_id, lang)  # the answers compared are the answers printed
        responses_sha256 = signer = None
        note = self._packaged(assessment_id)
        if note is not None and hashlib.sha256(responses_bytes(snapshot)).hexdigest() == note[0]:
            responses_sha256, signer = note
        pdf = report_pdf(snapshot, responses_sha256=responses_sha256, signer_fingerprint=signer,
                         progress=percent_progress(report))  # fmt: skip
        return atomic_write(path, pdf)

    def _note_path(self, assessment_id: str) -> Path:
        return self.home / "packaged" / f"{assessment_id}.json"

    def _packaged(self, assessment_id: str) -> tuple[str, str] | None:
        """(responses SHA-256, signer fingerprint) of the last package of this assessment, if any was made."""
        import json

        try:
            note = json.loads(self._note_path(assessment_id).read_text(encoding="utf-8"))
            return str(note["responses_sha256"]), str(note["signer_fingerprint"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

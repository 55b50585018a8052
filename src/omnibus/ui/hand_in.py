"""Handing in from the interface: the signing key of this installation, the package and the PDF report.

Bound to the data folder the application runs on (not to `OMNIBUS_HOME`), so a test or a trainer's USB stick
keeps its own key. A key that a copied data folder brought from another computer counts as no key: the page asks
for a new passphrase, as for a first package, and the export makes this computer's own key in its place.
Both exports run on a worker thread; the core reports a fraction, the page a percentage.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from omnibus.ui.tasks import ProgressCallback

MIN_PASSPHRASE = 8


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
        self, service: Any, assessment_id: str, path: Path, passphrase: str, lang: str, report: ProgressCallback
    ) -> Any:
        """Sign (creating the key on first use) and write the package; returns the export's result."""
        from omnibus.export.assessment_export import export_assessment
        from omnibus.export.encryption import configured_recipients

        signer = self.signer(passphrase)
        recipients = configured_recipients(self.home)
        return export_assessment(
            service, assessment_id, path, signer, lang=lang, recipients=recipients, progress=percent_progress(report)
        )

    def report(self, service: Any, assessment_id: str, path: Path, lang: str, report: ProgressCallback) -> Path:
        from omnibus.export.assessment_export import report_pdf
        from omnibus.export.files import atomic_write

        return atomic_write(path, report_pdf(service, assessment_id, lang=lang, progress=percent_progress(report)))

"""The macOS bundle's Info.plist: `.omnibus` files are declared and opened by omnibus.app (checked here on any
system with plistlib; the bundle itself is built only on the release workflow's macOS runner)."""

from __future__ import annotations

import plistlib
import runpy
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[2] / "packaging" / "macos"


def _fake_app(tmp_path: Path) -> Path:
    """What PyInstaller's BUNDLE step writes, reduced to the Info.plist keys it sets."""
    app = tmp_path / "omnibus.app"
    (app / "Contents").mkdir(parents=True)
    with open(app / "Contents" / "Info.plist", "wb") as file:
        plistlib.dump({"CFBundleExecutable": "omnibus", "CFBundleName": "omnibus", "CFBundleVersion": "0.0.0"}, file)
    return app


def test_the_bundle_declares_and_opens_omnibus_files(tmp_path):
    apply = runpy.run_path(str(PACKAGING / "apply_info_plist.py"))["apply"]
    app = _fake_app(tmp_path)
    path = apply(app, "1.2.3")
    with open(path, "rb") as file:
        plist = plistlib.load(file)
    assert plist["CFBundleExecutable"] == "omnibus"  # what PyInstaller wrote is kept
    assert (plist["CFBundleShortVersionString"], plist["CFBundleVersion"]) == ("1.2.3", "1.2.3")
    (exported,) = plist["UTExportedTypeDeclarations"]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["omnibus"]
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert document["CFBundleTypeRole"] == "Viewer"


def test_applying_twice_changes_nothing(tmp_path):
    apply = runpy.run_path(str(PACKAGING / "apply_info_plist.py"))["apply"]
    app = _fake_app(tmp_path)
    first = apply(app, "1.2.3").read_bytes()
    assert apply(app, "1.2.3").read_bytes() == first

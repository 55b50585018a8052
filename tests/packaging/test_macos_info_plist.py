"""The macOS bundle's Info.plist: omnibus's files (packages, assignments, contributions, receipts) are declared
and opened by omnibus.app (checked here on any
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
    exported = {
        declared["UTTypeTagSpecification"]["public.filename-extension"][0]: declared["UTTypeIdentifier"]
        for declared in plist["UTExportedTypeDeclarations"]
    }
    assert exported == {
        "omnibus": "org.unodc.omnibus.package",
        "omnibus-assignment": "org.unodc.omnibus.assignment",
        "omnibus-contribution": "org.unodc.omnibus.contribution",
        "omnibus-receipt": "org.unodc.omnibus.receipt",
    }
    roles = {
        document["LSItemContentTypes"][0]: document["CFBundleTypeRole"] for document in plist["CFBundleDocumentTypes"]
    }
    assert roles == {
        "org.unodc.omnibus.package": "Viewer",
        "org.unodc.omnibus.assignment": "Editor",
        "org.unodc.omnibus.contribution": "Editor",
        "org.unodc.omnibus.receipt": "Viewer",
    }
    assert all(document["LSHandlerRank"] == "Owner" for document in plist["CFBundleDocumentTypes"])


def test_every_file_the_application_opens_has_a_document_type():
    from omnibus.cli import DOCUMENT_SUFFIXES, PACKAGE_SUFFIXES

    types = runpy.run_path(str(PACKAGING / "info_plist.py"))["DOCUMENT_TYPES"]
    extensions = {f".{extension}" for _identifier, extension, _description, _role in types}
    assert extensions == {*DOCUMENT_SUFFIXES, PACKAGE_SUFFIXES[0]}  # .omnibus.age is a .omnibus to Finder


def test_applying_twice_changes_nothing(tmp_path):
    apply = runpy.run_path(str(PACKAGING / "apply_info_plist.py"))["apply"]
    app = _fake_app(tmp_path)
    first = apply(app, "1.2.3").read_bytes()
    assert apply(app, "1.2.3").read_bytes() == first

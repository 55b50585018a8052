"""What Finder and Launch Services need to know about omnibus.app, above all that it opens its files: response
packages (`.omnibus`), assignments (`.omnibus-assignment`), contributions (`.omnibus-contribution`) and the
Secretariat's receipts (`.omnibus-receipt`), each with its own type identifier.

Used twice, so that the bundle is right whichever runs: packaging/omnibus.spec's BUNDLE step can pass
`info_plist=runpy.run_path("packaging/macos/info_plist.py")["info_plist"](version)`, and
`apply_info_plist.py` merges the same keys into a built `omnibus.app` (the release workflow runs it after
PyInstaller). Plain Python without omnibus imports: it runs in the build environment, not in the application.

A double-clicked file reaches the running application as a file-open event (not as an argument), which
`omnibus.ui.open_package.PackageOpener` turns into a package viewer window, or hands to the main window (an
assignment, contribution or receipt: opened as the File menu opens it).
"""

from __future__ import annotations

from typing import Any

BUNDLE_IDENTIFIER = "org.unodc.omnibus"
PACKAGE_TYPE = "org.unodc.omnibus.package"
"""The uniform type identifier of a response package (a `.omnibus` file); never change it once released."""
DOCUMENT_TYPES: tuple[tuple[str, str, str, str], ...] = (
    (PACKAGE_TYPE, "omnibus", "omnibus response package", "Viewer"),
    ("org.unodc.omnibus.assignment", "omnibus-assignment", "omnibus assignment", "Editor"),
    ("org.unodc.omnibus.contribution", "omnibus-contribution", "omnibus contribution", "Editor"),
    ("org.unodc.omnibus.receipt", "omnibus-receipt", "omnibus receipt from the Secretariat", "Viewer"),
)
"""(type identifier, file name extension, description, role): the identifiers never change once released. An
assignment and a contribution are edited into an assessment (Editor); a package and a receipt only read."""


def info_plist(version: str) -> dict[str, Any]:
    """The Info.plist keys omnibus.app needs, for `version` (e.g. "0.1.0")."""
    return {
        "CFBundleName": "omnibus",
        "CFBundleDisplayName": "omnibus",
        "CFBundleIdentifier": BUNDLE_IDENTIFIER,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundlePackageType": "APPL",
        "LSMinimumSystemVersion": "11.0",
        "NSHighResolutionCapable": True,
        "LSApplicationCategoryType": "public.app-category.productivity",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": description,
                "CFBundleTypeRole": role,
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [identifier],
            }
            for identifier, _extension, description, role in DOCUMENT_TYPES
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": identifier,
                "UTTypeDescription": description,
                "UTTypeConformsTo": ["public.data"],
                "UTTypeTagSpecification": {"public.filename-extension": [extension]},
            }
            for identifier, extension, description, _role in DOCUMENT_TYPES
        ],
    }

"""What Finder and Launch Services need to know about omnibus.app, above all that it opens `.omnibus` files.

Used twice, so that the bundle is right whichever runs: packaging/omnibus.spec's BUNDLE step can pass
`info_plist=runpy.run_path("packaging/macos/info_plist.py")["info_plist"](version)`, and
`apply_info_plist.py` merges the same keys into a built `omnibus.app` (the release workflow runs it after
PyInstaller). Plain Python without omnibus imports: it runs in the build environment, not in the application.

A double-clicked package reaches the running application as a file-open event (not as an argument), which
`omnibus.ui.open_package.PackageOpener` turns into a package viewer window.
"""

from __future__ import annotations

from typing import Any

BUNDLE_IDENTIFIER = "org.unodc.omnibus"
PACKAGE_TYPE = "org.unodc.omnibus.package"
"""The uniform type identifier of a response package (a `.omnibus` file); never change it once released."""


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
                "CFBundleTypeName": "omnibus response package",
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [PACKAGE_TYPE],
            }
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": PACKAGE_TYPE,
                "UTTypeDescription": "omnibus response package",
                "UTTypeConformsTo": ["public.data"],
                "UTTypeTagSpecification": {"public.filename-extension": ["omnibus"]},
            }
        ],
    }

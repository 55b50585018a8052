"""Merge omnibus's Info.plist keys (info_plist.py) into a built omnibus.app; run again, it changes nothing.

    python packaging/macos/apply_info_plist.py dist/omnibus.app 0.1.0

Editing Info.plist invalidates the bundle's signature: sign it again afterwards (the release workflow signs
ad hoc, `codesign --force --deep --sign - dist/omnibus.app`, or with a Developer ID when one is configured).
"""

from __future__ import annotations

import plistlib
import runpy
import sys
from pathlib import Path


def apply(app: Path, version: str) -> Path:
    """Write the merged Info.plist of `app` and return its path."""
    keys = runpy.run_path(str(Path(__file__).with_name("info_plist.py")))["info_plist"](version)
    path = app / "Contents" / "Info.plist"
    with open(path, "rb") as file:
        plist = plistlib.load(file)
    plist.update(keys)
    with open(path, "wb") as file:
        plistlib.dump(plist, file, fmt=plistlib.FMT_XML, sort_keys=True)
    return path


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    print(f"updated {apply(Path(argv[0]), argv[1])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

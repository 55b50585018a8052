#!/bin/sh
# omnibus.app from a checkout on macOS: PyInstaller with packaging/omnibus.spec (its BUNDLE step writes the
# .app), then the document types (.omnibus, .omnibus-assignment, .omnibus-contribution, .omnibus-receipt)
# merged into Info.plist and the bundle signed again (ad hoc unless CODESIGN_IDENTITY names a Developer ID),
# and checked.
#
#   packaging/macos/make-app.sh 0.1.0        # dist/omnibus.app
#
# Needs the build environment of docs/install-windows-macos.md (Python 3.12, requirements.lock, PyInstaller,
# Homebrew's pango). Untested here: see that document.
set -eu

version=${1:?give the version}
app=dist/omnibus.app

python -m PyInstaller --noconfirm --clean packaging/omnibus.spec
test -d "$app" || { echo "packaging/omnibus.spec wrote no $app (its BUNDLE step is missing?)" >&2; exit 1; }
python packaging/macos/apply_info_plist.py "$app" "$version"
plutil -lint "$app/Contents/Info.plist"
codesign --force --deep --sign "${CODESIGN_IDENTITY:--}" "$app"
codesign --verify --deep --strict "$app"
# The command line inside the bundle runs the same core: a sample package carries a PDF made by WeasyPrint, so
# this fails if Pango was not bundled; verifying it exercises the signatures.
# Without DYLD_FALLBACK_LIBRARY_PATH, so that Homebrew's libraries are not found outside the bundle (on Intel,
# Homebrew's /usr/local/lib is in dyld's default search path all the same: check the bundle's contents there).
smoke=$(mktemp -d)
env -u DYLD_FALLBACK_LIBRARY_PATH "$app/Contents/MacOS/omnibus" secretariat generate-sample --countries 1 --out "$smoke"
env -u DYLD_FALLBACK_LIBRARY_PATH "$app/Contents/MacOS/omnibus" verify "$smoke"/*.omnibus
rm -rf "$smoke"

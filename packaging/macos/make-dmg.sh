#!/bin/sh
# A compressed disk image of omnibus.app with a link to /Applications, for drag-and-drop installation.
#
#   packaging/macos/make-dmg.sh dist/omnibus.app 0.1.0      # writes dist/omnibus-0.1.0-macos-<arch>.dmg
#
# Runs on macOS only (hdiutil). Untested here: see docs/install-windows-macos.md.
set -eu

app=${1:?give the path of omnibus.app}
version=${2:?give the version}
arch=$(uname -m)
out="$(dirname "$app")/omnibus-$version-macos-$arch.dmg"

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"

hdiutil create -volname "omnibus $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$out"
hdiutil verify "$out"
echo "$out"

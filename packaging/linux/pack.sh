#!/usr/bin/env bash
# Packs the bundle folder dist/omnibus into dist/omnibus-VERSION-linux-ARCH.tar.gz, lists its SHA-256 in
# dist/SHA256SUMS and, when MINISIGN_SECRET_KEY names a minisign secret key file, signs that list into
# dist/SHA256SUMS.minisig (minisign asks for the key's password). docs/install.md says how officials check both.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(dist/omnibus/omnibus --version | cut -d' ' -f2)
name="omnibus-$version-linux-$(uname -m)"
rm -f dist/omnibus-*-linux-*.tar.gz dist/SHA256SUMS dist/SHA256SUMS.minisig
# The same files give the same archive: sorted, owned by root, dated by the last commit.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$(git log -1 --format=%ct)" \
  -C dist -cf - omnibus | gzip -9n > "dist/$name.tar.gz"
(cd dist && sha256sum "$name.tar.gz" > SHA256SUMS)
if [ -n "${MINISIGN_SECRET_KEY:-}" ]; then
  minisign -S -s "$MINISIGN_SECRET_KEY" -m dist/SHA256SUMS -t "omnibus $version for Linux ($(uname -m))"
fi
echo "Bundle: $(du -sh dist/omnibus | cut -f1) unpacked, $(du -h "dist/$name.tar.gz" | cut -f1) packed: dist/$name.tar.gz"
cat dist/SHA256SUMS

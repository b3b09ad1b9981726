#!/usr/bin/env bash
# The release workflow's last step: a draft GitHub release for the tag with every package in DIR and their
# SHA-256 sums; a person reads it and publishes it. Needs the gh command line and GH_TOKEN (GitHub's runners).
#
#   bash packaging/publish-release.sh v0.1.0 dist
set -euo pipefail
TAG="${1:?usage: publish-release.sh <tag> <dir>}"
DIR="${2:?usage: publish-release.sh <tag> <dir>}"
shopt -s nullglob
files=("$DIR"/*.msi "$DIR"/*.zip "$DIR"/*.dmg "$DIR"/*.deb)
[ ${#files[@]} -ge 5 ] || { echo "expected .msi, .zip, .dmg and two .deb in $DIR, found: ${files[*]}" >&2; exit 1; }
(cd "$DIR" && sha256sum -- *.msi *.zip *.dmg *.deb > SHA256SUMS.txt)
gh release create "$TAG" --draft --title "年报 Nianbao ${TAG#v}" --notes-file CHANGELOG.md "${files[@]}" "$DIR/SHA256SUMS.txt"

#!/usr/bin/env bash
# The macOS disk image 年报-<version>.dmg with its own Java runtime, for the Mac that builds it (Intel or
# Apple silicon). Runs ON macOS only (jpackage cannot cross-build), as the release workflow's macos job
# does; never run in this project's own environment, which has no Mac. Unsigned: Gatekeeper asks once.
#
#   ./mvnw -q -DskipTests package
#   bash packaging/build-macos.sh [--out DIR]               # DIR/年报-<version>.dmg (default target/packaging)
#
# Needs: a JDK 17 with jpackage and jmods as JAVA_HOME; sips and iconutil (part of macOS).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="target/packaging"
while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "build-macos.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ "$(uname -s)" = Darwin ] || { echo "build-macos.sh runs on macOS only (jpackage cannot build a .dmg elsewhere)" >&2; exit 2; }
JDK_BIN="$JAVA_HOME/bin"
JAR="target/nianbao.jar"
[ -f "$JAR" ] || { echo "No $JAR: ./mvnw -q -DskipTests package first" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && "$JDK_BIN/jar" xf "$ROOT/$JAR" org/nianbao/build.properties THIRD-PARTY.txt)
VERSION="$(sed -n 's/^version=//p' "$work/org/nianbao/build.properties")"
APP_VERSION="${VERSION%%-*}"

mkdir -p "$OUT"
rm -rf "$OUT/runtime-mac" "$OUT/input-mac" "$OUT"/*.dmg
bash packaging/jlink-runtime.sh "$JAR" "$OUT/runtime-mac"
mkdir -p "$OUT/input-mac/samples" "$work/nianbao.iconset"
cp "$JAR" "$OUT/input-mac/nianbao.jar"
cp "$work/THIRD-PARTY.txt" "$OUT/input-mac/THIRD-PARTY.txt"
cp samples/demo.nianbao "$OUT/input-mac/samples/demo.nianbao"
for s in 16 32 128 256; do
  sips -z $s $s packaging/icon/nianbao.png --out "$work/nianbao.iconset/icon_${s}x${s}.png" >/dev/null
  sips -z $((s*2)) $((s*2)) packaging/icon/nianbao.png --out "$work/nianbao.iconset/icon_${s}x${s}@2x.png" >/dev/null
done
iconutil -c icns "$work/nianbao.iconset" -o "$work/nianbao.icns"

"$JDK_BIN/jpackage" --type dmg --name 年报 --app-version "$APP_VERSION" --vendor Nianbao \
  --description "年报：高校信息公开工作年度报告的编制、检查与导出" --copyright "AGPL-3.0-or-later" \
  --input "$OUT/input-mac" --main-jar nianbao.jar --main-class org.nianbao.Main \
  --runtime-image "$OUT/runtime-mac" --icon "$work/nianbao.icns" \
  --java-options '-Dnianbao.sample=$APPDIR/samples/demo.nianbao' \
  --file-associations packaging/nianbao-file.properties --license-file LICENSE \
  --mac-package-identifier org.nianbao.app --mac-package-name 年报 --dest "$OUT"
DMG="$(ls "$OUT"/*.dmg)"
echo "dmg: $DMG, $(du -m "$DMG" | cut -f1) MB"

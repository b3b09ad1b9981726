#!/usr/bin/env bash
# The Windows installer: Nianbao-<version>.msi with its own Java runtime, installed per user (no admin
# rights) into %LOCALAPPDATA%, a Start-menu folder 年报, .nianbao files associated, and nianbao-cli.exe
# for the command line. Runs ON WINDOWS only (jpackage cannot cross-build), in Git Bash, as the release
# workflow's windows job does (.github/workflows/release.yml); it was never run in this project's own
# environment, which has no Windows.
#
#   ./mvnw -q -DskipTests package
#   bash packaging/build-windows-msi.sh [--out DIR]        # DIR/Nianbao-<version>.msi (default target/packaging)
#
# Needs: a JDK 17 with jpackage and jmods (e.g. Temurin 17) as JAVA_HOME, and WiX Toolset 3.x (candle.exe,
# light.exe; JDK 17's jpackage does not use WiX 4+). Without candle.exe on PATH it installs WiX 3.14 with
# Chocolatey (present on GitHub's Windows runners).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="target/packaging"
while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "build-windows-msi.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) ;;
  *) echo "build-windows-msi.sh runs on Windows only (jpackage cannot build an .msi elsewhere)" >&2; exit 2 ;;
esac
JDK_BIN="$JAVA_HOME/bin"
JAR="target/nianbao.jar"
[ -f "$JAR" ] || { echo "No $JAR: ./mvnw -q -DskipTests package first" >&2; exit 2; }

if ! command -v candle.exe >/dev/null; then
  for d in "/c/Program Files (x86)/WiX Toolset v3.14/bin" "/c/Program Files (x86)/WiX Toolset v3.11/bin"; do
    [ -x "$d/candle.exe" ] && PATH="$d:$PATH" && break
  done
fi
if ! command -v candle.exe >/dev/null; then
  choco install wixtoolset --version=3.14.1 -y --no-progress
  PATH="/c/Program Files (x86)/WiX Toolset v3.14/bin:$PATH"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && "$JDK_BIN/jar" xf "$ROOT/$JAR" org/nianbao/build.properties THIRD-PARTY.txt)
VERSION="$(sed -n 's/^version=//p' "$work/org/nianbao/build.properties" | tr -d '\r')"
APP_VERSION="${VERSION%%-*}"

mkdir -p "$OUT"
rm -rf "$OUT/runtime-win" "$OUT/input-win" "$OUT"/Nianbao-*.msi
bash packaging/jlink-runtime.sh "$JAR" "$OUT/runtime-win"
mkdir -p "$OUT/input-win/samples"
cp "$JAR" "$OUT/input-win/nianbao.jar"
cp "$work/THIRD-PARTY.txt" "$OUT/input-win/THIRD-PARTY.txt"
cp samples/demo.nianbao "$OUT/input-win/samples/demo.nianbao"

# --win-upgrade-uuid stays the same for every release, so a new .msi replaces the old one.
"$JDK_BIN/jpackage" --type msi --name Nianbao --app-version "$APP_VERSION" --vendor Nianbao \
  --description "年报：高校信息公开工作年度报告的编制、检查与导出" --copyright "AGPL-3.0-or-later" \
  --input "$OUT/input-win" --main-jar nianbao.jar --main-class org.nianbao.Main \
  --runtime-image "$OUT/runtime-win" --icon packaging/icon/nianbao.ico \
  --java-options '-Dnianbao.sample=$APPDIR\samples\demo.nianbao' \
  --add-launcher nianbao-cli=packaging/windows/nianbao-cli.properties \
  --file-associations packaging/nianbao-file.properties --license-file LICENSE \
  --win-per-user-install --win-menu --win-menu-group 年报 --win-shortcut --win-dir-chooser \
  --win-upgrade-uuid 3fd5c56d-849a-57c3-bdc9-49f82febeeb3 --dest "$OUT"
MSI="$(ls "$OUT"/Nianbao-*.msi)"
echo "msi: $MSI, $(du -m "$MSI" | cut -f1) MB"

# The command line of the installed layout, before anyone installs it: the app image jpackage made on the way.
"$JDK_BIN/jpackage" --type app-image --name Nianbao --app-version "$APP_VERSION" \
  --input "$OUT/input-win" --main-jar nianbao.jar --main-class org.nianbao.Main \
  --runtime-image "$OUT/runtime-win" --add-launcher nianbao-cli=packaging/windows/nianbao-cli.properties \
  --dest "$work/image"
"$work/image/Nianbao/nianbao-cli.exe" --version
cp samples/demo.nianbao "$work/demo.nianbao"
"$work/image/Nianbao/nianbao-cli.exe" export "$work/demo.nianbao" --draft --pdf "$work/demo.pdf"
[ -s "$work/demo.pdf" ] || { echo "the Windows image exported no PDF" >&2; exit 1; }

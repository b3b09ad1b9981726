#!/usr/bin/env bash
# Builds the portable Windows zip from the one jar, on any machine (no Windows needed): the jar (which
# carries JavaFX's Windows x64 natives), 年报.bat (double-click: starts the app with javaw, no console
# window stays), nianbao.cmd (the command line), 说明.txt (what it needs, in Chinese), the licences and
# the sample. For PCs that have a Java 17+ runtime; the .msi with its own runtime is built on Windows by
# .github/workflows/release.yml.
#
#   ./mvnw -q -DskipTests package
#   bash packaging/build-windows.sh [--jar FILE] [--out DIR]   # DIR/nianbao-<version>-windows-x64.zip
#
# Needs: a JDK (jar, java), iconv (libc-bin). Checks what it wrote: the entries, that the launchers are
# CRLF and GBK (what cmd.exe on a Chinese Windows reads), that 说明.txt is UTF-8 with a BOM (Notepad),
# and the jar's natives (CheckJar.java).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

JAR="target/nianbao.jar"
OUT="target/packaging"
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "build-windows.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
JDK_BIN="$JAVA_HOME/bin"
for tool in "$JDK_BIN/jar" "$JDK_BIN/java"; do
  [ -x "$tool" ] || { echo "build-windows.sh needs $tool (openjdk-17-jdk-headless)" >&2; exit 2; }
done
command -v iconv >/dev/null || { echo "build-windows.sh needs iconv (libc-bin)" >&2; exit 2; }
[ -f "$JAR" ] || { echo "No $JAR: build it first with ./mvnw -q -DskipTests package" >&2; exit 2; }
start=$(date +%s)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && "$JDK_BIN/jar" xf "$ROOT/$JAR" org/nianbao/build.properties THIRD-PARTY.txt \
  org/nianbao/render/fonts/OFL.txt org/nianbao/holidays/LICENSE)
VERSION="$(sed -n 's/^version=//p' "$work/org/nianbao/build.properties")"
NAME="nianbao-$VERSION-windows-x64"
echo "Nianbao $VERSION from $JAR"

# Text for Windows: CRLF line ends; the launchers in GBK (code page 936, what cmd.exe reads a batch file in
# on a Chinese Windows), 说明.txt and the licences in UTF-8 with a BOM (every Notepad opens it right).
crlf() { sed 's/\r$//; s/$/\r/'; }
gbk() { crlf < "$1" | iconv -f UTF-8 -t GBK > "$2"; }
utf8bom() { { printf '\xef\xbb\xbf'; crlf < "$1"; } > "$2"; }

dir="$work/$NAME"
mkdir -p "$dir/samples" "$dir/licenses"
cp "$JAR" "$dir/nianbao.jar"
gbk packaging/windows/zip/年报.bat "$dir/年报.bat"
gbk packaging/windows/zip/nianbao.cmd "$dir/nianbao.cmd"
sed "s/{VERSION}/$VERSION/g" packaging/windows/zip/说明.txt > "$work/readme.txt"
utf8bom "$work/readme.txt" "$dir/说明.txt"
utf8bom LICENSE "$dir/LICENSE.txt"
utf8bom "$work/THIRD-PARTY.txt" "$dir/THIRD-PARTY.txt"
utf8bom "$work/org/nianbao/render/fonts/OFL.txt" "$dir/licenses/fonts-OFL.txt"
utf8bom "$work/org/nianbao/holidays/LICENSE" "$dir/licenses/holidays-LICENSE.txt"
cp samples/demo.nianbao "$dir/samples/demo.nianbao"

# The zip, written by the JDK's jar tool (no manifest): entry names in UTF-8 with the zip's UTF-8 flag set,
# which Windows' own "Extract all" honours, so 年报.bat and 说明.txt keep their names.
mkdir -p "$OUT"
ZIP="$(cd "$OUT" && pwd)/$NAME.zip"
rm -f "$ZIP"
(cd "$work" && "$JDK_BIN/jar" --create --no-manifest --file "$ZIP" "$NAME")

# What the zip holds, read back from the zip itself.
echo "== checking $ZIP"
check="$work/check"
mkdir -p "$check"
(cd "$check" && "$JDK_BIN/jar" xf "$ZIP")
got="$check/$NAME"
fail() { echo "build-windows.sh: $*" >&2; exit 1; }
for f in nianbao.jar 年报.bat nianbao.cmd 说明.txt LICENSE.txt THIRD-PARTY.txt licenses/fonts-OFL.txt \
         licenses/holidays-LICENSE.txt samples/demo.nianbao; do
  [ -s "$got/$f" ] || fail "the zip lacks $NAME/$f"
done
for f in 年报.bat nianbao.cmd; do
  [ "$(grep -c $'\r$' "$got/$f")" -eq "$(wc -l < "$got/$f")" ] || fail "$f is not CRLF throughout"
  iconv -f GBK -t UTF-8 "$got/$f" | grep -q 'nianbao.jar' || fail "$f does not start nianbao.jar"
  iconv -f GBK -t UTF-8 "$got/$f" | grep -q '没有找到 Java' || fail "$f is not GBK or lacks the missing-Java message"
done
iconv -f GBK -t UTF-8 "$got/年报.bat" | grep -q 'start "" "%JAVAW%" -jar' || fail "年报.bat does not start javaw detached"
[ "$(head -c 3 "$got/说明.txt" | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "说明.txt has no UTF-8 BOM"
grep -q "Java 17" "$got/说明.txt" || fail "说明.txt does not say it needs Java 17"
grep -q "年报 Nianbao $VERSION" "$got/说明.txt" || fail "说明.txt does not name the version"
"$JDK_BIN/java" "$ROOT/packaging/CheckJar.java" "$got/nianbao.jar" 80

ZIP_MB="$(du -m "$ZIP" | cut -f1)"
echo "windows zip: $ZIP, $ZIP_MB MB, $(( $(date +%s) - start )) s"
[ "$ZIP_MB" -le 80 ] || fail "the zip is larger than 80 MB"

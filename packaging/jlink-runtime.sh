#!/usr/bin/env bash
# The minimal Java runtime every package carries, on every OS: the modules the jar uses (jdeps) plus
# those only found at run time, linked by jlink. build-linux.sh, build-windows-msi.sh and build-macos.sh
# all call it, so the runtime checked on Linux here is made the same way on Windows and macOS.
#
#   bash packaging/jlink-runtime.sh JAR OUT_DIR          # JAVA_HOME or the java on PATH gives jdeps/jlink
#
# Beyond jdeps: jdk.charsets (GB18030 text files, GBK consoles), jdk.localedata (Chinese locale data,
# kept to zh and en), jdk.crypto.ec (EC keys and certificates when signing).
set -euo pipefail
JAR="$1"
OUT="$2"
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
JDK_BIN="$JAVA_HOME/bin"
echo "== jdeps"
# tr: on Windows jdeps ends its lines with CRLF.
MODULES="$("$JDK_BIN/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$JAR" | tail -n 1 | tr -d '\r')"
MODULES="$MODULES,jdk.charsets,jdk.localedata,jdk.crypto.ec"
echo "modules: $MODULES"
echo "== jlink"
rm -rf "$OUT"
"$JDK_BIN/jlink" --add-modules "$MODULES" --include-locales=zh,en \
  --strip-debug --no-man-pages --no-header-files --strip-native-commands --compress=2 \
  --output "$OUT"
echo "runtime: $(du -sm "$OUT" | cut -f1) MB"

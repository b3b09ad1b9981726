#!/usr/bin/env bash
# The minimal Java runtime every package carries, on every OS: the modules the jar uses (jdeps) plus
# those only found at run time, linked by jlink. build-linux.sh, build-linux-arm64.sh, build-windows-msi.sh
# and build-macos.sh all call it, so the runtime checked on Linux here is made the same way everywhere.
#
#   bash packaging/jlink-runtime.sh JAR OUT_DIR [--jmods DIR] [--keep-java]   # JAVA_HOME or the java on PATH gives jdeps/jlink
#
# Beyond jdeps: jdk.charsets (GB18030 text files, GBK consoles), jdk.localedata (Chinese locale data,
# kept to zh and en), jdk.crypto.ec (EC keys and certificates when signing).
# --jmods DIR: link another machine's runtime from its JDK's jmods (build-linux-arm64.sh: Debian's arm64
#   jmods, linked by this machine's jlink). Only the Java debug attributes are stripped then: stripping the
#   native ones needs an objcopy that reads the other architecture's ELF, and Debian's libraries carry no
#   debug sections anyway (those are in its -dbg packages).
# --keep-java: keep bin/java (a launcher script runs it; jpackage's native launchers do not need it).
set -euo pipefail
JAR="$1"
OUT="$2"
shift 2
JMODS=""
KEEP_JAVA=0
while [ $# -gt 0 ]; do
  case "$1" in
    --jmods) JMODS="$2"; shift 2 ;;
    --keep-java) KEEP_JAVA=1; shift ;;
    *) echo "jlink-runtime.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
JDK_BIN="$JAVA_HOME/bin"
echo "== jdeps"
# tr: on Windows jdeps ends its lines with CRLF.
MODULES="$("$JDK_BIN/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$JAR" | tail -n 1 | tr -d '\r')"
MODULES="$MODULES,jdk.charsets,jdk.localedata,jdk.crypto.ec"
echo "modules: $MODULES"
OPTIONS=(--include-locales=zh,en --no-man-pages --no-header-files --compress=2)
if [ -n "$JMODS" ]; then
  OPTIONS+=(--module-path "$JMODS" --strip-java-debug-attributes)
else
  OPTIONS+=(--strip-debug)
fi
[ "$KEEP_JAVA" = 1 ] || OPTIONS+=(--strip-native-commands)
echo "== jlink${JMODS:+ (jmods from $JMODS)}"
rm -rf "$OUT"
"$JDK_BIN/jlink" --add-modules "$MODULES" "${OPTIONS[@]}" --output "$OUT"
echo "runtime: $(du -sm "$OUT" | cut -f1) MB"

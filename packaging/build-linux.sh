#!/usr/bin/env bash
# Builds Nianbao for Linux from the single jar: a minimal Java runtime (jlink), a self-contained app
# image and a .deb (jpackage), then checks the image's command line on the bundled sample.
#
#   ./mvnw -q -DskipTests package          # target/nianbao.jar
#   bash packaging/build-linux.sh          # target/packaging/image/nianbao/ and target/packaging/nianbao_<v>_amd64.deb
#
# Options: --jar FILE (default target/nianbao.jar), --out DIR (default target/packaging),
#          --no-deb (app image only).
#
# Needs (Debian 12 package names): openjdk-17-jdk-headless (jdeps, jlink, jpackage and the jmods),
# binutils (objcopy: jlink strips native debug symbols with it), and for the .deb fakeroot and dpkg
# (dpkg-deb); xvfb and xauth for the class-data sharing list (without them the image starts as before).
# The jar carries JavaFX on the class path (every OS's natives inside it), so the runtime holds only
# JDK modules; at the first start org.nianbao.Main unpacks this machine's natives into
# ~/.nianbao/javafx-cache/linux-<arch> (javafx.cachedir, unless the launcher gives one).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

JAR="target/nianbao.jar"
OUT="target/packaging"
DEB=1
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --no-deb) DEB=0; shift ;;
    -h|--help) sed -n '2,18p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "build-linux.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done

# The JDK's tools: from JAVA_HOME when set, else from the java on PATH.
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
JDK_BIN="$JAVA_HOME/bin"
missing=()
for tool in jdeps jlink jpackage jar; do
  [ -x "$JDK_BIN/$tool" ] || missing+=("$JDK_BIN/$tool (openjdk-17-jdk-headless)")
done
[ -d "$JAVA_HOME/jmods" ] || missing+=("$JAVA_HOME/jmods (openjdk-17-jdk-headless; openjdk-17-jmods on Ubuntu)")
command -v objcopy >/dev/null || missing+=("objcopy (binutils)")
if [ "$DEB" = 1 ]; then
  command -v fakeroot >/dev/null || missing+=("fakeroot (fakeroot)")
  command -v dpkg-deb >/dev/null || missing+=("dpkg-deb (dpkg)")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "build-linux.sh needs:" >&2
  printf '  %s\n' "${missing[@]}" >&2
  exit 2
fi
[ -f "$JAR" ] || { echo "No $JAR: build it first with ./mvnw -q -DskipTests package" >&2; exit 2; }
"$JDK_BIN/java" -version 2>&1 | grep -q 'version "17' \
  || echo "note: building with $("$JDK_BIN/java" -version 2>&1 | head -n 1); the recipes were checked with JDK 17" >&2

# What the x64 and the arm64 package share (description, Depends, launcher option, the CLI check).
source packaging/linux/common.sh

# Version from the jar itself (filtered build.properties); jpackage wants numbers only: 0.1.0-SNAPSHOT -> 0.1.0.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
VERSION="$(nianbao_version "$ROOT/$JAR" "$work")"
APP_VERSION="${VERSION%%-*}"
echo "Nianbao $VERSION (package version $APP_VERSION) from $JAR"

# Only what this script makes is removed, whatever --out names.
mkdir -p "$OUT"
rm -rf "$OUT/runtime" "$OUT/input" "$OUT/image" "$OUT"/nianbao_*.deb

# 1. The runtime: the modules the jar uses (jdeps) plus those only needed at run time (jlink-runtime.sh).
bash packaging/jlink-runtime.sh "$JAR" "$OUT/runtime"

# 2. What goes into the image's lib/app ($APPDIR): the jar, its THIRD-PARTY.txt and the sample project.
nianbao_app_input "$JAR" "$OUT/input"

# nianbao.sample: where the app finds the bundled sample when it is started without a project.
JAVA_OPTIONS=(--java-options "$NIANBAO_JAVA_OPTION")
COMMON=(--name nianbao --app-version "$APP_VERSION" --description "$NIANBAO_DESCRIPTION"
  --vendor "$NIANBAO_VENDOR" --copyright "$NIANBAO_COPYRIGHT")

echo "== jpackage app image"
"$JDK_BIN/jpackage" --type app-image "${COMMON[@]}" \
  --input "$OUT/input" --main-jar nianbao.jar --main-class org.nianbao.Main \
  --runtime-image "$OUT/runtime" --icon packaging/icon/nianbao.png "${JAVA_OPTIONS[@]}" \
  --dest "$OUT/image"
IMAGE="$OUT/image/nianbao"

# 2b. Class-data sharing (launch to first window, issue 14): the classes a start loads are read from a
#     mapped archive instead of being parsed and verified from the jar. On JDK 17 only a static archive
#     works here (a dynamic one needs the runtime's default archive, and jlink's --generate-cds-archive
#     adds two of 12 MB each), and an archive records the jar's path, size and time: it is refused (and
#     the app starts as before, silently) anywhere else. So the image carries the list of classes a
#     training start loads (the launch probe under Xvfb: window, the sample opened, the live preview
#     drawn and updated) and the .deb's postinst makes the archive (about 55 MB, too big for the 130 MB
#     image) where the jar is installed; prerm removes it. The launcher names it; a missing one is ignored.
IMAGE_ABS="$(cd "$IMAGE" && pwd)"
CLASSLIST="$IMAGE_ABS/lib/app/nianbao.classlist"
if command -v xvfb-run >/dev/null && command -v xauth >/dev/null; then
  echo "== class list for class-data sharing (training start under Xvfb)"
  mkdir -p "$work/train-home"
  (cd "$work" && JAVA_TOOL_OPTIONS="-Duser.home=$work/train-home -Dnianbao.launchProbe=true -XX:DumpLoadedClassList=$CLASSLIST" \
    timeout 180 xvfb-run -a -s "-screen 0 1366x768x24" "$IMAGE_ABS/bin/nianbao" 2>&1 | grep -E -- '-ms [0-9]+$' || true)
  if [ -s "$CLASSLIST" ] && grep -q '^org/nianbao/ui/' "$CLASSLIST"; then
    echo "class list: $(wc -l < "$CLASSLIST") classes"
    echo 'java-options=-XX:SharedArchiveFile=$APPDIR/nianbao.jsa' >> "$IMAGE/lib/app/nianbao.cfg"
    # The postinst's command, tried here on the image in place: the archive must be made and be usable.
    JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$CLASSLIST" "$IMAGE/bin/nianbao" --version >"$work/dump.log" 2>&1 \
      || { cat "$work/dump.log" >&2; echo "making the class-data archive failed" >&2; exit 1; }
    JAVA_TOOL_OPTIONS="-Xshare:on" "$IMAGE/bin/nianbao" --version >/dev/null 2>"$work/share.log" \
      || { cat "$work/share.log" >&2; echo "the launcher cannot use the class-data archive" >&2; exit 1; }
    echo "class-data archive: $(du -m "$IMAGE/lib/app/nianbao.jsa" | cut -f1) MB when made (by the .deb's postinst; not shipped)"
    rm -f "$IMAGE/lib/app/nianbao.jsa"
  else
    rm -f "$CLASSLIST"
    echo "note: the training start loaded no app classes; the image starts without class-data sharing" >&2
  fi
else
  echo "note: no xvfb-run/xauth for the training start; the image starts without class-data sharing" >&2
fi
IMAGE_MB="$(du -sm "$IMAGE" | cut -f1)"
echo "app image: $IMAGE, $IMAGE_MB MB (target at most 130 MB)"

# 3. The image's own launcher runs the command line: a check that the runtime has every module the
#    work needs (version, a GB18030 text file, an export of the sample, a check).
echo "== command line of the image"
nianbao_check_cli "$IMAGE/bin/nianbao" "$work"

# 4. The .deb from that same image. The menu shows 年报 (packaging/linux/nianbao.desktop); the package
#    and the commands stay ASCII: nianbao, /opt/nianbao/bin/nianbao.
if [ "$DEB" = 1 ]; then
  echo "== jpackage deb"
  # Nearly everything inside is compressed already (the jar, the jlink'd modules): dpkg-deb's default
  # xz saves a few MB and costs minutes on a busy machine. gzip unless the caller chooses (dpkg >= 1.21.10).
  export DPKG_DEB_COMPRESSOR_TYPE="${DPKG_DEB_COMPRESSOR_TYPE:-gzip}"
  "$JDK_BIN/jpackage" --type deb "${COMMON[@]}" --app-image "$IMAGE" \
    --icon packaging/icon/nianbao.png --resource-dir packaging/linux \
    --file-associations packaging/nianbao-file.properties \
    --license-file LICENSE \
    --linux-package-name nianbao --linux-app-category office --linux-menu-group Office --linux-shortcut \
    --linux-deb-maintainer "$NIANBAO_DEB_MAINTAINER" --linux-package-deps "$NIANBAO_DEB_DEPS" \
    --dest "$OUT"
  DEB_FILE="$(ls "$OUT"/nianbao_*.deb)"
  echo "deb: $DEB_FILE, $(du -m "$DEB_FILE" | cut -f1) MB"
  dpkg-deb -I "$DEB_FILE" | grep -E '^ (Package|Version|Depends|Installed-Size):'
fi

echo "app image size: $IMAGE_MB MB"
if [ "$IMAGE_MB" -gt 130 ]; then
  echo "the app image is larger than the 130 MB target" >&2
  exit 1
fi

#!/usr/bin/env bash
# Builds Nianbao's .deb for Linux on ARM64 (the 信创 desktops: Kylin, UOS) on an x64 machine, from the one
# jar (which carries JavaFX's linux-aarch64 natives): a Java runtime cross-linked by this machine's jlink
# from Debian's arm64 JDK jmods, a launcher script, and the same menu entry, icon and .nianbao association
# as the x64 package, packed with dpkg-deb (jpackage cannot build for another architecture). Then it reads
# the package back and checks it, and runs its command line under emulation (qemu) where it can.
# The arm64 JDK and libc come from Debian 11 (bullseye), whatever this machine runs: its JDK needs glibc 2.29,
# so the package can install on the glibc 2.31 of Kylin V10 (Debian 12's JDK needs 2.34).
#
#   ./mvnw -q -DskipTests package                   # target/nianbao.jar
#   bash packaging/build-linux-arm64.sh [--out DIR]  # DIR/nianbao_<version>-1_arm64.deb (default target/packaging)
#
# Options: --jar FILE (default target/nianbao.jar), --out DIR, --no-run (build and check the package, run
#          nothing of it).
#
# Needs (Debian 12 package names): openjdk-17-jdk-headless (jdeps, jlink, jmod, jimage), apt and dpkg
# (apt-get download, dpkg-deb), debian-archive-keyring (bullseye's keys), binutils (readelf), and to run
# the package's command line on an x64 machine qemu-user-static (qemu-aarch64-static) and poppler-utils
# (pdftotext). No root needed: the arm64 packages (the JDK for its jmods; libc6 and four libraries as the
# emulator's sysroot) are fetched from Debian 11's archive (bullseye and bullseye-security on
# deb.debian.org, or the mirror NIANBAO_DEBIAN_MIRROR names) with apt and its own sources and package
# lists in target/arm64-apt/ (the machine's apt sources, dpkg and apt state are not touched), and only
# unpacked there, never installed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

JAR="target/nianbao.jar"
OUT="target/packaging"
RUN=1
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --no-run) RUN=0; shift ;;
    -h|--help) sed -n '2,23p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "build-linux-arm64.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done

if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
JDK_BIN="$JAVA_HOME/bin"
missing=()
for tool in java jar jdeps jlink jmod jimage; do
  [ -x "$JDK_BIN/$tool" ] || missing+=("$JDK_BIN/$tool (openjdk-17-jdk-headless)")
done
for tool in apt-get apt-cache dpkg dpkg-deb readelf iconv; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
[ -f "$KEYRING" ] || missing+=("$KEYRING (debian-archive-keyring)")
if [ ${#missing[@]} -gt 0 ]; then
  echo "build-linux-arm64.sh needs:" >&2
  printf '  %s\n' "${missing[@]}" >&2
  exit 2
fi
[ -f "$JAR" ] || { echo "No $JAR: build it first with ./mvnw -q -DskipTests package" >&2; exit 2; }
started=$SECONDS
fail() { echo "build-linux-arm64.sh: $*" >&2; exit 1; }
# Bash 5.2 would read & in ${x//pattern/replacement} as the match; the templates are put in as they are.
shopt -u patsub_replacement 2>/dev/null || true

# What the x64 and the arm64 package share (description, Depends, launcher option, the CLI check).
source packaging/linux/common.sh

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
VERSION="$(nianbao_version "$ROOT/$JAR" "$work")"
APP_VERSION="${VERSION%%-*}"
DEB_NAME="nianbao_${APP_VERSION}-1_arm64.deb"
echo "Nianbao $VERSION (package version $APP_VERSION-1, arm64) from $JAR"

# Only what this script makes is removed, whatever --out names.
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
rm -rf "$OUT/arm64" "$OUT"/nianbao_*_arm64.deb

# 1. Debian 11's arm64 packages, through apt with its own sources and lists, arm64 only (no dpkg
#    --add-architecture, no root): bullseye for its glibc 2.31 (Kylin V10's), whatever this machine runs.
APT_DIR="$ROOT/target/arm64-apt"
mkdir -p "$APT_DIR/lists/partial" "$APT_DIR/cache/archives/partial" "$APT_DIR/debs" "$APT_DIR/sources.list.d"
touch "$APT_DIR/status"
MIRROR="${NIANBAO_DEBIAN_MIRROR:-http://deb.debian.org}"
cat > "$APT_DIR/sources.list" <<SOURCES
deb [signed-by=$KEYRING] $MIRROR/debian bullseye main
deb [signed-by=$KEYRING] $MIRROR/debian-security bullseye-security main
SOURCES
APT=(-o "Dir::State::Lists=$APT_DIR/lists" -o "Dir::State::status=$APT_DIR/status" -o "Dir::Cache=$APT_DIR/cache"
  -o "Dir::Etc::SourceList=$APT_DIR/sources.list" -o "Dir::Etc::SourceParts=$APT_DIR/sources.list.d"
  -o APT::Architecture=arm64 -o APT::Architectures::=arm64)
[ "$(id -u)" -ne 0 ] || APT+=(-o APT::Sandbox::User=root)   # apt's _apt user cannot write into target/
echo "== apt: Debian 11 (bullseye) arm64 package lists from $MIRROR"
apt-get -qq "${APT[@]}" update || fail "apt-get update for bullseye arm64 failed (is $MIRROR reachable?)"

# arm64_deb PACKAGE [VERSION...]: sets DEB_VER and DEB_FILE (in target/arm64-apt/debs, downloaded unless it is
# there already) to the first of the VERSIONs (default: every version the lists name, newest first) that
# the archive serves. A listed version can be gone from the pool (seen here: bullseye-security's index
# names openjdk-17 17.0.20.1 and libc6 2.31-13+deb11u14, and the mirror answers 404 for both), so the next
# one is taken, and said.
arm64_deb() {
  local pkg="$1" v file
  shift
  local versions=("$@")
  [ ${#versions[@]} -gt 0 ] || mapfile -t versions < <(apt-cache "${APT[@]}" madison "$pkg" \
    | awk -F'|' '{ gsub(/ /, "", $2); if (!seen[$2]++) print $2 }')
  [ ${#versions[@]} -gt 0 ] || fail "no arm64 $pkg in bullseye's package lists"
  for v in "${versions[@]}"; do
    file="$APT_DIR/debs/${pkg}_${v//:/%3a}_arm64.deb"
    if [ -f "$file" ] || (cd "$APT_DIR/debs" && apt-get -qq "${APT[@]}" download "$pkg:arm64=$v") >&2; then
      [ "$v" = "${versions[0]}" ] \
        || echo "note: $pkg:arm64 ${versions[0]} is listed but could not be downloaded; took $v" >&2
      DEB_VER="$v"
      DEB_FILE="$file"
      return 0
    fi
    rm -f "$file"
  done
  fail "apt-get download $pkg:arm64 failed for every listed version (${versions[*]})"
}

# The jmods: Debian ships them in openjdk-17-jdk-headless (Ubuntu in openjdk-17-jmods). jlink links only
# jmods of its own feature release (it compares 17.0 with 17.0; jlink 17.0.15 links bullseye's 17.0.12), so
# this machine's JDK decides the package; the same update as this JDK's if bullseye has it, else its newest.
HOST_JAVA="$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$JAVA_HOME/release")"
FEATURE="${HOST_JAVA%%.*}"
JDK_PKG=""
for pkg in "openjdk-$FEATURE-jmods" "openjdk-$FEATURE-jdk-headless"; do
  if [ -n "$(apt-cache "${APT[@]}" madison "$pkg" 2>/dev/null)" ]; then JDK_PKG="$pkg"; break; fi
done
[ -n "$JDK_PKG" ] || fail "no arm64 openjdk-$FEATURE-jmods or openjdk-$FEATURE-jdk-headless in bullseye (the jlink here is $HOST_JAVA)"
mapfile -t jdk_versions < <(apt-cache "${APT[@]}" madison "$JDK_PKG" | awk -F'|' -v want="$HOST_JAVA" \
  '{ gsub(/ /, "", $2); if (seen[$2]++) next; v = $2; sub(/^[0-9]+:/, "", v); split(v, p, /[+~-]/)
     if (p[1] == want) same = same $2 "\n"; else other = other $2 "\n" } END { printf "%s%s", same, other }')
[[ "${jdk_versions[0]}" == *"$HOST_JAVA"* ]] \
  || echo "note: bullseye has no $JDK_PKG $HOST_JAVA (this machine's jlink) for arm64; linking its newest" \
    "(jlink accepts any $FEATURE.0 update; the package's command line is run below to show the runtime works)"
arm64_deb "$JDK_PKG" "${jdk_versions[@]}"
JDK_VER="$DEB_VER"
JDK_DEB="$DEB_FILE"
echo "== $JDK_PKG:arm64 $JDK_VER (jmods), linked by jlink $HOST_JAVA"
rm -rf "$APT_DIR/jdk"
dpkg-deb -x "$JDK_DEB" "$APT_DIR/jdk"
JMODS="$(dirname "$(find "$APT_DIR/jdk" -name java.base.jmod -path '*/jmods/*' -print -quit)")"
[ -f "$JMODS/java.base.jmod" ] || fail "$JDK_DEB holds no jmods/java.base.jmod"
"$JDK_BIN/jmod" describe "$JMODS/java.base.jmod" | grep -qx 'platform linux-aarch64' \
  || fail "$JMODS/java.base.jmod is not for linux-aarch64"

# 2. The runtime: the same modules as the x64 package's (jlink-runtime.sh), bin/java kept for the launcher.
ROOTFS="$OUT/arm64/root"
APP="$ROOTFS/opt/nianbao"
RUNTIME="$APP/lib/runtime"
bash packaging/jlink-runtime.sh "$JAR" "$RUNTIME" --jmods "$JMODS" --keep-java

# 3. The package's files, laid out as jpackage lays out the x64 one (/opt/nianbao/{bin,lib,share/doc}).
nianbao_app_input "$JAR" "$APP/lib/app"
mkdir -p "$APP/bin" "$APP/share/doc" "$ROOTFS/DEBIAN"
sed "s|@JAVA_OPTION@|$NIANBAO_JAVA_OPTION|" packaging/linux/launcher.sh > "$APP/bin/nianbao"
chmod 755 "$APP/bin/nianbao"
cp packaging/icon/nianbao.png "$APP/lib/nianbao.png"
prop() { sed -n "s/^$1=//p" packaging/nianbao-file.properties; }
MIME="$(prop mime-type)"
DESKTOP=/opt/nianbao/lib/nianbao-nianbao.desktop
MIME_XML=/opt/nianbao/lib/nianbao-nianbao-MimeInfo.xml
# The menu entry: jpackage's placeholders in packaging/linux/nianbao.desktop, filled in as it fills them.
t="$(cat packaging/linux/nianbao.desktop)"
t="${t//APPLICATION_DESCRIPTION/$NIANBAO_DESCRIPTION}"
t="${t//APPLICATION_LAUNCHER//opt/nianbao/bin/nianbao}"
t="${t//APPLICATION_ICON//opt/nianbao/lib/nianbao.png}"
t="${t//DEPLOY_BUNDLE_CATEGORY/Office}"
t="${t//DESKTOP_MIMES/MimeType=$MIME}"
printf '%s\n' "$t" > "$ROOTFS$DESKTOP"
# The .nianbao type, as jpackage writes it from the same properties (its description in \u escapes).
{
  echo '<?xml version="1.0" ?>'
  echo '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">'
  echo "  <mime-type type=\"$MIME\">"
  LC_ALL=C.UTF-8 printf '    <comment>%b</comment>\n' "$(prop description)"
  echo "    <glob pattern=\"*.$(prop extension)\"></glob>"
  echo '  </mime-type>'
  printf '</mime-info>'
} > "$ROOTFS$MIME_XML"
{
  printf 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\nFiles: *\n'
  printf 'Copyright: %s\nLicense: ' "$NIANBAO_COPYRIGHT"
  cat LICENSE
  echo
} > "$APP/share/doc/copyright"

# Maintainer scripts: packaging/linux/postinst and prerm (jpackage's, a missing desktop menu tolerated),
# filled in as jpackage fills them; UTILITY_SCRIPTS is jpackage's own utils.sh, from this JDK.
(cd "$work" && "$JDK_BIN/jimage" extract --dir jimage --include 'regex:.*/jdk/jpackage/internal/resources/utils\.sh' \
  "$JAVA_HOME/lib/modules")
UTILS="$(find "$work/jimage" -name utils.sh -print -quit)"
[ -n "$UTILS" ] || fail "no jdk/jpackage/internal/resources/utils.sh in $JAVA_HOME/lib/modules (a JDK with jpackage is needed)"
UTILITY_SCRIPTS="$(cat "$UTILS")"
INSTALL="xdg-desktop-menu install $DESKTOP
xdg-mime install $MIME_XML"
UNINSTALL="xdg-desktop-menu uninstall $DESKTOP
xdg-mime uninstall $MIME_XML
uninstall_default_mime_handler $(basename "$DESKTOP") $MIME"
for script in postinst prerm; do
  t="$(cat "packaging/linux/$script")"
  t="${t//APPLICATION_PACKAGE/nianbao}"
  t="${t//DESKTOP_COMMANDS_INSTALL/$INSTALL}"
  t="${t//DESKTOP_COMMANDS_UNINSTALL/$UNINSTALL}"
  t="${t//UTILITY_SCRIPTS/$UTILITY_SCRIPTS}"
  printf '%s\n' "$t" > "$ROOTFS/DEBIAN/$script"
  chmod 755 "$ROOTFS/DEBIAN/$script"
done

# Depends: the packages of the libraries the runtime's own native code loads (what jpackage finds for the
# x64 package, without the ones those pull in themselves), xdg-utils for the maintainer scripts, then ours.
# Debian names a library's package the same on every architecture, so this machine's dpkg names them.
host_multiarch="$(uname -m)"
case "$host_multiarch" in x86_64) ld_arch="x86-64" ;; aarch64) ld_arch="AArch64" ;; *) ld_arch="$host_multiarch" ;; esac
mapfile -t sonames < <(find "$RUNTIME" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec readelf -d {} + 2>/dev/null \
  | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u)
lib_pkgs=()
for so in "${sonames[@]}"; do
  [ -z "$(find "$RUNTIME/lib" -name "$so" -print -quit)" ] || continue   # the runtime's own
  # awk reads to the end (no early exit): with pipefail, ldconfig cut off by a closed pipe would fail the build.
  path="$(ldconfig -p | awk -v so="$so" -v arch="$ld_arch" '!found && $1 == so && index($0, arch) { print $NF; found = 1 }')"
  pkg=""
  for p in "$path" "/usr$path" "${path#/usr}" "$(readlink -f "$path" 2>/dev/null)"; do
    [ -n "$path" ] && pkg="$(dpkg -S "$p" 2>/dev/null | sed -n '1s/:.*//p')" && [ -n "$pkg" ] && break
  done
  [ -n "$pkg" ] || fail "the runtime loads $so, and no package on this machine holds it: install it (the x64 build; Debian gives the arm64 one the same name) so Depends can name it"
  lib_pkgs+=("$pkg")
done
# libc6 with the newest glibc symbol version the runtime uses (bullseye's JDK: 2.29; Debian 12's wanted 2.34),
# so apt refuses the package on a system too old for it instead of installing a java that cannot start.
GLIBC="$(find "$RUNTIME" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec readelf -V --wide {} + 2>/dev/null \
  | grep -o 'GLIBC_[0-9.]*[0-9]' | sed 's/GLIBC_//' | sort -uV | tail -n 1)"
DEPENDS="$(printf '%s\n' "${lib_pkgs[@]}" | sort -u | sed "s/^libc6\$/libc6 (>= $GLIBC)/" | paste -sd, - | sed 's/,/, /g')"
DEPENDS="$DEPENDS, xdg-utils, $NIANBAO_DEB_DEPS"
INSTALLED_KB="$(du -sk --apparent-size "$ROOTFS/opt" | cut -f1)"
cat > "$ROOTFS/DEBIAN/control" <<CONTROL
Package: nianbao
Version: $APP_VERSION-1
Section: office
Maintainer: $NIANBAO_VENDOR <$NIANBAO_DEB_MAINTAINER>
Priority: optional
Architecture: arm64
Provides: nianbao
Description: $NIANBAO_DESCRIPTION
Depends: $DEPENDS
Installed-Size: $INSTALLED_KB
CONTROL

# 4. The .deb. gzip, as for the x64 one: nearly everything inside is compressed already.
echo "== dpkg-deb"
chmod -R u+rwX,go+rX,go-w "$ROOTFS"
DEB="$OUT/$DEB_NAME"
dpkg-deb --root-owner-group -Z"${DPKG_DEB_COMPRESSOR_TYPE:-gzip}" --build "$ROOTFS" "$DEB" >/dev/null
DEB_MB="$(du -m "$DEB" | cut -f1)"
echo "deb: $DEB, $DEB_MB MB; Installed-Size $INSTALLED_KB KB; needs glibc $GLIBC or later"
built=$SECONDS

# 5. What the package holds, read back from the .deb itself.
echo "== checking $DEB_NAME"
check="$work/check"
dpkg-deb -x "$DEB" "$check"
dpkg-deb -e "$DEB" "$check/DEBIAN"
for field in Package:nianbao "Version:$APP_VERSION-1" Architecture:arm64; do
  [ "$(dpkg-deb -f "$DEB" "${field%%:*}")" = "${field#*:}" ] || fail "control: ${field%%:*} is not ${field#*:}"
done
dpkg-deb -f "$DEB" Depends | grep -q 'libgtk-3-0' || fail "Depends lacks libgtk-3-0"
dpkg-deb -f "$DEB" Depends | grep -qE 'libc6 \(>= 2\.[0-9]+\)' || fail "Depends does not say which glibc the runtime needs"
P=opt/nianbao
for f in $P/bin/nianbao $P/lib/runtime/bin/java $P/lib/runtime/lib/server/libjvm.so $P/lib/runtime/release \
  $P/lib/app/nianbao.jar $P/lib/app/THIRD-PARTY.txt $P/lib/app/samples/demo.nianbao $P/lib/nianbao.png \
  ${DESKTOP#/} ${MIME_XML#/} $P/share/doc/copyright DEBIAN/postinst DEBIAN/prerm; do
  [ -s "$check/$f" ] || fail "the package has no $f"
done
[ -x "$check/$P/bin/nianbao" ] && head -n 1 "$check/$P/bin/nianbao" | grep -qx '#!/bin/sh' \
  || fail "the launcher $P/bin/nianbao is not an executable sh script"
for s in "$check/$P/bin/nianbao" "$check/DEBIAN/postinst" "$check/DEBIAN/prerm"; do
  sh -n "$s" || fail "$s is not a valid sh script"
done
grep -q "^JAVA_VERSION=\"${JDK_VER%%+*}\"" "$check/$P/lib/runtime/release" \
  || fail "the runtime's release file does not name Java ${JDK_VER%%+*}: $(head -n 1 "$check/$P/lib/runtime/release")"
not_arm="$(find "$check/$P/lib/runtime" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
  | xargs -0 -n 1 sh -c 'readelf -h "$0" 2>/dev/null | grep -q "Machine: *AArch64" || echo "$0"')"
[ -z "$not_arm" ] || fail "not AArch64 ELF in the runtime: $not_arm"
echo "runtime: $(find "$check/$P/lib/runtime" -type f \( -name '*.so' -o -path '*/bin/*' \) | wc -l) native files, all AArch64 ELF"
"$JDK_BIN/java" packaging/CheckJar.java "$check/$P/lib/app/nianbao.jar" 80   # linux-aarch64's JavaFX natives among them
# The app window's JavaFX natives (linux-aarch64, in the jar) are not the runtime's and Depends does not count
# them (the command line runs without them): their glibc need is said here. OpenJFX 21.0.11's want 2.38
# (libglassgtk3.so: __isoc23_strtol), more than Kylin V10's 2.31 and Debian 12's 2.36.
mkdir -p "$work/fx"
(cd "$work/fx" && "$JDK_BIN/jar" xf "$check/$P/lib/app/nianbao.jar" org/nianbao/natives/linux-aarch64)
FX_GLIBC="$(find "$work/fx" -name '*.so' -exec readelf -V --wide {} + 2>/dev/null \
  | grep -o 'GLIBC_[0-9.]*[0-9]' | sed 's/GLIBC_//' | sort -uV | tail -n 1)"
[ -n "$FX_GLIBC" ] || fail "no linux-aarch64 JavaFX natives in the packaged jar"
echo "glibc: the runtime (Depends) needs $GLIBC; the app window's JavaFX linux-aarch64 natives need $FX_GLIBC"
grep -q 'GNU AFFERO GENERAL PUBLIC LICENSE' "$check/$P/share/doc/copyright" || fail "share/doc/copyright lacks the AGPL"
grep -qi 'licen' "$check/$P/lib/app/THIRD-PARTY.txt" || fail "THIRD-PARTY.txt lists no licences"
for line in 'Name=年报' "Exec=/opt/nianbao/bin/nianbao %f" "Icon=/opt/nianbao/lib/nianbao.png" "MimeType=$MIME"; do
  grep -qxF "$line" "$check$DESKTOP" || fail "the menu entry lacks $line"
done
grep -qF "<glob pattern=\"*.nianbao\">" "$check$MIME_XML" || fail "the MIME type has no *.nianbao glob"
grep -qxF "xdg-mime install $MIME_XML" "$check/DEBIAN/postinst" || fail "postinst does not install the MIME type"
grep -qxF "xdg-desktop-menu uninstall $DESKTOP" "$check/DEBIAN/prerm" || fail "prerm does not remove the menu entry"
INSTALLED_MB=$(( $(du -sk "$check/opt" | cut -f1) / 1024 ))
echo "installed: $INSTALLED_MB MB (target at most 130 MB, as the x64 app image)"
[ "$INSTALLED_MB" -le 130 ] || fail "the installed package is larger than the 130 MB target"

# 6. The package's own launcher, unpacked, runs the command line: natively on an arm64 machine; on x64
#    under qemu-aarch64-static, with Debian's arm64 libc and the four libraries the runtime's headless
#    part loads as its sysroot (-L; a container has no binfmt_misc for qemu to register in, so java is
#    wrapped). The exported PDF's text must equal this machine's x64 export of the same project.
emulated="not run (--no-run)"
if [ "$RUN" = 1 ]; then
  JAVA_BIN="$check/$P/lib/runtime/bin"
  case "$(uname -m)" in
    aarch64) emulated="run natively (arm64 machine)" ;;
    *)
      if command -v qemu-aarch64-static >/dev/null; then
        SYSROOT="$APT_DIR/sysroot"
        rm -rf "$SYSROOT"
        for pkg in libc6 libgcc-s1 libstdc++6 zlib1g liblcms2-2; do   # bullseye's: glibc 2.31, as Kylin V10's
          arm64_deb "$pkg"
          dpkg-deb -x "$DEB_FILE" "$SYSROOT"
          [ "$pkg" != libc6 ] || echo "sysroot: bullseye's arm64 libc6 $DEB_VER"
        done
        mv "$JAVA_BIN/java" "$JAVA_BIN/java.aarch64"
        printf '#!/bin/sh\nexec qemu-aarch64-static -L "%s" "$(dirname "$0")/java.aarch64" "$@"\n' "$SYSROOT" > "$JAVA_BIN/java"
        chmod 755 "$JAVA_BIN/java"
        emulated="run under $(qemu-aarch64-static --version | sed -n 1p)"
      else
        emulated="not run: no qemu-aarch64-static here (apt-get install qemu-user-static)"
      fi
      ;;
  esac
  if [[ "$emulated" == run* ]]; then
    command -v pdftotext >/dev/null || fail "needs pdftotext (poppler-utils) to compare the exports (or --no-run)"
    echo "== the package's command line, $emulated"
    run_started=$SECONDS
    "$JAVA_BIN/java" -version
    mkdir -p "$work/arm64"
    nianbao_check_cli "$check/$P/bin/nianbao" "$work/arm64"
    run_seconds=$(( SECONDS - run_started ))
    "$JDK_BIN/java" -cp "$JAR" org.nianbao.Main export "$work/arm64/demo.nianbao" --draft --pdf "$work/x64.pdf" >/dev/null
    pdftotext -enc UTF-8 "$work/arm64/demo.pdf" "$work/arm64.txt"
    pdftotext -enc UTF-8 "$work/x64.pdf" "$work/x64.txt"
    cmp -s "$work/arm64.txt" "$work/x64.txt" \
      || { diff "$work/x64.txt" "$work/arm64.txt" | head -n 20 >&2; fail "the arm64 export's text differs from the x64 export's"; }
    echo "the arm64 export's text equals the x64 export's ($(wc -m < "$work/x64.txt") characters); arm64 command line: ${run_seconds} s"
  fi
fi
echo "arm64 .deb: $DEB, $DEB_MB MB, installed $INSTALLED_MB MB; Java $JDK_VER from bullseye, glibc $GLIBC" \
  "(window: $FX_GLIBC); built in $(( built - started )) s; command line $emulated; whole script $(( SECONDS - started )) s"

# Sourced by build-linux.sh (x64: jpackage) and build-linux-arm64.sh (arm64: dpkg-deb, as jpackage cannot
# build for another architecture): what the two .deb packages share, kept in one place so they say the same.
# Expects JDK_BIN (the JDK's bin folder) and ROOT (the project) to be set.

NIANBAO_DESCRIPTION="年报：高校信息公开工作年度报告的编制、检查与导出 (Nianbao)"
NIANBAO_VENDOR="Nianbao"
NIANBAO_COPYRIGHT="AGPL-3.0-or-later"
NIANBAO_DEB_MAINTAINER="nianbao@localhost"
# What JavaFX's natives load (jpackage cannot see them inside the jar); the Java runtime's own libraries'
# packages come before these in Depends.
NIANBAO_DEB_DEPS="libgtk-3-0, libxtst6, libxxf86vm1, libgl1, libfreetype6, libfontconfig1"
# The launcher's Java option: where the app finds the bundled sample when it is started without a project.
# $APPDIR is lib/app; jpackage's launcher expands it, and so does the arm64 package's shell launcher.
NIANBAO_JAVA_OPTION='-Dnianbao.sample=$APPDIR/samples/demo.nianbao'

# nianbao_version JAR WORKDIR: the version the jar was built as (its filtered build.properties).
nianbao_version() {
  (cd "$2" && "$JDK_BIN/jar" xf "$1" org/nianbao/build.properties)
  sed -n 's/^version=//p' "$2/org/nianbao/build.properties"
}

# nianbao_app_input JAR DIR: what goes into a package's lib/app ($APPDIR): the jar, its THIRD-PARTY.txt
# (the licences, beside the jar) and the sample project.
nianbao_app_input() {
  mkdir -p "$2/samples"
  cp "$1" "$2/nianbao.jar"
  (cd "$2" && "$JDK_BIN/jar" xf nianbao.jar THIRD-PARTY.txt)
  cp "$ROOT/samples/demo.nianbao" "$2/samples/demo.nianbao"
}

# nianbao_check_cli LAUNCHER WORKDIR: a package's own launcher runs the command line — a check that the
# runtime has every module the work needs: the version, a GB18030 text file read as GB18030 (jdk.charsets),
# an export of the sample to PDF and DOCX. Leaves WORKDIR/demo.nianbao (with that text) and demo.pdf.
nianbao_check_cli() {
  local launcher="$1" work="$2"
  "$launcher" --version
  cp "$ROOT/samples/demo.nianbao" "$work/demo.nianbao"
  printf '本学年学校共召开信息公开专题会议3次。\n' | iconv -f UTF-8 -t GB18030 > "$work/gb.txt"
  "$launcher" prose "$work/demo.nianbao" --section overview --from "$work/gb.txt" | tee "$work/prose.out"
  grep -q GB18030 "$work/prose.out" || { echo "the package did not read a GB18030 file as GB18030" >&2; return 1; }
  "$launcher" export "$work/demo.nianbao" --draft --pdf "$work/demo.pdf" --docx "$work/demo.docx"
  [ -s "$work/demo.pdf" ] && [ -s "$work/demo.docx" ] || { echo "the package exported no PDF or DOCX" >&2; return 1; }
  echo "exported the sample: PDF $(stat -c %s "$work/demo.pdf") bytes, DOCX $(stat -c %s "$work/demo.docx") bytes"
}

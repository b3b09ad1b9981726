#!/usr/bin/env bash
# Screenshots of every wizard step, taken from the real window (not a mock-up) under Xvfb at
# 1366×768, into docs/screenshots/. Needs the Debian packages xvfb and xauth.
#   docs/make-screenshots.sh            # Chinese (default)
#   UI_LANG=en docs/make-screenshots.sh # English, into docs/screenshots/en/
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAR=${JAR:-target/nianbao.jar}
[ -f "$JAR" ] || ./mvnw -q -DskipTests package
lang=${UI_LANG:-zh}
out=docs/screenshots
[ "$lang" = zh ] || out="docs/screenshots/$lang"
home=$(mktemp -d)   # a clean user folder: no recent projects, no remembered window
trap 'rm -rf "$home"' EXIT
# The sample is opened read-only in effect: the tour never saves.
xvfb-run -a -s "-screen 0 1366x768x24" java -Duser.home="$home" -Dnianbao.lang="$lang" \
  -Dnianbao.screenshots="$out" -jar "$JAR" samples/demo.nianbao
ls -1 "$out"/*.png

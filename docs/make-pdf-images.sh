#!/usr/bin/env bash
# Renders pages of the sample report to PNG for the README (needs poppler-utils' pdftoppm).
# Run from the repository root after `./mvnw -q -DskipTests package`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
java -jar ${JAR:-target/nianbao.jar} export samples/demo.nianbao --pdf "$tmp/demo.pdf"
pdftoppm -r 60 -png -f 1 -l 1 "$tmp/demo.pdf" "$tmp/p"
pdftoppm -r 60 -png -f 10 -l 10 "$tmp/demo.pdf" "$tmp/p"
mv "$tmp"/p-01.png docs/images/report-page-1.png
mv "$tmp"/p-10.png docs/images/report-appendix-table.png
ls -l docs/images

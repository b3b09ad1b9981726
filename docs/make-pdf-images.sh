#!/usr/bin/env bash
# Renders pages of the sample report to PNG for the README (needs poppler-utils' pdftoppm).
# Run from the repository root after `./mvnw -q -DskipTests package`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
java -jar ${JAR:-target/nianbao.jar} export samples/demo.nianbao --pdf "$tmp/demo.pdf"
pdftoppm -r 60 -png -f 1 -l 1 "$tmp/demo.pdf" "$tmp/p"
pdftoppm -r 60 -png -f 5 -l 5 "$tmp/demo.pdf" "$tmp/p"    # the statistics tables after 二、
pdftoppm -r 60 -png -f 11 -l 11 "$tmp/demo.pdf" "$tmp/p"  # the appendix: its text and the 清单 table
mv "$tmp"/p-01.png docs/images/report-page-1.png
mv "$tmp"/p-05.png docs/images/report-tables.png
mv "$tmp"/p-11.png docs/images/report-appendix-table.png
ls -l docs/images

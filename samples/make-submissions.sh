#!/usr/bin/env bash
# Rewrites samples/submissions/: the workbooks the sample's ten departments sent for 2021-2022,
# nine on our template and 计划财务处's own ledger (org.nianbao.testing.SampleSeason holds every value).
# Run from the repository root; SampleSeasonTest fails when the kept files and the generator part ways.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -f target/nianbao.jar ] || ./mvnw -q -DskipTests package
./mvnw -q test-compile
rm -f samples/submissions/*.xlsx
java -Dfile.encoding=UTF-8 -cp target/nianbao.jar:target/test-classes org.nianbao.testing.SampleSeason samples/submissions

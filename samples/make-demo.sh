#!/usr/bin/env bash
# Rebuilds samples/demo.nianbao from samples/prose/*.txt with the command line.
# Run from the repository root after `./mvnw -q -DskipTests package`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAR=target/nianbao.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 1; }
nianbao() { java -Dfile.encoding=UTF-8 -jar "$JAR" "$@"; }

OUT=samples/demo.nianbao
nianbao new --kind moe-academic-year --year 2021-2022 \
  --institution 东瓯职业技术学院 --office 党政办公室 \
  --phone "0577-8800 1234" --email xxgk@dongou-vtc.edu.cn \
  --address 浙江省温州市瓯海区学院路99号 --website https://xxgk.dongou-vtc.edu.cn \
  --report-date 2022-10-28 --out "$OUT" --force
for section in opening overview proactive on-request evaluation complaints improvements other list-table; do
  nianbao prose "$OUT" --section "$section" --from "samples/prose/$section.txt"
done
rm -f "$OUT.bak"
nianbao info "$OUT"

#!/usr/bin/env bash
# Rebuilds samples/demo.nianbao with the command line, as a secretary's season goes: the project, its
# departments, their workbooks from samples/submissions/ (see make-submissions.sh), the prose from
# samples/prose/*.txt, the 清单 marks, and the one finding accepted with a reason.
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
# Ten departments; each sent a workbook (samples/submissions/).
DEPARTMENTS=(党政办公室 党委宣传部 招生就业处 计划财务处 人事处 教务处 学生工作部 科研处 机电工程学院 信息工程学院)
nianbao departments "$OUT" add "${DEPARTMENTS[@]}"
for d in "${DEPARTMENTS[@]}"; do
  [ "$d" = 计划财务处 ] && continue
  # 教务处 typed next year's calendar (2022-09-05) among its rows: the import rejects that row (exit 1).
  nianbao import "$OUT" "samples/submissions/$d.xlsx" || [ "$d" = 教务处 ]
done
# 计划财务处 sent its own ledger, not our template: name the department and its date column.
nianbao import "$OUT" --department 计划财务处 --map 上线时间=date "samples/submissions/计划财务处-信息公开台账.xlsx"
nianbao override "$OUT" --code intake.date.outsideWindow --location "record:教务处.xlsx/主动公开/32" \
  --reason "该校历于2022年9月5日发布，属2022-2023学年，计入下一学年报告"
for section in opening overview proactive on-request evaluation complaints improvements other list-table; do
  nianbao prose "$OUT" --section "$section" --from "samples/prose/$section.txt"
done
# 清单 items: where each is published, or why it does not apply (matches prose/list-table.txt).
SITE=https://xxgk.dongou-vtc.edu.cn
nianbao items "$OUT" set 1-6 --column 基本信息 --url "$SITE/jbxx/" --department 党政办公室
nianbao items "$OUT" set 7-10 --column 招生考试信息 --url "$SITE/zsks/" --department 招生就业处
nianbao items "$OUT" set 15,16,18-21 --column 财务、资产及收费信息 --url "$SITE/cwzc/" --department 计划财务处
nianbao items "$OUT" set 22-26 --column 人事师资信息 --url "$SITE/rsss/" --department 人事处
nianbao items "$OUT" set 27-35 --column 教学质量信息 --url "$SITE/jxzl/" --department 教务处
nianbao items "$OUT" set 36-39 --column 学生管理服务信息 --url "$SITE/xsgl/" --department 学生工作部
nianbao items "$OUT" set 40-42 --column 学风建设信息 --url "$SITE/xfjs/" --department 科研处
nianbao items "$OUT" set 49-50 --column 其他 --url "$SITE/qt/" --department 党政办公室
nianbao items "$OUT" set 11-14 --not-applicable --reason 学校为高职院校，不招收研究生
nianbao items "$OUT" set 17 --not-applicable --reason 学校未设立校办企业
nianbao items "$OUT" set 43-46 --not-applicable --reason 学校无学位授予权
nianbao items "$OUT" set 47 --not-applicable --reason 本学年无中外合作办学项目
nianbao items "$OUT" set 48 --not-applicable --reason 学校未招收来华留学生
rm -f "$OUT.bak"
nianbao info "$OUT"

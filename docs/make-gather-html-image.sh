#!/usr/bin/env bash
# Renders the province's summary page (gather --html) to docs/images/gather-html.png for the README.
# Needs Chromium (Debian: apt-get install chromium; only for this picture, no test uses it).
# Run from the repository root after `./mvnw -q -DskipTests package`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
in="$tmp/收到的报告"
mkdir -p "$in"
# One report that carries its data (the sample) and two made elsewhere, read from their text (估读).
java -jar ${JAR:-target/nianbao.jar} export samples/demo.nianbao --pdf "$in/东瓯职业技术学院.pdf"
cat > "$in/南湖职业学院.txt" <<'TXT'
南湖职业学院2021-2022学年信息公开工作年度报告
一、概述
学校坚持依法依规公开信息，本学年共主动公开信息420条。
二、主动公开情况
本学年，学校官网发布新闻260条，信息公开网发布和更新信息95条，微信公众号推送推文310篇。
三、依申请公开和不予公开情况
本学年，学校共收到信息公开申请6件，上学年结转的申请1件，结转下学年办理1件。
TXT
cat > "$in/西山技师学院.txt" <<'TXT'
西山技师学院2021-2022学年信息公开工作年度报告
一、概述
本学年，学校官网发布新闻180条，信息公开网发布和更新信息60条，校报刊发12期。
二、依申请公开和不予公开情况
本学年，学校共收到信息公开申请2件，无上学年结转的申请。
TXT
java -jar ${JAR:-target/nianbao.jar} gather "$in" --out "$tmp/全省汇总.xlsx" --html "$tmp/全省汇总.html" 2>/dev/null
chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --window-size=1700,1000 --screenshot="$tmp/page.png" "file://$tmp/全省汇总.html" 2>/dev/null
mv "$tmp/page.png" docs/images/gather-html.png
ls -l docs/images/gather-html.png

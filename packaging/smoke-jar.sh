#!/usr/bin/env bash
# The shaded jar itself, on the work its trimmed dependencies must still do (the tests run on Maven's class path,
# not on this jar, so a class the shade step left out would only show here): export the sample as PDF and DOCX,
# department templates, import a department's workbook (.xlsx, and the same saved as .xls by LibreOffice when it is
# installed, as on CI), consolidate, check, sign and verify with an RSA and an EC certificate made by keytool, review
# the exported DOCX, gather the PDFs (the charts sheet, the web page, and the year-on-year sheet against a summary).
# The whole test suite also runs on the jar (the jar-tests execution in pom.xml); this is the command line as users
# start it.
#   bash packaging/smoke-jar.sh [target/nianbao.jar]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAR="$(realpath "${1:-target/nianbao.jar}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
nb() { java -Duser.home="$work/home" -jar "$JAR" --lang en "$@"; }
cp samples/demo.nianbao "$work/demo.nianbao"
nb export "$work/demo.nianbao" --pdf "$work/demo.pdf" --docx "$work/demo.docx" --draft
nb templates "$work/demo.nianbao" --out "$work/templates" >/dev/null
submissions=(samples/submissions/*.xlsx)
first="${submissions[0]}"
nb import "$work/demo.nianbao" "$first" >/dev/null || [ $? -eq 1 ]   # 1: rows refused, as the sample means
xls=""
if command -v soffice >/dev/null 2>&1; then   # HSSF: an .xls as a department saves it from an old Excel or WPS
  mkdir "$work/xls"
  soffice --headless -env:UserInstallation="file://$work/lo" --convert-to xls --outdir "$work/xls" "$first" >/dev/null 2>&1
  xlsfiles=("$work/xls"/*.xls)
  [ -s "${xlsfiles[0]}" ]
  cp samples/demo.nianbao "$work/demo-xls.nianbao"
  nb import "$work/demo-xls.nianbao" "${xlsfiles[0]}" >/dev/null || [ $? -eq 1 ]
  xls=" (.xls too)"
fi
nb consolidate "$work/demo.nianbao" --out "$work/all.xlsx" >/dev/null
nb check "$work/demo.nianbao" --json >"$work/check.json" || [ $? -eq 1 ]   # 1: errors the sample has on purpose
grep -q '"findings"' "$work/check.json"
export NB_PASS=smoke-secret
for alg in "RSA -keysize 2048" "EC -groupname secp256r1"; do
  rm -f "$work/unit.p12"
  # shellcheck disable=SC2086
  keytool -genkeypair -alias unit -keyalg $alg -dname "CN=Smoke, O=Smoke, C=CN" -validity 30 -storetype PKCS12 \
    -keystore "$work/unit.p12" -storepass "$NB_PASS" -keypass "$NB_PASS" >/dev/null 2>&1
  nb sign "$work/demo.pdf" --keystore "$work/unit.p12" --password-env NB_PASS --out "$work/signed.pdf" >/dev/null 2>&1
  nb verify "$work/signed.pdf" >/dev/null 2>&1
done
nb review "$work/demo.docx" >/dev/null || [ $? -eq 1 ]   # 1: findings in a draft are findings, not a failure
mkdir "$work/in" && cp "$work/demo.pdf" "$work/signed.pdf" "$work/in/"
nb gather "$work/in" --out "$work/gathered.xlsx" --html "$work/gathered.html" 2>/dev/null >/dev/null
nb gather "$work/in" --out "$work/again.xlsx" --previous "$work/gathered.xlsx" 2>/dev/null >/dev/null
unzip -Z1 "$work/gathered.xlsx" xl/charts/chart1.xml >/dev/null   # the charts sheet's bar charts (XDDF)
templates=("$work/templates"/*.xlsx)
[ -s "$work/gathered.xlsx" ] && [ -s "$work/again.xlsx" ] && [ -s "$work/gathered.html" ] && [ -s "$work/all.xlsx" ] \
  && [ -s "${templates[0]}" ]
echo "jar smoke: export, templates, import$xls, consolidate, check, sign/verify (RSA, EC), review, gather (charts, web page, year on year) all ran with $(basename "$JAR")"

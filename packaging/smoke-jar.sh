#!/usr/bin/env bash
# The shaded jar itself, on the work its trimmed dependencies must still do (the tests run on Maven's class path,
# not on this jar, so a class the shade step left out would only show here): export the sample as PDF and DOCX,
# department templates, import a department's workbook (.xlsx), consolidate, sign and verify with an RSA and an EC
# certificate made by keytool, review the exported DOCX, gather the PDFs.
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
nb consolidate "$work/demo.nianbao" --out "$work/all.xlsx" >/dev/null
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
nb gather "$work/in" --out "$work/gathered.xlsx" 2>/dev/null >/dev/null
templates=("$work/templates"/*.xlsx)
[ -s "$work/gathered.xlsx" ] && [ -s "$work/all.xlsx" ] && [ -s "${templates[0]}" ]
echo "jar smoke: export, templates, import, consolidate, sign/verify (RSA, EC), review, gather all ran with $(basename "$JAR")"

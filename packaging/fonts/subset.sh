#!/usr/bin/env bash
# Rebuild the bundled, subset fonts in src/main/resources/org/nianbao/render/fonts/.
#
# Sources: Noto Serif SC / Noto Sans SC static TTFs and Tinos (Times New Roman
# metrics, for digits and Latin letters) WOFF files, fetched with `npm pack` from
# the npm registry at pinned versions and checked against the pinned integrity
# hashes; LXGW WenKai (a 楷体-style face) from Debian's fonts-lxgw-wenkai package
# (`apt-get download`, pinned version and SHA-256). All SIL OFL 1.1. The subsets
# are TrueType; they are stored as WOFF2 (woff2_compress, Debian package woff2), which
# keeps the jar 3 MB lighter: BundledFont decodes them back to TrueType at run time.
# Output is deterministic: running this twice gives byte-identical files.
#
# Usage:  bash packaging/fonts/subset.sh
# Env:    FONT_TARBALL_DIR=dir  reuse/keep the downloaded tarballs in dir
#                               (default: a temp dir removed on exit)
set -euo pipefail

# ---- pinned sources ---------------------------------------------------------
SERIF_PKG="@expo-google-fonts/noto-serif-sc"
SERIF_VER="0.4.3"
SERIF_INTEGRITY="sha512-fSmUpiSFtSeyHV45/2xUOy5SdfExklQwwMKN3cQjAZAujITHDmSbpMHCVdCMhRqMjQtu0ZRgc29u8A+CU3akfw=="
SANS_PKG="@expo-google-fonts/noto-sans-sc"
SANS_VER="0.4.3"
SANS_INTEGRITY="sha512-9rAwdFTFHbO/u6Cs0gj2jZbW74TGIiaFNQnXYH2s5wA1bzVkwbaviL4t8YUV642eGYjg86eH6DkAEQmfNHDncQ=="
LATIN_PKG="@fontsource/tinos"
LATIN_VER="5.3.0"
LATIN_INTEGRITY="sha512-VVDyyZdbcsLKxo/W7rClAvacD/7DsGc7J5xzzp51Tndib8kDkEe/0bqbb3Xb3iH6+IUjt07aRsvtQ9MGeGGi4w=="

KAI_DEB="fonts-lxgw-wenkai"
KAI_VER="1.250+repack-1"
KAI_SHA256="6d1e4c4aac78ad32062aefa2c836ee4d6e58f9dcf8b3f4407c9eefe304615318"
KAI_REGULAR_SRC="usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"
# The OFL reserves the names "LXGW" and "霞鹜" for unmodified builds: the subset (a Modified Version)
# is renamed, and README.md and OFL.txt say where it comes from.
KAI_REGULAR_OUT="NianbaoKai-Regular-subset.ttf"
KAI_FAMILY="Nianbao Kai"
KAI_PS="NianbaoKai-Regular"

# file inside the package tarball -> output file name
SERIF_REGULAR_SRC="package/400Regular/NotoSerifSC_400Regular.ttf"
SERIF_BOLD_SRC="package/700Bold/NotoSerifSC_700Bold.ttf"
SERIF_BLACK_SRC="package/900Black/NotoSerifSC_900Black.ttf"
SANS_BOLD_SRC="package/700Bold/NotoSansSC_700Bold.ttf"
SANS_REGULAR_SRC="package/400Regular/NotoSansSC_400Regular.ttf"
SERIF_REGULAR_OUT="NotoSerifSC-Regular-subset.ttf"
SERIF_BOLD_OUT="NotoSerifSC-Bold-subset.ttf"
SERIF_BLACK_OUT="NotoSerifSC-Black-subset.ttf"
SANS_BOLD_OUT="NotoSansSC-Bold-subset.ttf"
SANS_REGULAR_OUT="NotoSansSC-Regular-subset.ttf"
LATIN_REGULAR_SRC="package/files/tinos-latin-400-normal.woff"
LATIN_BOLD_SRC="package/files/tinos-latin-700-normal.woff"
LATIN_REGULAR_OUT="Tinos-Regular-subset.ttf"
LATIN_BOLD_OUT="Tinos-Bold-subset.ttf"

# Fixed timestamp for anything fontTools might stamp (head.modified is kept from
# the source font anyway because of --no-recalc-timestamp).
export SOURCE_DATE_EPOCH=0
export LC_ALL=C.UTF-8
export PYTHONHASHSEED=0

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/packaging/fonts"
OUT="$ROOT/src/main/resources/org/nianbao/render/fonts"
EXTRA="$HERE/extra-chars.txt"

# ---- prerequisites ----------------------------------------------------------
missing=0
if ! command -v pyftsubset >/dev/null 2>&1; then
  echo "error: pyftsubset not found. Install it with:" >&2
  echo "  apt-get update && apt-get install -y fonttools python3-fonttools" >&2
  echo "  (Debian: 'fonttools' ships the pyftsubset command, 'python3-fonttools' the library)" >&2
  missing=1
fi
if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-deb >/dev/null 2>&1; then
  echo "error: apt-get and dpkg-deb (Debian) are needed for $KAI_DEB; run 'apt-get update' first" >&2
  missing=1
fi
if ! command -v woff2_compress >/dev/null 2>&1; then
  echo "error: woff2_compress not found. Install it with: apt-get install -y woff2" >&2
  missing=1
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "error: npm not found. Install it with: apt-get install -y nodejs npm" >&2
  missing=1
fi
[ "$missing" -eq 0 ] || exit 1

# A python that can import fontTools (for the coverage check): the one pyftsubset runs on.
PY=""
for cand in "$(head -n1 "$(command -v pyftsubset)" | sed -n 's/^#! *\([^ ]*\).*/\1/p')" python3 /usr/bin/python3; do
  [ -n "$cand" ] || continue
  if "$cand" -c 'import fontTools' >/dev/null 2>&1; then PY="$cand"; break; fi
done
if [ -z "$PY" ]; then
  echo "error: no python3 that can import fontTools (apt-get install -y python3-fonttools)" >&2
  exit 1
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
TARBALLS="${FONT_TARBALL_DIR:-$WORK/tarballs}"
# The TrueType subsets are made and checked here, then stored in $OUT as WOFF2.
TTF="$WORK/ttf"
mkdir -p "$TARBALLS" "$OUT" "$TTF"

# ---- download + verify ------------------------------------------------------
fetch() { # pkg version integrity -> prints tarball path
  local pkg="$1" ver="$2" integrity="$3" name tgz actual
  name="$(printf '%s' "$pkg" | sed 's/^@//; s#/#-#')-$ver.tgz"
  tgz="$TARBALLS/$name"
  if [ ! -f "$tgz" ]; then
    echo "downloading $pkg@$ver ..." >&2
    (cd "$TARBALLS" && npm pack --silent "$pkg@$ver" >/dev/null)
  fi
  actual="$(node -e 'const c=require("crypto"),fs=require("fs");process.stdout.write("sha512-"+c.createHash("sha512").update(fs.readFileSync(process.argv[1])).digest("base64"))' "$tgz")"
  if [ "$actual" != "$integrity" ]; then
    echo "error: integrity mismatch for $tgz" >&2
    echo "  expected $integrity" >&2
    echo "  actual   $actual" >&2
    exit 1
  fi
  printf '%s\n' "$tgz"
}
SERIF_TGZ="$(fetch "$SERIF_PKG" "$SERIF_VER" "$SERIF_INTEGRITY")"
SANS_TGZ="$(fetch "$SANS_PKG" "$SANS_VER" "$SANS_INTEGRITY")"
LATIN_TGZ="$(fetch "$LATIN_PKG" "$LATIN_VER" "$LATIN_INTEGRITY")"

# LXGW WenKai from Debian: the .deb is downloaded (not installed) and checked against its pinned hash.
KAI_DEB_FILE="$TARBALLS/${KAI_DEB}_${KAI_VER}_all.deb"
if [ ! -f "$KAI_DEB_FILE" ]; then
  echo "downloading $KAI_DEB=$KAI_VER ..." >&2
  (cd "$TARBALLS" && apt-get download "$KAI_DEB=$KAI_VER" >/dev/null 2>&1)
  [ -f "$KAI_DEB_FILE" ] || mv "$TARBALLS/${KAI_DEB}_"*"_all.deb" "$KAI_DEB_FILE"
fi
if [ "$(sha256sum "$KAI_DEB_FILE" | cut -d' ' -f1)" != "$KAI_SHA256" ]; then
  echo "error: SHA-256 mismatch for $KAI_DEB_FILE (expected $KAI_SHA256)" >&2
  exit 1
fi
mkdir -p "$WORK/kai"
dpkg-deb -x "$KAI_DEB_FILE" "$WORK/kai"

mkdir -p "$WORK/serif" "$WORK/sans" "$WORK/latin"
tar -xzf "$SERIF_TGZ" -C "$WORK/serif" "$SERIF_REGULAR_SRC" "$SERIF_BOLD_SRC" "$SERIF_BLACK_SRC" package/LICENSE_FONT
tar -xzf "$SANS_TGZ" -C "$WORK/sans" "$SANS_BOLD_SRC" "$SANS_REGULAR_SRC" package/LICENSE_FONT
tar -xzf "$LATIN_TGZ" -C "$WORK/latin" "$LATIN_REGULAR_SRC" "$LATIN_BOLD_SRC" package/LICENSE

# ---- character list ---------------------------------------------------------
UNICODES="$WORK/unicodes.txt"
"$PY" - "$EXTRA" > "$UNICODES" <<'PYEOF'
import sys
cps = set()
# GB2312: every valid 2-byte sequence 0xA1A1..0xF7FE
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            s = bytes([hi, lo]).decode('gb2312')
        except UnicodeDecodeError:
            continue
        cps.update(ord(c) for c in s)
def rng(a, b): cps.update(range(a, b + 1))
rng(0x0020, 0x007E)   # printable ASCII
rng(0xFF01, 0xFF5E)   # full-width forms
rng(0x3000, 0x303F)   # CJK symbols and punctuation
rng(0x2010, 0x2027)   # general punctuation
rng(0x2030, 0x203A)
rng(0x2460, 0x2473)   # circled digits 1..20
cps.update([0x2014, 0x2015, 0x00B7, 0x00D7, 0x2116, 0x3007])
cps.update(ord(c) for c in '〔〕（）《》「」『』“”‘’')
with open(sys.argv[1], encoding='utf-8') as f:
    for line in f:
        if line.lstrip().startswith('#'):
            continue
        cps.update(ord(c) for c in line if not c.isspace())
for cp in sorted(cps):
    print('U+%04X' % cp)
PYEOF
echo "character list: $(wc -l < "$UNICODES") code points" >&2

# Digits and Latin letters: printable ASCII only. Chinese punctuation, quotes and dashes stay
# in the CJK fonts, as in Word with the East-Asian hint.
LATIN_UNICODES="$WORK/latin-unicodes.txt"
"$PY" -c 'print("\n".join("U+%04X" % cp for cp in range(0x20, 0x7F)))' > "$LATIN_UNICODES"

# ---- subset -----------------------------------------------------------------
subset() { # src out [unicodes file]
  pyftsubset "$1" \
    --unicodes-file="${3:-$UNICODES}" \
    --output-file="$2" \
    --layout-features='*' \
    --name-IDs='*' --name-languages='*' --name-legacy \
    --notdef-glyph --notdef-outline \
    --no-hinting \
    --no-recalc-timestamp
}
subset "$WORK/serif/$SERIF_REGULAR_SRC" "$TTF/$SERIF_REGULAR_OUT"
subset "$WORK/serif/$SERIF_BOLD_SRC" "$TTF/$SERIF_BOLD_OUT"
subset "$WORK/serif/$SERIF_BLACK_SRC" "$TTF/$SERIF_BLACK_OUT"
subset "$WORK/kai/$KAI_REGULAR_SRC" "$TTF/$KAI_REGULAR_OUT"
"$PY" - "$TTF/$KAI_REGULAR_OUT" "$KAI_FAMILY" "$KAI_PS" <<'PYEOF'
import sys
from fontTools.ttLib import TTFont
path, family, ps = sys.argv[1:4]
font = TTFont(path, recalcTimestamp=False)
names = {1: family, 3: ps, 4: family, 6: ps, 16: family, 17: "Regular", 18: family, 21: family, 22: "Regular"}
name = font["name"]
for rec in list(name.names):
    if rec.nameID in names:
        name.setName(names[rec.nameID], rec.nameID, rec.platformID, rec.platEncID, rec.langID)
leftover = [r.nameID for r in name.names if r.nameID not in (0, 13, 14) and any(w in r.toUnicode() for w in ("LXGW", "霞鹜"))]
if leftover:
    sys.exit(f"reserved font name left in name IDs {leftover}")
font.save(path)
PYEOF
subset "$WORK/sans/$SANS_BOLD_SRC" "$TTF/$SANS_BOLD_OUT"
subset "$WORK/sans/$SANS_REGULAR_SRC" "$TTF/$SANS_REGULAR_OUT"
# WOFF in, plain TrueType out (pyftsubset writes no flavour unless asked).
subset "$WORK/latin/$LATIN_REGULAR_SRC" "$TTF/$LATIN_REGULAR_OUT" "$LATIN_UNICODES"
subset "$WORK/latin/$LATIN_BOLD_SRC" "$TTF/$LATIN_BOLD_OUT" "$LATIN_UNICODES"

# ---- licence ----------------------------------------------------------------
# The files as stored (WOFF2), named in OFL.txt and README.md.
stored() { echo "${1%.ttf}.woff2"; }
{
  echo "The fonts in this directory are subsets (Modified Versions under the OFL) of:"
  echo
  echo "  $(stored "$SERIF_REGULAR_OUT"), $(stored "$SERIF_BOLD_OUT"), $(stored "$SERIF_BLACK_OUT"): Noto Serif SC, from npm $SERIF_PKG@$SERIF_VER"
  echo "  $(stored "$SANS_BOLD_OUT"), $(stored "$SANS_REGULAR_OUT"): Noto Sans SC, from npm $SANS_PKG@$SANS_VER"
  echo "  $(stored "$LATIN_REGULAR_OUT"), $(stored "$LATIN_BOLD_OUT"): Tinos, from npm $LATIN_PKG@$LATIN_VER"
  echo "  $(stored "$KAI_REGULAR_OUT"): LXGW WenKai, from Debian $KAI_DEB $KAI_VER, renamed $KAI_FAMILY"
  echo "    because its licence reserves the names \"LXGW\" and \"霞鹜\" for unmodified builds"
  echo
  echo "All are licensed under the SIL Open Font License, Version 1.1. The licence"
  echo "files shipped with each package follow verbatim."
  echo
  echo "======================================================================"
  echo "Noto Serif SC ($SERIF_PKG@$SERIF_VER, LICENSE_FONT)"
  echo "Font copyright notice (name ID 0): (c) 2017-2024 Adobe (http://www.adobe.com/)."
  echo "======================================================================"
  echo
  cat "$WORK/serif/package/LICENSE_FONT"
  echo
  echo "======================================================================"
  echo "Noto Sans SC ($SANS_PKG@$SANS_VER, LICENSE_FONT)"
  echo "======================================================================"
  echo
  cat "$WORK/sans/package/LICENSE_FONT"
  echo
  echo "======================================================================"
  echo "Tinos ($LATIN_PKG@$LATIN_VER, LICENSE)"
  echo "======================================================================"
  echo
  cat "$WORK/latin/package/LICENSE"
  echo
  echo "======================================================================"
  echo "LXGW WenKai (Debian $KAI_DEB $KAI_VER, debian/copyright)"
  echo "======================================================================"
  echo
  cat "$WORK/kai/usr/share/doc/$KAI_DEB/copyright"
} > "$OUT/OFL.txt"

# ---- README -----------------------------------------------------------------
cat > "$OUT/README.md" <<EOF
# Bundled fonts

Generated by \`bash packaging/fonts/subset.sh\`; do not edit by hand.

| file | font | source (package, file) |
| --- | --- | --- |
| \`$(stored "$SERIF_REGULAR_OUT")\` | Noto Serif SC Regular (400): body text and （1） headings (stands in for 仿宋), page numbers (宋体) | npm \`$SERIF_PKG@$SERIF_VER\`, \`${SERIF_REGULAR_SRC#package/}\` |
| \`$(stored "$SERIF_BOLD_OUT")\` | Noto Serif SC Bold (700): 1. headings (bold 仿宋) | npm \`$SERIF_PKG@$SERIF_VER\`, \`${SERIF_BOLD_SRC#package/}\` |
| \`$(stored "$SERIF_BLACK_OUT")\` | Noto Serif SC Black (900): the title (stands in for 方正小标宋) | npm \`$SERIF_PKG@$SERIF_VER\`, \`${SERIF_BLACK_SRC#package/}\` |
| \`$(stored "$KAI_REGULAR_OUT")\` | $KAI_FAMILY, a renamed subset of LXGW WenKai Regular (the OFL reserves its name): （一） headings (stands in for 楷体_GB2312) | Debian \`$KAI_DEB $KAI_VER\`, \`/$KAI_REGULAR_SRC\` |
| \`$(stored "$SANS_BOLD_OUT")\` | Noto Sans SC Bold (700): 一、 headings and table heads (stands in for 黑体) | npm \`$SANS_PKG@$SANS_VER\`, \`${SANS_BOLD_SRC#package/}\` |
| \`$(stored "$SANS_REGULAR_OUT")\` | Noto Sans SC Regular (400), the app's user interface | npm \`$SANS_PKG@$SANS_VER\`, \`${SANS_REGULAR_SRC#package/}\` |
| \`$(stored "$LATIN_REGULAR_OUT")\` | Tinos Regular (Times New Roman metrics), digits and Latin letters | npm \`$LATIN_PKG@$LATIN_VER\`, \`${LATIN_REGULAR_SRC#package/}\` |
| \`$(stored "$LATIN_BOLD_OUT")\` | Tinos Bold, digits and Latin letters in bold headings | npm \`$LATIN_PKG@$LATIN_VER\`, \`${LATIN_BOLD_SRC#package/}\` |

All are static TrueType (\`glyf\`) fonts, subset with fontTools \`pyftsubset\`
(hinting dropped, all layout features and name records kept), stored as WOFF2
(\`woff2_compress\`, Debian package \`woff2\`): 28% smaller in the jar than the
deflated TTF. \`BundledFont\` decodes them back to TrueType (iText's WOFF2 decoder)
once per run; the decoded fonts have the subsets' glyphs, outlines, advances and
character map.

## Licence

SIL Open Font License 1.1, see \`OFL.txt\` (compatible with distributing the
fonts inside this AGPL program; the fonts themselves stay under the OFL).

## Character set

Tinos: printable ASCII U+0020..U+007E only. The Noto fonts and LXGW WenKai:

- all of GB2312 (every valid code 0xA1A1..0xF7FE)
- printable ASCII U+0020..U+007E, full-width forms U+FF01..U+FF5E
- CJK symbols and punctuation U+3000..U+303F (incl. 〇 U+3007, 〔〕《》「」『』)
- general punctuation U+2010..U+2027, U+2030..U+203A (incl. — U+2014, ― U+2015, “”‘’)
- · U+00B7, × U+00D7, № U+2116, circled digits ①..⑳ U+2460..U+2473
- the name characters listed in \`packaging/fonts/extra-chars.txt\`

Code points the source font lacks are simply absent from the subset.

## Regenerate

    apt-get update && apt-get install -y fonttools python3-fonttools woff2   # pyftsubset, woff2_compress
    bash packaging/fonts/subset.sh   # needs npm and the npm registry, apt-get download for LXGW WenKai

The output is byte-for-byte reproducible.
EOF

# ---- check + report ---------------------------------------------------------
"$PY" - "$TTF" "$EXTRA" "$SERIF_REGULAR_OUT" "$SERIF_BOLD_OUT" "$SERIF_BLACK_OUT" "$KAI_REGULAR_OUT" "$SANS_BOLD_OUT" "$SANS_REGULAR_OUT" \
  "latin:$LATIN_REGULAR_OUT" "latin:$LATIN_BOLD_OUT" <<'PYEOF'
import os, sys
from fontTools.ttLib import TTFont
out, extra, files = sys.argv[1], sys.argv[2], sys.argv[3:]
test = list("中华人民共和国年月日，。、“”—〔〕０Aa1")
with open(extra, encoding='utf-8') as f:
    test += [c for line in f if not line.lstrip().startswith('#') for c in line if not c.isspace()]
latin_test = [chr(cp) for cp in range(0x21, 0x7F)]
ok = True
for name in files:
    latin = name.startswith('latin:')
    name = name[len('latin:'):] if latin else name
    font = TTFont(os.path.join(out, name))
    cmap = font.getBestCmap()
    lacking = [c for c in (latin_test if latin else test) if ord(c) not in cmap]
    if 'glyf' not in font or 'CFF ' in font:
        print(f"{name}: ERROR not TrueType (glyf) outlines"); ok = False
    if lacking:
        print(f"{name}: WARNING lacks {' '.join(lacking)}"); ok = False
    print(f"{name}: {os.path.getsize(os.path.join(out, name)):,} bytes, "
          f"{font['maxp'].numGlyphs} glyphs, {len(cmap)} code points, "
          f"family={font['name'].getDebugName(1)!r} full={font['name'].getDebugName(4)!r} "
          f"ps={font['name'].getDebugName(6)!r}")
sys.exit(0 if ok else 1)
PYEOF
du -ch "$TTF"/*.ttf | tail -n1 | sed 's/total/total TTF size/'

# ---- store as WOFF2 -----------------------------------------------------------
rm -f "$OUT"/*.ttf "$OUT"/*.woff2
for ttf in "$TTF"/*.ttf; do
  woff2_compress "$ttf" >/dev/null
  mv "${ttf%.ttf}.woff2" "$OUT/"
done
du -ch "$OUT"/*.woff2 | tail -n1 | sed 's/total/total WOFF2 size (in the jar)/'

#!/usr/bin/env bash
# Renders packaging/icon/nianbao.svg to nianbao.png (256×256, what jpackage --icon takes on Linux)
# and nianbao.ico (16–256 px, for jpackage on Windows). macOS wants an .icns, which is made on the
# Mac itself (packaging/README.md). Needs ImageMagick 6 (Debian: apt-get install imagemagick).
# The outputs are committed; run this only after changing the SVG. Reproducible: ImageMagick's own
# SVG renderer (no fonts, no librsvg version drift) and no time stamps or other text in the files.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
strip=(-strip -define png:exclude-chunks=date,time,tEXt,zTXt,iTXt)
convert -background none -density 96 MSVG:nianbao.svg -resize 256x256 "${strip[@]}" \
  -define png:color-type=6 PNG32:nianbao.png
convert nianbao.png "${strip[@]}" -define icon:auto-resize=256,128,64,48,32,24,16 nianbao.ico
sha256sum nianbao.png nianbao.ico

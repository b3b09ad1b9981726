#!/usr/bin/env bash
# Renders packaging/icon/nianbao.svg to nianbao.png (256×256, what jpackage --icon takes on Linux).
# Needs ImageMagick 6 (Debian: apt-get install imagemagick). The PNG is committed; run this only
# after changing the SVG. Reproducible: ImageMagick's own SVG renderer (no fonts, no librsvg version
# drift), no time stamps or other text chunks in the PNG.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
convert -background none -density 96 MSVG:nianbao.svg -resize 256x256 \
  -strip -define png:exclude-chunks=date,time,tEXt,zTXt,iTXt -define png:color-type=6 \
  PNG32:nianbao.png
sha256sum nianbao.png

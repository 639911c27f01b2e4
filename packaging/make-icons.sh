#!/usr/bin/env bash
# Draws the desk icon (a red rounded square with a white 舆 and a small alert dot) with ImageMagick,
# using the bundled Noto Sans SC, and writes icon.png (Linux) and icon.ico (Windows).
# The generated files are committed; run this only to change the icon.
set -euo pipefail
cd "$(dirname "$0")"
FONT=../src/main/resources/org/crisisdesk/fonts/NotoSansSC-Bold.ttf
convert -size 256x256 xc:none \
  -fill '#B3261E' -draw 'roundrectangle 8,8 247,247 48,48' \
  -font "$FONT" -pointsize 150 -fill white -gravity center -annotate +0+12 '舆' \
  -fill '#F9A825' -stroke white -strokewidth 6 -draw 'circle 208,48 208,70' \
  -depth 8 icon.png
convert icon.png -define icon:auto-resize=256,128,64,48,32,16 icon.ico
echo "wrote $(pwd)/icon.png and icon.ico"

#!/usr/bin/env bash
# Renders the metro map and the take-home development plan as PNG files under
# docs/, so that a person can look at them (the README shows them). CI need
# not run it. Needs headless Chromium (Debian: `apt-get install chromium`)
# and, for the printed pages, pdftoppm (`apt-get install poppler-utils`).
#
#   scripts/screenshot.sh            # builds target/release/leerroute if needed
#   LEERROUTE=path/to/leerroute scripts/screenshot.sh
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${LEERROUTE:-target/release/leerroute}
if [ ! -x "$bin" ]; then
  cargo build --release --locked
fi
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$chromium" ]; then
  echo "screenshot.sh: no Chromium found; install it with: apt-get install chromium" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The same pages every run: the plan's date is 1 December 2026.
export SOURCE_DATE_EPOCH=1796083200
shot() { # shot FILE WIDTH HEIGHT OUT
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --screenshot="$4" --window-size="$2,$3" "$1" 2>/dev/null
}
size() { # the width and height of an SVG made by `leerroute map`
  grep -o 'viewBox="0 0 [0-9.]* [0-9.]*"' "$1" | head -1 |
    awk '{ gsub(/"/, "", $4); printf "%d %d\n", $3 + 1, $4 + 1 }'
}

# The whole curriculum, as Chromium draws the SVG, and as `--format png` does.
"$bin" --lang nl map --out "$work/map.svg"
read -r w h < <(size "$work/map.svg")
shot "$work/map.svg" "$w" "$h" docs/map.png
"$bin" --lang nl map --line robots --format png --out docs/map-robots.png

# Anna's route to cobot operator on the whole map.
"$bin" --lang nl map --worker examples/workers/anna.toml --target cobot-operator --out "$work/route.svg"
read -r w h < <(size "$work/route.svg")
shot "$work/route.svg" "$w" "$h" docs/route.png

# Her development plan: the first screen at A4 size (150 dpi), and the printed pages.
"$bin" --lang nl plan --worker examples/workers/anna.toml --start 2027-01-04 --format html > "$work/plan.html"
shot "$work/plan.html" 1240 1754 docs/plan.png
if command -v pdftoppm > /dev/null; then
  "$chromium" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$work/plan.pdf" "$work/plan.html" 2>/dev/null
  rm -f docs/plan-page-*.png
  pdftoppm -r 100 -png "$work/plan.pdf" docs/plan-page
fi
ls -l docs/*.png

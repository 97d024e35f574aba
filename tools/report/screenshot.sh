#!/usr/bin/env bash
# Renders the README's report screenshots: a bots match into a fresh store, dovui-report, then
# Debian's headless chromium. Usage: tools/report/screenshot.sh [BUILD_DIR]   (needs chromium)
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${1:-build}
TMP=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$TMP"' EXIT
PACK=assets/packs/vi/buoi-hoc-dau-tien.json

"$BUILD/dovui-server" --data-dir "$TMP/data" --pin 135790 --port 28435 --info-port 28436 \
  --pack "$PACK" --auto-start 12 --auto-advance-ms 200 --questions 8 \
  --name "Nhà văn hóa thôn Đông, xã Hòa Bình" < /dev/null > "$TMP/server.log" 2>&1 &
SERVER=$!
sleep 1
"$BUILD/dovui-bots" --port 28435 --pin 135790 --players 12 --pack "$PACK" --think-ms 600..9000 \
  --accuracy 0.7 --seed 7 --name-prefix "Học viên" --timeout 120 > /dev/null
kill "$SERVER"; wait "$SERVER" || true

"$BUILD/dovui-report" --data-dir "$TMP/data" match latest -o "$TMP/match"
"$BUILD/dovui-report" --data-dir "$TMP/data" summary -o "$TMP/summary"
shot() {
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
    --user-data-dir="$TMP/chromium" --screenshot="$2" --window-size=1200,1600 "file://$1" \
    > /dev/null 2>&1
}
mkdir -p docs/images
shot "$TMP/match/report.html" docs/images/report-match.png
shot "$TMP/summary/summary.html" docs/images/report-summary.png
echo "docs/images/report-match.png docs/images/report-summary.png"

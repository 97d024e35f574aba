#!/bin/sh
# README pictures of answer cards on the projector (not a test): dovui-host on a private Xvfb
# with 20 card players read from a generated classroom video (--camera FILE) and 4 slow bots;
# captures the lobby (card icons on the name wall), T's dialog adding a card player by number and
# name, a question (the Quét thẻ button) and the scan view (key C). Needs xdotool, xwd (x11-apps) and netpbm.
# usage: tests/cards/screenshots.sh BUILD_DIR OUT_DIR
set -eu
BUILD=$1
OUT=$2
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dovui-cards-shots.XXXXXX")
DISPLAY_NUMBER=:$((90 + $$ % 9))
PORT=$((30000 + ($$ * 13) % 20000))
PIN=135790
mkdir -p "$OUT"
# 14 of the 20 learners hold their card up: the grid shows who is still to be read.
"$BUILD/tests/cards/dovui-cards-test-video" "$WORK/class.avi" --cards 14 --lowered 10 --frames 30 \
  --seed 15
python3 - "$WORK/lop.csv" <<'PY'
import sys
names = ["Nguyễn Thị Hoa", "Trần Văn Bình", "Lê Thị Minh Khai", "Phạm Văn Đức", "Hoàng Thị Lan",
         "Vũ Văn Nam", "Đặng Thị Thu", "Bùi Văn Hùng", "Đỗ Thị Mai", "Hồ Văn Sơn",
         "Ngô Thị Hạnh", "Dương Văn Tâm", "Lý Thị Ngọc", "Trịnh Văn Long", "Mai Thị Hương",
         "Đinh Văn Quang", "Tô Thị Yến", "Lương Văn Phúc", "Châu Thị Bích", "Kiều Văn Thành"]
with open(sys.argv[1], "w") as f:
    f.write("số,tên\n" + "".join(f"{i + 1},{n}\n" for i, n in enumerate(names)))
PY
Xvfb "$DISPLAY_NUMBER" -screen 0 1280x720x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $HOST $XVFB 2>/dev/null || true; rm -rf "$WORK"' EXIT
sleep 1
export DISPLAY="$DISPLAY_NUMBER" ALSOFT_DRIVERS=null
"$BUILD/dovui-host" --start --no-sound --no-web --port "$PORT" --info-port $((PORT + 1)) \
  --pin "$PIN" --data-dir "$WORK/data" --settings "$WORK/host.conf" --width 1280 --height 720 \
  --camera "$WORK/class.avi" --cards "$WORK/lop.csv" >"$WORK/host.out" 2>&1 &
HOST=$!
sleep 2
"$BUILD/dovui-bots" --port "$PORT" --pin "$PIN" --players 4 --think-ms 15000..20000 \
  --timeout 40 --name-prefix "Điện thoại" >/dev/null 2>&1 &
sleep 3
shot() { xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >"$OUT/$1.png"; }
shot cards-lobby
xdotool key t
sleep 0.5
xdotool type --delay 40 "21 Bà Hai Lúa"
sleep 0.5
shot cards-add
xdotool key Return
sleep 0.5
xdotool key Escape
sleep 0.5
xdotool key space
sleep 3
shot cards-question
xdotool key c
sleep 2
shot cards-scan-view
echo "wrote $OUT/cards-lobby.png cards-add.png cards-question.png cards-scan-view.png"

#!/bin/sh
# A real match with printed cards: dovui-host (under Xvfb when there is no display) reads 20
# card players from a generated classroom video through --camera FILE (their roster joined
# from --cards), while dovui-bots play 8 phones over ENet. Passes when the host reached the
# podium and the SQLite store holds every card player's answer to every question (card N shows
# answer N % 2) and every answer the bots had acknowledged.
# With "no-camera" as the sixth argument the camera file is missing instead: the host must say
# so and the match must go on for the phones (bots) alone.
# With "mirrored" the video is mirrored (some webcam drivers flip the picture): the host must
# notice, flip it back and read every card as before.
# usage: host_cards_match.sh DOVUI_HOST DOVUI_BOTS MAKE_VIDEO ASSETS_DIR RUN_WITH_DISPLAY [no-camera]
set -eu
HOST=$1
BOTS=$2
MAKE_VIDEO=$3
ASSETS=$4
DISPLAY_RUNNER=$5
MODE=${6:-cards}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dovui-cards-match.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
CARDS=20
BOTS_N=8
QUESTIONS=5
PORT=$((30000 + ($$ * 7) % 20000))
INFO=$((PORT + 1))
PIN=$((100000 + $$ % 900000))
PACK="$ASSETS/packs/vi/buoi-hoc-dau-tien.json"

MIRROR=""
[ "$MODE" = mirrored ] && MIRROR=--mirrored
# shellcheck disable=SC2086
"$MAKE_VIDEO" "$WORK/class.avi" --cards "$CARDS" --lowered 10 --frames 12 --seed 15 $MIRROR >/dev/null
{
  echo "số,tên"
  for n in $(seq 1 "$CARDS"); do echo "$n,Học viên thẻ $n"; done
} >"$WORK/lop.csv"

CAMERA="$WORK/class.avi"
ROSTER="--cards $WORK/lop.csv"
if [ "$MODE" = no-camera ]; then
  CAMERA="$WORK/missing.avi"
  ROSTER=""
  CARDS=0
fi
# shellcheck disable=SC2086
"$DISPLAY_RUNNER" "$HOST" --pack "$PACK" --port "$PORT" --info-port "$INFO" --no-web \
  --pin "$PIN" --data-dir "$WORK/data" --settings "$WORK/host.conf" --questions "$QUESTIONS" \
  --camera "$CAMERA" $ROSTER \
  --auto-start $((CARDS + BOTS_N)) --auto-advance-ms 300 --exit-at-podium --no-sound \
  --width 1024 --height 768 >"$WORK/host.out" 2>"$WORK/host.err" &
HOST_PID=$!
sleep 2
"$BOTS" --host 127.0.0.1 --port "$PORT" --pin "$PIN" --players "$BOTS_N" --pack "$PACK" \
  --think-ms 200..900 --timeout 150 --seed 7 >"$WORK/bots.out" 2>"$WORK/bots.err" || true
wait "$HOST_PID" || { echo "dovui-host failed:"; cat "$WORK/host.err"; exit 1; }
cat "$WORK/host.out"

DB="$WORK/data/results.sqlite"
sql() { sqlite3 "$DB" "$1"; }
field() { grep "$1" "$2" | head -n1 | tr ' ' '\n' | grep "^$3=" | cut -d= -f2; }
acked=$(field "^RESULT" "$WORK/bots.out" acked)
lost=$(field "^RESULT" "$WORK/bots.out" lost)
CARD_PLAYERS="SELECT player_id FROM players WHERE token LIKE 'card-%'"
seated=$(sql "SELECT COUNT(*) FROM players WHERE token LIKE 'card-%'")
card_answers=$(sql "SELECT COUNT(*) FROM answers WHERE player_id IN ($CARD_PLAYERS)")
# The card's number is in its player's token (card-NN-…); its answer must be NN % 2.
wrong=$(sql "SELECT COUNT(*) FROM answers a JOIN players p ON p.match_id=a.match_id AND
  p.player_id=a.player_id WHERE p.token LIKE 'card-%' AND
  a.choice != CAST(CAST(substr(p.token, 6, 2) AS INTEGER) % 2 AS TEXT)")
bot_answers=$(sql "SELECT COUNT(*) FROM answers WHERE player_id NOT IN ($CARD_PLAYERS)")
names=$(sql "SELECT COUNT(*) FROM players WHERE token LIKE 'card-%' AND nickname LIKE 'Học viên thẻ %'")
status=0
if [ "$MODE" = mirrored ]; then
  grep -q "mirrored picture: flipped back" "$WORK/host.err" ||
    { echo "FAIL the host did not notice the mirrored picture"; status=1; }
fi
if [ "$MODE" = no-camera ]; then
  grep -q "không thấy tệp hay thư mục $CAMERA" "$WORK/host.err" ||
    { echo "FAIL the host did not say the camera file is missing"; status=1; }
fi
[ "$seated" = "$CARDS" ] || { echo "FAIL $seated card players in the store, want $CARDS"; status=1; }
[ "$names" = "$CARDS" ] || { echo "FAIL card players' names are not the roster's"; status=1; }
[ "$card_answers" = $((CARDS * QUESTIONS)) ] ||
  { echo "FAIL $card_answers card answers stored, want $((CARDS * QUESTIONS))"; status=1; }
[ "$wrong" = "0" ] || { echo "FAIL $wrong card answers differ from the card held up"; status=1; }
[ "${lost:-}" = "0" ] || { echo "FAIL bots lost ${lost:-?} answers"; status=1; }
[ "$bot_answers" = "${acked:-x}" ] ||
  { echo "FAIL store has $bot_answers bot answers, bots had ${acked:-?} acknowledged"; status=1; }
[ $status -eq 0 ] && [ "$MODE" = no-camera ] &&
  echo "ok: no camera, said so; the match went on: $bot_answers bot answers = acknowledged"
[ $status -eq 0 ] && [ "$MODE" != no-camera ] && echo "ok: $CARDS card players x $QUESTIONS questions = $card_answers card answers (0 wrong), $bot_answers bot answers = acknowledged"
[ $status -eq 0 ] || { echo "--- host stderr"; cat "$WORK/host.err"; }
exit $status

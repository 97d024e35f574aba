#!/bin/sh
# A real match: dovui-host (under Xvfb when there is no display) against dovui-bots over
# ENet on 127.0.0.1: lobby -> questions -> podium. Passes when the host reached the podium,
# no bot lost an answer, and every answer the bots had acknowledged is in the results store.
# usage: host_match.sh DOVUI_HOST DOVUI_BOTS ASSETS_DIR
set -eu
HOST=$1
BOTS=$2
ASSETS=$3
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dovui-host-match.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
PLAYERS=8
QUESTIONS=4
# Ports from the process id, so parallel CTest runs do not collide.
PORT=$((30000 + $$ % 20000))
INFO=$((PORT + 1))
PIN=$((100000 + $$ % 900000))
PACK="$ASSETS/packs/vi/buoi-hoc-dau-tien.json"

"$HERE/run-with-display.sh" "$HOST" --pack "$PACK" --port "$PORT" --info-port "$INFO" \
  --pin "$PIN" --data-dir "$WORK/data" --settings "$WORK/host.conf" --questions "$QUESTIONS" \
  --auto-start "$PLAYERS" --auto-advance-ms 300 --exit-at-podium --no-sound \
  --width 1024 --height 768 >"$WORK/host.out" 2>"$WORK/host.err" &
HOST_PID=$!
sleep 2
"$BOTS" --host 127.0.0.1 --port "$PORT" --pin "$PIN" --players "$PLAYERS" --pack "$PACK" \
  --think-ms 200..900 --timeout 150 --seed 7 >"$WORK/bots.out" 2>"$WORK/bots.err" || true
wait "$HOST_PID" || { echo "dovui-host failed:"; cat "$WORK/host.err"; exit 1; }

cat "$WORK/host.out"
grep RESULT "$WORK/bots.out" || { echo "bots printed no result:"; cat "$WORK/bots.err"; exit 1; }
field() { grep "$1" "$2" | head -n1 | tr ' ' '\n' | grep "^$3=" | cut -d= -f2; }
stored=$(field "HOST RESULT" "$WORK/host.out" answers_stored)
players=$(field "HOST RESULT" "$WORK/host.out" players)
acked=$(field "^RESULT" "$WORK/bots.out" acked)
lost=$(field "^RESULT" "$WORK/bots.out" lost)
joined=$(field "^RESULT" "$WORK/bots.out" joined)
status=0
[ "${players:-}" = "$PLAYERS" ] || { echo "FAIL host saw ${players:-?} players, want $PLAYERS"; status=1; }
[ "${joined:-}" = "$PLAYERS" ] || { echo "FAIL only ${joined:-?} bots joined"; status=1; }
[ "${lost:-}" = "0" ] || { echo "FAIL bots lost ${lost:-?} answers"; status=1; }
[ "${stored:-x}" = "${acked:-y}" ] || { echo "FAIL store has ${stored:-?} answers, bots had ${acked:-?} acknowledged"; status=1; }
[ "$(grep -c '^HOST TOP' "$WORK/host.out")" -ge 3 ] || { echo "FAIL no podium printed"; status=1; }
[ $status -eq 0 ] && echo "ok: $PLAYERS players, $QUESTIONS questions, $stored answers stored = acknowledged"
exit $status

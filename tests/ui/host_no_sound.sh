#!/bin/sh
# dovui-host on a machine without a sound device (OpenAL finds no driver): one line says sound
# is off, then silence; before, SFML printed OpenAL errors on every sound call (300 lines in
# the first 6 s of a lobby). Runs the host in the lobby for a few seconds under Xvfb.
# usage: host_no_sound.sh DOVUI_HOST
set -eu
HOST=$1
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dovui-no-sound.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
PORT=$((30000 + $$ % 20000))
ALSOFT_DRIVERS=no-such-driver timeout 6 "$HERE/run-with-display.sh" "$HOST" --start --port "$PORT" \
  --info-port $((PORT + 1)) --no-web --data-dir "$WORK/data" --settings "$WORK/host.conf" \
  --width 1024 --height 768 >"$WORK/out" 2>"$WORK/err" || true
lines=$(grep -cv "Setting vertical sync not supported" "$WORK/err" || true)
said=$(grep -c "không có thiết bị âm thanh" "$WORK/err" || true)
if [ "$said" -ne 1 ] || [ "$lines" -gt 1 ]; then
  echo "FAIL: want one line saying sound is off, got $lines lines:"
  head -20 "$WORK/err"
  exit 1
fi
echo "ok: $(cat "$WORK/err" | grep -v 'vertical sync')"

#!/usr/bin/env bash
# tools/dev windows-test: the Windows build's checks under Wine (Debian's wine64, under Xvfb).
#   1-3. the core, server and tools doctest suites built for Windows;
#   4.   dovui-pack.exe check, run from the zip's folder, validates the bundled packs;
#   5.   dovui-server.exe plays a whole match against the Linux dovui-bots over loopback, then
#        dovui-report.exe's report is checked against the store (tests/tools/report_e2e.py);
#        and it answers the LAN discovery probe (probe.py, loopback); dovui-cards.exe prints
#        the answer cards' PDF and reads card 1 back from its rendered page;
#   6.   dovui-host.exe draws its setup and lobby screens: screenshots of the Xvfb screen, the
#        window's title, the picture's content, the lobby QR decoded by zbarimg;
#   7.   dovui-play.exe draws its first screen.
# Needs tools/windows/build.sh first (and the Linux build/dovui-bots: tools/dev build).
# Ends with "N passed, N failed".
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
cd "$ROOT"
BUILD=${DOVUI_WIN_BUILD_DIR:-build-windows}
CACHE=${DOVUI_WIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dovui-windows}
OUT=$BUILD/wine-test
rm -rf "$OUT"; mkdir -p "$OUT"
log() { echo "==> [windows-test] $*" >&2; }

PACKAGES=(wine64 wine xvfb xauth x11-apps x11-utils netpbm zbar-tools poppler-utils python3)
# shellcheck source=common.sh
source "$HERE/common.sh"
install_debs "${PACKAGES[@]}"
STAGE=$(ls -d "$BUILD"/stage/dovui-*-windows-x64 2>/dev/null | head -1)
[ -n "$STAGE" ] || { echo "no $BUILD/stage: run tools/dev windows first" >&2; exit 2; }
BOTS=${DOVUI_BOTS:-build/dovui-bots}
[ -x "$BOTS" ] || { echo "no Linux $BOTS: run tools/dev build first" >&2; exit 2; }

# One Wine prefix for these tests, in the cache (made once: wineboot takes a while).
export WINEPREFIX=$CACHE/wine-prefix WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  log "making the Wine prefix"
  wineboot -i >/dev/null 2>&1
  wineserver -w
fi
export WINEPATH=$(winepath -w "$ROOT/$BUILD/dlls" 2>/dev/null)
# One persistent wineserver for the whole run: a program starting while the last one's
# wineserver is shutting down dies with "recvmsg: Connection reset by peer".
wineserver -k 2>/dev/null; wineserver -w 2>/dev/null
wineserver -p

# A virtual screen for everything (the host's windows, and Wine's own for the others).
Xvfb :57 -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
export DISPLAY=:57
trap 'wineserver -k 2>/dev/null; kill $XVFB 2>/dev/null' EXIT
sleep 1

# Ends one Windows program started here, by its process id (wine runs it in that process).
kill_wine_program() {
  kill "$1" 2>/dev/null
  sleep 1
}

PASSED=0 FAILED=0
result() {  # name status
  if [ "$2" = 0 ]; then PASSED=$((PASSED + 1)); log "PASS $1"; else FAILED=$((FAILED + 1)); log "FAIL $1 (see $OUT/$1.log)"; fi
}

# 1-3: the doctest suites (assets and golden files through their compiled-in source paths,
# which Wine reaches through its Z: drive).
for suite in dovui_core_tests dovui_server_tests dovui_tools_tests; do
  exe=$(find "$BUILD" -name "$suite.exe" -print -quit)
  t0=$SECONDS
  timeout 900 wine "$exe" >"$OUT/$suite.log" 2>&1
  rc=$?
  grep -E '^\[doctest\] (test cases|assertions)' "$OUT/$suite.log" | sed "s/^/   $suite: /" >&2
  log "$suite: exit $rc in $((SECONDS - t0)) s"
  result "$suite" $rc
done

# 4: the bundled packs, checked by the zip's own dovui-pack.exe (finds assets\ beside itself).
(cd "$STAGE" && timeout 300 wine ./dovui-pack.exe check) >"$OUT/pack_check.log" 2>&1
rc=$?
tail -3 "$OUT/pack_check.log" >&2
result pack_check $rc

# 5: a whole match, Windows server against Linux bots, report = store.
cat >"$OUT/dovui-server" <<EOF
#!/bin/sh
exec wine "$ROOT/$STAGE/dovui-server.exe" "\$@"
EOF
cat >"$OUT/dovui-report" <<EOF
#!/bin/sh
exec wine "$ROOT/$STAGE/dovui-report.exe" "\$@"
EOF
chmod +x "$OUT/dovui-server" "$OUT/dovui-report"
timeout 600 python3 tests/tools/report_e2e.py --server "$OUT/dovui-server" --bots "$BOTS" \
  --report "$OUT/dovui-report" --assets "$ROOT/assets" --port 28471 >"$OUT/match_vs_bots.log" 2>&1
rc=$?
grep -E 'RESULT|OK: |FAIL' "$OUT/match_vs_bots.log" | tail -3 >&2
[ $rc = 0 ] && grep -q "OK: report matches the store" "$OUT/match_vs_bots.log" || rc=1
result match_vs_bots $rc

# 5b: LAN discovery: the Windows server answers the probe (on loopback) with its port and name.
mkdir -p "$OUT/probe-data"
wine "$ROOT/$STAGE/dovui-server.exe" --data-dir "$OUT/probe-data" --port 28491 --info-port 28492 \
   --no-web --name "Nhà văn hóa thôn Đông" --pack "$ROOT/assets/packs/vi/buoi-hoc-dau-tien.json" \
   >"$OUT/discovery.server.log" 2>&1 < <(sleep 90) &
probe_server=$!
timeout 60 python3 "$HERE/probe.py" 28492 28491 "Nhà văn hóa thôn Đông" >"$OUT/discovery.log" 2>&1
rc=$?
cat "$OUT/discovery.log" >&2
kill_wine_program $probe_server; wait $probe_server 2>/dev/null
result discovery $rc

# 5c: answer cards: dovui-cards.exe prints the PDF (cairo) and reads card 1 back from its first
# page (OpenCV aruco). Windows paths: CLI11 on Windows takes "/tmp/…" for an option.
rc=1
(cd "$STAGE" && timeout 120 wine ./dovui-cards.exe print --count 4 -o "$(winepath -w "$ROOT/$OUT/cards.pdf")") \
  >"$OUT/cards.log" 2>&1
if pdftoppm -r 100 -png -f 1 -l 1 "$OUT/cards.pdf" "$OUT/cards" 2>>"$OUT/cards.log"; then
  (cd "$STAGE" && timeout 120 wine ./dovui-cards.exe read "$(winepath -w "$ROOT/$OUT/cards-1.png")") \
    >>"$OUT/cards.log" 2>&1
  grep -q "number=1 answer=A" "$OUT/cards.log" && rc=0
fi
tail -1 "$OUT/cards.log" >&2
result cards $rc

# 6: the host's setup and lobby screens.
screenshot() {  # name: the whole Xvfb screen as PNG
  xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >"$OUT/$1.png" 2>/dev/null
}
host_screen() {  # name extra-args…
  local name=$1; shift
  local data=$OUT/$name-data
  mkdir -p "$data"
  (cd "$STAGE" && exec wine ./dovui-host.exe --width 1024 --height 768 --no-sound --data-dir "$data" \
     --settings "$data/settings.json" --pin 246810 --port 28481 --info-port 28482 --web-port 28483 "$@") \
     >"$OUT/$name.log" 2>&1 &
  local pid=$! title="" i
  for i in $(seq 1 60); do
    title=$(xwininfo -root -tree 2>/dev/null | grep -o '"Đố Vui Số"' | head -1)
    [ -n "$title" ] && break
    sleep 1
  done
  sleep 4  # let it draw a few frames
  screenshot "$name"
  echo "$title" >"$OUT/$name.title"
  kill_wine_program $pid; wait $pid 2>/dev/null
  [ -n "$title" ]
}
check_picture() {  # name: a 1024x768 window with real content, not one flat colour
  python3 "$HERE/picture_check.py" "$OUT/$1.png"
}
host_screen host_setup && check_picture host_setup >>"$OUT/host_setup.log" 2>&1
result host_setup $?
rc=1
if host_screen host_lobby --start && check_picture host_lobby >>"$OUT/host_lobby.log" 2>&1; then
  qr=$(zbarimg -q --raw "$OUT/host_lobby.png" 2>/dev/null | tee "$OUT/host_lobby.qr")
  log "lobby QR: $(echo "$qr" | tr '\n' ' ')"
  echo "$qr" | grep -qE '^https?://[0-9.]+:28483' && rc=0
fi
result host_lobby $rc

# 7: the learner app's first screen (dovui-play.exe, a GUI program too).
mkdir -p "$OUT/play-data"
(cd "$STAGE" && XDG_DATA_HOME="$(winepath -w "$ROOT/$OUT/play-data")" exec wine ./dovui-play.exe) \
  >"$OUT/play_home.log" 2>&1 &
play=$!
title=""
for i in $(seq 1 60); do
  title=$(xwininfo -root -tree 2>/dev/null | grep -o '"Đố Vui Số": ("dovui-play' | head -1)
  [ -n "$title" ] && break
  sleep 1
done
sleep 4
screenshot play_home
kill_wine_program $play; wait $play 2>/dev/null
[ -n "$title" ] && check_picture play_home >>"$OUT/play_home.log" 2>&1
result play_home $?

log "logs and screenshots in $OUT"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]

#!/usr/bin/env bash
# package_deb (issue 16): build the .deb from this build folder with cpack, check its control
# fields and contents, unpack it with dpkg-deb -x into a temporary root and play a short match
# there: the unpacked dovui-server, started from a folder outside the source tree with no
# DOVUI_ASSETS, must take its default pack and its web page from <root>/usr/share/dovui (both
# are marked in the unpacked copy, and the marks must come back through the store and HTTP);
# the unpacked dovui-bots play it; the store is checked. Then lintian, which must report no
# error (its warnings are printed).
#   package_deb.sh BUILD_DIR
set -euo pipefail
BUILD_DIR=$(cd "$1" && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dovui-package-test.XXXXXX")
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "==> cpack"
start=$(date +%s)
cpack --config "$BUILD_DIR/CPackConfig.cmake" -B "$WORK/dist" >"$WORK/cpack.log" 2>&1 ||
  { cat "$WORK/cpack.log"; fail "cpack failed"; }
debs=("$WORK"/dist/dovui_*_amd64.deb)
[ -f "${debs[0]}" ] || fail "no dovui_*_amd64.deb in $WORK/dist"
DEB=${debs[0]}
echo "    $(basename "$DEB"): $(du -k "$DEB" | cut -f1) KiB in $(($(date +%s) - start)) s"

echo "==> control fields"
dpkg-deb -f "$DEB" Package Version Architecture Depends | tee "$WORK/control.txt"
depends=$(dpkg-deb -f "$DEB" Depends)
for lib in libsfml-graphics2.5 libenet7 libsqlite3-0 libutf8proc2 libqrencode4 libespeak-ng1 \
           libcairo2 libopencv-contrib406 libsfml-audio2.5 libstdc++6 fonts-dejavu-core; do
  [[ "$depends" == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done

echo "==> contents"
dpkg-deb -c "$DEB" | awk '{print $6}' >"$WORK/contents.txt"
for f in ./usr/bin/dovui-host ./usr/bin/dovui-server ./usr/bin/dovui-play ./usr/bin/dovui-pack \
         ./usr/bin/dovui-report ./usr/bin/dovui-cards ./usr/bin/dovui-bots \
         ./usr/share/dovui/packs/vi/buoi-hoc-dau-tien.json ./usr/share/dovui/web/index.html \
         ./usr/share/dovui/sounds/join.wav ./usr/share/dovui/fonts/DejaVuSans.ttf \
         ./usr/share/applications/dovui-host.desktop ./usr/share/applications/dovui-play.desktop \
         ./usr/share/icons/hicolor/scalable/apps/dovui-host.svg \
         ./usr/share/icons/hicolor/48x48/apps/dovui-play.png \
         ./usr/share/doc/dovui/copyright ./usr/share/doc/dovui/changelog.gz \
         ./usr/share/man/man1/dovui-server.1.gz; do
  grep -qxF "$f" "$WORK/contents.txt" || fail "the package lacks $f"
done
grep -q "Name=Đố Vui Số — Máy chủ lớp học" <(dpkg-deb --fsys-tarfile "$DEB" |
  tar -xO ./usr/share/applications/dovui-host.desktop) || fail "the host's menu name"

echo "==> unpack into a temporary root"
ROOT=$WORK/root
dpkg-deb -x "$DEB" "$ROOT"
SHARE=$ROOT/usr/share/dovui
# The fonts are relative links into fonts-dejavu-core (a dependency): in the temporary root
# that package's folder is this machine's copy.
[ "$(readlink "$SHARE/fonts/DejaVuSans.ttf")" = ../../fonts/truetype/dejavu/DejaVuSans.ttf ] ||
  fail "the font is not a link into fonts-dejavu-core"
if [ -d /usr/share/fonts/truetype/dejavu ]; then
  mkdir -p "$ROOT/usr/share/fonts/truetype"
  ln -s /usr/share/fonts/truetype/dejavu "$ROOT/usr/share/fonts/truetype/dejavu"
  [ -f "$SHARE/fonts/DejaVuSans-Bold.ttf" ] || fail "the font links do not resolve"
fi
# Mark the unpacked default pack and web page: only a server reading <root>/usr/share/dovui
# can report these marks.
MARK="Kiểm thử gói deb $$"
python3 - "$SHARE/packs/vi/buoi-hoc-dau-tien.json" "$MARK" <<'PY'
import json, sys
path, mark = sys.argv[1], sys.argv[2]
pack = json.load(open(path, encoding="utf-8"))
pack["title"] = mark
json.dump(pack, open(path, "w", encoding="utf-8"), ensure_ascii=False)
PY
echo "<!-- $MARK -->" >>"$SHARE/web/index.html"

ports=($(python3 -c '
import socket
socks = []
for kind in (socket.SOCK_DGRAM, socket.SOCK_DGRAM, socket.SOCK_STREAM):
    s = socket.socket(socket.AF_INET, kind); s.bind(("127.0.0.1", 0)); socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))'))
RUN=$WORK/elsewhere
mkdir -p "$RUN"
cd "$RUN"  # outside the source tree and the build folder
unset DOVUI_ASSETS
# dovui-pack check with no file checks every bundled pack: the ones under the temporary root.
"$ROOT/usr/bin/dovui-pack" check >"$WORK/pack-check.txt" 2>&1 || true
grep -q "$MARK\|$SHARE/packs" "$WORK/pack-check.txt" ||
  { cat "$WORK/pack-check.txt"; fail "dovui-pack did not check the unpacked packs"; }

echo "==> the unpacked dovui-server and dovui-bots play a match (cwd $RUN)"
PIN=482915
PLAYERS=6
QUESTIONS=3
mkfifo "$WORK/server.in"
"$ROOT/usr/bin/dovui-server" --data-dir "$WORK/data" --port "${ports[0]}" --info-port "${ports[1]}" \
  --web-port "${ports[2]}" --pin $PIN --questions $QUESTIONS --auto-start $PLAYERS \
  --auto-advance-ms 150 --join-rate 1000 --join-burst 1000 --no-practice \
  <"$WORK/server.in" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
exec 3>"$WORK/server.in"  # keeps the server's stdin open
for _ in $(seq 100); do grep -q "^READY" "$WORK/server.log" && break; sleep 0.1; done
grep -q "^READY" "$WORK/server.log" || { cat "$WORK/server.log"; fail "the server did not start"; }
page=$(python3 -c "import urllib.request,sys; print(urllib.request.urlopen('http://127.0.0.1:${ports[2]}/').read().decode())")
[[ "$page" == *"$MARK"* ]] || fail "the web page was not served from $SHARE/web"
"$ROOT/usr/bin/dovui-bots" --port "${ports[0]}" --pin $PIN --players $PLAYERS --seed 7 \
  --think-ms 50..400 --pack "$SHARE/packs/vi/buoi-hoc-dau-tien.json" --timeout 60 \
  >"$WORK/bots.log" 2>&1 || { cat "$WORK/bots.log" "$WORK/server.log"; fail "dovui-bots failed"; }
grep "^RESULT" "$WORK/bots.log"
for _ in $(seq 100); do grep -q "^PODIUM" "$WORK/server.log" && break; sleep 0.1; done
grep -q "^PODIUM" "$WORK/server.log" || { cat "$WORK/server.log"; fail "no podium"; }
echo quit >&3
exec 3>&-
wait "$SERVER_PID" || fail "the server did not exit cleanly"
SERVER_PID=

echo "==> the store"
STORE=$WORK/data/results.sqlite
[ -f "$STORE" ] || fail "no store at $STORE"
read -r title ended players questions answers < <(python3 - "$STORE" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
m = db.execute("SELECT id, pack_title, ended_at IS NOT NULL FROM matches ORDER BY id DESC").fetchone()
one = lambda sql: db.execute(sql, (m[0],)).fetchone()[0]
print(m[1].replace(" ", "_"), m[2], one("SELECT COUNT(*) FROM players WHERE match_id=?"),
      one("SELECT COUNT(*) FROM questions WHERE match_id=?"),
      one("SELECT COUNT(*) FROM answers WHERE match_id=?"))
PY
)
echo "    pack=$title ended=$ended players=$players questions=$questions answers=$answers"
[ "$title" = "${MARK// /_}" ] || fail "the match did not use the unpacked pack ($title)"
[ "$ended" = 1 ] || fail "the match did not end"
[ "$players" = $PLAYERS ] || fail "players: $players"
[ "$questions" = $QUESTIONS ] || fail "questions: $questions"
[ "$answers" = $((PLAYERS * QUESTIONS)) ] || fail "answers: $answers"
acked=$(grep -o 'acked=[0-9]*' "$WORK/bots.log" | head -1 | cut -d= -f2)
[ "$acked" = "$answers" ] || fail "bots acked $acked, store has $answers"

echo "==> lintian"
if command -v lintian >/dev/null; then
  cd "$WORK"
  lintian --fail-on error --tag-display-limit 0 "$DEB" | tee "$WORK/lintian.txt" ||
    fail "lintian reports errors"
  echo "    lintian: $(grep -c '^E:' "$WORK/lintian.txt" || true) errors, $(grep -c '^W:' "$WORK/lintian.txt" || true) warnings"
else
  fail "lintian is not installed (apt-get install lintian)"
fi
echo "package_deb: ok"

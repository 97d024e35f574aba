#!/usr/bin/env bash
# tools/dev windows: cross-builds the Windows x64 programs with Debian's mingw-w64 and makes
# dist/dovui-<version>-windows-x64.zip (programs, every DLL they load, the assets, "Đọc trước.txt").
#   tools/windows/build.sh [--no-zip]
# Libraries come from build-libs.sh's cache (outside the work tree); the programs build
# incrementally in build-windows/. Every compile runs under nice -n 19 with 2 jobs.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
cd "$ROOT"
BUILD=${DOVUI_WIN_BUILD_DIR:-build-windows}
JOBS=${DOVUI_WIN_JOBS:-2}
ZIP=1
[ "${1:-}" = "--no-zip" ] && ZIP=0
log() { echo "==> [windows] $*" >&2; }

PACKAGES=(g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix mingw-w64-x86-64-dev
  binutils-mingw-w64-x86-64 cmake ninja-build pkg-config dpkg-dev tcl make python3 librsvg2-bin
  libcereal-dev rapidjson-dev doctest-dev libcli11-dev libboost-dev)
# shellcheck source=common.sh
source "$HERE/common.sh"
install_debs "${PACKAGES[@]}"
"$HERE/apt-sources.sh"

t0=$SECONDS
PREFIXES=$("$HERE/build-libs.sh" | tail -1)
log "libraries ready in $((SECONDS - t0)) s"
prefix_of() { tr ':' '\n' <<<"$PREFIXES" | grep "/$1-" | head -1; }
pcdirs=$(tr ':' '\n' <<<"$PREFIXES" | sed 's|$|/lib/pkgconfig|' | paste -sd:)
export DOVUI_WIN_PREFIXES=$PREFIXES DOVUI_WIN_PKG_CONFIG_LIBDIR=$pcdirs

# A library that changed version lives in a new prefix: configure again from scratch then.
if [ -f "$BUILD/build.ninja" ] && [ "$(cat "$BUILD/.dovui-prefixes" 2>/dev/null)" != "$PREFIXES" ]; then
  rm -f "$BUILD/CMakeCache.txt" "$BUILD/build.ninja"
fi
if [ ! -f "$BUILD/build.ninja" ]; then
  log "configuring $BUILD"
  nice -n 19 cmake -S . -B "$BUILD" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$HERE/toolchain-mingw64.cmake" \
    -DCMAKE_BUILD_TYPE=Release -DDOVUI_AUDIO=OFF \
    -Dcereal_DIR="$HERE/shims/cereal" -DRapidJSON_DIR="$HERE/shims/RapidJSON" \
    -Ddoctest_DIR="$HERE/shims/doctest" -DCLI11_DIR="$HERE/shims/CLI11" -DBoost_DIR="$HERE/shims/Boost" \
    -DSFML_DIR="$(prefix_of sfml)/lib/cmake/SFML" -DOpenCV_DIR="$(prefix_of opencv)/lib/cmake/opencv4"
  echo "$PREFIXES" >"$BUILD/.dovui-prefixes"
fi
PROGRAMS=(dovui-host dovui-server dovui-play dovui-pack dovui-report dovui-cards)
TESTS=(dovui_core_tests dovui_server_tests dovui_tools_tests dovui-bots)
log "building ${PROGRAMS[*]} ${TESTS[*]}"
nice -n 19 cmake --build "$BUILD" -j "$JOBS" --target "${PROGRAMS[@]}" "${TESTS[@]}"

# Every DLL a program loads that is not part of Windows: from the library prefixes or the
# mingw runtime (libstdc++, libgcc, winpthread), followed through the DLLs' own imports.
# (qrencode's CMake installs its DLL into lib/.)
DLL_DIRS=($(tr ':' '\n' <<<"$PREFIXES" | sed 's|.*|&/bin &/lib|') /usr/lib/gcc/x86_64-w64-mingw32/*-posix /usr/x86_64-w64-mingw32/lib)
find_dll() { local d; for d in "${DLL_DIRS[@]}"; do [ -f "$d/$1" ] && { echo "$d/$1"; return; }; done; }
declare -A SEEN=()
collect() {
  local name path
  for name in $(x86_64-w64-mingw32-objdump -p "$1" | awk '/DLL Name:/ {print $3}'); do
    [ -n "${SEEN[$name]:-}" ] && continue
    SEEN[$name]=1
    path=$(find_dll "$name" || true)
    [ -n "$path" ] || continue  # a Windows system DLL
    DLLS+=("$path")
    collect "$path"
  done
}
DLLS=()
for exe in "${PROGRAMS[@]}" "${TESTS[@]}"; do
  collect "$(find "$BUILD" -name "$exe.exe" -print -quit)"
done
# The test programs run under Wine from build-windows/: their DLLs sit beside them.
mkdir -p "$BUILD/dlls"
cp -u "${DLLS[@]}" "$BUILD/dlls/"

[ "$ZIP" = 1 ] || exit 0
VERSION=$(sed -n 's/^project(DoVuiSo VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
NAME=dovui-$VERSION-windows-x64
STAGE=$BUILD/stage/$NAME
rm -rf "$BUILD/stage"; mkdir -p "$STAGE/assets"
for exe in "${PROGRAMS[@]}"; do
  x86_64-w64-mingw32-strip -o "$STAGE/$exe.exe" "$BUILD/$exe.exe"
done
for d in "${DLLS[@]}"; do x86_64-w64-mingw32-strip -o "$STAGE/$(basename "$d")" "$d"; done
cp -r assets/fonts assets/packs assets/sounds assets/web assets/templates "$STAGE/assets/"
cp assets/*.csv "$STAGE/assets/"
# The guides as PDFs (the host's H key opens docs\facilitator-guide.*.pdf), when the native build
# has made them (its docs test, tools/dev test).
NATIVE=${DOVUI_BUILD_DIR:-build}
if ls "$NATIVE"/docs/facilitator-guide.*.pdf >/dev/null 2>&1; then
  mkdir -p "$STAGE/docs"
  cp "$NATIVE"/docs/facilitator-guide.*.pdf "$NATIVE"/docs/learner-handout.*.pdf "$STAGE/docs/"
else
  log "no $NATIVE/docs/*.pdf yet: the zip has no guides (tools/dev test makes them)"
fi
python3 "$HERE/readme.py" "$VERSION" "$STAGE"
mkdir -p dist
python3 "$HERE/zip.py" "$BUILD/stage" "$NAME" "dist/$NAME.zip"
log "dist/$NAME.zip: $(du -h "dist/$NAME.zip" | cut -f1), $(find "$STAGE" -type f | wc -l) files"

#!/usr/bin/env bash
# Builds the Windows (x86_64-w64-mingw32) libraries the project links, from Debian's own source
# packages (`apt-get source`, deb-src lines added by apt-sources.sh), into a cache outside the work
# tree: $CACHE/<lib>-<debian version>/ holds one library's install prefix and a stamp naming the
# recipe it was built with, so a second run rebuilds nothing and a new Debian version or a changed
# recipe rebuilds just that library (and those after it that use it).
#
# Every compile runs under `nice -n 19` with 2 jobs: the machine is shared.
# Prints, as its last line, the prefixes (colon-separated) for DOVUI_WIN_PREFIXES.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
CACHE=${DOVUI_WIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dovui-windows}
SRC=$CACHE/src
JOBS=${DOVUI_WIN_JOBS:-2}
TRIPLE=x86_64-w64-mingw32
TOOLCHAIN=$HERE/toolchain-mingw64.cmake
NICE=(nice -n 19)
mkdir -p "$SRC" "$CACHE/build"

log() { echo "==> [windows libs] $*" >&2; }

# The Debian source versions apt can offer for a source package, newest first.
source_versions() {
  apt-cache showsrc --only-source "$1" 2>/dev/null | awk '/^Version:/ {print $2}' | sort -urV
}

# Unpacks source package $1 (the newest version whose files the registry serves) under $SRC and
# prints "<version> <dir>". When the registry serves the upstream tarball but not Debian's
# packaging tarball, the upstream tarball alone is unpacked (Debian's patches are then missing:
# logged).
fetch_source() {
  local pkg=$1 v dir pass
  # Pass 1: the newest version whose every file is served (Debian's patches applied). Pass 2:
  # the newest whose upstream tarball is served, unpacked alone.
  for pass in whole upstream; do
    for v in $(source_versions "$pkg"); do
      local up=${v#*:}; up=${up%-*}
      dir=$SRC/$pkg-$up
      if [ -f "$dir/.dovui-version" ] && [ "$(cat "$dir/.dovui-version")" = "$v" ]; then
        echo "$v $dir"; return 0
      fi
      # A version the registry did not serve whole is not asked for again in pass 1.
      [ "$pass" = whole ] && [ -f "$SRC/.partial-$pkg-$v" ] && continue
      local work=$SRC/.get-$pkg-$v
      rm -rf "$work"; mkdir -p "$work"
      log "apt-get source $pkg=$v"
      if (cd "$work" && apt-get source -qq "$pkg=$v" >/dev/null 2>"$work.log"); then
        rm -rf "$dir"; mv "$work/$pkg-$up" "$dir"
      else
        local orig; orig=$(ls "$work"/*.orig.tar.* 2>/dev/null | grep -v '\.asc$' | head -1 || true)
        log "  the registry does not serve every file of $pkg $v: $(grep -o '[^/]*  404 ' "$work.log" | tr '\n' ' ')"
        touch "$SRC/.partial-$pkg-$v"
        if [ "$pass" = whole ] || [ -z "$orig" ] || grep -q "orig.tar.*404" "$work.log"; then
          rm -rf "$work" "$work.log"; continue
        fi
        log "  $pkg $v: using the upstream tarball alone (Debian's patches not applied)"
        rm -rf "$dir"; mkdir -p "$dir"
        tar -xf "$orig" -C "$dir" --strip-components=1
        echo "upstream tarball only (Debian patches not applied)" >"$dir/.dovui-note"
      fi
      echo "$v" >"$dir/.dovui-version"
      rm -rf "$work" "$work.log"
      echo "$v $dir"; return 0
    done
  done
  log "no version of source package $pkg can be fetched"
  return 1
}

PREFIXES=()
prefixes_env() { local IFS=:; echo "${PREFIXES[*]}"; }
pkgconfig_env() {
  local out=() p
  for p in "${PREFIXES[@]}"; do out+=("$p/lib/pkgconfig" "$p/share/pkgconfig"); done
  local IFS=:; echo "${out[*]}"
}

# cmake_build SRC BUILD PREFIX [cmake args…]: configure, build and install one CMake project.
cmake_build() {
  local s=$1 b=$2 p=$3; shift 3
  DOVUI_WIN_PREFIXES=$(prefixes_env) DOVUI_WIN_PKG_CONFIG_LIBDIR=$(pkgconfig_env) \
    "${NICE[@]}" cmake -S "$s" -B "$b" -G Ninja -Wno-dev -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$p" -DBUILD_SHARED_LIBS=ON "$@" >"$b.configure.log" 2>&1 \
    || { tail -40 "$b.configure.log" >&2; return 1; }
  "${NICE[@]}" cmake --build "$b" -j "$JOBS" >"$b.build.log" 2>&1 || { tail -40 "$b.build.log" >&2; return 1; }
  cmake --install "$b" >/dev/null
}

# autotools_build SRC PREFIX [configure args…]: out of tree, --host for mingw. -lssp: cairo's
# configure turns on _FORTIFY_SOURCE, whose checked string functions live in mingw's libssp.
autotools_build() {
  local s=$1 p=$2; shift 2
  local b=$CACHE/build/$(basename "$p")
  rm -rf "$b"; mkdir -p "$b"
  local inc="" ldf="" q
  for q in "${PREFIXES[@]}"; do inc+=" -I$q/include"; ldf+=" -L$q/lib"; done
  (cd "$b" && PKG_CONFIG_LIBDIR=$(pkgconfig_env) PKG_CONFIG_PATH= CPPFLAGS="$inc" LDFLAGS="$ldf" LIBS="-lssp" \
    CC=$TRIPLE-gcc-posix CXX=$TRIPLE-g++-posix \
    "${NICE[@]}" "$s/configure" --host=$TRIPLE --prefix="$p" --enable-shared --disable-static "$@" \
    >"$b.configure.log" 2>&1) || { tail -40 "$b.configure.log" >&2; return 1; }
  echo "$b"
}

# lib NAME SOURCE-PACKAGE: builds recipes/NAME.sh's recipe_build into the cache unless the stamp
# says this version and this recipe are already there. Later libraries see earlier prefixes.
lib() {
  local name=$1 pkg=$2 got v s
  got=$(fetch_source "$pkg") || return 1
  v=${got%% *}; s=${got#* }
  local p=$CACHE/$name-${v//:/_}
  # The stamp: the recipe, the toolchain and the prefixes this one was built against.
  local stamp
  stamp=$(cat "$HERE/recipes/$name.sh" "$TOOLCHAIN" | sha256sum | cut -c1-16)-$(prefixes_env | sha256sum | cut -c1-8)
  if [ -f "$p/.dovui-stamp" ] && [ "$(cat "$p/.dovui-stamp")" = "$stamp" ]; then
    PREFIXES+=("$p"); return 0
  fi
  log "building $name from $pkg $v"
  local t0=$SECONDS
  rm -rf "$p" "$CACHE/build/$name"
  mkdir -p "$CACHE/build"
  # shellcheck source=/dev/null
  ( S=$s P=$p B=$CACHE/build/$name V=$v; source "$HERE/recipes/$name.sh"; recipe_build )
  [ -f "$s/.dovui-note" ] && cp "$s/.dovui-note" "$p/.dovui-note"
  echo "$pkg $v" >"$p/.dovui-source"
  echo "$stamp" >"$p/.dovui-stamp"
  log "  $name done in $((SECONDS - t0)) s"
  PREFIXES+=("$p")
}

# In dependency order. ogg/vorbis/flac are only SFML audio's, which needs OpenAL Soft: see
# recipes/sfml.sh.
WANT=${DOVUI_WIN_LIBS:-"zlib libpng freetype utf8proc qrencode sqlite enet sfml pixman cairo opencv"}
for name in $WANT; do
  case $name in
    zlib) lib zlib zlib ;;
    libpng) lib libpng libpng1.6 ;;
    freetype) lib freetype freetype ;;
    utf8proc) lib utf8proc utf8proc ;;
    qrencode) lib qrencode qrencode ;;
    sqlite) lib sqlite sqlite3 ;;
    enet) lib enet love ;;
    sfml) lib sfml libsfml ;;
    pixman) lib pixman pixman ;;
    cairo) lib cairo cairo ;;
    opencv) lib opencv opencv ;;
    *) log "unknown library $name"; exit 2 ;;
  esac
done
prefixes_env

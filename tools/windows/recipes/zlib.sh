# zlib (Debian source package zlib): the DLL for libpng, cairo's PDF and OpenCV.
# Debian's +dfsg tree drops win32/, whose zlib1.rc (version resource only) zlib's CMake wants
# for MinGW: a minimal one is written into the unpacked source in the cache.
recipe_build() {
  mkdir -p "$S/win32"; printf '1 VERSIONINFO\nFILEVERSION 1,2,13,0\nBEGIN\nEND\n' >"$S/win32/zlib1.rc"
  cmake_build "$S" "$B" "$P"
  # zlib.pc and autotools checks say -lz; zlib's CMake names the import library libzlib.
  cp "$P/lib/libzlib.dll.a" "$P/lib/libz.dll.a"
}

# libqrencode (Debian source package qrencode): the lobby's join QR. The command-line tool is
# not built (it would need libpng).
recipe_build() {
  cmake_build "$S" "$B" "$P" -DWITH_TOOLS=NO -DWITH_TESTS=NO
}

# libpng (Debian source package libpng1.6): PNG for cairo and OpenCV's imgcodecs.
recipe_build() {
  cmake_build "$S" "$B" "$P" -DPNG_STATIC=OFF -DPNG_TESTS=OFF -DPNG_EXECUTABLES=OFF -DPNG_DEBUG=OFF \
    -DSKIP_INSTALL_PROGRAMS=ON -DSKIP_INSTALL_FILES=OFF
}

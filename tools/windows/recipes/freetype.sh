# FreeType (Debian source package freetype): SFML's text, cairo's fonts in the card PDFs.
# Without its optional helpers (zlib/bzip2/png/harfbuzz/brotli): the project's fonts are plain TTF.
recipe_build() {
  cmake_build "$S" "$B" "$P" -DFT_DISABLE_ZLIB=ON -DFT_DISABLE_BZIP2=ON -DFT_DISABLE_PNG=ON \
    -DFT_DISABLE_HARFBUZZ=ON -DFT_DISABLE_BROTLI=ON
}

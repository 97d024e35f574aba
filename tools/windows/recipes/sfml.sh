# SFML 2.5 (Debian source package libsfml): system, window, graphics as DLLs, against the
# FreeType above (SFML_USE_SYSTEM_DEPS: Debian's +dfsg tree has no extlibs binaries).
# The audio module is NOT built: it needs OpenAL Soft, and Debian 12's openal-soft source
# package (1:1.19.1-2) is not served by the registry this machine reaches (.orig.tar.gz and
# .debian.tar.xz answer 404). Without audio there is no need for ogg/vorbis/flac either.
# The Windows build is therefore silent (DOVUI_AUDIO=OFF, see tools/windows/build.sh).
recipe_build() {
  cmake_build "$S" "$B" "$P" -DSFML_USE_SYSTEM_DEPS=ON -DSFML_BUILD_AUDIO=OFF \
    -DSFML_BUILD_NETWORK=OFF -DSFML_BUILD_EXAMPLES=OFF -DSFML_BUILD_DOC=OFF \
    -DSFML_INSTALL_PKGCONFIG_FILES=OFF -DSFML_GENERATE_PDB=OFF
}

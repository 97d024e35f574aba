# ENet. Debian 12's enet source package (1.3.17+ds-2) is not served by the registry this
# machine reaches (its .orig.tar.xz and .debian.tar.xz answer 404), so the ENet that Debian's
# own source package love (11.4-1) carries, ENet 1.3.13 in src/libraries/enet/libenet, is built
# instead: the same 1.3 wire protocol as the Linux programs' 1.3.17 (protocol.h is identical),
# the same API the project uses. A static library (with ws2_32 and winmm) and a libenet.pc.
recipe_build() {
  cmake_build "$HERE/enet" "$B" "$P" -DBUILD_SHARED_LIBS=OFF -DENET_SOURCE_DIR="$S/src/libraries/enet/libenet"
}

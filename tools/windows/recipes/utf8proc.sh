# utf8proc (Debian source package utf8proc): NFC, graphemes, case folding in the core.
recipe_build() {
  cmake_build "$S" "$B" "$P" -DUTF8PROC_ENABLE_TESTING=OFF
  if ! ls "$P"/lib/pkgconfig/libutf8proc.pc >/dev/null 2>&1; then
    mkdir -p "$P/lib/pkgconfig"
    cat >"$P/lib/pkgconfig/libutf8proc.pc" <<PC
prefix=$P
Name: libutf8proc
Description: UTF-8 processing
Version: ${V%-*}
Libs: -L\${prefix}/lib -lutf8proc
Cflags: -I\${prefix}/include
PC
  fi
}

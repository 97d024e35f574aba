# cairo 1.16 (Debian source package cairo): the answer cards' PDFs (dovui-cards, the host's
# card printing). PDF and PNG surfaces and the FreeType font backend, without fontconfig (the
# project hands cairo its own bundled font files) and without any X or GL backend.
recipe_build() {
  # Debian's patches leave configure.ac newer than configure: never rerun automake.
  local NOREGEN="ACLOCAL=true AUTOMAKE=true AUTOCONF=true AUTOHEADER=true"
  local b
  # libtool cannot tell a cross import library (libz.dll.a …) by its file magic and would fall
  # back to a static libcairo: every import library here is a real one.
  b=$(lt_cv_deplibs_check_method=pass_all autotools_build "$S" "$P" --enable-ft --disable-fc --enable-pdf --enable-png --enable-ps=no \
      --enable-svg=no --disable-xlib --disable-xcb --disable-gobject --disable-trace \
      --disable-interpreter --disable-script --disable-gtk-doc --enable-win32=yes --enable-win32-font=yes)
  (cd "$b" && "${NICE[@]}" make -C src -j "$JOBS" $NOREGEN >"$b.build.log" 2>&1 && make -C src install $NOREGEN >/dev/null) \
    || { tail -30 "$b.build.log" >&2; return 1; }
  ls "$P/lib/pkgconfig/cairo.pc" "$P/lib/pkgconfig/cairo-ft.pc" "$P/bin/"libcairo*.dll >/dev/null
}

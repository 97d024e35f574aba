# pixman (Debian source package pixman): cairo's rasteriser. Autotools, --host mingw.
recipe_build() {
  local b
  b=$(autotools_build "$S" "$P" --disable-gtk --disable-libpng --disable-openmp)
  (cd "$b" && "${NICE[@]}" make -C pixman -j "$JOBS" >"$b.build.log" 2>&1 && make -C pixman install >/dev/null \
     && make install-pkgconfigDATA >/dev/null) || { tail -30 "$b.build.log" >&2; return 1; }
}

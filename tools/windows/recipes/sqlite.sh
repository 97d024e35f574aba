# SQLite (Debian source package sqlite3, the full source tree): the amalgamation sqlite3.c is
# generated with the build machine's tclsh (it is plain C, the same for every target), then
# compiled into sqlite3.dll with mingw, with the options Debian builds its libsqlite3 with
# that matter here.
recipe_build() {
  mkdir -p "$B" "$P/bin" "$P/lib/pkgconfig" "$P/include"
  (cd "$B" && "${NICE[@]}" "$S/configure" --disable-tcl >"$B.configure.log" 2>&1 \
     && "${NICE[@]}" make sqlite3.c >"$B.build.log" 2>&1) || { tail -30 "$B.build.log" >&2; return 1; }
  local defs=(-DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS3 -DSQLITE_ENABLE_RTREE
              -DSQLITE_ENABLE_JSON1 -DSQLITE_THREADSAFE=1 -DSQLITE_ENABLE_UNLOCK_NOTIFY
              -DSQLITE_MAX_DEFAULT_PAGE_SIZE=32768 -DSQLITE_API=__declspec\(dllexport\))
  "${NICE[@]}" $TRIPLE-gcc-posix -O2 -shared "${defs[@]}" "$B/sqlite3.c" -o "$P/bin/sqlite3.dll" \
    -Wl,--out-implib,"$P/lib/libsqlite3.dll.a"
  cp "$B/sqlite3.h" "$S/src/sqlite3ext.h" "$P/include/" 2>/dev/null || cp "$B/sqlite3.h" "$P/include/"
  cat >"$P/lib/pkgconfig/sqlite3.pc" <<PC
prefix=$P
Name: SQLite
Description: SQL database engine
Version: ${V%-*}
Libs: -L\${prefix}/lib -lsqlite3
Cflags: -I\${prefix}/include
PC
}

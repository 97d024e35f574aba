# Cross-compiling for 64-bit Windows with Debian's mingw-w64 (POSIX threads variant, C++20).
# Used for the libraries built from Debian's source packages (tools/windows/build-libs.sh) and for
# the project itself (tools/windows/build.sh). DOVUI_WIN_PREFIXES: the cached library prefixes.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(_triple x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${_triple}-gcc-posix)
set(CMAKE_CXX_COMPILER ${_triple}-g++-posix)
set(CMAKE_RC_COMPILER ${_triple}-windres)
set(CMAKE_AR ${_triple}-gcc-ar-posix CACHE FILEPATH "")
set(CMAKE_RANLIB ${_triple}-gcc-ranlib-posix CACHE FILEPATH "")

# Search the mingw sysroot and the cached Windows libraries, never the Linux /usr.
if(DEFINED ENV{DOVUI_WIN_PREFIXES})
  string(REPLACE ":" ";" _prefixes "$ENV{DOVUI_WIN_PREFIXES}")
endif()
set(CMAKE_FIND_ROOT_PATH /usr/${_triple} ${_prefixes})
set(CMAKE_PREFIX_PATH ${_prefixes})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# pkg-config sees only the Windows libraries' .pc files.
set(ENV{PKG_CONFIG_LIBDIR} "$ENV{DOVUI_WIN_PKG_CONFIG_LIBDIR}")
set(ENV{PKG_CONFIG_PATH} "")
set(ENV{PKG_CONFIG_SYSROOT_DIR} "")

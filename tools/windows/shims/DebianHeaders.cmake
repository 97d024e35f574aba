# The header-only libraries come straight from Debian's packages on the build machine
# (/usr/include). /usr/include itself must not be on a mingw include path (glibc's headers would
# shadow mingw's), so each library's own folder is reached through a symbolic link in the build
# folder's debian-headers/ (a link, nothing copied): -isystem <build>/debian-headers.
set(DOVUI_DEBIAN_HEADERS "${CMAKE_BINARY_DIR}/debian-headers")
if(NOT TARGET dovui_debian_headers)
  file(MAKE_DIRECTORY "${DOVUI_DEBIAN_HEADERS}")
  foreach(dir cereal rapidjson doctest CLI boost)
    if(NOT EXISTS "/usr/include/${dir}")
      message(FATAL_ERROR "/usr/include/${dir} is missing: install the Debian -dev package")
    endif()
    file(CREATE_LINK "/usr/include/${dir}" "${DOVUI_DEBIAN_HEADERS}/${dir}" SYMBOLIC)
  endforeach()
  add_library(dovui_debian_headers INTERFACE IMPORTED GLOBAL)
  set_target_properties(dovui_debian_headers PROPERTIES
    INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${DOVUI_DEBIAN_HEADERS}"
    INTERFACE_INCLUDE_DIRECTORIES "${DOVUI_DEBIAN_HEADERS}")
endif()

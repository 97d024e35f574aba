# The Debian package (issue 16): `tools/dev package` → dist/dovui_<version>_amd64.deb.
# Install rules for the programs, the assets (/usr/share/dovui, which paths::assetsDir() finds
# as <bin>/../share/dovui), menu entries, icons, man pages and the Debian doc files; CPack's DEB
# generator with dpkg-shlibdeps for the library dependencies. Files: tools/packaging/.
include(GNUInstallDirs)

# `cmake --install` and cpack copy what is built; they never start a build themselves (the
# package test runs inside CTest, tools/dev package builds first).
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(DOVUI_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/tools/packaging)
set(DOVUI_PACKAGED_PROGRAMS dovui-host dovui-server dovui-play dovui-pack dovui-report dovui-cards
                            dovui-bots)

install(TARGETS ${DOVUI_PACKAGED_PROGRAMS} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Stripped for the package (CPACK_STRIP_FILES), without the compiler's .comment notes either.
install(CODE "
  if(CMAKE_INSTALL_DO_STRIP)
    foreach(program ${DOVUI_PACKAGED_PROGRAMS})
      execute_process(COMMAND ${CMAKE_OBJCOPY} --remove-section=.comment
        \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/\${program}\"
        COMMAND_ERROR_IS_FATAL ANY)
    endforeach()
  endif()")
# Debian's hardening: a read-only GOT after start (relro + bindnow); only a relink.
foreach(program ${DOVUI_PACKAGED_PROGRAMS})
  target_link_options(${program} PRIVATE LINKER:-z,relro LINKER:-z,now)
endforeach()

# Assets. The fonts are byte-identical to Debian's fonts-dejavu-core, so the package links to
# that package's files instead of carrying a second copy.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/assets/ DESTINATION ${CMAKE_INSTALL_DATADIR}/dovui
        PATTERN fonts EXCLUDE)
install(CODE [[
  set(fonts "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/share/dovui/fonts")
  file(MAKE_DIRECTORY "${fonts}")
  foreach(font DejaVuSans.ttf DejaVuSans-Bold.ttf)
    file(CREATE_LINK "../../fonts/truetype/dejavu/${font}" "${fonts}/${font}" SYMBOLIC)
  endforeach()
]])

install(FILES ${DOVUI_PACKAGING_DIR}/dovui-host.desktop ${DOVUI_PACKAGING_DIR}/dovui-play.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
foreach(app dovui-host dovui-play)
  install(FILES ${DOVUI_PACKAGING_DIR}/icons/${app}.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  foreach(size 48 128 256)
    install(FILES ${DOVUI_PACKAGING_DIR}/icons/${size}/${app}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
endforeach()

# Man pages and the changelog, compressed the way Debian wants (gzip -9n: no name, no time).
set(DOVUI_PACKAGING_OUT ${PROJECT_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${DOVUI_PACKAGING_OUT}/man)
function(dovui_gzip source output)
  execute_process(COMMAND gzip -9nc ${source} OUTPUT_FILE ${output} COMMAND_ERROR_IS_FATAL ANY)
  set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${source})
endfunction()
foreach(program ${DOVUI_PACKAGED_PROGRAMS})
  dovui_gzip(${DOVUI_PACKAGING_DIR}/man/${program}.1 ${DOVUI_PACKAGING_OUT}/man/${program}.1.gz)
  install(FILES ${DOVUI_PACKAGING_OUT}/man/${program}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
dovui_gzip(${DOVUI_PACKAGING_DIR}/changelog ${DOVUI_PACKAGING_OUT}/changelog.gz)
install(FILES ${DOVUI_PACKAGING_DIR}/copyright ${DOVUI_PACKAGING_OUT}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/dovui)
# The guide and the handout, where the host's "H: hướng dẫn" looks (built by the docs_pdf test;
# left out of a package made before it ran).
foreach(doc facilitator-guide.vi facilitator-guide.en learner-handout.vi learner-handout.en)
  install(FILES ${PROJECT_BINARY_DIR}/docs/${doc}.pdf OPTIONAL
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/dovui)
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_SOURCE_GENERATOR "")
set(CPACK_PACKAGE_NAME dovui)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
    GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_PACKAGE_CONTACT "Đố Vui Số maintainers <dovui@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline quiz game for digital-skills classes")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The summary above is the first line; CPack indents each line below and turns the blank one
# into " ." (lines stay under 80 characters).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "Đố Vui Số, for the “Bình dân học vụ số” classes: the facilitator's laptop
runs the match server and the projected screen; learners join over the room's
Wi-Fi (no internet needed) with a phone's browser, the learner app or printed
answer cards, and answer realistic scenario questions (a fake bank SMS, a
“police” call, a QR payment screen), each followed by the red flag and the
right action.

Programs: dovui-host (projector screen and controls), dovui-server (headless),
dovui-play (learner app and self-practice), dovui-pack, dovui-report,
dovui-cards and dovui-bots.")
include(CPack)

# Its test: tests/packaging/CMakeLists.txt.

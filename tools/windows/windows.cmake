# Windows-only pieces of the build (included by the top-level CMakeLists.txt when WIN32): each
# program gets the manifest (UTF-8 code page), the icon and a version block; dovui-host is a GUI
# program (no console window) named "Đố Vui Số".
set(DOVUI_WIN_DIR ${CMAKE_CURRENT_LIST_DIR})
set(DOVUI_ICON ${CMAKE_BINARY_DIR}/dovui.ico)
find_package(Python3 COMPONENTS Interpreter REQUIRED)
add_custom_command(OUTPUT ${DOVUI_ICON}
  COMMAND ${Python3_EXECUTABLE} ${DOVUI_WIN_DIR}/make-icon.py ${PROJECT_SOURCE_DIR}/assets/web/icon.svg ${DOVUI_ICON}
  DEPENDS ${DOVUI_WIN_DIR}/make-icon.py ${PROJECT_SOURCE_DIR}/assets/web/icon.svg
  COMMENT "Windows icon from assets/web/icon.svg")
add_custom_target(dovui_icon DEPENDS ${DOVUI_ICON})
set(CMAKE_RC_FLAGS "${CMAKE_RC_FLAGS} -c 65001")

function(dovui_windows_resources target description)
  if(NOT TARGET ${target})
    return()
  endif()
  set(DOVUI_RC_TARGET ${target})
  set(DOVUI_RC_DESCRIPTION "${description}")
  set(DOVUI_RC_MANIFEST ${DOVUI_WIN_DIR}/dovui.manifest)
  set(DOVUI_RC_ICON ${DOVUI_ICON})
  set(rc ${CMAKE_BINARY_DIR}/rc/${target}.rc)
  configure_file(${DOVUI_WIN_DIR}/app.rc.in ${rc} @ONLY)
  target_sources(${target} PRIVATE ${rc})
  set_source_files_properties(${rc} PROPERTIES OBJECT_DEPENDS "${DOVUI_ICON};${DOVUI_WIN_DIR}/dovui.manifest")
  add_dependencies(${target} dovui_icon)
endfunction()

dovui_windows_resources(dovui-host "Đố Vui Số")
dovui_windows_resources(dovui-play "Đố Vui Số – người học")
dovui_windows_resources(dovui-server "Đố Vui Số – máy chủ không cửa sổ")
dovui_windows_resources(dovui-pack "Đố Vui Số – bộ câu hỏi")
dovui_windows_resources(dovui-report "Đố Vui Số – báo cáo")
dovui_windows_resources(dovui-cards "Đố Vui Số – thẻ trả lời")
dovui_windows_resources(dovui-bots "Đố Vui Số – người chơi mô phỏng")
foreach(t dovui_core_tests dovui_server_tests dovui_tools_tests)
  dovui_windows_resources(${t} "Đố Vui Số – tests")
endforeach()
# Console programs: UTF-8 console output and input.
foreach(t dovui-server dovui-pack dovui-report dovui-cards dovui-bots dovui_core_tests
          dovui_server_tests dovui_tools_tests)
  if(TARGET ${t})
    target_sources(${t} PRIVATE ${DOVUI_WIN_DIR}/console_utf8.cpp)
  endif()
endforeach()
# The host and the learner app open windows only: GUI subsystem, no console behind them.
set_target_properties(dovui-host dovui-play PROPERTIES WIN32_EXECUTABLE ON)
# Winsock for the code that talks to the adapters list (dovui_net: GetAdaptersAddresses).
target_link_libraries(dovui_net PRIVATE iphlpapi ws2_32)

# The server suite for Windows: the in-process tests (real ENet on 127.0.0.1, real SQLite). The
# process tests (fork/exec, SIGKILL) and the raw-socket discovery and hardening tests are POSIX
# code; tools/windows/test.sh plays a whole match between dovui-server.exe and the Linux bots.
if(TARGET dovui_server_tests)
  get_target_property(_dovui_src dovui_server_tests SOURCES)
  list(FILTER _dovui_src EXCLUDE REGEX "(process|bots_fault|discovery|hardening)_test\\.cpp$")
  set_property(TARGET dovui_server_tests PROPERTY SOURCES ${_dovui_src})
  target_link_libraries(dovui_server_tests PRIVATE ws2_32)
endif()

# M_PI: mingw's math.h hides it in strict C++20 unless asked.
target_compile_definitions(dovui_cards PRIVATE _USE_MATH_DEFINES)

# The tools suite for Windows, without the two files that make their Windows-1258 test data with
# glibc's iconv (csv_test, import_test): mingw has no iconv.
if(TARGET dovui_tools_tests)
  get_target_property(_dovui_src dovui_tools_tests SOURCES)
  list(FILTER _dovui_src EXCLUDE REGEX "/(csv|import)_test\\.cpp$")
  set_property(TARGET dovui_tools_tests PROPERTY SOURCES ${_dovui_src})
endif()

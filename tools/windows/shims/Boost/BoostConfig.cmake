# Boost.Beast/Asio, header-only, from Debian's libboost-dev; Asio on Windows needs Winsock.
include(${CMAKE_CURRENT_LIST_DIR}/../DebianHeaders.cmake)
if(NOT TARGET Boost::headers)
  add_library(Boost::headers INTERFACE IMPORTED)
  set_target_properties(Boost::headers PROPERTIES
    INTERFACE_LINK_LIBRARIES "dovui_debian_headers;ws2_32;mswsock"
    INTERFACE_COMPILE_DEFINITIONS "_WIN32_WINNT=0x0A00;BOOST_ASIO_NO_DEPRECATED")
  add_library(Boost::boost ALIAS Boost::headers)
endif()
set(Boost_FOUND TRUE)

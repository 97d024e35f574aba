#include "dovui/testsupport/free_ports.hpp"

#ifdef _WIN32
#include <winsock2.h>
#else
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <stdexcept>

namespace dovui::testsupport {
namespace {

#ifdef _WIN32
using socklen_t = int;
void closeSocket(int s) {
    closesocket(static_cast<SOCKET>(s));
}
bool socketsStarted() {
    static const bool started = [] {
        WSADATA data;
        return WSAStartup(MAKEWORD(2, 2), &data) == 0;
    }();
    return started;
}
#else
void closeSocket(int s) {
    ::close(s);
}
bool socketsStarted() {
    return true;
}
#endif

/// A socket of `type` bound to a port the kernel picked; returns the socket, sets `port`.
int bindAnyPort(int type, std::uint16_t& port) {
    if (!socketsStarted())
        throw std::runtime_error("cannot start the sockets library");
    int s = static_cast<int>(socket(AF_INET, type, 0));
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (s < 0 || bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        getsockname(s, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        if (s >= 0)
            closeSocket(s);
        throw std::runtime_error(type == SOCK_DGRAM ? "cannot find a free UDP port"
                                                    : "cannot find a free TCP port");
    }
    port = ntohs(addr.sin_port);
    return s;
}

std::uint16_t freePort(int type) {
    std::uint16_t port = 0;
    closeSocket(bindAnyPort(type, port));
    return port;
}

}  // namespace

std::vector<std::uint16_t> freeUdpPorts(std::size_t count) {
    std::vector<int> sockets;
    std::vector<std::uint16_t> ports(count);
    for (std::size_t i = 0; i < count; ++i)
        sockets.push_back(bindAnyPort(SOCK_DGRAM, ports[i]));
    for (int s : sockets)
        closeSocket(s);
    return ports;
}

std::uint16_t freeUdpPort() {
    return freePort(SOCK_DGRAM);
}

std::uint16_t freeTcpPort() {
    return freePort(SOCK_STREAM);
}

}  // namespace dovui::testsupport

// One address must not fill the web port (issue 12): a slowloris from 127.0.0.2 holds no more
// than WebConfig::maxConnectionsPerAddress connections, each for no longer than the request
// read timeout, and a phone from 127.0.0.3 still loads the page. (127.0.0.1 is exempt; the
// namespace test tests/web/browser_one_address_attacks.test.mjs attacks from a LAN address.)
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include <algorithm>
#include <cerrno>
#include <string>
#include <vector>

#include "dovui/server/web_transport.hpp"
#include "web_test_support.hpp"

using namespace dovui::server;
using namespace dovui::server::webtest;

namespace {

/// A TCP connection from `local` (a 127.x address) to the web port; -1 when refused.
int connectFrom(const char* local, std::uint16_t port) {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in from{}, to{};
    from.sin_family = to.sin_family = AF_INET;
    inet_pton(AF_INET, local, &from.sin_addr);
    inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
    to.sin_port = htons(port);
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&from), sizeof from) != 0 ||
        ::connect(fd, reinterpret_cast<sockaddr*>(&to), sizeof to) != 0) {
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    return fd;
}

/// True when the server answered (a 503) or closed the connection.
bool serverLetGo(int fd) {
    char byte;
    ssize_t n = ::recv(fd, &byte, 1, MSG_DONTWAIT | MSG_PEEK);
    return n >= 0 || (errno != EAGAIN && errno != EWOULDBLOCK);
}

/// A whole GET / from `local`; the status of the reply (0: none).
int getFrom(const char* local, std::uint16_t port) {
    int fd = connectFrom(local, port);
    if (fd < 0)
        return 0;
    std::string request = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    ::send(fd, request.data(), request.size(), MSG_NOSIGNAL);
    std::string reply;
    char buffer[4096];
    for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;)
        reply.append(buffer, static_cast<std::size_t>(n));
    ::close(fd);
    return reply.rfind("HTTP/1.1 ", 0) == 0 ? std::atoi(reply.c_str() + 9) : 0;
}

}  // namespace

SCENARIO("a slowloris from one address holds only its share of the web port") {
    TempFolder data;
    RunningServer running(webTestConfig(data.path.string()));
    const std::uint16_t port = running.webPort();
    const std::size_t cap = WebConfig{}.maxConnectionsPerAddress;
    const std::string partial = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";

    std::vector<int> slow;
    for (int i = 0; i < 300; ++i)
        if (int fd = connectFrom("127.0.0.2", port); fd >= 0) {
            ::send(fd, partial.data(), partial.size(), MSG_NOSIGNAL);
            slow.push_back(fd);
        }
    REQUIRE(slow.size() == 300);  // the kernel accepts them all; the server decides
    auto held = [&] {
        return std::count_if(slow.begin(), slow.end(), [](int fd) { return !serverLetGo(fd); });
    };
    REQUIRE(waitFor([&] { return held() == static_cast<long>(cap); }, 2000));

    THEN("a phone from another address loads the page") {
        CHECK(getFrom("127.0.0.3", port) == 200);
    }
    THEN("the server closes the half-open requests after the read timeout") {
        CHECK(waitFor([&] { return held() == 0; },
                      static_cast<int>(WebConfig{}.requestReadTimeoutMs) + 1500));
        CHECK(getFrom("127.0.0.2", port) == 200);  // the address's slots are free again
    }
    for (int fd : slow)
        ::close(fd);
}

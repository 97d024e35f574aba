// A failing ENet socket (design.md §5, issue 12: "a negative enet_host_service result is
// handled"): the server's socket is swapped for a file that is not a socket, so every
// receive fails; the server logs it once, waits out each poll instead of spinning, and
// serves again once its socket is back.
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>

#include "dovui/net/enet_client.hpp"
#include "dovui/net/enet_library.hpp"
#include "dovui/net/enet_server.hpp"
#include "server_test_support.hpp"

using namespace dovui;

namespace {

/// This process's UDP socket bound to `port`, found among its open files.
int udpSocketOnPort(std::uint16_t port) {
    for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) {
        int fd = std::stoi(entry.path().filename().string());
        sockaddr_in bound{};
        socklen_t size = sizeof bound;
        int type = 0;
        socklen_t typeSize = sizeof type;
        if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &typeSize) == 0 && type == SOCK_DGRAM &&
            getsockname(fd, reinterpret_cast<sockaddr*>(&bound), &size) == 0 &&
            bound.sin_family == AF_INET && ntohs(bound.sin_port) == port)
            return fd;
    }
    return -1;
}

}  // namespace

TEST_CASE("a failing ENet socket is logged once, waited out, and the server serves again") {
    net::EnetLibrary library;
    net::EnetServerConfig config;
    config.port = server::test::freeUdpPorts(1).front();
    net::EnetServer server(config);
    const int socket = udpSocketOnPort(server.port());
    REQUIRE(socket >= 0);
    const int saved = dup(socket);
    const int notASocket = open("/dev/null", O_RDONLY);
    REQUIRE(dup2(notASocket, socket) == socket);

    auto onEvent = [](net::NetEvent&) {};
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < 5; ++i)
        server.poll(40, onEvent);
    const auto waited = std::chrono::steady_clock::now() - start;
    CHECK(server.health().failing());
    CHECK(server.health().failedPolls() == 5);
    CHECK(server.health().logLines() == 1);  // once, not once per poll
    CHECK(server.health().lastCause().find("errno") != std::string::npos);
    // Each failed poll waited its timeout out: no busy loop.
    CHECK(waited >= std::chrono::milliseconds(5 * 40));

    REQUIRE(dup2(saved, socket) == socket);
    close(saved);
    close(notASocket);
    net::EnetClient client;
    REQUIRE(client.connect("127.0.0.1", server.port()));
    bool connected = false;
    for (int i = 0; i < 100 && !connected; ++i) {
        server.poll(10, [&](net::NetEvent& e) {
            connected = connected || e.kind == net::NetEvent::Kind::Connect;
        });
        client.poll(0, [](net::ClientEvent&) {});
    }
    CHECK(connected);
    CHECK_FALSE(server.health().failing());
    CHECK(server.health().logLines() == 2);  // and once when it works again
    CHECK_FALSE(client.health().failing());
}

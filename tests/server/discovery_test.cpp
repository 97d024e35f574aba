// LAN discovery (design.md §5): servers answer probes on a shared info port; a learner's
// broadcast finds every game on the machine, and foreign datagrams change nothing.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include <algorithm>

#include "server_test_support.hpp"

using namespace dovui;
using namespace dovui::server;
using namespace dovui::server::test;

TEST_CASE("two servers on one machine on different game ports are both found") {
    TempDir dir;
    const std::string pack = writeTestPack(dir.path());
    auto ports = freeUdpPorts(3);
    ServerConfig first = testConfig(pack, (dir.path() / "a").string());
    ServerConfig second = testConfig(pack, (dir.path() / "b").string());
    first.port = ports[0];
    second.port = ports[1];
    first.infoPort = second.infoPort = ports[2];
    first.name = "Nhà văn hóa thôn 3";
    second.name = "Thôn 4";
    Harness a(first, Harness::Mode::Threaded);
    Harness b(second, Harness::Mode::Threaded);
    b.join("An");
    b.command(CmdLock{true});
    REQUIRE(b.pumpUntil([&] { return b.snapshot()->locked; }));

    // Noise on the info port is ignored.
    int s = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(ports[2]);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    for (const char* junk : {"DOVUI?", "DOVUI?1x", "hello", "DOVUI!1"})
        sendto(s, junk, std::strlen(junk), 0, reinterpret_cast<sockaddr*>(&to), sizeof to);
    close(s);

    // As the learner app asks: broadcast only, no address typed.
    auto games = net::discoverGames(400, ports[2]);
    std::sort(games.begin(), games.end(),
              [](const auto& x, const auto& y) { return x.gamePort < y.gamePort; });
    REQUIRE(games.size() == 2);
    const auto& ga = games[ports[0] < ports[1] ? 0 : 1];
    const auto& gb = games[ports[0] < ports[1] ? 1 : 0];
    CHECK(ga.name == first.name);
    CHECK(ga.gamePort == ports[0]);
    CHECK(ga.players == 0);
    CHECK(ga.joinable);
    CHECK(ga.protocolVersion == core::kProtocolVersion);
    CHECK(gb.name == second.name);
    CHECK(gb.gamePort == ports[1]);
    CHECK(gb.players == 1);
    CHECK_FALSE(gb.joinable);  // locked

    // A learner can join the game it found, at the address it was found on.
    net::EnetClient client;
    REQUIRE(client.connect(ga.address, ga.gamePort));
    bool connected = false;
    REQUIRE(a.pumpUntil([&] {
        client.poll(1, [&](net::ClientEvent& e) {
            connected |= e.kind == net::ClientEvent::Kind::Connected;
        });
        return connected;
    }));
}

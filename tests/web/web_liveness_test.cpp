// Liveness is not silence (design.md §5, issue 11): a learner who thinks and sends nothing
// stays connected as long as the page answers the server's pings; a page that answers nothing
// is closed after the idle timeout, and its seat waits for it.
#include <doctest/doctest.h>

#include <chrono>
#include <thread>

#include "web_test_support.hpp"

using namespace dovui;
using namespace dovui::server;
using namespace dovui::server::webtest;

namespace {

/// Short timers so the test takes seconds: pings every 200 ms, closed after 1 s unheard.
ServerConfig quickLiveness(const std::string& dataDir) {
    ServerConfig config = webTestConfig(dataDir);
    config.webPingIntervalMs = 200;
    config.webIdleTimeoutMs = 1000;
    return config;
}

bool connectedInSnapshot(MatchServer& server, const std::string& name) {
    auto snapshot = server.snapshot();
    for (const PlayerView& p : snapshot->players)
        if (p.nickname == name)
            return p.connected;
    return false;
}

}  // namespace

SCENARIO("a page that sends nothing but answers pings stays connected") {
    TempFolder data;
    RunningServer running(quickLiveness(data.path.string()));
    WsClient ws(running.webPort());
    REQUIRE(ws.ok());
    ws.send(core::JoinMsg{core::kProtocolVersion, kPin, {"Bà Năm"}, true});
    REQUIRE(ws.readUntil<core::WelcomeMsg>());

    WHEN("the learner is silent for six idle timeouts while the page answers every ping") {
        // The facilitator starts only after 6 s: the read blocks that long, answering pings.
        std::thread facilitator([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(6000));
            running.server().post(CmdStart{});
        });
        auto question = ws.readUntil<core::QuestionMsg>(9000);
        facilitator.join();
        THEN("the socket is still open and the question reaches it") {
            REQUIRE(question);
            CHECK_FALSE(ws.closed());
            CHECK(connectedInSnapshot(running.server(), "Bà Năm"));
        }
    }
}

SCENARIO("a page that answers nothing is closed after the idle timeout, keeping its seat") {
    TempFolder data;
    RunningServer running(quickLiveness(data.path.string()));
    WsClient ws(running.webPort());
    REQUIRE(ws.ok());
    ws.send(core::JoinMsg{core::kProtocolVersion, kPin, {"Chú Tư"}, true});
    auto welcome = ws.readUntil<core::WelcomeMsg>();
    REQUIRE(welcome);
    REQUIRE(waitFor([&] { return connectedInSnapshot(running.server(), "Chú Tư"); }, 2000));

    // Not reading means not answering pings: a phone whose Wi-Fi went to sleep.
    CHECK(waitFor([&] { return !connectedInSnapshot(running.server(), "Chú Tư"); }, 4000));

    WsClient back(running.webPort());
    back.send(core::RejoinMsg{core::kProtocolVersion, kPin, {welcome->token}, true});
    auto again = back.readUntil<core::WelcomeMsg>();
    REQUIRE(again);
    CHECK(again->playerId == welcome->playerId);
}

SCENARIO("the page's own ping is answered at once, before and after joining") {
    // Browsers hide WebSocket pings from the page, so the page checks its link with a PingMsg:
    // a PongMsg of the same number must come back whatever the state.
    TempFolder data;
    RunningServer running(quickLiveness(data.path.string()));
    WsClient ws(running.webPort());
    REQUIRE(ws.ok());
    ws.send(core::PingMsg{41});
    auto before = ws.readUntil<core::PongMsg>();
    REQUIRE(before);
    CHECK(before->seq == 41);

    ws.send(core::JoinMsg{core::kProtocolVersion, kPin, {"Cô Ba"}, true});
    REQUIRE(ws.readUntil<core::WelcomeMsg>());
    ws.send(core::PingMsg{42});
    auto after = ws.readUntil<core::PongMsg>();
    REQUIRE(after);
    CHECK(after->seq == 42);
    CHECK_FALSE(ws.closed());
    CHECK(waitFor([&] { return connectedInSnapshot(running.server(), "Cô Ba"); }, 2000));
}

// The learner's session logic against a real dovui-server on loopback (issue 5): discover,
// join, answer, drop the link, rejoin, restart the app and rejoin by ticket, finish with the
// score the server stored and the core recomputes. Also: version mismatch, wrong PIN, and a
// host that vanishes.
#include <doctest/doctest.h>
#include <signal.h>
#include <sqlite3.h>

#include <fstream>

#include "dovui/core/pack.hpp"
#include "dovui/core/scoring.hpp"
#include "dovui/net/enet_library.hpp"
#include "dovui/play/session/class_session.hpp"
#include "dovui/play/session/game_browser.hpp"
#include "play_test_support.hpp"

using namespace dovui;
using namespace dovui::play;
using dovui::play::test::nowMs;

namespace {

constexpr std::uint32_t kPin = 246813;

constexpr const char* kPack = R"json({
  "schemaVersion": 1,
  "id": "play-test",
  "language": "vi",
  "title": "Gói thử ứng dụng học viên",
  "topics": [{"id": "sms", "name": "Tin nhắn"}],
  "questions": [
    {"id": "q1", "kind": "single", "text": "Câu một?", "options": ["A", "B", "C", "D"],
     "correct": [1], "time": 30, "explanation": "Vì B.", "topics": ["sms"]},
    {"id": "q2", "kind": "truefalse", "text": "Câu hai?", "correct": [0], "time": 30,
     "explanation": "Đúng.", "topics": ["sms"]},
    {"id": "q3", "kind": "multi", "text": "Câu ba?", "options": ["A", "B", "C", "D"],
     "correct": [0, 2], "time": 30, "points": 2, "explanation": "A và C.", "topics": ["sms"]}
  ]
})json";

/// A dovui-server on free ports with the test pack, started and READY.
struct RunningServer {
    test::TempDir dir;
    std::uint16_t port = 0;
    std::uint16_t infoPort = 0;
    std::string name;
    std::unique_ptr<test::ServerProcess> process;

    RunningServer() {
        auto ports = test::freeUdpPorts(2);
        port = ports[0];
        infoPort = ports[1];
        name = "Lớp thử " + std::to_string(port);
        std::ofstream(dir.path() / "pack.json", std::ios::binary) << kPack;
        process = std::make_unique<test::ServerProcess>(
            std::vector<std::string>{
                DOVUI_SERVER_EXE, "--pack", (dir.path() / "pack.json").string(), "--port",
                std::to_string(port), "--info-port", std::to_string(infoPort), "--pin",
                std::to_string(kPin), "--data-dir", (dir.path() / "data").string(), "--name", name,
                "--auto-start", "1", "--auto-advance-ms", "300"},
            dir.path() / "server.log");
        auto ready = process->waitForLine("READY", 15000);
        INFO(process->log());
        REQUIRE(ready.has_value());
    }
};

bool waitFor(ClassSession& s, const std::function<bool(const SessionState&)>& done,
             std::uint32_t timeoutMs = 10000) {
    return test::pumpUntil([&] { s.update(nowMs()); }, [&] { return done(s.state()); }, timeoutMs);
}

bool atQuestion(const SessionState& st, std::uint16_t index) {
    return st.stage == Stage::Question && st.question && st.question->index == index;
}

bool revealed(const SessionState& st, std::uint16_t index) {
    return st.stage == Stage::Reveal && st.reveal && st.reveal->index == index;
}

}  // namespace

TEST_CASE("a learner plays a whole class match through drops and an app restart") {
    net::EnetLibrary enet;
    RunningServer server;
    test::TempDir home;
    TicketStore tickets(home.path() / "rejoin.json");

    // Discover: the game answers the probe with its name, port and our protocol version.
    GameBrowser browser(server.infoPort, {"127.0.0.1"});
    browser.start();
    REQUIRE(test::pumpUntil([] {}, [&] { return !browser.games(core::Lang::Vi).empty(); }, 8000));
    FoundGame game = browser.games(core::Lang::Vi).front();
    browser.stop();
    CHECK(game.info.name == server.name);
    CHECK(game.info.gamePort == server.port);
    CHECK(game.compatible);

    SessionConfig config;
    config.tickets = &tickets;
    std::int32_t pointsSeen = 0;
    {
        ClassSession session(config);
        session.join("127.0.0.1", game.info.gamePort, kPin, "Bà Tư", nowMs());
        // --auto-start 1: the first question opens as soon as we are in.
        REQUIRE(waitFor(session, [](auto& st) { return atQuestion(st, 0); }));
        CHECK(session.state().welcome->nickname == "Bà Tư");
        CHECK(session.state().question->text == "Câu một?");  // rich: text and options
        CHECK(session.state().question->options.size() == 4);
        REQUIRE(tickets.load(std::time(nullptr)).has_value());

        CHECK_FALSE(session.answer({7}, nowMs()));  // out of range: refused locally
        REQUIRE(session.answer({1}, nowMs()));
        CHECK(session.state().stage == Stage::Answered);
        REQUIRE(waitFor(session, [](auto& st) { return st.ack.has_value(); }));
        CHECK(*session.state().ack == core::AnswerRefusal::None);
        REQUIRE(waitFor(session, [](auto& st) { return revealed(st, 0); }));
        CHECK(session.state().reveal->correctAnswer);
        CHECK(session.state().reveal->explanation == "Vì B.");
        CHECK(session.state().rank == 1);
        pointsSeen += session.state().reveal->pointsGained;

        // The link drops during the second question: the session rejoins by token and the
        // question is still open.
        {
            REQUIRE(waitFor(session, [](auto& st) { return atQuestion(st, 1); }));
            session.dropLinkForTest(nowMs());
            CHECK(session.state().stage == Stage::Reconnecting);
            {
                REQUIRE(waitFor(session, [](auto& st) { return atQuestion(st, 1); }));
                CHECK(session.state().rejoins == 1);
                CHECK(session.state().score == pointsSeen);
                REQUIRE(session.answer({0}, nowMs()));
                REQUIRE(waitFor(session, [](auto& st) { return revealed(st, 1); }));
                CHECK(session.state().reveal->correctAnswer);
                CHECK(session.state().streak == 2);
                pointsSeen += session.state().reveal->pointsGained;
                REQUIRE(waitFor(session, [](auto& st) { return atQuestion(st, 2); }));
            }
        }
    }
    // The app restarts (the session object is gone): the ticket offers the place back.
    auto ticket = tickets.load(std::time(nullptr));
    REQUIRE(ticket.has_value());
    CHECK(ticket->nickname == "Bà Tư");
    CHECK(ticket->matchName == server.name);
    ClassSession again(config);
    again.resume(*ticket, nowMs());
    REQUIRE(waitFor(again, [](auto& st) { return atQuestion(st, 2); }));
    CHECK(again.state().score == pointsSeen);
    REQUIRE(again.answer({2, 0}, nowMs()));
    REQUIRE(waitFor(again, [](auto& st) { return revealed(st, 2); }));
    CHECK(again.state().reveal->correctAnswer);
    pointsSeen += again.state().reveal->pointsGained;
    REQUIRE(waitFor(again, [](auto& st) { return st.stage == Stage::Podium; }));

    const core::PodiumMsg& podium = *again.state().podium;
    CHECK(podium.score == pointsSeen);
    CHECK(podium.rank == 1);
    CHECK(podium.correctCount == 3);
    CHECK(podium.questionCount == 3);
    CHECK_FALSE(tickets.load(std::time(nullptr)).has_value());  // the match is over

    // The server's store agrees, and so does the core, from the stored response times.
    auto store = server.dir.path() / "data" / "results.sqlite";
    auto players = test::query(store, "SELECT nickname, score FROM players");
    REQUIRE(players.size() == 1);
    CHECK(players[0][0] == "Bà Tư");
    CHECK(std::stoi(players[0][1]) == podium.score);
    auto answers = test::query(store, "SELECT q_index, response_ms FROM answers ORDER BY q_index");
    REQUIRE(answers.size() == 3);
    auto pack = core::parsePack(kPack);
    REQUIRE(pack.pack.has_value());
    const std::vector<core::Choice> choices = {{1}, {0}, {2, 0}};
    int streak = 0, total = 0;
    for (std::size_t i = 0; i < 3; ++i) {
        const core::Question& q = pack.pack->questions[i];
        core::ScoreInput in{
            &q,     choices[i], std::stoll(answers[i][1]), core::Millis(q.timeLimitSec) * 1000,
            streak, false};
        core::ScoreResult r = core::scoreAnswer(in);
        streak = r.streakAfter;
        total += r.points;
    }
    CHECK(total == podium.score);
}

TEST_CASE("a wrong PIN is refused in words and the learner may try again") {
    net::EnetLibrary enet;
    RunningServer server;
    ClassSession session(SessionConfig{});
    session.join("127.0.0.1", server.port, 111111, "Ông Năm", nowMs());
    REQUIRE(waitFor(session, [](auto& st) { return st.stage == Stage::Refused; }));
    CHECK(session.state().endReason == EndReason::Refused);
    CHECK(session.state().message.find("PIN") != std::string::npos);
    session.join("127.0.0.1", server.port, kPin, "Ông Năm", nowMs());
    REQUIRE(waitFor(session, [](auto& st) { return st.welcome.has_value(); }));
}

TEST_CASE("an app of another protocol version gets a clear message, not a hang") {
    net::EnetLibrary enet;
    RunningServer server;
    SessionConfig config;
    config.connectVersion = core::kProtocolVersion + 1;
    ClassSession session(config);
    session.join("127.0.0.1", server.port, kPin, "Chị Hoa", nowMs());
    REQUIRE(waitFor(session, [](auto& st) { return st.stage == Stage::Refused; }));
    CHECK(session.state().endReason == EndReason::VersionMismatch);
    CHECK(session.state().message.find("phiên bản") != std::string::npos);
}

TEST_CASE("nobody answers at the address: the join fails with a reason") {
    net::EnetLibrary enet;
    SessionConfig config;
    config.connectTimeoutMs = 1500;
    ClassSession session(config);
    session.join("127.0.0.1", test::freeUdpPorts(1)[0], kPin, "Cô Lan", nowMs());
    REQUIRE(waitFor(
        session, [](auto& st) { return st.stage == Stage::Refused; }, 8000));
    CHECK(session.state().endReason == EndReason::CannotConnect);
    CHECK(session.state().message.find("Wi-Fi") != std::string::npos);
}

TEST_CASE("a host that vanishes mid-match ends the session with a clear screen") {
    net::EnetLibrary enet;
    RunningServer server;
    test::TempDir home;
    TicketStore tickets(home.path() / "rejoin.json");
    SessionConfig config;
    config.tickets = &tickets;
    config.giveUpAfterMs = 2000;
    config.retryEveryMs = 300;
    ClassSession session(config);
    session.join("127.0.0.1", server.port, kPin, "Chú Ba", nowMs());
    REQUIRE(waitFor(session, [](auto& st) { return atQuestion(st, 0); }));
    server.process->kill(SIGKILL);
    // ENet notices a silent peer within its timeout (5–10 s), then rejoining is tried.
    REQUIRE(waitFor(
        session, [](auto& st) { return st.stage == Stage::Reconnecting; }, 15000));
    REQUIRE(waitFor(
        session, [](auto& st) { return st.stage == Stage::Ended; }, 10000));
    CHECK(session.state().endReason == EndReason::HostGone);
    CHECK(session.state().message.find("người hướng dẫn") != std::string::npos);
    CHECK_FALSE(tickets.load(std::time(nullptr)).has_value());
}

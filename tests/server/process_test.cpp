// Real processes: dovui-server driven through stdin and read through its stdout lines,
// dovui-bots as 50 players, and a server killed with SIGKILL mid-question then resumed.
#include <signal.h>
#include <sys/wait.h>

#include <doctest/doctest.h>

#include <chrono>
#include <map>
#include <sstream>

#include "server_test_support.hpp"

using namespace dovui;
using namespace dovui::server;
using namespace dovui::server::test;
using core::AnswerRefusal;
using core::Phase;

namespace {

using Clock = std::chrono::steady_clock;

std::vector<std::string> serverArgs(const std::string& pack, const TempDir& dir,
                                    const std::vector<std::uint16_t>& ports) {
    return {DOVUI_SERVER_EXE,
            "--pack",
            pack,
            "--port",
            std::to_string(ports[0]),
            "--info-port",
            std::to_string(ports[1]),
            "--data-dir",
            dir.str(),
            "--pin",
            std::to_string(kTestPin)};
}

/// Polls every learner until `done` or the timeout.
bool pumpUntil(const std::vector<Learner*>& learners, const std::function<bool()>& done,
               std::uint32_t timeoutMs = 8000) {
    auto start = Clock::now();
    while (!done()) {
        if (Clock::now() - start > std::chrono::milliseconds(timeoutMs))
            return false;
        for (Learner* l : learners)
            l->poll(0);
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

bool allHave(const std::vector<Learner*>& learners,
             const std::function<bool(const Learner&)>& test) {
    return std::all_of(learners.begin(), learners.end(), [&](Learner* l) { return test(*l); });
}

template <class T>
bool lastIndexIs(const Learner& l, std::uint16_t index) {
    auto m = l.last<T>();
    if constexpr (std::is_same_v<T, core::QuestionMsg> || std::is_same_v<T, core::RevealMsg>)
        return m && m->index == index;
    return false;
}

}  // namespace

TEST_CASE(
    "50 bots play a whole match through dovui-server; answers acknowledged and stored, "
    "scores as the core computes") {
    TempDir dir;
    const std::string pack = writeTestPack(dir.path());
    auto ports = freeUdpPorts(2);
    auto args = serverArgs(pack, dir, ports);
    for (const char* extra : {"--auto-start", "50", "--auto-advance-ms", "150", "--join-rate",
                              "1000", "--join-burst", "1000"})
        args.emplace_back(extra);
    ChildProcess server(args);
    auto ready = server.waitForLine("READY", 10000);
    REQUIRE(ready);
    CHECK(field(*ready, "pin") == std::to_string(kTestPin));
    CHECK(field(*ready, "port") == std::to_string(ports[0]));

    auto start = Clock::now();
    ChildProcess bots({DOVUI_BOTS_EXE, "--port", std::to_string(ports[0]), "--pin",
                       std::to_string(kTestPin), "--players", "50", "--think-ms", "20..600",
                       "--accuracy", "0.6", "--pack", pack, "--seed", "7", "--timeout", "60"});
    bots.readToEnd(90000);
    int status = bots.wait(5000);
    MESSAGE("50 bots, 3 questions: "
            << std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count()
            << " ms");
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);

    std::string result;
    std::map<std::string, std::int32_t> botScores;
    for (const std::string& line : bots.output()) {
        if (line.rfind("RESULT ", 0) == 0)
            result = line;
        if (line.rfind("SCORE ", 0) == 0) {
            std::istringstream in(line.substr(6));
            std::string prefix, number;
            std::int32_t score = 0;
            in >> prefix >> number >> score;
            botScores[prefix + " " + number] = score;
        }
    }
    REQUIRE_MESSAGE(!result.empty(), "dovui-bots printed no RESULT line");
    INFO(result);
    CHECK(field(result, "joined") == "50");
    CHECK(field(result, "finished") == "50");
    CHECK(field(result, "questions") == "3");
    CHECK(field(result, "sent") == "150");
    CHECK(field(result, "acked") == "150");
    CHECK(field(result, "lost") == "0");
    CHECK(field(result, "refused") == "0");
    REQUIRE(botScores.size() == 50);

    REQUIRE(server.waitForLine("PODIUM", 10000));
    server.writeLine("quit");
    status = server.wait(5000);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);

    ResultsFile results(dir.str() + "/results.sqlite");
    const std::int64_t matchId = results.lastMatchId();
    auto players = results.players(matchId);
    auto answers = results.answers(matchId);
    REQUIRE(players.size() == 50);
    REQUIRE(answers.size() == 150);
    CHECK(results.ended(matchId));
    Replay replay = replayMatch(loadPackFile(pack).pack, core::MatchConfig{}, players, answers);
    std::int32_t best = 0;
    for (const StoredAnswer& a : answers)
        CHECK(a.points == replay.points.at({a.questionIndex, a.player}));
    for (const StoredPlayer& p : players) {
        INFO(p.nickname);
        CHECK(p.score == replay.scores.at(p.id));
        CHECK(botScores.at(p.nickname) == p.score);
        best = std::max(best, p.score);
    }
    CHECK(best > 0);
}

TEST_CASE(
    "crash-resume: SIGKILL mid-question, --resume, the same learners come back with every "
    "acknowledged answer and score") {
    TempDir dir;
    const std::string pack = writeTestPack(dir.path());
    auto ports = freeUdpPorts(2);
    const auto args = serverArgs(pack, dir, ports);
    net::EnetLibrary enet;

    auto server = std::make_unique<ChildProcess>(args);
    REQUIRE(server->waitForLine("READY", 10000));
    std::vector<std::unique_ptr<Learner>> owned;
    std::vector<Learner*> learners;
    const std::vector<std::string> names = {"An", "Bình", "Chi"};
    for (std::size_t i = 0; i < names.size(); ++i) {
        owned.push_back(std::make_unique<Learner>());
        learners.push_back(owned.back().get());
        REQUIRE(owned.back()->client().connect("127.0.0.1", ports[0]));
    }
    REQUIRE(pumpUntil(learners,
                      [&] { return allHave(learners, [](auto& l) { return l.connected(); }); }));
    for (std::size_t i = 0; i < names.size(); ++i)
        learners[i]->client().send(
            core::JoinMsg{core::kProtocolVersion, kTestPin, {names[i]}, false});
    REQUIRE(pumpUntil(learners, [&] {
        return allHave(learners, [](auto& l) { return l.template count<core::WelcomeMsg>() == 1; });
    }));

    server->writeLine("start");
    REQUIRE(pumpUntil(learners, [&] {
        return allHave(learners, [](auto& l) { return lastIndexIs<core::QuestionMsg>(l, 0); });
    }));
    answer(*learners[0], 0, {1});
    answer(*learners[1], 0, {1});
    answer(*learners[2], 0, {0});
    REQUIRE(pumpUntil(learners, [&] {
        return allHave(learners, [](auto& l) { return lastIndexIs<core::RevealMsg>(l, 0); });
    }));
    server->writeLine("next");
    server->writeLine("next");
    REQUIRE(pumpUntil(learners, [&] {
        return allHave(learners, [](auto& l) { return lastIndexIs<core::QuestionMsg>(l, 1); });
    }));
    // The middle of question 2: An (right) and Bình (wrong) are acknowledged, Chi thinks.
    answer(*learners[0], 1, {0});
    answer(*learners[1], 1, {1});
    REQUIRE(pumpUntil(learners, [&] {
        return ackFor(*learners[0], 1).has_value() && ackFor(*learners[1], 1).has_value();
    }));
    REQUIRE(ackFor(*learners[0], 1) == AnswerRefusal::None);
    REQUIRE(ackFor(*learners[1], 1) == AnswerRefusal::None);
    std::vector<std::string> tokens;
    std::vector<std::int32_t> scores;
    for (Learner* l : learners) {
        tokens.push_back(l->token);
        scores.push_back(l->last<core::RevealMsg>()->score);
    }
    REQUIRE(scores[0] > 0);
    REQUIRE(scores[2] == 0);

    server->kill(SIGKILL);
    int status = server->wait(5000);
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);
    server.reset();
    learners.clear();
    owned.clear();  // their links died with the server
    {
        ResultsFile results(dir.str() + "/results.sqlite");
        auto stored = results.answers(results.lastMatchId());
        REQUIRE(stored.size() == 5);  // 3 revealed, 2 acknowledged in the open question
        CHECK(std::count_if(stored.begin(), stored.end(), [](const StoredAnswer& a) {
                  return a.questionIndex == 1 && !a.points;
              }) == 2);
    }

    auto resumedArgs = args;
    resumedArgs.emplace_back("--resume");
    server = std::make_unique<ChildProcess>(resumedArgs);
    auto ready = server->waitForLine("READY", 10000);
    REQUIRE(ready);
    CHECK(field(*ready, "pin") == std::to_string(kTestPin));

    // The same learners come back (new connections, one after another) by token.
    for (std::size_t i = 0; i < names.size(); ++i) {
        owned.push_back(std::make_unique<Learner>());
        Learner* l = owned.back().get();
        learners.push_back(l);
        REQUIRE(l->client().connect("127.0.0.1", ports[0]));
        REQUIRE(pumpUntil(learners, [&] { return l->connected(); }));
        l->client().send(core::RejoinMsg{core::kProtocolVersion, kTestPin, {tokens[i]}, false});
        REQUIRE(pumpUntil(learners, [&] { return l->count<core::WelcomeMsg>() == 1; }));
        auto welcome = *l->last<core::WelcomeMsg>();
        CHECK(welcome.nickname == names[i]);
        CHECK(welcome.score == scores[i]);
        CHECK(welcome.phase == Phase::Question);
        CHECK(welcome.questionIndex == 1);
        CHECK(welcome.answeredCurrent == (i < 2));
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    REQUIRE(pumpUntil(learners, [&] {
        return allHave(learners, [](auto& l) { return lastIndexIs<core::QuestionMsg>(l, 1); });
    }));
    answer(*learners[0], 1, {1});  // a resend after the crash: never counted twice
    answer(*learners[2], 1, {0});
    REQUIRE(pumpUntil(learners, [&] {
        return allHave(learners, [](auto& l) { return lastIndexIs<core::RevealMsg>(l, 1); });
    }));
    CHECK(ackFor(*learners[0], 1) == AnswerRefusal::Duplicate);
    CHECK(ackFor(*learners[2], 1) == AnswerRefusal::None);
    auto revealAn = *learners[0]->last<core::RevealMsg>();
    CHECK(revealAn.answered);
    CHECK(revealAn.correctAnswer);
    CHECK(revealAn.score == scores[0] + revealAn.pointsGained);
    CHECK(learners[1]->last<core::RevealMsg>()->answered);
    CHECK_FALSE(learners[1]->last<core::RevealMsg>()->correctAnswer);

    server->writeLine("next");
    server->writeLine("next");
    REQUIRE(pumpUntil(learners, [&] {
        return allHave(learners, [](auto& l) { return lastIndexIs<core::QuestionMsg>(l, 2); });
    }));
    for (Learner* l : learners)
        answer(*l, 2, {0, 2});
    REQUIRE(pumpUntil(learners, [&] {
        return allHave(learners, [](auto& l) { return lastIndexIs<core::RevealMsg>(l, 2); });
    }));
    server->writeLine("next");
    server->writeLine("next");
    REQUIRE(pumpUntil(learners, [&] {
        return allHave(learners, [](auto& l) { return l.template count<core::PodiumMsg>() == 1; });
    }));
    server->writeLine("quit");
    status = server->wait(5000);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);

    ResultsFile results(dir.str() + "/results.sqlite");
    const std::int64_t matchId = results.lastMatchId();
    CHECK(matchId == 1);  // resumed, not a new match
    auto players = results.players(matchId);
    auto answers = results.answers(matchId);
    REQUIRE(players.size() == 3);
    REQUIRE(answers.size() == 9);
    CHECK(results.ended(matchId));
    Replay replay = replayMatch(loadPackFile(pack).pack, core::MatchConfig{}, players, answers);
    for (std::size_t i = 0; i < learners.size(); ++i) {
        const auto id = learners[i]->last<core::WelcomeMsg>()->playerId;
        CHECK(players[id - 1].score == replay.scores.at(id));
        CHECK(learners[i]->last<core::PodiumMsg>()->score == replay.scores.at(id));
    }
    for (const StoredAnswer& a : answers)
        CHECK(a.points == replay.points.at({a.questionIndex, a.player}));
}

TEST_CASE(
    "dovui-server's stdin: status lists each learner's number, kick #N removes that one, "
    "a refused command is noted") {
    TempDir dir;
    const std::string pack = writeTestPack(dir.path());
    auto ports = freeUdpPorts(2);
    net::EnetLibrary enet;
    ChildProcess server(serverArgs(pack, dir, ports));
    REQUIRE(server.waitForLine("READY", 10000));
    std::vector<std::unique_ptr<Learner>> owned;
    std::vector<Learner*> learners;
    for (const char* name : {"An", "Trêu"}) {
        owned.push_back(std::make_unique<Learner>());
        learners.push_back(owned.back().get());
        REQUIRE(owned.back()->client().connect("127.0.0.1", ports[0]));
        REQUIRE(pumpUntil(learners, [&] { return learners.back()->connected(); }));
        learners.back()->client().send(
            core::JoinMsg{core::kProtocolVersion, kTestPin, {name}, false});
        REQUIRE(
            pumpUntil(learners, [&] { return learners.back()->count<core::WelcomeMsg>() == 1; }));
    }
    REQUIRE(server.waitForLine("PLAYERS 2", 5000));
    server.writeLine("status");
    auto row = server.waitForLine("  player #2 Trêu", 5000);
    REQUIRE(row);

    server.writeLine("skip");  // in the lobby: refused, with a note
    auto note = server.waitForLine("NOTE skip:", 5000);
    CHECK(note);

    server.writeLine("kick #2");
    REQUIRE(pumpUntil(learners, [&] { return learners[1]->closed(); }));
    CHECK(learners[1]->count<core::KickedMsg>() == 1);
    CHECK_FALSE(learners[0]->closed());
    CHECK(server.waitForLine("PLAYERS 1", 5000));
    server.writeLine("quit");
    server.readToEnd(5000);
}

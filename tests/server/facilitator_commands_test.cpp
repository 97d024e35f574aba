// The facilitator's commands on a MatchServer over real ENet on 127.0.0.1: kick and lock, kick
// by the id the facilitator saw, dovui-server's stdin, a skipped question, and refusals of
// commands given out of turn.
#include <doctest/doctest.h>

#include "dovui/net/handshake.hpp"
#include "server_test_support.hpp"

using namespace dovui;
using namespace dovui::server;
using namespace dovui::server::test;
using core::AnswerRefusal;
using core::JoinRefusal;
using core::Phase;

namespace {

/// The id on the facilitator's row for `nickname` (0 when nobody has that name).
core::PlayerId idOf(const ServerSnapshot& snap, const std::string& nickname) {
    for (const auto& p : snap.players)
        if (p.nickname == nickname)
            return p.id;
    return 0;
}

}  // namespace

TEST_CASE("kick removes a player for good; lock closes the door until unlock") {
    TempDir dir;
    ServerConfig config = testConfig(writeTestPack(dir.path()), dir.str());
    Harness h(config);
    Learner& an = h.join("An");
    Learner& prankster = h.join("Trêu");
    REQUIRE(h.pumpUntil([&] { return h.snapshot()->players.size() == 2; }));

    h.command(CmdKickByName{"trêu"});  // dovui-server's stdin: the name need not match case
    REQUIRE(h.pumpUntil([&] { return prankster.closed(); }));
    CHECK(prankster.count<core::KickedMsg>() == 1);
    CHECK(prankster.closeInfo().reason == net::CloseReason::Kicked);
    REQUIRE(h.pumpUntil([&] { return h.snapshot()->players.size() == 1; }));

    Learner& again = h.connect();
    REQUIRE(h.pumpUntil([&] { return again.connected(); }));
    again.client().send(
        core::RejoinMsg{core::kProtocolVersion, kTestPin, {prankster.token}, false});
    REQUIRE(h.pumpUntil([&] { return again.count<core::JoinRefusedMsg>() == 1; }));
    CHECK(again.last<core::JoinRefusedMsg>()->reason == JoinRefusal::Kicked);
    REQUIRE(h.pumpUntil([&] { return again.closed(); }));
    CHECK(again.closeInfo().reason == net::CloseReason::Kicked);

    h.command(CmdLock{true});
    REQUIRE(h.pumpUntil([&] { return h.snapshot()->locked; }));
    Learner& late = h.connect();
    REQUIRE(h.pumpUntil([&] { return late.connected(); }));
    late.client().send(core::JoinMsg{core::kProtocolVersion, kTestPin, {"Chi"}, false});
    REQUIRE(h.pumpUntil([&] { return late.count<core::JoinRefusedMsg>() == 1; }));
    CHECK(late.last<core::JoinRefusedMsg>()->reason == JoinRefusal::Locked);
    // A player already in may still come back while the door is locked.
    const std::string token = an.token;
    h.drop(an);
    Learner& anBack = h.connect();
    REQUIRE(h.pumpUntil([&] { return anBack.connected(); }));
    anBack.client().send(core::RejoinMsg{core::kProtocolVersion, kTestPin, {token}, false});
    REQUIRE(h.pumpUntil([&] { return anBack.count<core::WelcomeMsg>() == 1; }));

    h.command(CmdLock{false});
    Learner& unlocked = h.connect();
    REQUIRE(h.pumpUntil([&] { return unlocked.connected(); }));
    unlocked.client().send(core::JoinMsg{core::kProtocolVersion, kTestPin, {"Chi"}, false});
    REQUIRE(h.pumpUntil([&] { return unlocked.count<core::WelcomeMsg>() == 1; }));
    CHECK(h.pumpUntil([&] { return h.snapshot()->players.size() == 2; }));

    ResultsFile results(h.server().storePath());
    auto players = results.players(h.server().matchId());
    REQUIRE(players.size() == 3);
    CHECK(players[1].nickname == "Trêu");
    CHECK(players[1].kicked);
    CHECK(players[1].left);
    CHECK_FALSE(players[0].kicked);
}

TEST_CASE("a kick carries the id the facilitator saw: a newcomer who took a freed name stays") {
    TempDir dir;
    ServerConfig config = testConfig(writeTestPack(dir.path()), dir.str());
    Harness h(config);
    h.join("An");
    Learner& leaver = h.join("Trêu");
    REQUIRE(h.pumpUntil([&] { return h.snapshot()->players.size() == 2; }));
    // The facilitator opens the kick list and picks "Trêu" (the id on the row)...
    core::PlayerId picked = idOf(*h.snapshot(), "Trêu");
    REQUIRE(picked != 0);

    // ...meanwhile that learner leaves for good and someone else joins under the freed name.
    leaver.client().send(core::LeaveMsg{});
    REQUIRE(h.pumpUntil([&] { return h.snapshot()->players.size() == 1; }));
    Learner& newcomer = h.join("Trêu");
    REQUIRE(h.pumpUntil([&] { return h.snapshot()->players.size() == 2; }));
    core::PlayerId newcomerId = idOf(*h.snapshot(), "Trêu");
    REQUIRE(newcomerId != picked);

    h.command(CmdKick{picked});
    REQUIRE(h.pumpUntil([&] { return h.snapshot()->problemCount == 1; }));
    h.pumpFor(200);
    CHECK_FALSE(newcomer.closed());
    CHECK(newcomer.count<core::KickedMsg>() == 0);
    CHECK(h.snapshot()->players.size() == 2);
    CHECK(h.snapshot()->lastError.find("#" + std::to_string(picked)) != std::string::npos);
    CHECK(h.snapshot()->lastRefusal == CommandRefusal::PlayerGone);
    CHECK(h.snapshot()->refusalSubject == "Trêu");  // who the facilitator meant

    // The same refusal twice is counted twice, so the projector shows it again.
    h.command(CmdKick{picked});
    REQUIRE(h.pumpUntil([&] { return h.snapshot()->problemCount == 2; }));

    // Kicking the newcomer's own row does remove them.
    h.command(CmdKick{newcomerId});
    REQUIRE(h.pumpUntil([&] { return newcomer.closed(); }));
    CHECK(newcomer.count<core::KickedMsg>() == 1);
    CHECK(h.snapshot()->players.size() == 1);
    ResultsFile results(h.server().storePath());
    auto players = results.players(h.server().matchId());
    REQUIRE(players.size() == 3);
    CHECK_FALSE(players[1].kicked);  // the one who left was not marked as kicked
    CHECK(players[2].kicked);
}

TEST_CASE("dovui-server's stdin: kick NAME is resolved when applied, kick #ID names the row") {
    auto byName = parseCommand("kick Trần Thị Hương ");
    REQUIRE(byName);
    REQUIRE(std::holds_alternative<CmdKickByName>(*byName));
    CHECK(std::get<CmdKickByName>(*byName).nickname == "Trần Thị Hương");
    auto byId = parseCommand("kick #17");
    REQUIRE(byId);
    REQUIRE(std::holds_alternative<CmdKick>(*byId));
    CHECK(std::get<CmdKick>(*byId).playerId == 17);
    // "#1a" or a number too big for an id is a name, not an id.
    CHECK(std::holds_alternative<CmdKickByName>(*parseCommand("kick #1a")));
    CHECK(std::holds_alternative<CmdKickByName>(*parseCommand("kick #99999999999")));
    CHECK_FALSE(parseCommand("kick"));
}

TEST_CASE(
    "a skipped question: the projector's snapshot says so, nobody scores, and "
    "\"Câu đúng\" counts only the scored questions") {
    TempDir dir;
    ServerConfig config = testConfig(writeTestPack(dir.path()), dir.str());
    Harness h(config);
    Learner& an = h.join("An", true);
    Learner& binh = h.join("Bình");  // still thinking when the facilitator skips
    REQUIRE(h.pumpUntil([&] { return h.snapshot()->players.size() == 2; }));
    h.command(CmdStart{});
    playQuestion(h, {&an, &binh}, 0, {{1}, {0}});  // An right, Bình wrong
    CHECK_FALSE(h.snapshot()->voided);
    const std::int32_t scoreAfterFirst = an.last<core::RevealMsg>()->score;
    const std::uint16_t streakAfterFirst = an.last<core::RevealMsg>()->streak;
    nextQuestion(h, 0);

    REQUIRE(h.waitPhase(Phase::Question, 1));
    REQUIRE(h.pumpUntil([&] {
        auto q = an.last<core::QuestionMsg>();
        return q && q->index == 1;
    }));
    answer(an, 1, {0});  // would be right, but the facilitator skips before it closes
    REQUIRE(h.pumpUntil([&] { return ackFor(an, 1).has_value(); }));
    h.command(CmdSkip{});
    REQUIRE(h.waitPhase(Phase::Reveal, 1));
    CHECK(h.snapshot()->voided);
    REQUIRE(h.pumpUntil([&] {
        auto r = an.last<core::RevealMsg>();
        return r && r->index == 1;
    }));
    auto skipped = *an.last<core::RevealMsg>();
    CHECK(skipped.voided);
    CHECK(skipped.pointsGained == 0);
    CHECK(skipped.score == scoreAfterFirst);
    CHECK(skipped.streak == streakAfterFirst);  // no streak gained on a skipped question
    nextQuestion(h, 1);

    playQuestion(h, {&an, &binh}, 2, {{0, 2}, {1}});  // An right
    CHECK_FALSE(h.snapshot()->voided);
    h.command(CmdNext{});
    REQUIRE(h.waitPhase(Phase::Leaderboard, 2));
    h.command(CmdNext{});
    REQUIRE(h.waitPhase(Phase::Podium, -1));
    auto snap = h.snapshot();
    CHECK(snap->scoredQuestionCount == 2);
    REQUIRE(snap->players.size() == 2);
    CHECK(snap->players[0].correctCount == 2);
    CHECK(snap->players[1].correctCount == 0);
    REQUIRE(h.pumpUntil([&] { return an.last<core::PodiumMsg>().has_value(); }));
    CHECK(an.last<core::PodiumMsg>()->correctCount == 2);
    CHECK(an.last<core::PodiumMsg>()->questionCount == 2);
}

TEST_CASE("pause, resume and skip out of turn are refused in words, like start and next") {
    TempDir dir;
    ServerConfig config = testConfig(writeTestPack(dir.path()), dir.str());
    Harness h(config);
    h.join("An");
    REQUIRE(h.pumpUntil([&] { return h.snapshot()->players.size() == 1; }));
    h.command(CmdPause{});
    REQUIRE(h.pumpUntil([&] { return h.snapshot()->problemCount == 1; }));
    CHECK(h.snapshot()->lastError.starts_with("pause:"));
    CHECK(h.snapshot()->lastRefusal == CommandRefusal::NothingToPause);
    h.command(CmdSkip{});
    REQUIRE(h.pumpUntil([&] { return h.snapshot()->problemCount == 2; }));
    CHECK(h.snapshot()->lastError.starts_with("skip:"));
    CHECK(h.snapshot()->lastRefusal == CommandRefusal::NothingToSkip);
    h.command(CmdStart{});
    REQUIRE(h.waitPhase(Phase::Question, 0));
    h.command(CmdResume{});
    REQUIRE(h.pumpUntil([&] { return h.snapshot()->problemCount == 3; }));
    CHECK(h.snapshot()->lastError.starts_with("resume:"));
    CHECK(h.snapshot()->lastRefusal == CommandRefusal::NotPaused);
    h.command(CmdStart{});
    REQUIRE(h.pumpUntil([&] { return h.snapshot()->problemCount == 4; }));
    CHECK(h.snapshot()->lastRefusal == CommandRefusal::AlreadyStarted);
    h.command(CmdNext{});
    REQUIRE(h.pumpUntil([&] { return h.snapshot()->problemCount == 5; }));
    CHECK(h.snapshot()->lastRefusal == CommandRefusal::QuestionOpen);
    h.command(CmdKickByName{"Không Ai"});
    REQUIRE(h.pumpUntil([&] { return h.snapshot()->problemCount == 6; }));
    CHECK(h.snapshot()->lastRefusal == CommandRefusal::NoSuchName);
    CHECK(h.snapshot()->refusalSubject == "Không Ai");
    h.command(CmdPause{});
    REQUIRE(h.pumpUntil([&] { return h.snapshot()->paused; }));
    CHECK(h.snapshot()->problemCount == 6);
}

// MatchServer over real ENet on 127.0.0.1 with its SQLite file in a temp folder: a whole
// match, rejoin, the version handshake, refusals with their reasons, and the order "stored,
// then acknowledged". The facilitator's commands: facilitator_commands_test.cpp.
#include <doctest/doctest.h>

#include "dovui/net/handshake.hpp"
#include "server_test_support.hpp"

using namespace dovui;
using namespace dovui::server;
using namespace dovui::server::test;
using core::AnswerRefusal;
using core::JoinRefusal;
using core::Phase;

TEST_CASE("a whole match over ENet: every answer acknowledged, stored, scored as the core does") {
    TempDir dir;
    ServerConfig config = testConfig(writeTestPack(dir.path()), dir.str());
    Harness h(config);
    std::vector<Learner*> learners = {&h.join("An", true), &h.join("Bình"), &h.join("Chi"),
                                      &h.join("Dũng")};
    REQUIRE(h.pumpUntil([&] { return h.snapshot()->players.size() == 4; }));
    h.command(CmdStart{});

    // Right, wrong, partial and double-points answers, at staggered times.
    const std::vector<std::vector<std::vector<std::uint8_t>>> choices = {
        {{1}, {1}, {0}, {1}},
        {{0}, {1}, {0}, {0}},
        {{0, 2}, {2, 0}, {0}, {1, 3}},
    };
    for (std::uint16_t q = 0; q < 3; ++q) {
        playQuestion(h, learners, q, choices[q]);
        nextQuestion(h, q);
    }
    REQUIRE(h.waitPhase(Phase::Podium, -1));
    REQUIRE(h.pumpUntil([&] {
        return std::all_of(learners.begin(), learners.end(),
                           [](Learner* l) { return l->count<core::PodiumMsg>() == 1; });
    }));

    ResultsFile results(h.server().storePath());
    const std::int64_t matchId = h.server().matchId();
    auto answers = results.answers(matchId);
    auto players = results.players(matchId);
    REQUIRE(answers.size() == 12);
    REQUIRE(players.size() == 4);
    CHECK(results.ended(matchId));

    Replay replay = replayMatch(loadPackFile(config.packPath).pack, config.match, players, answers);
    for (const StoredAnswer& a : answers) {
        REQUIRE(a.points.has_value());
        CHECK(*a.points == replay.points.at({a.questionIndex, a.player}));
    }
    for (const StoredPlayer& p : players)
        CHECK(p.score == replay.scores.at(p.id));
    for (Learner* l : learners) {
        auto id = l->last<core::WelcomeMsg>()->playerId;
        CHECK(l->last<core::PodiumMsg>()->score == replay.scores.at(id));
        CHECK(l->last<core::RevealMsg>()->score == replay.scores.at(id));
    }
    // An answered right every time: speed points plus streak bonuses, nobody else beats that.
    CHECK(replay.scores.at(1) > 3000);
    CHECK(learners[0]->last<core::PodiumMsg>()->rank == 1);
    CHECK(learners[0]->count<core::LeaderboardMsg>() == 3);  // rich clients get boards
    CHECK(learners[1]->count<core::LeaderboardMsg>() == 0);  // compact ones do not
}

TEST_CASE("a learner whose link drops comes back by token with score, streak and answer") {
    TempDir dir;
    ServerConfig config = testConfig(writeTestPack(dir.path()), dir.str());
    Harness h(config);
    Learner* an = &h.join("An");
    Learner& binh = h.join("Bình");
    h.command(CmdStart{});
    playQuestion(h, {an, &binh}, 0, {{1}, {0}});
    const auto before = *an->last<core::RevealMsg>();
    REQUIRE(before.correctAnswer);
    nextQuestion(h, 0);
    REQUIRE(h.waitPhase(Phase::Question, 1));
    REQUIRE(h.pumpUntil([&] { return an->count<core::QuestionMsg>() == 2; }));

    answer(*an, 1, {0});
    REQUIRE(h.pumpUntil([&] { return ackFor(*an, 1).has_value(); }));
    CHECK(ackFor(*an, 1) == AnswerRefusal::None);
    const std::string token = an->token;
    const auto playerId = an->last<core::WelcomeMsg>()->playerId;
    h.drop(*an);
    REQUIRE(h.pumpUntil([&] {
        auto s = h.snapshot();
        return !s->players.empty() && !s->players[0].connected;
    }));
    CHECK(h.snapshot()->phase == Phase::Question);  // Bình has not answered yet

    SUBCASE("an unknown token or a wrong PIN is refused with its reason") {
        Learner& stranger = h.connect();
        REQUIRE(h.pumpUntil([&] { return stranger.connected(); }));
        stranger.client().send(core::RejoinMsg{core::kProtocolVersion, kTestPin, {"nope"}, false});
        REQUIRE(h.pumpUntil([&] { return stranger.count<core::JoinRefusedMsg>() == 1; }));
        CHECK(stranger.last<core::JoinRefusedMsg>()->reason == JoinRefusal::UnknownToken);
        REQUIRE(h.pumpUntil([&] { return stranger.closed(); }));
        Learner& wrongPin = h.connect();
        REQUIRE(h.pumpUntil([&] { return wrongPin.connected(); }));
        wrongPin.client().send(core::RejoinMsg{core::kProtocolVersion, 111111, {token}, false});
        REQUIRE(h.pumpUntil([&] { return wrongPin.count<core::JoinRefusedMsg>() == 1; }));
        CHECK(wrongPin.last<core::JoinRefusedMsg>()->reason == JoinRefusal::WrongPin);
    }

    Learner& back = h.connect();
    REQUIRE(h.pumpUntil([&] { return back.connected(); }));
    back.client().send(core::RejoinMsg{core::kProtocolVersion, kTestPin, {token}, false});
    REQUIRE(h.pumpUntil([&] { return back.count<core::WelcomeMsg>() == 1; }));
    auto welcome = *back.last<core::WelcomeMsg>();
    CHECK(welcome.playerId == playerId);
    CHECK(welcome.nickname == "An");
    CHECK(welcome.score == before.score);
    CHECK(welcome.streak == before.streak);
    CHECK(welcome.phase == Phase::Question);
    CHECK(welcome.questionIndex == 1);
    CHECK(welcome.answeredCurrent);
    REQUIRE(h.pumpUntil([&] { return back.count<core::QuestionMsg>() == 1; }));

    // The app resends what it had in flight: counted once, refused as a duplicate.
    answer(back, 1, {1});
    REQUIRE(h.pumpUntil([&] { return ackFor(back, 1).has_value(); }));
    CHECK(ackFor(back, 1) == AnswerRefusal::Duplicate);
    answer(binh, 1, {0});
    REQUIRE(h.pumpUntil([&] { return back.count<core::RevealMsg>() == 1; }));
    auto reveal = *back.last<core::RevealMsg>();
    CHECK(reveal.answered);
    CHECK(reveal.correctAnswer);  // the first answer ({0}, right) counted, not the resend
    CHECK(reveal.score == before.score + reveal.pointsGained);
    CHECK(reveal.streak == 2);

    ResultsFile results(h.server().storePath());
    auto answers = results.answers(h.server().matchId());
    CHECK(std::count_if(answers.begin(), answers.end(), [&](const StoredAnswer& a) {
              return a.player == playerId && a.questionIndex == 1;
          }) == 1);
}

TEST_CASE("a version mismatch is told in words on both sides") {
    TempDir dir;
    ServerConfig config = testConfig(writeTestPack(dir.path()), dir.str());
    Harness h(config);

    SUBCASE("in ENet's connect data: the link is closed with both versions") {
        const std::uint16_t oldVersion = core::kProtocolVersion + 98;
        Learner& old = h.connect(oldVersion);
        REQUIRE(h.pumpUntil([&] { return old.closed(); }));
        CHECK(old.closeInfo().reason == net::CloseReason::WrongVersion);
        CHECK(old.closeInfo().serverVersion == core::kProtocolVersion);
        std::string vi = net::describeClose(old.closeInfo(), oldVersion, core::Lang::Vi);
        CHECK(vi.find("phiên bản " + std::to_string(core::kProtocolVersion)) != std::string::npos);
        CHECK(vi.find("phiên bản " + std::to_string(oldVersion)) != std::string::npos);
        std::string en = net::describeClose(old.closeInfo(), oldVersion, core::Lang::En);
        CHECK(en.find("update") != std::string::npos);
        // The facilitator hears it too.
        REQUIRE(h.pumpUntil([&] { return !h.snapshot()->lastError.empty(); }));
        std::string note = h.snapshot()->lastError;
        CHECK(note.find(std::to_string(oldVersion)) != std::string::npos);
        CHECK(note.find(std::to_string(core::kProtocolVersion)) != std::string::npos);
    }
    SUBCASE("in the join message: a refusal naming the host's version, then the close") {
        Learner& l = h.connect();
        REQUIRE(h.pumpUntil([&] { return l.connected(); }));
        core::JoinMsg join{
            static_cast<std::uint16_t>(core::kProtocolVersion + 1), kTestPin, {"An"}, false};
        l.client().send(join);
        REQUIRE(h.pumpUntil([&] { return l.closed(); }));
        REQUIRE(l.count<core::JoinRefusedMsg>() == 1);
        CHECK(l.last<core::JoinRefusedMsg>()->reason == JoinRefusal::WrongVersion);
        CHECK(l.last<core::JoinRefusedMsg>()->detail == std::to_string(core::kProtocolVersion));
        CHECK(l.closeInfo().reason == net::CloseReason::WrongVersion);
        REQUIRE(h.pumpUntil([&] { return !h.snapshot()->lastError.empty(); }));
        CHECK(h.snapshot()->lastError.find(std::to_string(core::kProtocolVersion + 1)) !=
              std::string::npos);
    }
    CHECK(h.snapshot()->players.empty());
}

TEST_CASE(
    "wrong PIN, duplicate, wrong-question, malformed and closed answers are refused "
    "with their reasons") {
    TempDir dir;
    ServerConfig config = testConfig(writeTestPack(dir.path()), dir.str());
    Harness h(config);

    Learner& guest = h.connect();
    REQUIRE(h.pumpUntil([&] { return guest.connected(); }));
    guest.client().send(core::JoinMsg{core::kProtocolVersion, kTestPin + 1, {"Khách"}, false});
    REQUIRE(h.pumpUntil([&] { return guest.count<core::JoinRefusedMsg>() == 1; }));
    CHECK(guest.last<core::JoinRefusedMsg>()->reason == JoinRefusal::WrongPin);
    // A refused join is closed at once (it keeps no slot); the app connects again to retry.
    REQUIRE(h.pumpUntil([&] { return guest.closed(); }));
    Learner& guestBack = h.connect();
    REQUIRE(h.pumpUntil([&] { return guestBack.connected(); }));
    guestBack.client().send(core::JoinMsg{core::kProtocolVersion, kTestPin, {"Khách"}, false});
    REQUIRE(h.pumpUntil([&] { return guestBack.count<core::WelcomeMsg>() == 1; }));

    Learner& an = h.join("An");
    Learner& taken = h.connect();
    REQUIRE(h.pumpUntil([&] { return taken.connected(); }));
    taken.client().send(core::JoinMsg{core::kProtocolVersion, kTestPin, {" an "}, false});
    REQUIRE(h.pumpUntil([&] { return taken.count<core::JoinRefusedMsg>() == 1; }));
    CHECK(taken.last<core::JoinRefusedMsg>()->reason == JoinRefusal::NicknameTaken);

    h.command(CmdStart{});
    REQUIRE(h.waitPhase(Phase::Question, 0));
    REQUIRE(h.pumpUntil([&] { return an.count<core::QuestionMsg>() == 1; }));
    answer(an, 3, {1});
    answer(an, 0, {7});
    answer(an, 0, {1});
    answer(an, 0, {2});
    REQUIRE(h.pumpUntil([&] { return an.count<core::AnswerAckMsg>() == 4; }));
    auto acks = an.all<core::AnswerAckMsg>();
    CHECK(acks[0].refusal == AnswerRefusal::WrongQuestion);
    CHECK(acks[1].refusal == AnswerRefusal::Malformed);
    CHECK(acks[2].refusal == AnswerRefusal::None);
    CHECK(acks[3].refusal == AnswerRefusal::Duplicate);

    // A late answer (sent after the deadline, arriving before the question closed) is
    // answer_deadline_test's, at exact instants.
    REQUIRE(h.waitPhase(Phase::Reveal, 0));
    answer(guestBack, 0, {1});
    REQUIRE(h.pumpUntil([&] { return guestBack.count<core::AnswerAckMsg>() == 1; }));
    CHECK(guestBack.last<core::AnswerAckMsg>()->refusal == AnswerRefusal::NoQuestion);

    ResultsFile results(h.server().storePath());
    auto answers = results.answers(h.server().matchId());
    REQUIRE(answers.size() == 1);  // refused answers leave no trace
    CHECK(answers[0].choice == core::Choice{1});
}

TEST_CASE("an answer before joining gets the connection dropped with a reason") {
    TempDir dir;
    Harness h(testConfig(writeTestPack(dir.path()), dir.str()));
    Learner& l = h.connect();
    REQUIRE(h.pumpUntil([&] { return l.connected(); }));
    answer(l, 0, {1});
    REQUIRE(h.pumpUntil([&] { return l.closed(); }));
    REQUIRE(l.count<core::ErrorMsg>() == 1);
    CHECK(l.last<core::ErrorMsg>()->reason == "message before joining");
    CHECK(l.closeInfo().reason == net::CloseReason::Misbehaving);
}

TEST_CASE("an accepted answer is in the results file before its acknowledgement leaves") {
    TempDir dir;
    ServerConfig config = testConfig(writeTestPack(dir.path()), dir.str());
    Harness h(config, Harness::Mode::Threaded);
    Learner& an = h.join("An");
    Learner& binh = h.join("Bình");
    h.command(CmdStart{});
    REQUIRE(h.pumpUntil([&] {
        return an.count<core::QuestionMsg>() == 1 && binh.count<core::QuestionMsg>() == 1;
    }));

    ResultsFile results(h.server().storePath());
    const std::int64_t matchId = results.lastMatchId();
    results.holdWriteLock();  // the server cannot write until we let go
    answer(an, 0, {1});
    h.pumpFor(500);
    CHECK_FALSE(ackFor(an, 0).has_value());
    results.rollback();
    REQUIRE(h.pumpUntil([&] { return ackFor(an, 0).has_value(); }));
    CHECK(ackFor(an, 0) == AnswerRefusal::None);
    CHECK(results.answers(matchId).size() == 1);

    // Without the lock: the row is there the moment the acknowledgement lands.
    answer(binh, 0, {2});
    REQUIRE(h.pumpUntil([&] { return ackFor(binh, 0).has_value(); }));
    CHECK(results.answers(matchId).size() == 2);
}

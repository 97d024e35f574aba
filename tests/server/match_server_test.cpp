// MatchServer over real ENet on 127.0.0.1 with its SQLite file in a temp folder: a whole
// match, rejoin, the version handshake, refusals with their reasons, kick and lock, and the
// order "stored, then acknowledged".
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

/// Drives every learner through question `q`: answers in order with a small gap each,
/// then waits for every acknowledgement and the reveal.
void playQuestion(Harness& h, const std::vector<Learner*>& learners, std::uint16_t q,
                  const std::vector<std::vector<std::uint8_t>>& choices) {
    REQUIRE(h.waitPhase(Phase::Question, q));
    REQUIRE(h.pumpUntil([&] {
        return std::all_of(learners.begin(), learners.end(), [&](Learner* l) {
            auto question = l->last<core::QuestionMsg>();
            return question && question->index == q;
        });
    }));
    for (std::size_t i = 0; i < learners.size(); ++i) {
        h.pumpFor(40);
        answer(*learners[i], q, choices[i]);
    }
    REQUIRE(h.pumpUntil([&] {
        return std::all_of(learners.begin(), learners.end(),
                           [&](Learner* l) { return ackFor(*l, q).has_value(); });
    }));
    for (Learner* l : learners)
        CHECK(ackFor(*l, q) == AnswerRefusal::None);
    REQUIRE(h.waitPhase(Phase::Reveal, q));
    REQUIRE(h.pumpUntil([&] {
        return std::all_of(learners.begin(), learners.end(), [&](Learner* l) {
            auto reveal = l->last<core::RevealMsg>();
            return reveal && reveal->index == q;
        });
    }));
}

/// The id on the facilitator's row for `nickname` (0 when nobody has that name).
core::PlayerId idOf(const ServerSnapshot& snap, const std::string& nickname) {
    for (const auto& p : snap.players)
        if (p.nickname == nickname)
            return p.id;
    return 0;
}

void nextQuestion(Harness& h, std::uint16_t q) {
    h.command(CmdNext{});
    REQUIRE(h.waitPhase(Phase::Leaderboard, q));
    h.command(CmdNext{});
}

}  // namespace

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

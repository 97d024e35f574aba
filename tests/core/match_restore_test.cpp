// A store is a file on disk: --resume must refuse a damaged one in words, never read past
// the pack or the roster (issue 12: with ASan a stored choice of 7 overflowed the heap).
#include <doctest/doctest.h>

#include "core_test_support.hpp"
#include "dovui/core/match.hpp"
#include "match_table.hpp"

using namespace dovui::core;
using namespace dovui::core::test;

namespace {

/// A sound saved state: two players, question 1 open, one answer in.
Match::Restore soundState() {
    Match::Restore state;
    for (PlayerId id : {1u, 2u}) {
        Player p;
        p.id = id;
        p.nickname = id == 1 ? "An" : "Bình";
        p.token = "token-" + std::to_string(id);
        state.players.push_back(p);
    }
    state.phase = Phase::Question;
    state.questionIndex = 0;
    state.currentAnswers = {{1, 0, {2}, 1200}};
    return state;
}

Match threeOptionMatch() {
    return Match(makePack({makeQuestion("q1", QuestionKind::Single, {"A", "B", "C"}, {1}, 20),
                           singleQuestion("q2")}),
                 {});
}

}  // namespace

TEST_CASE("a sound saved state is taken back") {
    Match m = threeOptionMatch();
    CHECK(m.restoreProblems(soundState(), Lang::En).empty());
    CHECK(m.restore(soundState(), 0));
    CHECK(m.players().size() == 2);
}

TEST_CASE("a damaged saved state is refused, named, and changes nothing") {
    Match m = threeOptionMatch();
    Match::Restore state = soundState();
    std::string expected;
    SUBCASE("a stored choice of 7 on a 3-option question") {
        state.currentAnswers = {{1, 0, {7}, 1200}};
        expected = "an answer outside the options";
    }
    SUBCASE("a team of 200 in a match without teams") {
        state.players[1].team = 200;
        expected = "a team that does not exist";
    }
    SUBCASE("a gap in the player ids") {
        state.players[1].id = 5;
        expected = "player ids have a gap";
    }
    SUBCASE("the open question beyond the pack") {
        state.questionIndex = 9;
        expected = "question beyond the pack";
    }
    SUBCASE("an answer from nobody") {
        state.currentAnswers = {{9, 0, {1}, 1200}};
        expected = "no such player";
    }
    SUBCASE("a skipped question beyond the pack") {
        state.voidedQuestions = {40};
        expected = "skipped question beyond";
    }
    auto problems = m.restoreProblems(state, Lang::En);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find(expected) != std::string::npos);
    CHECK_FALSE(m.restore(state, 0));
    CHECK(m.players().empty());
    CHECK(m.phase() == Phase::Lobby);
    CHECK_FALSE(m.restoreProblems(state, Lang::Vi).front().empty());
}

TEST_CASE("a restored reveal answers a rejoin with the first reveal's words") {
    Match m = threeOptionMatch();
    Match::Restore state = soundState();
    state.phase = Phase::Reveal;
    state.players[0].lastGain = 950;
    state.players[0].score = 950;
    state.currentAnswers = {{1, 0, {1}, 1200}, {2, 0, {2}, 3000}};
    REQUIRE(m.restore(state, 0));
    CHECK(m.phase() == Phase::Reveal);
    CHECK(m.answersReceived() == 2);
    REQUIRE_FALSE(m.rejoin("token-1", true, 10).refusal);
    std::optional<RevealMsg> reveal;
    for (const Envelope& e : m.takeOutbox())
        if (const auto* r = std::get_if<RevealMsg>(&e.msg))
            reveal = *r;
    REQUIRE(reveal);
    CHECK(reveal->answered);
    CHECK(reveal->correctAnswer);
    CHECK(reveal->pointsGained == 950);
    CHECK(reveal->counts == std::vector<std::uint32_t>{0, 1, 1});
}

TEST_CASE("restore puts a crashed match back without sending anything") {
    Table t;
    PlayerId an = t.join("An");
    PlayerId binh = t.join("Binh");
    t.match.start(0);
    t.match.answer(an, 0, {1}, 100);
    t.match.kick(binh, "x");

    Match::Restore state;
    state.players = t.match.players();
    state.questionIndex = 0;
    state.phase = Phase::Question;
    state.bannedTokens = {"token-Binh"};
    state.currentAnswers = t.match.takeAcceptedAnswers();

    Table fresh;
    REQUIRE(fresh.match.restore(state, 50000));
    CHECK(fresh.drain().empty());
    CHECK(fresh.match.phase() == Phase::Question);
    CHECK(fresh.match.remainingMs(50000) == 20000);  // the open question restarts its time
    CHECK(fresh.match.answer(an, 0, {1}, 50100) == AnswerRefusal::Duplicate);
    CHECK(fresh.match.rejoin("token-Binh", true, 50100).refusal == JoinRefusal::Kicked);
    CHECK_FALSE(fresh.match.rejoin("token-An", true, 50100).refusal);
    CHECK(fresh.match.findByNickname("An")->id == an);
}

// The Match state machine (design.md §4), answering: scoring at the reveal, refusals with
// their reasons, a learner who drops off and rejoins.
#include <doctest/doctest.h>

#include "dovui/core/match.hpp"
#include "match_table.hpp"

using namespace dovui::core;
using namespace dovui::core::test;

SCENARIO("answers are scored at the reveal") {
    Table t;
    PlayerId an = t.join("An");
    PlayerId binh = t.join("Binh");
    t.match.start(1000);
    t.drain();

    WHEN("one answers right quickly and one wrong") {
        CHECK(t.match.answer(an, 0, {1}, 1300) == AnswerRefusal::None);
        auto ack = lastFor<AnswerAckMsg>(t.drain(), an);
        REQUIRE(ack);
        CHECK(*ack == AnswerAckMsg{0, AnswerRefusal::None});
        CHECK(t.match.answersReceived() == 1);
        t.match.tick(1300);
        CHECK(t.match.phase() == Phase::Question);  // Binh has not answered yet

        CHECK(t.match.answer(binh, 0, {2}, 11000) == AnswerRefusal::None);
        auto records = t.match.takeAcceptedAnswers();
        REQUIRE(records.size() == 2);
        CHECK(records[0].player == an);
        CHECK(records[0].responseMs == 300);
        CHECK(records[1].choice == Choice{2});
        CHECK(records[1].responseMs == 10000);
        t.drain();
        t.match.tick(11000);

        THEN("the question closes once everyone answered and each learner gets a reveal") {
            CHECK(t.match.phase() == Phase::Reveal);
            auto out = t.drain();
            auto anReveal = lastFor<RevealMsg>(out, an);
            auto binhReveal = lastFor<RevealMsg>(out, binh);
            REQUIRE(anReveal);
            REQUIRE(binhReveal);
            CHECK(anReveal->correct == std::vector<std::uint8_t>{1});
            CHECK(anReveal->answered);
            CHECK(anReveal->correctAnswer);
            CHECK(anReveal->pointsGained == 1000);
            CHECK(anReveal->score == 1000);
            CHECK(anReveal->rank == 1);
            CHECK(anReveal->playerCount == 2);
            CHECK(anReveal->counts == std::vector<std::uint32_t>{0, 1, 1, 0});
            CHECK(anReveal->explanation == "Giải thích q1");
            CHECK_FALSE(binhReveal->correctAnswer);
            CHECK(binhReveal->pointsGained == 0);
            CHECK(binhReveal->rank == 2);
            CHECK(t.match.lastCounts() == std::vector<std::uint32_t>{0, 1, 1, 0});
        }
    }
    WHEN("the time runs out") {
        t.match.answer(an, 0, {1}, 11000);  // half the time: 750
        t.match.tick(20999);
        CHECK(t.match.phase() == Phase::Question);
        t.match.tick(21000);
        THEN("the question closes; a missing answer scores nothing and breaks the streak") {
            CHECK(t.match.phase() == Phase::Reveal);
            CHECK(t.player(an).score == 750);
            CHECK(t.player(an).streak == 1);
            CHECK(t.player(binh).score == 0);
            auto r = lastFor<RevealMsg>(t.drain(), binh);
            REQUIRE(r);
            CHECK_FALSE(r->answered);
        }
    }
}

TEST_CASE("answer refusals, each with its reason in the acknowledgement") {
    MatchConfig config;
    config.mode = MatchMode::Elimination;
    Table t({singleQuestion("q1", 10), singleQuestion("q2", 10)}, config);
    PlayerId an = t.join("An");
    PlayerId binh = t.join("Binh");
    PlayerId chi = t.join("Chi");

    auto refusalFor = [&](PlayerId p, std::uint16_t index, const Choice& c, Millis at) {
        AnswerRefusal r = t.match.answer(p, index, c, at);
        auto ack = lastFor<AnswerAckMsg>(t.drain(), p);
        if (t.match.findPlayer(p)) {
            REQUIRE(ack);
            CHECK(ack->refusal == r);
            CHECK(ack->questionIndex == index);
        }
        return r;
    };

    CHECK(refusalFor(an, 0, {1}, 0) == AnswerRefusal::NoQuestion);  // still in the lobby
    CHECK(refusalFor(99, 0, {1}, 0) == AnswerRefusal::NotJoined);
    t.match.start(0);
    t.drain();
    CHECK(refusalFor(an, 1, {1}, 100) == AnswerRefusal::WrongQuestion);
    CHECK(refusalFor(an, 0, {7}, 100) == AnswerRefusal::Malformed);
    CHECK(refusalFor(an, 0, {0, 1}, 100) == AnswerRefusal::Malformed);
    CHECK(refusalFor(an, 0, {}, 100) == AnswerRefusal::Malformed);
    CHECK(refusalFor(an, 0, {1}, 200) == AnswerRefusal::None);
    CHECK(refusalFor(an, 0, {2}, 300) == AnswerRefusal::Duplicate);
    CHECK(refusalFor(an, 0, {1}, 300) == AnswerRefusal::Duplicate);
    CHECK(refusalFor(binh, 0, {1}, 10000) == AnswerRefusal::None);  // on the buzzer
    CHECK(refusalFor(chi, 0, {1}, 10001) == AnswerRefusal::Late);   // after it, before the tick
    t.match.pause(5000);
    t.match.leave(binh);
    CHECK(refusalFor(binh, 0, {1}, 5000) == AnswerRefusal::NotJoined);
    t.match.resume(5000);
    t.match.tick(20000);
    t.drain();
    CHECK(refusalFor(an, 0, {1}, 20000) == AnswerRefusal::NoQuestion);  // the reveal
    CHECK(t.player(chi).eliminated);  // its late answer did not count: no answer
    t.match.next(20000);
    t.match.next(20000);
    t.drain();
    CHECK(refusalFor(chi, 1, {1}, 20100) == AnswerRefusal::Eliminated);
    t.match.pause(20200);
    CHECK(refusalFor(an, 1, {1}, 20300) == AnswerRefusal::Paused);
    CHECK(t.match.answersReceived() == 0);
    CHECK(t.match.takeAcceptedAnswers().size() == 2);  // An and Binh on question 1, once each
}

SCENARIO("a learner who drops off rejoins with their token") {
    MatchConfig config;
    config.mode = MatchMode::Teams;
    config.teamNames = {"Thôn 1", "Thôn 2"};
    Table t({singleQuestion("q1"), singleQuestion("q2")}, config);
    PlayerId an = t.join("An");
    PlayerId binh = t.join("Binh");
    t.match.start(0);
    t.match.answer(an, 0, {1}, 100);
    t.match.answer(binh, 0, {1}, 100);
    t.match.tick(100);
    t.match.next(200);
    t.match.next(300);  // question 2 open
    t.match.answer(an, 1, {1}, 400);
    t.drain();

    WHEN("An's phone drops and comes back during the question") {
        t.match.disconnect(an, 4000);
        CHECK_FALSE(t.player(an).connected);
        CHECK(t.match.activePlayerCount() == 1);
        JoinOutcome o = t.match.rejoin("token-An", false, 5000);
        REQUIRE_FALSE(o.refusal);
        CHECK(o.player == an);
        auto out = t.drain();
        THEN("name, team, score and streak are restored, and the open question resent") {
            auto w = lastFor<WelcomeMsg>(out, an);
            REQUIRE(w);
            CHECK(w->nickname == "An");
            CHECK(w->team == 1);
            CHECK(w->teamName == "Thôn 1");
            CHECK(w->score == 1000);
            CHECK(w->streak == 1);
            CHECK(w->phase == Phase::Question);
            CHECK(w->questionIndex == 1);
            CHECK(w->answeredCurrent);
            auto q = lastFor<QuestionMsg>(out, an);
            REQUIRE(q);
            CHECK(q->text.empty());          // it came back as a compact client
            CHECK(q->remainingMs == 15300);  // opened at 0.3 s, 20 s long, now 5 s
        }
        THEN("its answer is not counted twice") {
            CHECK(t.match.answer(an, 1, {1}, 5100) == AnswerRefusal::Duplicate);
            t.match.answer(binh, 1, {0}, 5200);
            t.match.tick(5200);
            CHECK(t.player(an).score == 2100);  // 1000 + 1000 + streak 100, once
        }
    }
    WHEN("a token is unknown") {
        CHECK(t.match.rejoin("nope", true, 0).refusal == JoinRefusal::UnknownToken);
    }
    WHEN("the player left for good") {
        t.match.leave(an);
        THEN("the token no longer works and the nickname is free") {
            CHECK(t.match.rejoin("token-An", true, 0).refusal == JoinRefusal::UnknownToken);
            CHECK_FALSE(t.match.join("An", "token-An2", true, 0).refusal);
        }
    }
    WHEN("the player was kicked") {
        t.match.kick(an, "Tên không phù hợp");
        THEN("the token is refused as kicked") {
            CHECK(t.match.rejoin("token-An", true, 0).refusal == JoinRefusal::Kicked);
        }
    }
}

TEST_CASE("a learner who reconnects during the reveal or after the podium sees the result") {
    Table t({singleQuestion("q1")});
    PlayerId an = t.join("An");
    t.match.start(0);
    t.match.answer(an, 0, {1}, 100);
    t.match.disconnect(an, 100);
    t.match.tick(20000);
    t.drain();
    REQUIRE(t.match.phase() == Phase::Reveal);

    t.match.rejoin("token-An", true, 20500);
    auto reveal = lastFor<RevealMsg>(t.drain(), an);
    REQUIRE(reveal);
    CHECK(reveal->correctAnswer);
    CHECK(reveal->score == 1000);

    t.match.disconnect(an, 21000);
    t.match.next(21000);
    t.match.next(22000);
    REQUIRE(t.match.phase() == Phase::Podium);
    t.drain();
    t.match.rejoin("token-An", true, 23000);
    auto podium = lastFor<PodiumMsg>(t.drain(), an);
    REQUIRE(podium);
    CHECK(podium->score == 1000);
    CHECK(podium->rank == 1);
}

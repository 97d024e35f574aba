// The Match state machine (design.md §4), the facilitator's commands: pause, skip, next to
// the podium, end, kick; ranks and question kinds across a whole match.
#include <doctest/doctest.h>

#include "dovui/core/match.hpp"
#include "match_table.hpp"

using namespace dovui::core;
using namespace dovui::core::test;

SCENARIO("pause and resume") {
    Table t;
    PlayerId an = t.join("An");
    t.join("Binh");
    t.match.start(0);
    t.drain();
    CHECK_FALSE(t.match.resume(100));  // not paused

    WHEN("the facilitator pauses 5 s into a 20 s question") {
        REQUIRE(t.match.pause(5000));
        CHECK(t.match.paused());
        CHECK_FALSE(t.match.pause(5100));
        auto paused = messagesOf<PauseMsg>(t.drain());
        REQUIRE(paused.size() == 1);
        CHECK(paused[0].first.to == Envelope::To::AllPlayers);
        CHECK(paused[0].second == PauseMsg{true, 15000});

        THEN("the clock stops: nothing closes and the time left is frozen") {
            t.match.tick(60000);
            CHECK(t.match.phase() == Phase::Question);
            CHECK(t.match.remainingMs(60000) == 15000);
        }
        AND_WHEN("it resumes 25 s later and An answers 5 s after that") {
            REQUIRE(t.match.resume(30000));
            auto resumed = messagesOf<PauseMsg>(t.drain());
            REQUIRE(resumed.size() == 1);
            CHECK(resumed[0].second == PauseMsg{false, 15000});
            CHECK(t.match.answer(an, 0, {1}, 35000) == AnswerRefusal::None);
            THEN("the pause does not count against An's time") {
                CHECK(t.match.takeAcceptedAnswers().at(0).responseMs == 10000);
                t.match.tick(44999);
                CHECK(t.match.phase() == Phase::Question);
                t.match.tick(45000);
                CHECK(t.player(an).score == 750);
            }
        }
    }
    WHEN("the match is not on a question") {
        t.match.skip(0);
        THEN("pause is refused") {
            CHECK_FALSE(t.match.pause(100));
        }
    }
}

SCENARIO("the facilitator skips a question") {
    Table t;
    PlayerId an = t.join("An");
    PlayerId binh = t.join("Binh");
    t.match.start(0);
    t.match.answer(an, 0, {1}, 100);
    t.match.tick(20000);
    t.match.next(20000);
    t.match.next(20000);
    t.match.answer(an, 1, {1}, 20100);
    t.drain();
    REQUIRE(t.match.skip(20200));
    THEN("the question is void: nobody scores, streaks stay, the reveal says so") {
        CHECK(t.match.phase() == Phase::Reveal);
        CHECK(t.player(an).score == 1000);
        CHECK(t.player(an).streak == 1);
        CHECK(t.player(binh).streak == 0);
        auto r = lastFor<RevealMsg>(t.drain(), an);
        REQUIRE(r);
        CHECK(r->voided);
        CHECK(r->pointsGained == 0);
        CHECK_FALSE(t.match.skip(20300));  // nothing open
    }
}

SCENARIO("a whole match: question, reveal, leaderboard, ..., podium") {
    Table t;
    PlayerId an = t.join("An");
    PlayerId binh = t.join("Binh");
    PlayerId bot = t.join("Bot", false);
    Millis now = 0;            // when the open question opened
    CHECK(t.match.next(now));  // next in the lobby starts
    for (std::uint16_t q = 0; q < 3; ++q) {
        CAPTURE(q);
        REQUIRE(t.match.phase() == Phase::Question);
        CHECK(t.match.questionIndex() == q);
        t.match.answer(an, q, {1}, now + 100);
        t.match.answer(binh, q, {q == 1 ? std::uint8_t{1} : std::uint8_t{0}}, now + 10000);
        t.match.answer(bot, q, {3}, now + 200);
        t.match.tick(now + 10000);
        REQUIRE(t.match.phase() == Phase::Reveal);
        t.drain();
        REQUIRE(t.match.next(now + 11000));
        REQUIRE(t.match.phase() == Phase::Leaderboard);
        auto boards = messagesOf<LeaderboardMsg>(t.drain());
        REQUIRE(boards.size() == 1);
        CHECK(boards[0].first.to == Envelope::To::RichPlayers);
        CHECK(boards[0].second.afterQuestion == q);
        REQUIRE(boards[0].second.top.size() == 3);
        CHECK(boards[0].second.top[0].name == "An");
        CHECK(boards[0].second.top[0].rank == 1);
        CHECK(boards[0].second.teams.empty());
        now += 12000;
        REQUIRE(t.match.next(now));
    }
    THEN("after the last question comes the podium, one result per learner") {
        CHECK(t.match.phase() == Phase::Podium);
        auto out = t.drain();
        auto anPodium = lastFor<PodiumMsg>(out, an);
        auto botPodium = lastFor<PodiumMsg>(out, bot);
        REQUIRE(anPodium);
        REQUIRE(botPodium);
        CHECK(anPodium->rank == 1);
        CHECK(anPodium->score == 3000 + 100 + 200);
        CHECK(anPodium->correctCount == 3);
        CHECK(anPodium->questionCount == 3);
        CHECK(anPodium->playerCount == 3);
        REQUIRE(anPodium->top.size() == 3);
        CHECK(anPodium->top[1].name == "Binh");
        CHECK(anPodium->top[1].score == 750);
        CHECK(botPodium->top.empty());  // compact clients get only their own result
        CHECK(botPodium->rank == 3);
        CHECK_FALSE(t.match.next(now));
        CHECK_FALSE(t.match.start(now));
        t.match.end(now);
        CHECK(t.drain().empty());  // ending twice sends nothing
    }
}

TEST_CASE("questionLimit plays only the first questions") {
    MatchConfig config;
    config.questionLimit = 2;
    Table t(config);
    PlayerId an = t.join("An");
    CHECK(t.match.questionCount() == 2);
    t.match.start(0);
    for (int q = 0; q < 2; ++q) {
        t.match.answer(an, static_cast<std::uint16_t>(q), {1}, 0);
        t.match.tick(0);
        t.match.next(0);
        t.match.next(0);
    }
    CHECK(t.match.phase() == Phase::Podium);
    auto podium = lastFor<PodiumMsg>(t.drain(), an);
    REQUIRE(podium);
    CHECK(podium->questionCount == 2);
}

SCENARIO("the facilitator ends the match early") {
    Table t;
    PlayerId an = t.join("An");
    WHEN("in the lobby") {
        t.match.end(0);
        auto podium = lastFor<PodiumMsg>(t.drain(), an);
        THEN("the podium says no question was asked") {
            CHECK(t.match.phase() == Phase::Podium);
            REQUIRE(podium);
            CHECK(podium->questionCount == 0);
        }
    }
    WHEN("during a question") {
        t.match.start(0);
        t.match.answer(an, 0, {1}, 100);
        t.drain();
        t.match.end(200);
        auto out = t.drain();
        THEN("the open question is void and the podium follows") {
            auto reveal = lastFor<RevealMsg>(out, an);
            REQUIRE(reveal);
            CHECK(reveal->voided);
            CHECK(t.player(an).score == 0);
            REQUIRE(lastFor<PodiumMsg>(out, an));
            CHECK(t.match.phase() == Phase::Podium);
            CHECK_FALSE(t.match.paused());
        }
    }
}

SCENARIO("the facilitator kicks a player") {
    Table t;
    PlayerId an = t.join("An");
    PlayerId prank = t.join("Prank");
    t.drain();
    REQUIRE(t.match.kick(prank, "Tên không phù hợp"));
    THEN("they are told why, removed, and cannot come back with their token") {
        auto kicked = lastFor<KickedMsg>(t.drain(), prank);
        REQUIRE(kicked);
        CHECK(kicked->reason == "Tên không phù hợp");
        CHECK(t.player(prank).left);
        CHECK(t.match.findByNickname("Prank") == nullptr);
        CHECK(t.match.topPlayers(10).size() == 1);
        CHECK(t.match.rejoin("token-Prank", true, 0).refusal == JoinRefusal::Kicked);
        CHECK_FALSE(t.match.kick(prank, "again"));
        CHECK_FALSE(t.match.kick(99, "nobody"));
        t.match.tick(1000);
        auto lobby = messagesOf<LobbyMsg>(t.drain());
        REQUIRE(lobby.size() == 1);
        CHECK(lobby[0].second.playerCount == 1);
        (void)an;
    }
}

TEST_CASE("ranks: ties share a rank, and a leaver does not leave a gap on the board") {
    Table t;
    PlayerId an = t.join("An");
    PlayerId binh = t.join("Binh");
    PlayerId chi = t.join("Chi");
    PlayerId dung = t.join("Dung");
    t.match.start(0);
    t.match.answer(an, 0, {1}, 100);
    t.match.answer(binh, 0, {1}, 200);
    t.match.answer(chi, 0, {1}, 10000);
    t.match.answer(dung, 0, {0}, 100);
    t.match.tick(10000);
    CHECK(t.player(an).rank == 1);
    CHECK(t.player(binh).rank == 1);  // both within half a second: 1000 each
    CHECK(t.player(chi).rank == 3);
    CHECK(t.player(dung).rank == 4);

    t.match.leave(an);
    t.match.leave(binh);
    t.drain();
    t.match.next(11000);
    auto board = messagesOf<LeaderboardMsg>(t.drain());
    REQUIRE(board.size() == 1);
    REQUIRE(board[0].second.top.size() == 2);
    CHECK(board[0].second.top[0].name == "Chi");
    CHECK(board[0].second.top[0].rank == 1);
    CHECK(board[0].second.top[1].rank == 2);
}

TEST_CASE("a question worth 0 points scores nobody and keeps streaks") {
    Table t({singleQuestion("q1"), singleQuestion("warm-up", 20, 0), singleQuestion("q3", 20, 2)});
    PlayerId an = t.join("An");
    t.match.start(0);
    for (std::uint16_t q = 0; q < 3; ++q) {
        t.match.answer(an, q, {1}, 0);
        t.match.tick(0);
        t.match.next(0);
        t.match.next(0);
    }
    CHECK(t.player(an).score == 1000 + 0 + 2000 + 100);
    CHECK(t.player(an).streak == 2);
    CHECK(t.player(an).correctCount == 3);
}

TEST_CASE("multi-select, ordering and poll questions inside a match") {
    Table t({makeQuestion("m", QuestionKind::Multi, {"A", "B", "C", "D"}, {0, 2}),
             makeQuestion("o", QuestionKind::Order, {"A", "B", "C"}, {2, 0, 1}),
             makeQuestion("p", QuestionKind::Poll, {"A", "B"}, {})});
    PlayerId an = t.join("An");
    PlayerId binh = t.join("Binh");
    t.match.start(0);
    t.match.answer(an, 0, {2, 0}, 0);
    t.match.answer(binh, 0, {0}, 0);
    t.match.tick(0);
    CHECK(t.player(an).lastGain == 1000);
    CHECK(t.player(binh).lastGain == 500);
    CHECK(t.match.lastCounts() == std::vector<std::uint32_t>{2, 0, 1, 0});
    t.match.next(0);
    t.match.next(0);
    t.match.answer(an, 1, {2, 0, 1}, 0);
    t.match.answer(binh, 1, {2, 1, 0}, 0);
    t.match.tick(0);
    CHECK(t.player(an).lastGain == 1100);
    CHECK(t.player(binh).lastGain == 333);
    // The chart of an ordering question counts, per step, who put it in its place.
    CHECK(t.match.lastCounts() == std::vector<std::uint32_t>{1, 1, 2});
    auto reveal = lastFor<RevealMsg>(t.drain(), an);
    REQUIRE(reveal);
    CHECK(reveal->correct == std::vector<std::uint8_t>{2, 0, 1});
    t.match.next(0);
    t.match.next(0);
    t.match.answer(an, 2, {1}, 0);
    t.match.answer(binh, 2, {1}, 0);
    t.match.tick(0);
    CHECK(t.player(an).lastGain == 0);
    CHECK(t.player(an).streak == 2);  // a poll neither builds nor breaks a streak
    CHECK(t.match.lastCounts() == std::vector<std::uint32_t>{0, 2});
    auto poll = lastFor<RevealMsg>(t.drain(), an);
    REQUIRE(poll);
    CHECK(poll->correct.empty());
    CHECK_FALSE(poll->correctAnswer);
}

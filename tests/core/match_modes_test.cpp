// The Match modes (design.md §4): time multiplier, teams, Rung chuông vàng, accuracy-first.
#include <doctest/doctest.h>

#include "dovui/core/match.hpp"
#include "match_table.hpp"

using namespace dovui::core;
using namespace dovui::core::test;

TEST_CASE("time multiplier: x1.5 and x2 give longer limits and keep the points fair") {
    for (int scale : {100, 150, 200}) {
        CAPTURE(scale);
        MatchConfig config;
        config.timeScalePercent = scale;
        Table t({singleQuestion("q1", 20)}, config);
        PlayerId an = t.join("An");
        PlayerId binh = t.join("Binh");
        t.match.start(0);
        Millis limit = 20000 * scale / 100;
        CHECK(t.match.limitMs() == limit);
        auto q = messagesOf<QuestionMsg>(t.drain());
        REQUIRE_FALSE(q.empty());
        CHECK(q[0].second.timeLimitMs == limit);
        t.match.answer(an, 0, {1}, limit / 2);
        // 25 s is late for a 20 s question, in time once it is stretched.
        AnswerRefusal slow = t.match.answer(binh, 0, {1}, 25000);
        CHECK((slow == AnswerRefusal::Late) == (scale == 100));
        t.match.tick(limit);
        CHECK(t.player(an).score == 750);
    }
}

SCENARIO("teams mode: team score is the members' average") {
    MatchConfig config;
    config.mode = MatchMode::Teams;
    config.teamNames = {"Thôn 1", "Thôn 2"};
    Table t({singleQuestion("q1"), singleQuestion("q2")}, config);
    PlayerId an = t.join("An");
    PlayerId binh = t.join("Binh");
    PlayerId chi = t.join("Chi");
    CHECK(t.player(an).team == 1);
    CHECK(t.player(binh).team == 2);
    CHECK(t.player(chi).team == 1);
    auto welcome = lastFor<WelcomeMsg>(t.drain(), binh);
    REQUIRE(welcome);
    CHECK(welcome->teamName == "Thôn 2");

    t.match.start(0);
    t.match.answer(an, 0, {1}, 0);
    t.match.answer(binh, 0, {1}, 0);
    t.match.answer(chi, 0, {0}, 0);
    t.match.tick(0);
    t.drain();
    t.match.next(0);
    THEN("a small team is not punished for its size") {
        auto board = messagesOf<LeaderboardMsg>(t.drain());
        REQUIRE(board.size() == 1);
        const auto& teams = board[0].second.teams;
        REQUIRE(teams.size() == 2);
        CHECK(teams[0] == BoardRow{"Thôn 2", 1000, 1});
        CHECK(teams[1] == BoardRow{"Thôn 1", 500, 2});
        CHECK(t.match.teamStandings() == teams);
    }
    THEN("a newcomer joins the smaller team") {
        t.match.leave(an);
        PlayerId dung = t.join("Dung");
        CHECK(t.player(dung).team == 1);
    }
}

TEST_CASE("teams mode without team names uses two teams") {
    MatchConfig config;
    config.mode = MatchMode::Teams;
    Table t(config);
    CHECK(t.match.config().teamNames.size() == 2);
    PlayerId an = t.join("An");
    CHECK(t.player(an).team == 1);
    CHECK(t.match.teamStandings().size() == 2);
    Table classic;
    CHECK(classic.match.teamStandings().empty());
    CHECK(classic.player(classic.join("An")).team == 0);
}

SCENARIO("Rung chuông vàng: a wrong or missing answer eliminates") {
    MatchConfig config;
    config.mode = MatchMode::Elimination;
    Table t({singleQuestion("q1"), makeQuestion("poll", QuestionKind::Poll, {"A", "B"}, {}),
             singleQuestion("q3"), singleQuestion("q4")},
            config);
    PlayerId an = t.join("An");
    PlayerId binh = t.join("Binh");
    PlayerId chi = t.join("Chi");
    t.match.start(0);
    t.match.answer(an, 0, {1}, 100);
    t.match.answer(binh, 0, {2}, 100);
    t.match.tick(20000);
    auto out = t.drain();

    THEN("the wrong and the silent are out, and told so") {
        CHECK_FALSE(t.player(an).eliminated);
        CHECK(t.player(binh).eliminated);
        CHECK(t.player(chi).eliminated);
        auto r = lastFor<RevealMsg>(out, binh);
        REQUIRE(r);
        CHECK(r->eliminated);
        CHECK(t.match.activePlayerCount() == 1);
    }
    WHEN("the next question (a poll) opens") {
        t.match.next(21000);
        t.match.next(22000);
        auto questions = messagesOf<QuestionMsg>(t.drain());
        THEN("the eliminated keep watching but cannot answer or score") {
            REQUIRE_FALSE(questions.empty());
            CHECK(questions[0].first.to == Envelope::To::RichPlayers);
            CHECK(t.match.answer(binh, 1, {0}, 22100) == AnswerRefusal::Eliminated);
            t.match.answer(an, 1, {0}, 22100);
            t.match.tick(22100);  // the only active player answered
            CHECK(t.match.phase() == Phase::Reveal);
            CHECK(t.player(binh).score == 0);
            CHECK_FALSE(t.player(an).eliminated);         // a poll eliminates nobody
            REQUIRE(lastFor<RevealMsg>(t.drain(), chi));  // watchers get the reveal too
        }
    }
    WHEN("the facilitator revives everyone") {
        REQUIRE(t.match.reviveAll());
        THEN("all are back, once per match") {
            CHECK(t.match.revived());
            CHECK_FALSE(t.player(binh).eliminated);
            CHECK_FALSE(t.player(chi).eliminated);
            auto revived = messagesOf<RevivedMsg>(t.drain());
            REQUIRE(revived.size() == 1);
            CHECK(revived[0].first.to == Envelope::To::AllPlayers);
            t.match.next(21000);
            t.match.next(22000);
            CHECK(t.match.answer(binh, 1, {0}, 22100) == AnswerRefusal::None);
            t.match.skip(22200);  // a skipped question eliminates nobody
            t.match.next(23000);
            t.match.next(24000);
            t.match.tick(44000);  // nobody answers question 3
            CHECK(t.player(binh).eliminated);
            CHECK_FALSE(t.match.reviveAll());
        }
    }
    WHEN("someone joins after the first question") {
        PlayerId late = t.join("Dung", true, 21000);
        THEN("they only watch") {
            CHECK(t.player(late).eliminated);
            auto w = lastFor<WelcomeMsg>(t.drain(), late);
            REQUIRE(w);
            CHECK(w->eliminated);
        }
    }
}

TEST_CASE("revive is refused outside Rung chuông vàng or with nobody out") {
    Table classic;
    classic.join("An");
    CHECK_FALSE(classic.match.reviveAll());
    MatchConfig config;
    config.mode = MatchMode::Elimination;
    Table t(config);
    t.join("An");
    CHECK_FALSE(t.match.reviveAll());
    CHECK_FALSE(t.match.revived());  // not used up by a refusal
}

TEST_CASE("accuracy-first: no speed points, right answers rank first") {
    MatchConfig config;
    config.mode = MatchMode::AccuracyFirst;
    Table t(config);
    PlayerId fast = t.join("An");
    PlayerId slow = t.join("Binh");
    t.match.start(0);
    t.match.answer(fast, 0, {1}, 100);
    t.match.answer(slow, 0, {1}, 19900);
    t.match.tick(19900);
    CHECK(t.player(fast).score == 1000);
    CHECK(t.player(slow).score == 1000);
    CHECK(t.player(slow).rank == 1);
}

TEST_CASE("mode names") {
    for (auto mode :
         {MatchMode::Classic, MatchMode::Teams, MatchMode::Elimination, MatchMode::AccuracyFirst})
        CHECK(parseMode(modeName(mode)) == mode);
    CHECK(std::string(modeName(MatchMode::Elimination)) == "elimination");
    CHECK_FALSE(parseMode("battle"));
}

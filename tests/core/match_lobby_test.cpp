// The Match state machine (design.md §4), the lobby: joins and their refusals, the start.
#include <doctest/doctest.h>

#include <stdexcept>

#include "dovui/core/match.hpp"
#include "match_table.hpp"

using namespace dovui::core;
using namespace dovui::core::test;

SCENARIO("learners join the lobby") {
    Table t;
    WHEN("a learner joins") {
        JoinOutcome o = t.match.join("  B\xC3\xA0   N\xC4\x83m ", "tok-1", true, 0);
        REQUIRE_FALSE(o.refusal);
        auto out = t.drain();
        THEN("they get a welcome with their cleaned nickname and their token") {
            auto welcome = lastFor<WelcomeMsg>(out, o.player);
            REQUIRE(welcome);
            CHECK(welcome->playerId == o.player);
            CHECK(welcome->nickname == "B\xC3\xA0 N\xC4\x83m");
            CHECK(welcome->token == "tok-1");
            CHECK(welcome->phase == Phase::Lobby);
            CHECK(welcome->score == 0);
            CHECK(t.match.findByNickname("b\xC3\xA0 n\xC4\x83m")->id == o.player);
        }
    }
    WHEN("three learners join within half a second") {
        t.join("An", true, 0);
        t.match.tick(0);
        t.join("Binh", true, 100);
        t.join("Chi", true, 200);
        t.drain();
        t.match.tick(600);
        auto early = messagesOf<LobbyMsg>(t.drain());
        t.match.tick(1000);
        auto coalesced = messagesOf<LobbyMsg>(t.drain());
        t.match.tick(2500);
        auto quiet = messagesOf<LobbyMsg>(t.drain());
        THEN(
            "the lobby count goes out at most once a second, only when it changed, only to rich "
            "clients") {
            CHECK(early.empty());
            REQUIRE(coalesced.size() == 1);
            CHECK(coalesced[0].first.to == Envelope::To::RichPlayers);
            CHECK(coalesced[0].second == LobbyMsg{3, false});
            CHECK(quiet.empty());
        }
    }
}

TEST_CASE("join refusals, each with its reason") {
    MatchConfig config;
    config.maxPlayers = 3;
    Table t(config);
    PlayerId an = t.join("An");

    SUBCASE("a name already taken, in any case or Unicode form") {
        JoinOutcome o = t.match.join("AN", "tok-x", true, 0);
        CHECK(o.refusal == JoinRefusal::NicknameTaken);
        CHECK(o.detail == "AN");
        t.join(
            "L\xE1\xBB\xAB"
            "a");
        CHECK(t.match
                  .join("Lu\xCC\x9B\xCC\x80"
                        "a",
                        "tok-y", true, 0)
                  .refusal == JoinRefusal::NicknameTaken);
    }
    SUBCASE("nickname rules") {
        CHECK(t.match.join("   ", "tok-x", true, 0).refusal == JoinRefusal::NicknameEmpty);
        CHECK(t.match.join(std::string(25, 'x'), "tok-x", true, 0).refusal ==
              JoinRefusal::NicknameTooLong);
        CHECK(t.match.join("a\x01", "tok-x", true, 0).refusal == JoinRefusal::NicknameInvalid);
        CHECK(t.match.join("vcl", "tok-x", true, 0).refusal == JoinRefusal::NicknameRude);
    }
    SUBCASE("the match is full") {
        t.join("Binh");
        PlayerId chi = t.join("Chi");
        t.match.disconnect(chi, 0);  // a dropped player keeps their place
        JoinOutcome o = t.match.join("Dung", "tok-d", true, 0);
        CHECK(o.refusal == JoinRefusal::Full);
        CHECK(o.detail == "3");
        AND_WHEN("someone leaves, a place opens") {
            t.match.leave(an);
            CHECK_FALSE(t.match.join("Dung", "tok-d", true, 0).refusal);
        }
    }
    SUBCASE("the facilitator locked the match") {
        t.match.setLocked(true);
        CHECK(t.match.locked());
        CHECK(t.match.join("Binh", "tok-b", true, 0).refusal == JoinRefusal::Locked);
        CHECK_FALSE(t.match.rejoin("token-An", true, 0).refusal);  // a rejoin still works
        t.match.tick(0);
        auto lobby = messagesOf<LobbyMsg>(t.drain());
        REQUIRE_FALSE(lobby.empty());
        CHECK(lobby.back().second.locked);
        t.match.setLocked(false);
        CHECK_FALSE(t.match.join("Binh", "tok-b", true, 0).refusal);
    }
    SUBCASE("the match is over") {
        t.match.end(0);
        CHECK(t.match.join("Binh", "tok-b", true, 0).refusal == JoinRefusal::MatchOver);
    }
    SUBCASE("no refused join leaves a trace") {
        t.match.join("an", "tok-x", true, 0);
        CHECK(t.match.players().size() == 1);
    }
}

TEST_CASE("a join needs a fresh token from the caller") {
    Table t;
    t.join("An");
    CHECK_THROWS_AS(t.match.join("Binh", "token-An", true, 0), std::invalid_argument);
    CHECK_THROWS_AS(t.match.join("Binh", "", true, 0), std::invalid_argument);
}

TEST_CASE("a match needs questions") {
    CHECK_THROWS_AS(Match(makePack({}), {}), std::invalid_argument);
    CHECK_THROWS_AS(Match(nullptr, {}), std::invalid_argument);
}

SCENARIO("the facilitator starts the match") {
    Table t;
    WHEN("nobody has joined") {
        THEN("start is refused") {
            CHECK_FALSE(t.match.start(0));
        }
    }
    WHEN("the only player dropped off") {
        PlayerId an = t.join("An");
        t.match.disconnect(an, 0);
        THEN("start is refused") {
            CHECK_FALSE(t.match.start(0));
        }
    }
    WHEN("a rich and a compact player are in") {
        PlayerId rich = t.join("An", true);
        t.join("Bot", false);
        t.drain();
        REQUIRE(t.match.start(1000));
        auto questions = messagesOf<QuestionMsg>(t.drain());
        THEN("the first question opens, its full text only for rich clients") {
            CHECK(t.match.phase() == Phase::Question);
            CHECK(t.match.questionIndex() == 0);
            REQUIRE(questions.size() == 2);
            const QuestionMsg& full = questions[0].second;
            const QuestionMsg& compact = questions[1].second;
            CHECK(questions[0].first.to == Envelope::To::RichPlayers);
            CHECK(questions[1].first.to == Envelope::To::CompactPlayers);
            CHECK(full.text == "Câu hỏi q1");
            CHECK(full.options == std::vector<std::string>{"A", "B", "C", "D"});
            CHECK(full.total == 3);
            CHECK(full.timeLimitMs == 20000);
            CHECK(full.remainingMs == 20000);
            CHECK(compact.text.empty());
            CHECK(compact.options.empty());
            CHECK_FALSE(compact.card);
            CHECK(compact.optionCount == 4);
            CHECK(compact.kind == QuestionKind::Single);
            CHECK(t.match.remainingMs(6000) == 15000);
        }
        THEN("start cannot be repeated") {
            CHECK_FALSE(t.match.start(1000));
            CHECK_FALSE(t.match.next(1000));  // a question is open
        }
        THEN("a later joiner gets the open question with the time left") {
            PlayerId late = t.join("Chi", true, 6000);
            auto q = lastFor<QuestionMsg>(t.drain(), late);
            REQUIRE(q);
            CHECK(q->remainingMs == 15000);
            CHECK(q->text == "Câu hỏi q1");
            (void)rich;
        }
    }
}

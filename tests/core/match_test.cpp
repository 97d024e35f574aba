// The Match state machine (design.md §4): lobby, question, reveal, leaderboard, podium;
// learner commands and their refusals; facilitator commands; modes; time multiplier.
#include <doctest/doctest.h>

#include <algorithm>

#include "core_test_support.hpp"
#include "dovui/core/match.hpp"

using namespace dovui::core;
using namespace dovui::core::test;

namespace {

/// A match plus helpers to join players and read what it sent.
struct Table {
    explicit Table(std::vector<Question> questions, MatchConfig config = {})
        : match(makePack(std::move(questions)), std::move(config)) {}
    explicit Table(MatchConfig config = {})
        : Table({singleQuestion("q1"), singleQuestion("q2"), singleQuestion("q3")},
                std::move(config)) {}

    PlayerId join(const std::string& name, bool rich = true, Millis now = 0) {
        JoinOutcome o = match.join(name, "token-" + name, rich, now);
        REQUIRE_MESSAGE(!o.refusal, "join of " << name << " refused");
        return o.player;
    }
    std::vector<Envelope> drain() { return match.takeOutbox(); }
    const Player& player(PlayerId id) const { return *match.findPlayer(id); }

    Match match;
};

}  // namespace

// ------------------------------------------------------------------ lobby and joining

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

// ------------------------------------------------------------------ answering

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

// ------------------------------------------------------------------ facilitator

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

// ------------------------------------------------------------------ modes

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

// ------------------------------------------------------------------ restore

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

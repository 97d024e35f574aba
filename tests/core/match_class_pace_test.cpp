// A real class hour (issue 11): a link that blinks mid-question keeps the learner's seat, a
// phone that comes back during a pause sees the pause, and "Câu đúng" counts only questions
// that had a right answer and were not skipped.
#include <doctest/doctest.h>

#include "core_test_support.hpp"

using namespace dovui::core;
using namespace dovui::core::test;

namespace {

struct Room {
    explicit Room(std::vector<Question> questions)
        : match(makePack(std::move(questions)), MatchConfig{}) {}
    PlayerId join(const std::string& name) {
        JoinOutcome o = match.join(name, "token-" + name, true, 0);
        REQUIRE_MESSAGE(!o.refusal, "join of " << name << " refused");
        return o.player;
    }
    std::vector<Envelope> drain() { return match.takeOutbox(); }
    Match match;
};

Question pollQuestion(std::string id) {
    return makeQuestion(std::move(id), QuestionKind::Poll, {"Có", "Chưa"}, {});
}

}  // namespace

SCENARIO("a learner whose link blinks mid-question keeps their seat") {
    Room room({singleQuestion("q1", 40), singleQuestion("q2", 40)});
    PlayerId an = room.join("An");
    PlayerId binh = room.join("Binh");
    REQUIRE(room.match.start(0));

    WHEN("Binh answers and An's phone drops while An is still thinking") {
        room.match.answer(binh, 0, {1}, 3000);
        room.match.disconnect(an, 5000);
        THEN("the question stays open through the grace period") {
            room.match.tick(5000);
            room.match.tick(5000 + kRejoinGraceMs - 1);
            CHECK(room.match.phase() == Phase::Question);
        }
        AND_WHEN("An comes back within the grace period and answers after 30 s of thought") {
            room.match.tick(9000);
            REQUIRE_FALSE(room.match.rejoin("token-An", true, 12000).refusal);
            room.match.tick(20000);
            CHECK(room.match.phase() == Phase::Question);
            CHECK(room.match.answer(an, 0, {1}, 30000) == AnswerRefusal::None);
            room.match.tick(30000);
            THEN("An's answer counts and the question closes once everyone answered") {
                CHECK(room.match.phase() == Phase::Reveal);
                CHECK(room.match.findPlayer(an)->score > 0);
            }
        }
        AND_WHEN("An stays away longer than the grace period") {
            room.match.tick(5000 + kRejoinGraceMs);
            THEN("the question may close without An") {
                CHECK(room.match.phase() == Phase::Reveal);
            }
        }
    }
    WHEN("the only learner still thinking drops and nobody else is left to wait for") {
        room.match.answer(binh, 0, {1}, 1000);
        room.match.disconnect(binh, 2000);
        room.match.disconnect(an, 2000);
        room.match.tick(2000 + kRejoinGraceMs);
        THEN("the question does not close early with nobody connected") {
            CHECK(room.match.phase() == Phase::Question);
            room.match.tick(40000);
            CHECK(room.match.phase() == Phase::Reveal);
        }
    }
}

SCENARIO("a phone that comes back during a pause sees the pause, not a running timer") {
    Room room({singleQuestion("q1", 40)});
    PlayerId an = room.join("An");
    room.join("Binh");
    REQUIRE(room.match.start(0));
    room.match.disconnect(an, 4000);
    REQUIRE(room.match.pause(10000));  // 30 s left
    room.drain();

    WHEN("An rejoins 30 s into the facilitator's explanation") {
        REQUIRE_FALSE(room.match.rejoin("token-An", true, 40000).refusal);
        auto out = room.drain();
        THEN("the question comes with the time left at the pause, then the pause itself") {
            auto q = lastFor<QuestionMsg>(out, an);
            REQUIRE(q);
            CHECK(q->remainingMs == 30000);
            auto pause = lastFor<PauseMsg>(out, an);
            REQUIRE(pause);
            CHECK(pause->paused);
            CHECK(pause->remainingMs == 30000);
            std::size_t questionAt = 0, pauseAt = 0;
            for (std::size_t i = 0; i < out.size(); ++i) {
                if (std::holds_alternative<QuestionMsg>(out[i].msg))
                    questionAt = i;
                if (std::holds_alternative<PauseMsg>(out[i].msg))
                    pauseAt = i;
            }
            CHECK(pauseAt > questionAt);  // the page shows the pause over the question
        }
        THEN("an answer during the pause is refused with the reason") {
            CHECK(room.match.answer(an, 0, {1}, 41000) == AnswerRefusal::Paused);
        }
    }
    WHEN("a new learner joins during the pause") {
        JoinOutcome o = room.match.join("Chi", "token-Chi", true, 45000);
        REQUIRE_FALSE(o.refusal);
        auto pause = lastFor<PauseMsg>(room.drain(), o.player);
        THEN("they see the pause too") {
            REQUIRE(pause);
            CHECK(pause->paused);
        }
    }
    WHEN("the question is not paused") {
        REQUIRE(room.match.resume(50000));
        room.drain();
        REQUIRE_FALSE(room.match.rejoin("token-An", true, 51000).refusal);
        THEN("no pause message is sent") {
            CHECK_FALSE(lastFor<PauseMsg>(room.drain(), an));
        }
    }
}

SCENARIO("\"Câu đúng\" counts only scored questions") {
    Room room(
        {singleQuestion("q1"), pollQuestion("poll"), singleQuestion("q3"), singleQuestion("q4")});
    PlayerId an = room.join("An");
    REQUIRE(room.match.start(0));
    room.match.answer(an, 0, {1}, 100);  // right
    room.match.tick(100);
    room.match.next(200);
    room.match.next(300);
    room.match.answer(an, 1, {0}, 400);  // the poll
    room.match.tick(400);
    room.match.next(500);
    room.match.next(600);
    room.match.answer(an, 2, {1}, 700);  // right, but the facilitator skips the question
    REQUIRE(room.match.skip(800));
    room.match.next(900);
    room.match.next(1000);
    room.match.answer(an, 3, {0}, 1100);  // wrong
    room.match.tick(1100);
    room.match.next(1200);
    room.drain();
    REQUIRE(room.match.next(1300));
    REQUIRE(room.match.phase() == Phase::Podium);
    auto podium = lastFor<PodiumMsg>(room.drain(), an);
    REQUIRE(podium);
    THEN("the poll and the skipped question are left out of both counts") {
        CHECK(podium->correctCount == 1);
        CHECK(podium->questionCount == 2);
        CHECK(room.match.scoredQuestionCount() == 2);
        CHECK(room.match.findPlayer(an)->score == 1000);
    }
    THEN("a restore rebuilds the same count from the skipped list") {
        Match again(makePack({singleQuestion("q1"), pollQuestion("poll"), singleQuestion("q3"),
                              singleQuestion("q4")}),
                    MatchConfig{});
        Match::Restore state;
        state.players = room.match.players();
        state.questionIndex = 3;
        state.phase = Phase::Podium;
        state.voidedQuestions = {2};
        REQUIRE(again.restore(state, 5000));
        CHECK(again.scoredQuestionCount() == 2);
    }
}

SCENARIO("a learner with a printed card is not waited for nor put out on an ordering question") {
    MatchConfig config;
    config.mode = MatchMode::Elimination;
    Match match(makePack({singleQuestion("q1"),
                          makeQuestion("order", QuestionKind::Order, {"A", "B", "C"}, {2, 0, 1}),
                          singleQuestion("q3")}),
                config);
    PlayerId phone = match.join("An", "token-An", true, 0).player;
    PlayerId card = match.join("Bà Năm", "card-07-x", false, 0).player;
    match.setOnPaper(card);
    REQUIRE(match.start(0));
    match.answer(phone, 0, {1}, 500);
    match.answer(card, 0, {1}, 900);
    match.tick(900);
    match.next(1000);
    match.next(1100);
    REQUIRE(match.currentQuestion().kind == QuestionKind::Order);
    match.answer(phone, 1, {2, 0, 1}, 1500);
    match.tick(1500);
    THEN("the ordering question closes once the phones answered") {
        CHECK(match.phase() == Phase::Reveal);
    }
    THEN("the card holder keeps their place and streak") {
        const Player* p = match.findPlayer(card);
        CHECK_FALSE(p->eliminated);
        CHECK(p->streak == 1);
    }
    THEN("a phone that does not answer an ordering question is still put out") {
        Match other(
            makePack({makeQuestion("order", QuestionKind::Order, {"A", "B", "C"}, {2, 0, 1})}),
            config);
        PlayerId a = other.join("An", "t-a", true, 0).player;
        PlayerId b = other.join("Binh", "t-b", true, 0).player;
        REQUIRE(other.start(0));
        other.answer(a, 0, {2, 0, 1}, 100);
        other.tick(20000);
        CHECK(other.findPlayer(b)->eliminated);
    }
}

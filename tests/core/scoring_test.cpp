// Scoring rules (design.md §4, scoring.hpp): speed points, streaks, multipliers,
// multi-select and ordering credit, accuracy-first.
#include <doctest/doctest.h>

#include "core_test_support.hpp"
#include "dovui/core/scoring.hpp"

using namespace dovui::core;
using dovui::core::test::makeQuestion;
using dovui::core::test::singleQuestion;

TEST_CASE("speed points: an answer within half a second scores full points") {
    CHECK(speedPoints(1000, 0, 20000) == 1000);
    CHECK(speedPoints(1000, 400, 20000) == 1000);
    CHECK(speedPoints(1000, 500, 20000) == 1000);
    CHECK(speedPoints(2000, 500, 20000) == 2000);
}

TEST_CASE("speed points: round(points x (1 - (t/T)/2)) after the first half second") {
    CHECK(speedPoints(1000, 501, 20000) == 987);    // 1000 × (1 − 0.012525) = 987.475
    CHECK(speedPoints(1000, 7001, 20000) == 825);   // 824.975 rounds up
    CHECK(speedPoints(1000, 10000, 20000) == 750);  // half the time: three quarters
    CHECK(speedPoints(1000, 20000, 20000) == 500);  // at the buzzer: half
    CHECK(speedPoints(2000, 10000, 20000) == 1500);
    CHECK(speedPoints(1000, 15000, 30000) == 750);  // a ×1.5 limit is fair to the slow
}

TEST_CASE("speed points: response time is clamped to the limit") {
    CHECK(speedPoints(1000, 99999, 20000) == 500);
    CHECK(speedPoints(1000, -300, 20000) == 1000);
    CHECK(speedPoints(1000, 1234, 0) == 1000);  // no limit: no speed component
}

TEST_CASE("streak bonus: +100 from the second correct answer in a row, capped at +500") {
    CHECK(streakBonus(0) == 0);
    CHECK(streakBonus(1) == 0);
    CHECK(streakBonus(2) == 100);
    CHECK(streakBonus(3) == 200);
    CHECK(streakBonus(6) == 500);
    CHECK(streakBonus(7) == 500);
    CHECK(streakBonus(1000) == 500);
}

SCENARIO("scoring one answer to a single-choice question") {
    Question q = singleQuestion("q", 20);
    ScoreInput in{&q, {1}, 300, 20000, 0, false};

    WHEN("the answer is right and fast") {
        ScoreResult r = scoreAnswer(in);
        THEN("it scores 1000 and starts a streak") {
            CHECK(r.correct);
            CHECK(r.points == 1000);
            CHECK(r.streakAfter == 1);
        }
    }
    WHEN("the answer is right and continues a streak of two") {
        in.streakBefore = 2;
        ScoreResult r = scoreAnswer(in);
        THEN("the third in a row adds +200") {
            CHECK(r.points == 1200);
            CHECK(r.streakAfter == 3);
        }
    }
    WHEN("a long streak continues") {
        in.streakBefore = 40;
        THEN("the bonus stays at +500") {
            CHECK(scoreAnswer(in).points == 1500);
        }
    }
    WHEN("the answer is wrong") {
        in.choice = {2};
        in.streakBefore = 4;
        ScoreResult r = scoreAnswer(in);
        THEN("it scores nothing and the streak resets") {
            CHECK_FALSE(r.correct);
            CHECK(r.points == 0);
            CHECK(r.streakAfter == 0);
        }
    }
    WHEN("the answer is malformed (out of range)") {
        in.choice = {9};
        THEN("it scores nothing") {
            CHECK(scoreAnswer(in).points == 0);
            CHECK_FALSE(scoreAnswer(in).correct);
        }
    }
    WHEN("the question has multiplier 2") {
        q.pointsMultiplier = 2;
        in.responseMs = 10000;
        THEN("speed points are doubled, the streak bonus is not") {
            CHECK(scoreAnswer(in).points == 1500);
            in.streakBefore = 1;
            CHECK(scoreAnswer(in).points == 1600);
        }
    }
    WHEN("the question has multiplier 0 (a warm-up)") {
        q.pointsMultiplier = 0;
        in.streakBefore = 3;
        ScoreResult right = scoreAnswer(in);
        in.choice = {0};
        ScoreResult wrong = scoreAnswer(in);
        THEN("nobody scores, the streak is untouched, but rightness is still known") {
            CHECK(right.points == 0);
            CHECK(right.streakAfter == 3);
            CHECK(right.correct);
            CHECK(wrong.points == 0);
            CHECK(wrong.streakAfter == 3);
            CHECK_FALSE(wrong.correct);
        }
    }
    WHEN("the match is accuracy-first") {
        in.accuracyFirst = true;
        in.responseMs = 19999;
        THEN("a slow right answer scores as much as a fast one") {
            CHECK(scoreAnswer(in).points == 1000);
            in.streakBefore = 1;
            CHECK(scoreAnswer(in).points == 1100);
        }
    }
}

TEST_CASE("true/false questions grade like single choice") {
    Question q = makeQuestion("tf", QuestionKind::TrueFalse, {"Đúng", "Sai"}, {0});
    CHECK(grade(q, {0}).correct);
    CHECK(grade(q, {0}).credit == 1.0);
    CHECK_FALSE(grade(q, {1}).correct);
    CHECK_FALSE(grade(q, {0, 1}).correct);  // two picks is malformed
}

SCENARIO("multi-select: (right picks - wrong picks) / right options, floored at 0") {
    Question q = makeQuestion("m", QuestionKind::Multi, {"A", "B", "C", "D"}, {0, 2});
    CHECK(grade(q, {0, 2}).credit == 1.0);
    CHECK(grade(q, {2, 0}).correct);  // order of picks does not matter
    CHECK(grade(q, {0}).credit == 0.5);
    CHECK_FALSE(grade(q, {0}).correct);  // only the exact set is correct
    CHECK(grade(q, {0, 1, 2}).credit == 0.5);
    CHECK_FALSE(grade(q, {0, 1, 2}).correct);
    CHECK(grade(q, {0, 1}).credit == 0.0);
    CHECK(grade(q, {1, 3}).credit == 0.0);  // floored, never negative
    CHECK(grade(q, {0, 1, 2, 3}).credit == 0.0);
    CHECK(grade(q, {}).credit == 0.0);      // nothing picked is malformed
    CHECK(grade(q, {0, 0}).credit == 0.0);  // a repeated pick is malformed

    GIVEN("a partial answer after a streak of 3") {
        ScoreResult r = scoreAnswer({&q, {0}, 0, 20000, 3, false});
        THEN("it earns half the speed points, no bonus, and breaks the streak") {
            CHECK(r.points == 500);
            CHECK(r.streakAfter == 0);
            CHECK_FALSE(r.correct);
        }
    }
    GIVEN("the exact set after a streak of 3") {
        ScoreResult r = scoreAnswer({&q, {2, 0}, 0, 20000, 3, false});
        THEN("it earns full points plus the streak bonus") {
            CHECK(r.points == 1300);
            CHECK(r.streakAfter == 4);
        }
    }
}

SCENARIO("ordering: steps in their right place / number of steps") {
    Question q = makeQuestion("o", QuestionKind::Order, {"A", "B", "C"}, {2, 0, 1});
    CHECK(grade(q, {2, 0, 1}).correct);
    CHECK(grade(q, {2, 0, 1}).credit == 1.0);
    CHECK(grade(q, {2, 1, 0}).credit == doctest::Approx(1.0 / 3));
    CHECK_FALSE(grade(q, {2, 1, 0}).correct);
    CHECK(grade(q, {0, 1, 2}).credit == 0.0);
    CHECK(grade(q, {2, 0}).credit == 0.0);     // a missing step is malformed
    CHECK(grade(q, {2, 2, 1}).credit == 0.0);  // a repeated step is malformed
    CHECK(scoreAnswer({&q, {2, 1, 0}, 0, 20000, 0, false}).points == 333);
    CHECK(scoreAnswer({&q, {2, 0, 1}, 0, 20000, 5, false}).points == 1500);
}

TEST_CASE("polls have no right answer: never correct, never score, streak untouched") {
    Question q = makeQuestion("p", QuestionKind::Poll, {"A", "B"}, {});
    ScoreResult r = scoreAnswer({&q, {0}, 0, 20000, 2, false});
    CHECK_FALSE(r.correct);
    CHECK(r.points == 0);
    CHECK(r.streakAfter == 2);
}

TEST_CASE("well-formed answer shapes per kind") {
    Question single = singleQuestion("s");
    CHECK(isWellFormedChoice(single, {3}));
    CHECK_FALSE(isWellFormedChoice(single, {4}));
    CHECK_FALSE(isWellFormedChoice(single, {}));
    CHECK_FALSE(isWellFormedChoice(single, {0, 1}));

    Question multi = makeQuestion("m", QuestionKind::Multi, {"A", "B", "C"}, {0});
    CHECK(isWellFormedChoice(multi, {0}));
    CHECK(isWellFormedChoice(multi, {2, 1, 0}));
    CHECK_FALSE(isWellFormedChoice(multi, {}));
    CHECK_FALSE(isWellFormedChoice(multi, {1, 1}));
    CHECK_FALSE(isWellFormedChoice(multi, {3}));

    Question order = makeQuestion("o", QuestionKind::Order, {"A", "B", "C", "D"}, {3, 2, 1, 0});
    CHECK(isWellFormedChoice(order, {0, 1, 2, 3}));
    CHECK_FALSE(isWellFormedChoice(order, {0, 1, 2}));
    CHECK_FALSE(isWellFormedChoice(order, {0, 1, 2, 2}));

    Question poll = makeQuestion("p", QuestionKind::Poll, {"A", "B"}, {});
    CHECK(isWellFormedChoice(poll, {1}));
    CHECK_FALSE(isWellFormedChoice(poll, {0, 1}));
}

TEST_CASE("kind names match the pack format") {
    CHECK(std::string(kindName(QuestionKind::Single)) == "single");
    CHECK(std::string(kindName(QuestionKind::TrueFalse)) == "truefalse");
    CHECK(std::string(kindName(QuestionKind::Multi)) == "multi");
    CHECK(std::string(kindName(QuestionKind::Order)) == "order");
    CHECK(std::string(kindName(QuestionKind::Poll)) == "poll");
}

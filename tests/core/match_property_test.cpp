// Seeded property test: thousands of random matches (joins, rejoins, answers, late answers,
// kicks, skips, pauses, ...) with the Match's invariants checked after every step against
// an independent model of time, answers and bans.
#include <doctest/doctest.h>

#include <random>

#include "match_property.hpp"

using namespace dovui::core;
using namespace dovui::core::test;

TEST_CASE("10,000 random matches keep every invariant after every step") {
    constexpr int kMatches = 10000;
    std::mt19937 seeds(0xD0A1);
    Coverage coverage;
    for (int i = 0; i < kMatches; ++i) {
        std::uint32_t seed = seeds();
        RandomMatch match(seed, i, coverage);
        auto broken = match.play();
        if (broken)
            FAIL(*broken << " (seed " << seed << ")");
    }
    // The walk reached every kind of event often enough to mean something.
    for (auto outcome :
         {AnswerRefusal::None, AnswerRefusal::NoQuestion, AnswerRefusal::WrongQuestion,
          AnswerRefusal::Late, AnswerRefusal::Duplicate, AnswerRefusal::Malformed,
          AnswerRefusal::Paused, AnswerRefusal::Eliminated, AnswerRefusal::NotJoined}) {
        CAPTURE(static_cast<int>(outcome));
        CHECK(coverage.answers[outcome] >= 100);
    }
    CHECK(coverage.kicks >= 100);
    CHECK(coverage.rejoins >= 100);
    CHECK(coverage.pauses >= 100);
    CHECK(coverage.podiumsByNext >= 100);
    CHECK(coverage.eliminations >= 100);
    CHECK(coverage.revives >= 10);
    CHECK(coverage.scoredReveals >= 5000);
}

#pragma once
/// Scoring rules (design.md §4). Pure functions, documented here because facilitators ask.
#include <cstdint>

#include "dovui/core/question.hpp"

namespace dovui::core {

using Millis = std::int64_t;  ///< milliseconds on the server's monotonic clock

inline constexpr Millis kFullScoreWindowMs = 500;  ///< answers this fast score full points
inline constexpr int kStreakStep = 100;            ///< bonus per consecutive correct answer
inline constexpr int kStreakCap = 500;             ///< bonus never exceeds this

/// How well an answer matches, before speed and streak.
/// - single / true-false: 1 if the index is right, else 0.
/// - multi-select: (right picks − wrong picks) / number of right options, floored at 0;
///   only the exact set counts as "correct" (for streaks and elimination).
/// - ordering: steps in their right place / number of steps; only the full order is "correct".
/// - poll: never correct, never scores.
struct Grade {
    double credit = 0.0;  ///< 0..1
    bool correct = false;
};
Grade grade(const Question& q, const Choice& choice);

/// Classic speed points: round(base × (1 − (t/T)/2)), full base within 0.5 s;
/// base = 1000 × multiplier. `responseMs` is clamped to [0, limitMs].
int speedPoints(int base, Millis responseMs, Millis limitMs);

/// Streak bonus for an answer that makes `streak` consecutive correct answers (this one
/// included): +100 from the second in a row, so 0, 100, 200, … capped at +500.
int streakBonus(int streak);

struct ScoreInput {
    const Question* question = nullptr;
    Choice choice;
    Millis responseMs = 0;
    Millis limitMs = 0;
    int streakBefore = 0;        ///< consecutive correct answers before this one
    bool accuracyFirst = false;  ///< accuracy-first mode: no speed component
};

struct ScoreResult {
    int points = 0;       ///< total added to the player's score
    int streakAfter = 0;  ///< new streak (reset to 0 by a wrong answer)
    bool correct = false;
};

/// Points for one answer. Multiplier 0 and polls score 0 and leave the streak unchanged
/// (`correct` still tells whether a 0-point answer was right, for elimination).
/// Partial credit (multi/order) scales the speed points but adds no streak bonus.
[[nodiscard]] ScoreResult scoreAnswer(const ScoreInput& in);

}  // namespace dovui::core

#include "dovui/core/scoring.hpp"

#include <algorithm>
#include <cmath>

namespace dovui::core {

Grade grade(const Question& q, const Choice& choice) {
    if (q.kind == QuestionKind::Poll || !isWellFormedChoice(q, choice))
        return {};
    switch (q.kind) {
        case QuestionKind::Single:
        case QuestionKind::TrueFalse:
        case QuestionKind::Spot: {
            bool right = choice.front() == q.correct.front();
            return {right ? 1.0 : 0.0, right};
        }
        case QuestionKind::Multi: {
            int rightPicks = 0;
            for (auto pick : choice)
                if (std::find(q.correct.begin(), q.correct.end(), pick) != q.correct.end())
                    ++rightPicks;
            int wrongPicks = static_cast<int>(choice.size()) - rightPicks;
            double credit =
                std::max(0.0, double(rightPicks - wrongPicks) / double(q.correct.size()));
            bool exact = wrongPicks == 0 && rightPicks == static_cast<int>(q.correct.size());
            return {credit, exact};
        }
        case QuestionKind::Order: {
            int inPlace = 0;
            for (std::size_t i = 0; i < choice.size(); ++i)
                if (choice[i] == q.correct[i])
                    ++inPlace;
            bool exact = inPlace == static_cast<int>(q.correct.size());
            return {double(inPlace) / double(q.correct.size()), exact};
        }
        case QuestionKind::Poll:
            break;
    }
    return {};
}

int speedPoints(int base, Millis responseMs, Millis limitMs) {
    if (limitMs <= 0)
        return base;
    Millis t = std::clamp<Millis>(responseMs, 0, limitMs);
    if (t <= kFullScoreWindowMs)
        return base;
    double fraction = double(t) / double(limitMs);
    return static_cast<int>(std::lround(base * (1.0 - fraction / 2.0)));
}

int streakBonus(int streak) {
    if (streak <= 1)
        return 0;
    return std::min(kStreakStep * (streak - 1), kStreakCap);
}

ScoreResult scoreAnswer(const ScoreInput& in) {
    const Question& q = *in.question;
    Grade g = grade(q, in.choice);
    if (q.kind == QuestionKind::Poll || q.pointsMultiplier == 0)
        return {0, in.streakBefore, g.correct};
    int base = 1000 * q.pointsMultiplier;
    int speed = in.accuracyFirst ? base : speedPoints(base, in.responseMs, in.limitMs);
    ScoreResult result;
    result.correct = g.correct;
    result.streakAfter = g.correct ? in.streakBefore + 1 : 0;
    result.points = static_cast<int>(std::lround(speed * g.credit));
    if (g.correct)
        result.points += streakBonus(result.streakAfter);
    return result;
}

}  // namespace dovui::core

#pragma once
/// What a match report shows, computed from a MatchRecord (pure; no IO).
#include <map>
#include <utility>
#include <vector>

#include "match_data.hpp"

namespace dovui::report {

struct QuestionStats {
    const QuestionRecord* question = nullptr;
    int answered = 0;
    int correct = 0;
    double averageResponseMs = 0.0;
    /// Choice questions: how many answers include each option. Ordering: [right order, other].
    std::vector<int> optionCounts;
    bool graded() const;  ///< false for polls
    double accuracy() const { return answered ? double(correct) / answered : 0.0; }
    double share(std::size_t option) const {
        return answered ? double(optionCounts[option]) / answered : 0.0;
    }
};

struct RankedPlayer {
    int rank = 0;  ///< 1-based; equal scores share a rank
    const PlayerRecord* player = nullptr;
    int answered = 0;
    int correct = 0;
    std::int64_t points = 0;  ///< sum of answer points (the score adds nothing else)
};

struct TeamStanding {
    std::string name;
    int members = 0;
    double averageScore = 0.0;
};

struct MatchStats {
    std::vector<RankedPlayer> ranking;
    std::vector<QuestionStats> questions;
    std::vector<const QuestionStats*> mostMissed;  ///< at most 3, most wrong answers first
    std::vector<TeamStanding> teams;               ///< teams mode only, best first
    std::map<std::pair<std::int64_t, int>, const AnswerRecord*> answerOf;  ///< (player, question)
    int totalAnswers = 0;
    int gradedAnswers = 0;
    int correctAnswers = 0;
};

MatchStats computeStats(const MatchRecord& match);

/// "B", "A+C", "C→A→B", or "" for no answer.
std::string choiceLetters(const QuestionRecord& q, const std::vector<int>& choice);

}  // namespace dovui::report

#pragma once
/// What a match report shows, computed from a MatchRecord (pure; no IO).
#include <array>
#include <map>
#include <string_view>
#include <utility>
#include <vector>

#include "match_data.hpp"

namespace dovui::report {

struct Tally {
    int answers = 0;
    int right = 0;
    double accuracy() const { return answers ? double(right) / answers : 0.0; }
    void add(int answered, int correct) {
        answers += answered;
        right += correct;
    }
};

/// Technique rows besides the core's ids: questions tagged with none (genuine messages,
/// plain facts), and questions a store from before issue 13 recorded nothing about.
inline constexpr std::string_view kNoTechnique = "(none)";
inline constexpr std::string_view kUnrecordedTechnique = "(unrecorded)";

/// Graded answers to a group of questions.
struct GroupTally {
    int questions = 0;
    Tally graded;
};

/// The questions tagged with one technique.
struct TechniqueTally {
    std::string id;  ///< pack-file id, kNoTechnique or kUnrecordedTechnique
    GroupTally group;
};

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
    /// Accuracy per technique, in the core's table order, then kNoTechnique, then
    /// kUnrecordedTechnique; only rows that have graded answers. An answer counts once in each
    /// of its question's techniques.
    std::vector<TechniqueTally> techniques;
    std::array<GroupTally, 2> byCardVerdict{};  ///< [0] scam cards, [1] genuine cards (recorded)
    std::map<std::pair<std::int64_t, int>, const AnswerRecord*> answerOf;  ///< (player, question)
    int totalAnswers = 0;
    int gradedAnswers = 0;
    int correctAnswers = 0;
};

MatchStats computeStats(const MatchRecord& match);

/// Where a technique row sorts: the core's table order, then the two special rows.
std::size_t techniqueOrder(std::string_view id);

/// "B", "A+C", "C→A→B", or "" for no answer; a spot question's marks are numbered as on the
/// card ("2").
std::string choiceLetters(const QuestionRecord& q, const std::vector<int>& choice);
/// One option's label: its letter, or a spot question's mark number.
std::string optionLabel(const QuestionRecord& q, int index);

}  // namespace dovui::report

#pragma once
/// The cross-session summary a commune reports upward: every match in a date range.
#include <map>
#include <string>
#include <vector>

#include "match_data.hpp"
#include "match_render.hpp"

namespace dovui::report {

struct MatchLine {
    std::int64_t id = 0;
    std::int64_t startedAt = 0;
    std::string place, packTitle, mode;
    int players = 0, questions = 0, answers = 0;
    Tally graded;
};

struct QuestionLine {
    std::string packId, questionId, text, explanation, topics;
    int timesAsked = 0;
    Tally graded;
};

/// Self-practice on phones (issue 14), kept apart from match results.
struct PracticeSummary {
    int phones = 0;         ///< distinct phones (random ids: no accounts exist)
    int namedLearners = 0;  ///< distinct names typed, case-folded
    int answers = 0;
    Tally overall;
    std::map<std::string, Tally> topics;  ///< topic name -> tally
};

PracticeSummary summarizePractice(const std::vector<PracticeRecord>& records);

struct Summary {
    std::int64_t fromUnix = 0, toUnix = 0;  ///< the range asked for (toUnix exclusive)
    std::vector<MatchLine> matches;
    int participations = 0;   ///< players summed over matches
    int distinctPlayers = 0;  ///< distinct nicknames, case-folded (no accounts exist)
    int answers = 0;
    Tally graded;
    std::vector<std::string> months;                             ///< "2026-11", sorted
    std::map<std::string, std::map<std::string, Tally>> topics;  ///< topic name -> month -> tally
    /// technique id (or kNoTechnique / kUnrecordedTechnique) -> month -> tally
    std::map<std::string, std::map<std::string, Tally>> techniques;
    std::map<std::string, Tally> monthTotals;
    std::vector<QuestionLine> questions;  ///< most wrong answers first
    PracticeSummary practice;
};

Summary summarize(const std::vector<MatchRecord>& matches, std::int64_t fromUnix,
                  std::int64_t toUnix);

std::string renderSummaryHtml(const Summary& summary, Lang lang);
/// summary-matches.csv, summary-topics.csv, summary-techniques.csv, summary-questions.csv,
/// summary-practice.csv
std::vector<NamedFile> renderSummaryCsv(const Summary& summary, Lang lang);

}  // namespace dovui::report

#pragma once
/// A match report as HTML and as CSV files (pure; the caller writes the files).
#include <string>
#include <utility>
#include <vector>

#include "match_stats.hpp"
#include "report_text.hpp"

namespace dovui::report {

struct NamedFile {
    std::string name;  ///< file name inside the output folder
    std::string content;
};

std::string renderMatchHtml(const MatchRecord& match, const MatchStats& stats, Lang lang);

/// match.csv (facts), ranking.csv, questions.csv, answers.csv, techniques.csv (accuracy per
/// technique): UTF-8 with BOM.
std::vector<NamedFile> renderMatchCsv(const MatchRecord& match, const MatchStats& stats, Lang lang);

/// "C — Không bấm link…", "A + C — …", "B → A → C", or the poll note.
std::string correctAnswerText(const QuestionRecord& q, Lang lang);

}  // namespace dovui::report

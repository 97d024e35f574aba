#pragma once
/// What the class learnt per technique (issue 13): the match report's table and CSV, and the
/// summary's technique-by-month table. Pure; the callers place them on the page or in files.
#include <string>

#include "html_page.hpp"
#include "match_stats.hpp"

namespace dovui::report {

/// "Tỉ lệ đúng theo thủ đoạn": one row per technique with a bar, then genuine vs scam cards.
void techniqueSection(HtmlPage& page, const MatchStats& stats, Lang lang);

/// techniques.csv of a match: id, name, questions, answers, right, accuracy (%).
std::string techniqueCsv(const MatchStats& stats, Lang lang);

}  // namespace dovui::report

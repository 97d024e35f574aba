#pragma once
/// The cross-session summary a commune reports upward: every match in a date range.
#include <map>
#include <string>
#include <vector>

#include "html_page.hpp"
#include "match_data.hpp"
#include "match_render.hpp"

namespace dovui::report {

struct MatchLine {
    std::int64_t id = 0;
    std::int64_t startedAt = 0;
    std::string place, packTitle, mode;
    int players = 0, questions = 0, answers = 0;
    Tally graded;
    std::string site;  ///< the site's label: the place, "Thôn 3 (2)" for a second site so named
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

/// One site: the matches of one site name held from one results file (its site uid), so two
/// laptops whose hosts typed the same name stay apart (the second labelled "Thôn 3 (2)").
struct SiteLine {
    std::string label;
    std::string siteUid;
    bool sharesName = false;  ///< another site has the same name
    int sessions = 0;
    int learners = 0;  ///< distinct nicknames at this site, case-folded (approximate)
    int answers = 0;
    Tally graded;
    std::map<std::string, std::map<std::string, Tally>> topics;      ///< topic -> month -> tally
    std::map<std::string, std::map<std::string, Tally>> techniques;  ///< id -> month -> tally
};

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
    std::vector<SiteLine> sites;         ///< by label
    std::vector<std::string> filesRead;  ///< results files counted (the commune summary)
    std::vector<std::string> problems;   ///< files that could not be read, with the reason
    int duplicateMatches = 0;            ///< copies of a match found in more than one file
};

/// Overall and per site; distinctPlayers is the sum of the sites' learners (by name per site).
Summary summarize(const std::vector<MatchRecord>& matches, std::int64_t fromUnix,
                  std::int64_t toUnix);

/// The sites of `matches` (MatchRecord::place and siteUid), labelled; sets each MatchLine's site.
std::vector<SiteLine> summarizeSites(const std::vector<MatchRecord>& matches, Summary& summary);

/// Red through amber to green, light enough for black text (the heat tables).
std::string heatColour(double accuracy);
/// The sites table, the site × topic and site × technique tables, the note on names.
void renderSites(HtmlPage& page, const Summary& summary, Lang lang);
/// Which files were counted and which could not be read.
void renderFiles(HtmlPage& page, const Summary& summary, Lang lang);
/// summary-sites.csv, summary-site-topics.csv, summary-site-techniques.csv
std::vector<NamedFile> renderSitesCsv(const Summary& summary, Lang lang);

std::string renderSummaryHtml(const Summary& summary, Lang lang);
/// summary-matches.csv, summary-topics.csv, summary-techniques.csv, summary-questions.csv,
/// summary-practice.csv
std::vector<NamedFile> renderSummaryCsv(const Summary& summary, Lang lang);

}  // namespace dovui::report

#pragma once
/// Self-practice on the host's Wi-Fi (issue 14): the packs the host offers to phones, the
/// single-file page a learner takes home, and the anonymous practice answers phones send back.
/// Practice needs no match: it is served beside whatever match is running.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dovui/core/pack.hpp"

namespace dovui::server {

/// One pack offered for practice: its validated contents and the file text served as is.
struct PracticePack {
    std::string id;
    std::string json;
    std::shared_ptr<const core::Pack> pack;
};

/// The packs offered, loaded and validated once (a broken file is left out with its reason).
struct PracticeCatalog {
    std::vector<PracticePack> packs;
    std::vector<std::string> problems;  ///< "an-toan-so.json: câu 12: …", for the facilitator
    const PracticePack* find(std::string_view id) const;
    /// {"packs":[{"id","title","language","questions","topics":[{"id","name","questions"}]}]};
    /// `withheld` (the pack a running match plays) is left out so nobody looks answers up.
    std::string indexJson(std::string_view withheld = {}) const;
};

/// A JSON string literal; `</` is written `<\/` so the text may sit inside a <script>.
std::string jsonString(std::string_view text);

/// The bank table a VietQR card shows ({"970436":"Vietcombank",…}): one source, core's table.
std::string banksJson();

/// The names of question `questionId`'s topics in `pack` (empty when it is not there): what
/// the store and the practice corner show; a topic the pack does not name keeps its id.
std::vector<std::string> topicNamesOf(const core::Pack& pack, std::string_view questionId);

/// Every bundled pack (assets/packs/*/*.json), sorted by path.
std::vector<std::string> bundledPackPaths();
PracticeCatalog loadPracticeCatalog(const std::vector<std::string>& paths);

/// The learner's page as one self-contained HTML file with `packJson` inline: no request
/// leaves it (a Content-Security-Policy forbids any). `fileText` returns a page file's text
/// ("index.html", "style.css", "app.js", …) or nullopt when missing.
std::string assembleHomePage(
    const std::function<std::optional<std::string>(std::string_view)>& fileText,
    const std::string& packJson);

/// One practice answer as a phone reports it; `turn` numbers the learner's answers in a pack,
/// so a report sent twice is stored once.
struct PracticeAnswer {
    std::int64_t turn = 0;
    std::string questionId;
    bool correct = false;
};

/// POST /practice from the page: {"learner":"…","name":"…","pack":"…","answers":[{"turn":3,
/// "question":"sms-01","correct":true}]}. Anonymous unless the learner typed a name.
struct PracticeReport {
    std::string learner;  ///< a random id the phone made (8–40 of [A-Za-z0-9_-])
    std::string name;     ///< optional, ≤ 24 visible characters, checked like a nickname
    std::string packId;
    std::vector<PracticeAnswer> answers;  ///< at most kMaxPracticeAnswersPerReport
};
inline constexpr std::size_t kMaxPracticeAnswersPerReport = 16;

/// Parses and bounds a report; nullopt with `error` saying what is wrong.
[[nodiscard]] std::optional<PracticeReport> parsePracticeReport(std::string_view body,
                                                                std::string& error);

/// What the practice corner shows, anonymously: phones seen practising lately and the class's
/// weakest topics (names from the packs).
struct PracticeStats {
    struct Topic {
        std::string name;
        std::uint32_t right = 0;
        std::uint32_t answers = 0;
        bool operator==(const Topic&) const = default;
    };
    std::uint32_t phonesLately = 0;  ///< distinct phones with an answer in the last 15 minutes
    std::uint32_t answers = 0;       ///< since the host started
    std::vector<Topic> weakest;      ///< lowest share right first, at most 5, ≥ 3 answers each
    bool operator==(const PracticeStats&) const = default;
};

/// Keeps the running figures for PracticeStats (server thread only).
class PracticeTally {
public:
    /// Counts stored answers of `pack` by `learner` at `nowMs` (any steady clock).
    void add(const PracticePack& pack, const std::string& learner,
             const std::vector<PracticeAnswer>& answers, std::int64_t nowMs);
    PracticeStats stats(std::int64_t nowMs) const;

private:
    std::map<std::string, std::int64_t> m_lastSeen;  ///< learner → last answer
    std::set<std::string> m_counted;  ///< "learner pack turn": a resent report counts once
    std::map<std::string, PracticeStats::Topic> m_topics;
    std::uint32_t m_answers = 0;
};

}  // namespace dovui::server

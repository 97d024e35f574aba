#include "store_reader.hpp"

#include <rapidjson/document.h>
#include <sqlite3.h>

#include <algorithm>
#include <stdexcept>

#include "dovui/core/pack.hpp"
#include "dovui/core/scoring.hpp"
#include "dovui/store/schema.hpp"
#include "report_text.hpp"
#include "sql_query.hpp"
#include "store_open.hpp"

namespace dovui::report {
namespace {

/// "impersonation,otp-password" -> its ids; "2,0" -> its items ("" -> none).
std::vector<std::string> splitIds(const std::string& text) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t comma = text.find(',', at);
        if (comma == std::string::npos)
            comma = text.size();
        if (comma > at)
            out.push_back(text.substr(at, comma - at));
        at = comma + 1;
    }
    return out;
}

std::vector<int> splitIndexes(const std::string& text) {
    std::vector<int> out;
    for (const std::string& item : splitIds(text))
        if (item.size() < 4 &&
            std::all_of(item.begin(), item.end(), [](char c) { return c >= '0' && c <= '9'; }))
            out.push_back(std::stoi(item));
    return out;
}

/// The store writes options and topics as JSON arrays of strings.
std::vector<std::string> jsonStrings(const std::string& text) {
    std::vector<std::string> out;
    rapidjson::Document doc;
    doc.Parse(text.c_str(), text.size());
    if (doc.HasParseError() || !doc.IsArray())
        return out;
    for (const auto& v : doc.GetArray())
        if (v.IsString())
            out.emplace_back(v.GetString(), v.GetStringLength());
    return out;
}

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (!text.empty() && at <= text.size()) {
        std::size_t nl = text.find('\n', at);
        if (nl == std::string::npos)
            nl = text.size();
        out.push_back(text.substr(at, nl - at));
        at = nl + 1;
    }
    return out;
}

/// A question left open by a crash has ungraded answers; grade them with the game's rule.
bool gradeLocally(const QuestionRecord& q, const std::vector<int>& choice) {
    core::Question question;
    for (auto kind :
         {core::QuestionKind::Single, core::QuestionKind::TrueFalse, core::QuestionKind::Multi,
          core::QuestionKind::Order, core::QuestionKind::Poll, core::QuestionKind::Spot})
        if (q.kind == core::kindName(kind))
            question.kind = kind;
    question.options = q.options;
    for (int c : q.correct)
        question.correct.push_back(static_cast<std::uint8_t>(c));
    core::Choice picked;
    for (int c : choice)
        picked.push_back(static_cast<std::uint8_t>(c));
    return core::grade(question, picked).correct;
}

}  // namespace

const PlayerRecord* MatchRecord::findPlayer(std::int64_t playerId) const {
    for (const PlayerRecord& p : players)
        if (p.id == playerId)
            return &p;
    return nullptr;
}

std::string MatchRecord::topicName(const std::string& topicId) const {
    auto it = topicNames.find(topicId);
    return it != topicNames.end() ? it->second : topicId;
}

std::string MatchRecord::teamName(const PlayerRecord& player) const {
    if (mode != "teams" || player.team < 1 ||
        static_cast<std::size_t>(player.team) > teamNames.size())
        return {};
    return teamNames[static_cast<std::size_t>(player.team) - 1];
}

StoreReader::StoreReader(const std::filesystem::path& storePath, core::Lang lang)
    : m_db(openResultsFile(storePath, lang)), m_lang(lang) {}

std::string StoreReader::siteUid() {
    SqlQuery q(m_db, "SELECT site_uid FROM store_info LIMIT 1");
    return q.step() ? q.text(0) : std::string();
}

StoreReader::~StoreReader() {
    sqlite3_close(m_db);
}

std::optional<std::int64_t> StoreReader::latestMatchId() {
    SqlQuery q(m_db,
               "SELECT id FROM matches m WHERE EXISTS (SELECT 1 FROM players p WHERE p.match_id "
               "= m.id) ORDER BY started_at DESC, id DESC LIMIT 1");
    if (!q.step())
        return std::nullopt;
    return q.int64(0);
}

std::vector<std::int64_t> StoreReader::matchIds(std::int64_t fromUnix, std::int64_t toUnix) {
    SqlQuery q(m_db,
               "SELECT id FROM matches m WHERE started_at >= ? AND started_at < ? AND EXISTS "
               "(SELECT 1 FROM players p WHERE p.match_id = m.id) ORDER BY started_at, id");
    q.bind(fromUnix).bind(toUnix);
    std::vector<std::int64_t> ids;
    while (q.step())
        ids.push_back(q.int64(0));
    return ids;
}

std::vector<PracticeRecord> StoreReader::practiceAnswers(std::int64_t fromUnix,
                                                         std::int64_t toUnix) {
    std::vector<PracticeRecord> out;
    SqlQuery has(m_db,
                 "SELECT 1 FROM sqlite_master WHERE type='table' AND name='practice_answers'");
    if (!has.step())
        return out;
    SqlQuery q(m_db,
               "SELECT learner, name, pack_title, question_id, topics, correct, received_at_ms "
               "FROM practice_answers WHERE received_at_ms >= ? AND received_at_ms < ? "
               "ORDER BY received_at_ms");
    q.bind(fromUnix * 1000).bind(toUnix * 1000);
    while (q.step())
        out.push_back({q.text(0), q.text(1), q.text(2), q.text(3), jsonStrings(q.text(4)),
                       q.int64(5) != 0, q.int64(6)});
    return out;
}

std::string StoreReader::questionColumn(const char* name, const char* missing) {
    const std::string sql =
        std::string("SELECT 1 FROM pragma_table_info('questions') WHERE name='") + name + "'";
    SqlQuery has(m_db, sql.c_str());
    return has.step() ? name : missing;
}

MatchRecord StoreReader::loadMatch(std::int64_t matchId) {
    MatchRecord m;
    {
        SqlQuery q(m_db,
                   "SELECT id, name, pack_id, pack_title, pack_json, mode, time_scale, team_names, "
                   "started_at, ended_at, uid, pin FROM matches WHERE id=?");
        q.bind(matchId);
        if (!q.step())
            throw std::runtime_error(tr(m_lang, "không có trận đấu số ", "there is no match ") +
                                     std::to_string(matchId));
        m.id = q.int64(0);
        m.place = q.text(1);
        m.packId = q.text(2);
        m.packTitle = q.text(3);
        core::PackLoadResult pack = core::parsePack(q.text(4));
        if (pack.pack) {
            m.packLanguage = pack.pack->language;
            for (const core::Topic& t : pack.pack->topics)
                m.topicNames[t.id] = t.name;
        }
        m.mode = q.text(5);
        m.timeScalePercent = static_cast<int>(q.int64(6));
        m.teamNames = splitLines(q.text(7));
        m.startedAt = q.int64(8);
        m.endedAt = q.optionalInt64(9);
        // A match written by an older game into an upgraded file has no uid: derived, as the
        // migration would (store/schema.hpp), so it is never merged with another.
        m.uid = q.isNull(10) ? store::legacyMatchUid(q.int64(11), m.startedAt, m.place, m.packId)
                             : q.text(10);
    }
    {
        SqlQuery q(m_db,
                   "SELECT player_id, nickname, team, score, correct_count, eliminated, "
                   "left_match, kicked FROM players WHERE match_id=? ORDER BY player_id");
        q.bind(matchId);
        while (q.step())
            m.players.push_back({q.int64(0), q.text(1), static_cast<int>(q.int64(2)), q.int64(3),
                                 q.int64(4), q.int64(5) != 0, q.int64(6) != 0, q.int64(7) != 0});
    }
    {
        // Older stores lack later columns: `voided` (issue 11: nothing recorded as skipped),
        // `techniques`, `difficulty`, `genuine` (issue 13: not recorded, read as NULL).
        const std::string sql =
            "SELECT q_index, question_id, kind, text, options, correct, topics, explanation, "
            "asked_at, " +
            questionColumn("voided", "0") + ", " + questionColumn("techniques", "NULL") + ", " +
            questionColumn("difficulty", "NULL") + ", " + questionColumn("genuine", "NULL") +
            " FROM questions WHERE match_id=? ORDER BY q_index";
        SqlQuery q(m_db, sql.c_str());
        q.bind(matchId);
        while (q.step()) {
            QuestionRecord r{static_cast<int>(q.int64(0)),
                             q.text(1),
                             q.text(2),
                             q.text(3),
                             jsonStrings(q.text(4)),
                             splitIndexes(q.text(5)),
                             jsonStrings(q.text(6)),
                             q.text(7),
                             q.int64(8),
                             q.int64(9) != 0,
                             std::nullopt,
                             std::nullopt,
                             std::nullopt};
            if (!q.isNull(10))
                r.techniques = splitIds(q.text(10));
            if (auto difficulty = q.optionalInt64(11))
                r.difficulty = static_cast<int>(*difficulty);
            if (auto genuine = q.optionalInt64(12))
                r.genuine = *genuine != 0;
            m.questions.push_back(std::move(r));
        }
    }
    {
        SqlQuery q(m_db,
                   "SELECT q_index, player_id, choice, response_ms, correct, points FROM answers "
                   "WHERE match_id=? ORDER BY q_index, player_id");
        q.bind(matchId);
        while (q.step()) {
            AnswerRecord a;
            a.questionIndex = static_cast<int>(q.int64(0));
            a.playerId = q.int64(1);
            a.choice = splitIndexes(q.text(2));
            a.responseMs = q.int64(3);
            std::optional<std::int64_t> correct = q.optionalInt64(4);
            a.points = q.optionalInt64(5);
            if (correct) {
                a.correct = *correct != 0;
            } else {
                auto it = std::find_if(
                    m.questions.begin(), m.questions.end(),
                    [&](const QuestionRecord& r) { return r.index == a.questionIndex; });
                a.correct = it != m.questions.end() && gradeLocally(*it, a.choice);
            }
            m.answers.push_back(std::move(a));
        }
    }
    return m;
}

}  // namespace dovui::report

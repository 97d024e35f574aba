#include "dovui/store/store_reader.hpp"

#include <rapidjson/document.h>
#include <sqlite3.h>

#include <algorithm>

#include "dovui/core/pack.hpp"
#include "dovui/core/scoring.hpp"
#include "dovui/store/results_file.hpp"
#include "dovui/store/schema.hpp"
#include "dovui/store/sql_statement.hpp"
#include "stored_text.hpp"

namespace dovui::store {
namespace {

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

/// "trận 3, câu 2, người chơi 5": which row a refusal is about (question: 1-based, as shown).
std::string rowName(core::Lang lang, std::int64_t match, std::optional<int> questionIndex = {},
                    std::optional<std::int64_t> player = {}) {
    std::string out = core::tr(lang, "trận ", "match ") + std::to_string(match);
    if (questionIndex)
        out += core::tr(lang, ", câu ", ", question ") + std::to_string(*questionIndex + 1);
    if (player)
        out += core::tr(lang, ", người chơi ", ", player ") + std::to_string(*player);
    return out;
}

/// Matches a lobby nobody joined is not one of (the host's practice corner).
constexpr const char* kJoined = "EXISTS (SELECT 1 FROM players p WHERE p.match_id = m.id)";

}  // namespace

StoreReader::StoreReader(const std::filesystem::path& storePath, core::Lang lang)
    : m_db(openResultsFile(storePath, lang)),
      m_owned(true),
      m_lang(lang),
      m_fileName(storePath.string()) {}

StoreReader::StoreReader(sqlite3* db, core::Lang lang) : m_db(db), m_lang(lang) {}

StoreReader::~StoreReader() {
    if (m_owned)
        sqlite3_close(m_db);
}

void StoreReader::refuse(const std::string& where, const std::string& vi,
                         const std::string& en) const {
    const std::string detail = where + ": " + core::tr(m_lang, vi, en);
    throw DamagedStore((m_fileName.empty() ? "" : m_fileName + ": ") +
                           core::tr(m_lang, "tệp kết quả bị hỏng: ", "damaged results file: ") +
                           detail,
                       detail);
}

std::vector<int> StoreReader::indexes(const std::string& text, std::size_t optionCount,
                                      const std::string& where) const {
    std::vector<int> out;
    for (const std::string& item : splitAt(text, ',')) {
        const bool number =
            !item.empty() && item.size() <= 3 &&
            std::all_of(item.begin(), item.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!number)
            refuse(where, "\"" + text + "\" không phải danh sách số phương án",
                   "\"" + text + "\" is not a list of option numbers");
        const int value = std::stoi(item);
        if (static_cast<std::size_t>(value) >= optionCount)
            refuse(where,
                   "câu trả lời ngoài các phương án (" + item + "; câu có " +
                       std::to_string(optionCount) + " phương án)",
                   "an answer outside the options (" + item + "; the question has " +
                       std::to_string(optionCount) + ")");
        out.push_back(value);
    }
    return out;
}

std::string StoreReader::siteUid() {
    SqlStatement q(m_db, "SELECT site_uid FROM store_info LIMIT 1");
    return q.step() ? q.text(0) : std::string();
}

std::optional<std::int64_t> StoreReader::latestMatchId() {
    SqlStatement q(m_db, std::string("SELECT id FROM matches m WHERE ") + kJoined +
                             " ORDER BY started_at DESC, id DESC LIMIT 1");
    if (!q.step())
        return std::nullopt;
    return q.int64(0);
}

std::optional<std::int64_t> StoreReader::unfinishedMatchId() {
    SqlStatement q(m_db, std::string("SELECT id FROM matches m WHERE ended_at IS NULL AND "
                                     "(phase != 0 OR ") +
                             kJoined + ") ORDER BY id DESC LIMIT 1");
    if (!q.step())
        return std::nullopt;
    return q.int64(0);
}

std::string StoreReader::latestMatchName() {
    SqlStatement q(m_db, "SELECT name FROM matches ORDER BY started_at DESC, id DESC LIMIT 1");
    return q.step() ? q.text(0) : std::string();
}

std::vector<std::int64_t> StoreReader::matchIds(std::int64_t fromUnix, std::int64_t toUnix) {
    SqlStatement q(m_db, std::string("SELECT id FROM matches m WHERE started_at >= ? AND "
                                     "started_at < ? AND ") +
                             kJoined + " ORDER BY started_at, id");
    q.bind(fromUnix).bind(toUnix);
    std::vector<std::int64_t> ids;
    while (q.step())
        ids.push_back(q.int64(0));
    return ids;
}

std::vector<PracticeRecord> StoreReader::practiceAnswers(std::int64_t fromUnix,
                                                         std::int64_t toUnix) {
    std::vector<PracticeRecord> out;
    SqlStatement q(m_db,
                   "SELECT site, learner, name, pack_id, pack_title, turn, question_id, topics, "
                   "correct, received_at_ms FROM practice_answers "
                   "WHERE received_at_ms >= ? AND received_at_ms < ? ORDER BY received_at_ms");
    q.bind(fromUnix * 1000).bind(toUnix * 1000);
    while (q.step())
        out.push_back({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.int64(5), q.text(6),
                       jsonStrings(q.text(7)), q.int64(8) != 0, q.int64(9)});
    return out;
}

MatchRecord StoreReader::loadMatch(std::int64_t matchId) {
    MatchRecord m;
    {
        SqlStatement q(m_db,
                       "SELECT id, pin, name, pack_id, pack_title, pack_json, mode, time_scale, "
                       "max_players, team_names, question_limit, easy_first, started_at, "
                       "ended_at, phase, question_index, locked, revived, uid FROM matches "
                       "WHERE id=?");
        q.bind(matchId);
        if (!q.step())
            throw std::runtime_error(
                core::tr(m_lang, "không có trận đấu số ", "there is no match ") +
                std::to_string(matchId));
        m.id = q.int64(0);
        const std::int64_t pin = q.int64(1);
        m.place = q.text(2);
        m.packId = q.text(3);
        m.packTitle = q.text(4);
        m.packJson = q.text(5);
        m.mode = q.text(6);
        m.timeScalePercent = static_cast<int>(q.int64(7));
        m.maxPlayers = q.int64(8);
        m.teamNames = splitLines(q.text(9));
        m.questionLimit = q.int64(10);
        m.easyFirst = q.int64(11) != 0;
        m.startedAt = q.int64(12);
        m.endedAt = q.optionalInt64(13);
        m.phase = q.int64(14);
        m.questionIndex = q.int64(15);
        m.locked = q.int64(16) != 0;
        m.revived = q.int64(17) != 0;
        // A match written by an older game into an upgraded file has no uid: derived, as the
        // migration would (schema.hpp), so it is never merged with another.
        m.uid = q.isNull(18) ? legacyMatchUid(pin, m.startedAt, m.place, m.packId) : q.text(18);
        if (pin < 0 || pin > 999999)
            refuse(rowName(m_lang, m.id), "mã PIN " + std::to_string(pin) + " không phải 6 chữ số",
                   "PIN " + std::to_string(pin) + " is not 6 digits");
        m.pin = static_cast<std::uint32_t>(pin);
    }
    core::PackLoadResult pack = core::parsePack(m.packJson);
    if (pack.pack) {
        m.packLanguage = pack.pack->language;
        for (const core::Topic& t : pack.pack->topics)
            m.topicNames[t.id] = t.name;
    }
    readPlayers(m);
    readQuestions(m);
    readAnswers(m);
    return m;
}

void StoreReader::readPlayers(MatchRecord& m) {
    SqlStatement q(m_db,
                   "SELECT player_id, nickname, team, score, correct_count, eliminated, "
                   "left_match, kicked, token, streak FROM players WHERE match_id=? "
                   "ORDER BY player_id");
    q.bind(m.id);
    while (q.step()) {
        PlayerRecord p{q.int64(0),      q.text(1),       static_cast<int>(q.int64(2)),
                       q.int64(3),      q.int64(4),      q.int64(5) != 0,
                       q.int64(6) != 0, q.int64(7) != 0, q.text(8),
                       q.int64(9)};
        if (p.team < 0 || p.team > 255)
            refuse(rowName(m_lang, m.id, std::nullopt, p.id),
                   "đội " + std::to_string(p.team) + " không có",
                   "no team " + std::to_string(p.team));
        m.players.push_back(std::move(p));
    }
}

void StoreReader::readQuestions(MatchRecord& m) {
    SqlStatement q(m_db,
                   "SELECT q_index, question_id, kind, text, options, correct, topics, "
                   "explanation, asked_at, voided, techniques, difficulty, genuine "
                   "FROM questions WHERE match_id=? ORDER BY q_index");
    q.bind(m.id);
    while (q.step()) {
        QuestionRecord r;
        r.index = static_cast<int>(q.int64(0));
        r.questionId = q.text(1);
        r.kind = q.text(2);
        r.text = q.text(3);
        r.options = jsonStrings(q.text(4));
        r.correct = indexes(q.text(5), r.options.size(), rowName(m_lang, m.id, r.index));
        r.topics = jsonStrings(q.text(6));
        r.explanation = q.text(7);
        r.askedAt = q.int64(8);
        r.voided = q.int64(9) != 0;
        if (!q.isNull(10))
            r.techniques = splitAt(q.text(10), ',');
        if (auto difficulty = q.optionalInt64(11))
            r.difficulty = static_cast<int>(*difficulty);
        if (auto genuine = q.optionalInt64(12))
            r.genuine = *genuine != 0;
        m.questions.push_back(std::move(r));
    }
}

void StoreReader::readAnswers(MatchRecord& m) {
    SqlStatement q(m_db,
                   "SELECT q_index, player_id, choice, response_ms, correct, points FROM answers "
                   "WHERE match_id=? ORDER BY q_index, player_id");
    q.bind(m.id);
    while (q.step()) {
        AnswerRecord a;
        a.questionIndex = static_cast<int>(q.int64(0));
        a.playerId = q.int64(1);
        const QuestionRecord* question = m.findQuestion(a.questionIndex);
        // An answer to a question with no row (never in a file the game wrote) is kept within
        // a byte; its grade is "wrong".
        a.choice = indexes(q.text(2), question ? question->options.size() : 255,
                           rowName(m_lang, m.id, a.questionIndex, a.playerId));
        a.responseMs = q.int64(3);
        std::optional<std::int64_t> correct = q.optionalInt64(4);
        a.points = q.optionalInt64(5);
        a.correct = correct ? *correct != 0 : question && gradeLocally(*question, a.choice);
        m.answers.push_back(std::move(a));
    }
}

}  // namespace dovui::store

#include "dovui/server/store.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <random>
#include <stdexcept>

#include "dovui/core/results_file.hpp"
#include "dovui/paths/paths.hpp"
#include "dovui/server/sql_statement.hpp"

namespace dovui::server {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS matches(
  id INTEGER PRIMARY KEY, pin INTEGER NOT NULL, name TEXT NOT NULL, pack_id TEXT NOT NULL,
  pack_title TEXT NOT NULL, pack_json TEXT NOT NULL, mode TEXT NOT NULL, time_scale INTEGER NOT NULL,
  max_players INTEGER NOT NULL, team_names TEXT NOT NULL, question_limit INTEGER NOT NULL,
  started_at INTEGER NOT NULL, ended_at INTEGER, phase INTEGER NOT NULL DEFAULT 0,
  question_index INTEGER NOT NULL DEFAULT 0, locked INTEGER NOT NULL DEFAULT 0,
  revived INTEGER NOT NULL DEFAULT 0, easy_first INTEGER NOT NULL DEFAULT 0, uid TEXT);
CREATE TABLE IF NOT EXISTS players(
  match_id INTEGER NOT NULL REFERENCES matches(id), player_id INTEGER NOT NULL,
  nickname TEXT NOT NULL, token TEXT NOT NULL, team INTEGER NOT NULL, score INTEGER NOT NULL,
  streak INTEGER NOT NULL, correct_count INTEGER NOT NULL, eliminated INTEGER NOT NULL,
  left_match INTEGER NOT NULL DEFAULT 0, kicked INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(match_id, player_id));
CREATE TABLE IF NOT EXISTS questions(
  match_id INTEGER NOT NULL REFERENCES matches(id), q_index INTEGER NOT NULL,
  question_id TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, options TEXT NOT NULL,
  correct TEXT NOT NULL, topics TEXT NOT NULL, explanation TEXT NOT NULL, asked_at INTEGER NOT NULL,
  voided INTEGER NOT NULL DEFAULT 0, techniques TEXT, difficulty INTEGER, genuine INTEGER,
  PRIMARY KEY(match_id, q_index));
CREATE TABLE IF NOT EXISTS answers(
  match_id INTEGER NOT NULL REFERENCES matches(id), q_index INTEGER NOT NULL,
  player_id INTEGER NOT NULL, choice TEXT NOT NULL, response_ms INTEGER NOT NULL,
  arrived_at_ms INTEGER NOT NULL, correct INTEGER, points INTEGER,
  PRIMARY KEY(match_id, q_index, player_id));
CREATE TABLE IF NOT EXISTS practice_answers(
  site TEXT NOT NULL, learner TEXT NOT NULL, name TEXT NOT NULL, pack_id TEXT NOT NULL,
  pack_title TEXT NOT NULL, turn INTEGER NOT NULL, question_id TEXT NOT NULL,
  topics TEXT NOT NULL, correct INTEGER NOT NULL, received_at_ms INTEGER NOT NULL,
  PRIMARY KEY(learner, pack_id, turn));
CREATE TABLE IF NOT EXISTS store_info(
  id INTEGER PRIMARY KEY CHECK(id = 1), site_uid TEXT NOT NULL, created_at INTEGER NOT NULL);
)sql";

/// 32 hex digits from the system's random source: a match's or a file's stable id.
std::string randomUid() {
    std::random_device source;
    std::string out;
    static constexpr char kHex[] = "0123456789abcdef";
    for (int i = 0; i < 4; ++i) {
        std::uint32_t word = source();
        for (int shift = 28; shift >= 0; shift -= 4)
            out += kHex[(word >> shift) & 0xf];
    }
    return out;
}

/// "impersonation,otp-password": the pack-file ids, for the reports.
std::string techniqueIds(const std::vector<core::Technique>& techniques) {
    std::string out;
    for (core::Technique t : techniques)
        out += (out.empty() ? "" : ",") + std::string(core::techniqueInfo(t).id);
    return out;
}

std::string joinIndexes(const std::vector<std::uint8_t>& values) {
    std::string out;
    for (auto v : values) {
        if (!out.empty())
            out += ',';
        out += std::to_string(v);
    }
    return out;
}

std::vector<std::uint8_t> splitIndexes(const std::string& text) {
    std::vector<std::uint8_t> out;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t comma = text.find(',', at);
        if (comma == std::string::npos)
            comma = text.size();
        // A damaged value becomes 255, which no question has: the core refuses it by name.
        int value = 0;
        std::string_view item(text.data() + at, comma - at);
        auto [end, error] = std::from_chars(item.data(), item.data() + item.size(), value);
        bool bad =
            error != std::errc() || end != item.data() + item.size() || value < 0 || value > 254;
        out.push_back(static_cast<std::uint8_t>(bad ? 255 : value));
        at = comma + 1;
    }
    return out;
}

/// A JSON array of strings, for option and topic lists (reports read them back).
std::string jsonArray(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? "," : "") + jsonString(items[i]);
    return out + "]";
}

std::string joinLines(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items)
        out += (out.empty() ? "" : "\n") + s;
    return out;
}

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at <= text.size() && !text.empty()) {
        std::size_t nl = text.find('\n', at);
        if (nl == std::string::npos)
            nl = text.size();
        out.push_back(text.substr(at, nl - at));
        at = nl + 1;
    }
    return out;
}

}  // namespace

Store::Store(const std::string& path) {
    std::filesystem::path parent = std::filesystem::path(path).parent_path();
    std::error_code ec;
    if (!parent.empty())
        std::filesystem::create_directories(parent, ec);
    if (sqlite3_open(path.c_str(), &m_db) != SQLITE_OK) {
        std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        m_db = nullptr;
        throw std::runtime_error("cannot open results file " + path + ": " + message);
    }
    // A lock held by another program is waited for briefly, never for seconds: the server's
    // loop must go on (the write is retried next tick; see MatchServer::flushStore).
    sqlite3_busy_timeout(m_db, 150);
    exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA synchronous=FULL");  // an acknowledged answer survives a power cut
    exec("PRAGMA foreign_keys=ON");
    try {
        refuseNewerVersion();
        exec("BEGIN IMMEDIATE");
        exec(kSchema);
        addMissingColumns();
        giveStableIds();
        exec(("PRAGMA user_version=" + std::to_string(core::kResultsSchemaVersion)).c_str());
        exec("COMMIT");
    } catch (...) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw;
    }
}

void Store::refuseNewerVersion() {
    SqlStatement version(m_db, "PRAGMA user_version");
    const std::int64_t found = version.step() ? version.int64(0) : 0;
    if (found > core::kResultsSchemaVersion)
        throw std::runtime_error("tệp kết quả từ phiên bản mới hơn (" + std::to_string(found) +
                                 "): cập nhật Đố Vui Số");
}

void Store::giveStableIds() {
    // Matches stored before issue 17 get an id derived from their content, so every copy of
    // an old file gives the same ids (core/results_file.hpp; dovui-report derives the same).
    std::vector<std::pair<std::int64_t, std::string>> derived;
    {
        SqlStatement old(
            m_db, "SELECT id, pin, started_at, name, pack_id FROM matches WHERE uid IS NULL");
        while (old.step())
            derived.emplace_back(old.int64(0), core::legacyMatchUid(old.int64(1), old.int64(2),
                                                                    old.text(3), old.text(4)));
    }
    SqlStatement set(m_db, "UPDATE matches SET uid=? WHERE id=?");
    for (const auto& [id, uid] : derived) {
        set.reset();
        set.bind(uid).bind(id);
        set.run();
    }
    SqlStatement has(m_db, "SELECT 1 FROM store_info");
    if (has.step())
        return;
    // The file's own site id tells two laptops with the same site name apart; an old file's is
    // derived from its first match, so its copies agree.
    SqlStatement first(m_db, "SELECT uid FROM matches ORDER BY id LIMIT 1");
    const std::string site = first.step() ? core::legacySiteUid(first.text(0)) : randomUid();
    SqlStatement add(m_db, "INSERT INTO store_info(id, site_uid, created_at) VALUES(1,?,?)");
    add.bind(site).bind(static_cast<std::int64_t>(std::time(nullptr)));
    add.run();
}

void Store::addMissingColumns() {
    // Older stores lack the columns added since: skipped questions (issue 11); what a question
    // teaches and easy-first ordering (issue 13, NULL = not recorded then).
    struct Column {
        const char* table;
        const char* name;
        const char* add;
    };
    static constexpr Column kAdded[] = {
        {"questions", "voided",
         "ALTER TABLE questions ADD COLUMN voided INTEGER NOT NULL DEFAULT 0"},
        {"questions", "techniques", "ALTER TABLE questions ADD COLUMN techniques TEXT"},
        {"questions", "difficulty", "ALTER TABLE questions ADD COLUMN difficulty INTEGER"},
        {"questions", "genuine", "ALTER TABLE questions ADD COLUMN genuine INTEGER"},
        {"matches", "easy_first",
         "ALTER TABLE matches ADD COLUMN easy_first INTEGER NOT NULL DEFAULT 0"},
        {"matches", "uid", "ALTER TABLE matches ADD COLUMN uid TEXT"},
    };
    for (const Column& c : kAdded) {
        SqlStatement has(m_db, "SELECT 1 FROM pragma_table_info(?) WHERE name=?");
        has.bind(std::string(c.table)).bind(std::string(c.name));
        if (!has.step())
            exec(c.add);
    }
}

Store::~Store() {
    if (m_inTransaction)
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(m_db);
}

void Store::exec(const char* sql) {
    char* error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        throw std::runtime_error("results store: " + message);
    }
}

void Store::begin() {
    if (!m_inTransaction) {
        exec("BEGIN");
        m_inTransaction = true;
    }
}

void Store::commit() {
    if (!m_inTransaction)
        return;
    try {
        exec("COMMIT");
    } catch (...) {
        rollback();  // a failed COMMIT leaves the transaction open: every later BEGIN would fail
        throw;
    }
    m_inTransaction = false;
}

void Store::rollback() {
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);  // harmless when none is open
    m_inTransaction = false;
}

std::int64_t Store::createMatch(std::uint32_t pin, const core::MatchConfig& config,
                                const core::Pack& pack, const std::string& packJson,
                                std::int64_t startedAtUnix) {
    SqlStatement st(
        m_db,
        "INSERT INTO matches(pin, name, pack_id, pack_title, pack_json, mode, time_scale, "
        "max_players, team_names, question_limit, started_at, easy_first, uid) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
    st.bind(pin)
        .bind(config.matchName)
        .bind(pack.id)
        .bind(pack.title)
        .bind(packJson)
        .bind(std::string(core::modeName(config.mode)))
        .bind(config.timeScalePercent)
        .bind(static_cast<std::int64_t>(config.maxPlayers))
        .bind(joinLines(config.teamNames))
        .bind(config.questionLimit)
        .bind(startedAtUnix)
        .bind(config.easyFirst ? 1 : 0)
        .bind(randomUid());
    st.run();
    return sqlite3_last_insert_rowid(m_db);
}

void Store::addPlayer(std::int64_t matchId, const core::Player& p) {
    SqlStatement st(
        m_db,
        "INSERT OR REPLACE INTO players(match_id, player_id, nickname, token, team, score, "
        "streak, correct_count, eliminated) VALUES(?,?,?,?,?,?,?,?,?)");
    st.bind(matchId)
        .bind(p.id)
        .bind(p.nickname)
        .bind(p.token)
        .bind(p.team)
        .bind(p.score)
        .bind(p.streak)
        .bind(p.correctCount)
        .bind(p.eliminated);
    st.run();
}

void Store::addAnswers(std::int64_t matchId, const std::vector<core::AnswerRecord>& answers,
                       std::int64_t arrivedAtUnixMs) {
    SqlStatement st(
        m_db,
        "INSERT OR IGNORE INTO answers(match_id, q_index, player_id, choice, response_ms, "
        "arrived_at_ms) VALUES(?,?,?,?,?,?)");
    for (const auto& a : answers) {
        st.reset();
        st.bind(matchId)
            .bind(a.questionIndex)
            .bind(a.player)
            .bind(joinIndexes(a.choice))
            .bind(a.responseMs)
            .bind(arrivedAtUnixMs);
        st.run();
    }
}

void Store::questionOpened(std::int64_t matchId, std::uint16_t index, const core::Question& q,
                           std::int64_t atUnix) {
    SqlStatement st(
        m_db,
        "INSERT OR REPLACE INTO questions(match_id, q_index, question_id, kind, text, options, "
        "correct, topics, explanation, asked_at, techniques, difficulty, genuine) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
    st.bind(matchId)
        .bind(index)
        .bind(q.id)
        .bind(std::string(core::kindName(q.kind)))
        .bind(q.text)
        .bind(jsonArray(q.options))
        .bind(joinIndexes(q.correct))
        .bind(jsonArray(q.topics))
        .bind(q.explanation)
        .bind(atUnix)
        .bind(techniqueIds(q.techniques))
        .bind(q.difficulty);
    if (q.card)
        st.bind(q.genuineCard ? 1 : 0);
    else
        st.bindNull();
    st.run();
}

std::size_t Store::addPracticeAnswers(const std::string& site, const PracticeReport& report,
                                      const std::vector<PracticeAnswer>& answers,
                                      const core::Pack& pack, std::int64_t receivedAtMs) {
    SqlStatement st(m_db,
                    "INSERT OR IGNORE INTO practice_answers(site, learner, name, pack_id, "
                    "pack_title, turn, question_id, topics, correct, received_at_ms) "
                    "VALUES(?,?,?,?,?,?,?,?,?,?)");
    std::size_t added = 0;
    for (const PracticeAnswer& a : answers) {
        const std::vector<std::string> topics = topicNamesOf(pack, a.questionId);
        st.reset();
        st.bind(site)
            .bind(report.learner)
            .bind(report.name)
            .bind(report.packId)
            .bind(pack.title)
            .bind(a.turn)
            .bind(a.questionId)
            .bind(jsonArray(topics))
            .bind(a.correct)
            .bind(receivedAtMs);
        st.run();
        added += static_cast<std::size_t>(sqlite3_changes(m_db));
    }
    return added;
}

void Store::questionClosed(std::int64_t matchId, const core::Match& match) {
    const core::Question& q = match.currentQuestion();
    const bool voided = match.lastVoided();
    if (voided) {
        // A skipped question scores nobody: its answers stay, ungraded, with 0 points.
        SqlStatement skipped(m_db, "UPDATE questions SET voided=1 WHERE match_id=? AND q_index=?");
        skipped.bind(matchId).bind(match.questionIndex());
        skipped.run();
    }
    SqlStatement answer(
        m_db,
        "UPDATE answers SET correct=?, points=? WHERE match_id=? AND q_index=? AND player_id=?");
    for (const auto& [playerId, a] : match.currentAnswers()) {
        const core::Player* p = match.findPlayer(playerId);
        answer.reset();
        if (voided)
            answer.bindNull();
        else
            answer.bind(core::grade(q, a.choice).correct);
        answer.bind(voided || !p ? 0 : p->lastGain)
            .bind(matchId)
            .bind(match.questionIndex())
            .bind(playerId);
        answer.run();
    }
    SqlStatement player(m_db,
                        "UPDATE players SET score=?, streak=?, correct_count=?, eliminated=? "
                        "WHERE match_id=? AND player_id=?");
    for (const core::Player& p : match.players()) {
        player.reset();
        player.bind(p.score)
            .bind(p.streak)
            .bind(p.correctCount)
            .bind(p.eliminated)
            .bind(matchId)
            .bind(p.id);
        player.run();
    }
    saveMatchState(matchId, match);
}

void Store::saveMatchState(std::int64_t matchId, const core::Match& match) {
    SqlStatement st(m_db,
                    "UPDATE matches SET phase=?, question_index=?, locked=?, revived=? WHERE id=?");
    st.bind(static_cast<int>(match.phase()))
        .bind(match.questionIndex())
        .bind(match.locked())
        .bind(match.revived())
        .bind(matchId);
    st.run();
}

void Store::playerLeft(std::int64_t matchId, core::PlayerId player, bool kicked) {
    SqlStatement st(m_db,
                    "UPDATE players SET left_match=1, kicked=? WHERE match_id=? AND player_id=?");
    st.bind(kicked).bind(matchId).bind(player);
    st.run();
}

void Store::matchEnded(std::int64_t matchId, std::int64_t endedAtUnix) {
    SqlStatement st(m_db, "UPDATE matches SET ended_at=?, phase=? WHERE id=?");
    st.bind(endedAtUnix).bind(static_cast<int>(core::Phase::Podium)).bind(matchId);
    st.run();
}

std::optional<SavedMatch> Store::loadUnfinished() {
    SqlStatement m(m_db,
                   "SELECT id, pin, name, pack_json, mode, time_scale, max_players, team_names, "
                   "question_limit, phase, question_index, locked, revived, easy_first "
                   "FROM matches m "
                   "WHERE ended_at IS NULL AND (phase != 0 OR EXISTS (SELECT 1 FROM players p "
                   "WHERE p.match_id = m.id)) ORDER BY id DESC LIMIT 1");
    if (!m.step())
        return std::nullopt;
    SavedMatch saved;
    saved.matchId = m.int64(0);
    saved.pin = static_cast<std::uint32_t>(m.int64(1));
    saved.config.matchName = m.text(2);
    saved.packJson = m.text(3);
    saved.config.mode = core::parseMode(m.text(4)).value_or(core::MatchMode::Classic);
    saved.config.timeScalePercent = static_cast<int>(m.int64(5));
    saved.config.maxPlayers = static_cast<std::uint32_t>(m.int64(6));
    saved.config.teamNames = splitLines(m.text(7));
    saved.config.questionLimit = static_cast<std::uint16_t>(m.int64(8));
    // Out-of-range values are passed on as they are (within the byte): the core names them.
    saved.state.phase = static_cast<core::Phase>(std::clamp<std::int64_t>(m.int64(9), 0, 255));
    saved.state.questionIndex = static_cast<std::uint16_t>(m.int64(10));
    saved.state.locked = m.int64(11) != 0;
    saved.state.revived = m.int64(12) != 0;
    saved.config.easyFirst = m.int64(13) != 0;

    SqlStatement ps(
        m_db,
        "SELECT player_id, nickname, token, team, score, streak, correct_count, eliminated, "
        "left_match, kicked FROM players WHERE match_id=? ORDER BY player_id");
    ps.bind(saved.matchId);
    while (ps.step()) {
        core::Player p;
        p.id = static_cast<core::PlayerId>(ps.int64(0));
        p.nickname = ps.text(1);
        p.token = ps.text(2);
        p.team = static_cast<std::uint8_t>(std::clamp<std::int64_t>(ps.int64(3), 0, 255));
        p.score = static_cast<std::int32_t>(ps.int64(4));
        p.streak = static_cast<std::uint16_t>(ps.int64(5));
        p.correctCount = static_cast<std::uint16_t>(ps.int64(6));
        p.eliminated = ps.int64(7) != 0;
        p.left = ps.int64(8) != 0;
        p.connected = false;  // everyone must come back by token
        if (ps.int64(9) != 0)
            saved.state.bannedTokens.push_back(p.token);
        saved.state.players.push_back(std::move(p));  // a gap in ids: the core refuses it
    }
    SqlStatement skipped(m_db, "SELECT q_index FROM questions WHERE match_id=? AND voided=1");
    skipped.bind(saved.matchId);
    while (skipped.step())
        saved.state.voidedQuestions.push_back(static_cast<std::uint16_t>(skipped.int64(0)));
    // The open question's answers (not graded yet), or the revealed question's (graded: their
    // points are what the first reveal gave each player).
    const bool revealing =
        saved.state.phase == core::Phase::Reveal || saved.state.phase == core::Phase::Leaderboard;
    SqlStatement as(m_db, revealing ? "SELECT player_id, choice, response_ms, points FROM answers "
                                      "WHERE match_id=? AND q_index=? AND points IS NOT NULL"
                                    : "SELECT player_id, choice, response_ms, points FROM answers "
                                      "WHERE match_id=? AND q_index=? AND points IS NULL");
    as.bind(saved.matchId).bind(saved.state.questionIndex);
    while (as.step()) {
        auto player = static_cast<core::PlayerId>(as.int64(0));
        saved.state.currentAnswers.push_back(
            {player, saved.state.questionIndex, splitIndexes(as.text(1)), as.int64(2)});
        auto& players = saved.state.players;
        auto owner = std::find_if(players.begin(), players.end(),
                                  [&](const core::Player& p) { return p.id == player; });
        if (revealing && owner != players.end())
            owner->lastGain = static_cast<std::int32_t>(as.int64(3));
    }
    return saved;
}

std::int64_t Store::count(const std::string& table, std::int64_t matchId) {
    std::string column = table == "matches" ? "id" : "match_id";
    SqlStatement st(m_db, "SELECT COUNT(*) FROM " + table + " WHERE " + column + "=?");
    st.bind(matchId);
    return st.step() ? st.int64(0) : 0;
}

std::string defaultDataDir() {
    return paths::userDataDir().string();
}

}  // namespace dovui::server

#include "dovui/store/store.hpp"

#include <sqlite3.h>

#include <filesystem>
#include <stdexcept>

#include "dovui/paths/paths.hpp"
#include "dovui/store/schema.hpp"
#include "dovui/store/sql_statement.hpp"
#include "stored_text.hpp"

namespace dovui::store {
namespace {

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
        const std::int64_t found = schemaVersionOf(m_db);
        if (found > kSchemaVersion)
            throw std::runtime_error("tệp kết quả từ phiên bản mới hơn (" + std::to_string(found) +
                                     "): cập nhật Đố Vui Số");
        // A current file is not written to on opening: a read-only folder still resumes (its
        // writes are held and retried by the server until the folder is writable again).
        if (!schemaIsCurrent(m_db)) {
            exec("BEGIN IMMEDIATE");
            migrateSchema(m_db);
            exec("COMMIT");
        }
    } catch (...) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw;
    }
}

Store::~Store() {
    if (m_inTransaction)
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(m_db);
}

void Store::exec(const char* sql) {
    execSql(m_db, sql);
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

std::size_t Store::addPracticeAnswers(const std::vector<PracticeRecord>& answers) {
    SqlStatement st(m_db,
                    "INSERT OR IGNORE INTO practice_answers(site, learner, name, pack_id, "
                    "pack_title, turn, question_id, topics, correct, received_at_ms) "
                    "VALUES(?,?,?,?,?,?,?,?,?,?)");
    std::size_t added = 0;
    for (const PracticeRecord& a : answers) {
        st.reset();
        st.bind(a.site)
            .bind(a.learner)
            .bind(a.name)
            .bind(a.packId)
            .bind(a.packTitle)
            .bind(a.turn)
            .bind(a.questionId)
            .bind(jsonArray(a.topics))
            .bind(a.correct)
            .bind(a.receivedAtMs);
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

std::string defaultDataDir() {
    return paths::userDataDir().string();
}

}  // namespace dovui::store

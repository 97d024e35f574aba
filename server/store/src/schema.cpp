#include "dovui/store/schema.hpp"

#include <ctime>
#include <random>
#include <utility>
#include <vector>

#include "dovui/store/sql_statement.hpp"

namespace dovui::store {
namespace {

constexpr const char* kTables = R"sql(
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

/// Columns added since the first stores: skipped questions (issue 11); what a question teaches
/// and easy-first ordering (issue 13, NULL = not recorded then); the match's stable id (17).
struct AddedColumn {
    const char* table;
    const char* name;
    const char* add;
};
constexpr AddedColumn kAddedColumns[] = {
    {"questions", "voided", "ALTER TABLE questions ADD COLUMN voided INTEGER NOT NULL DEFAULT 0"},
    {"questions", "techniques", "ALTER TABLE questions ADD COLUMN techniques TEXT"},
    {"questions", "difficulty", "ALTER TABLE questions ADD COLUMN difficulty INTEGER"},
    {"questions", "genuine", "ALTER TABLE questions ADD COLUMN genuine INTEGER"},
    {"matches", "easy_first",
     "ALTER TABLE matches ADD COLUMN easy_first INTEGER NOT NULL DEFAULT 0"},
    {"matches", "uid", "ALTER TABLE matches ADD COLUMN uid TEXT"},
};
constexpr const char* kTableNames[] = {"matches", "players",          "questions",
                                       "answers", "practice_answers", "store_info"};

bool hasColumn(sqlite3* db, const char* table, const char* column) {
    SqlStatement has(db, "SELECT 1 FROM pragma_table_info(?) WHERE name=?");
    has.bind(std::string(table)).bind(std::string(column));
    return has.step();
}

bool hasTable(sqlite3* db, const char* table) {
    SqlStatement has(db, "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?");
    has.bind(std::string(table));
    return has.step();
}

void giveStableIds(sqlite3* db) {
    // Matches stored before issue 17 get an id derived from their content, so every copy of
    // an old file gives the same ids, whoever migrates it (the server or a report).
    std::vector<std::pair<std::int64_t, std::string>> derived;
    {
        SqlStatement old(
            db, "SELECT id, pin, started_at, name, pack_id FROM matches WHERE uid IS NULL");
        while (old.step())
            derived.emplace_back(
                old.int64(0), legacyMatchUid(old.int64(1), old.int64(2), old.text(3), old.text(4)));
    }
    SqlStatement set(db, "UPDATE matches SET uid=? WHERE id=?");
    for (const auto& [id, uid] : derived) {
        set.reset();
        set.bind(uid).bind(id);
        set.run();
    }
    SqlStatement has(db, "SELECT 1 FROM store_info");
    if (has.step())
        return;
    // The file's own site id tells two laptops with the same site name apart; an old file's is
    // derived from its first match, so its copies agree.
    SqlStatement first(db, "SELECT uid FROM matches ORDER BY id LIMIT 1");
    const std::string site = first.step() ? legacySiteUid(first.text(0)) : randomUid();
    SqlStatement add(db, "INSERT INTO store_info(id, site_uid, created_at) VALUES(1,?,?)");
    add.bind(site).bind(static_cast<std::int64_t>(std::time(nullptr)));
    add.run();
}

}  // namespace

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

std::int64_t schemaVersionOf(sqlite3* db) {
    SqlStatement version(db, "PRAGMA user_version");
    return version.step() ? version.int64(0) : 0;
}

bool hasResultsTables(sqlite3* db) {
    return hasTable(db, "matches") && hasTable(db, "answers");
}

bool schemaIsCurrent(sqlite3* db) {
    if (schemaVersionOf(db) != kSchemaVersion)
        return false;
    for (const char* table : kTableNames)
        if (!hasTable(db, table))
            return false;
    for (const AddedColumn& c : kAddedColumns)
        if (!hasColumn(db, c.table, c.name))
            return false;
    return true;
}

void migrateSchema(sqlite3* db) {
    execSql(db, kTables);
    for (const AddedColumn& c : kAddedColumns)
        if (!hasColumn(db, c.table, c.name))
            execSql(db, c.add);
    giveStableIds(db);
    execSql(db, "PRAGMA user_version=" + std::to_string(kSchemaVersion));
}

}  // namespace dovui::store

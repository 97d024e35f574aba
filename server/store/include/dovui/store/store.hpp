#pragma once
/// The results store: one SQLite file (WAL) with matches, players, questions as asked and
/// answers (design.md §6). Writes are grouped into one transaction per server-loop tick,
/// committed before the acknowledgements of that tick are sent.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dovui/core/match.hpp"
#include "dovui/store/damaged_store.hpp"
#include "dovui/store/records.hpp"

struct sqlite3;

namespace dovui::store {

/// What `--resume` needs to rebuild an unfinished match.
struct SavedMatch {
    std::int64_t matchId = 0;
    std::uint32_t pin = 0;
    std::string packJson;  ///< the pack as it was when the match started
    core::MatchConfig config;
    core::Match::Restore state;
};

class Store {
public:
    /// Opens or creates `path`, migrating an older file (matches gain a stable uid, the file a
    /// site uid in store_info, schema.hpp); throws std::runtime_error with SQLite's
    /// message, or when the file comes from a newer version of the game.
    explicit Store(const std::string& path);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    std::int64_t createMatch(std::uint32_t pin, const core::MatchConfig& config,
                             const core::Pack& pack, const std::string& packJson,
                             std::int64_t startedAtUnix);
    void addPlayer(std::int64_t matchId, const core::Player& p);
    void addAnswers(std::int64_t matchId, const std::vector<core::AnswerRecord>& answers,
                    std::int64_t arrivedAtUnixMs);
    void questionOpened(std::int64_t matchId, std::uint16_t index, const core::Question& q,
                        std::int64_t atUnix);
    /// After a reveal: every player's totals and every answer's points and correctness.
    void questionClosed(std::int64_t matchId, const core::Match& match);
    void saveMatchState(std::int64_t matchId, const core::Match& match);
    void playerLeft(std::int64_t matchId, core::PlayerId player, bool kicked);
    void matchEnded(std::int64_t matchId, std::int64_t endedAtUnix);

    /// Practice answers from a phone (issue 14), kept apart from match results; a report sent
    /// twice is stored once (learner, pack and turn are the key). Returns how many were new.
    std::size_t addPracticeAnswers(const std::vector<PracticeRecord>& answers);
    /// Groups the writes of one loop tick; commit() makes them durable.
    void begin();
    /// Makes the writes durable; on failure rolls back (and throws), so a retry starts clean.
    void commit();
    /// Drops the open transaction's writes (after a failed write).
    void rollback();

    /// The most recent match that never reached its end, if any. A lobby nobody joined (the
    /// host's practice corner, a class that never came) is not one: it would hide the match
    /// that crashed before it. Read through the one reader: a damaged row throws DamagedStore.
    std::optional<SavedMatch> loadUnfinished();

    /// The connection (the server reopens a file SQLite opened read-only).
    sqlite3* handle() { return m_db; }

private:
    void exec(const char* sql);

    sqlite3* m_db = nullptr;
    bool m_inTransaction = false;
};

/// The user's data folder: paths::userDataDir() ($XDG_DATA_HOME/dovui or ~/.local/share/dovui).
std::string defaultDataDir();

}  // namespace dovui::store

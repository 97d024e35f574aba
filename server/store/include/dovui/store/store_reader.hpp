#pragma once
/// The one reader of the results store (design.md §6): `--resume` and the reports read the same
/// rows through it. A file is opened read-only (results_file.hpp), so a running server is never
/// disturbed; an older file is read from a migrated copy in memory. Every value is checked as it
/// is read: a damaged one (a choice that is not a list of option numbers, an option index out of
/// its question's range) is refused with DamagedStore, never passed on.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "dovui/core/lang.hpp"
#include "dovui/store/damaged_store.hpp"
#include "dovui/store/records.hpp"

struct sqlite3;

namespace dovui::store {

class StoreReader {
public:
    /// Opens the results file at `path` for reading; throws std::runtime_error with a message
    /// in `lang` that names the file (openResultsFile).
    StoreReader(const std::filesystem::path& storePath, core::Lang lang);
    /// Reads through a connection the caller keeps open (the server's own, for `--resume`);
    /// its schema must be current (Store migrates it on opening).
    StoreReader(sqlite3* db, core::Lang lang);
    ~StoreReader();
    StoreReader(const StoreReader&) = delete;
    StoreReader& operator=(const StoreReader&) = delete;

    /// The most recently started match, if any. Here and in matchIds a lobby nobody joined
    /// (the host's practice corner, a class that never came) is not a match.
    [[nodiscard]] std::optional<std::int64_t> latestMatchId();
    /// The most recent match that never reached its end, if any (a lobby nobody joined is not
    /// one: it would hide the match that crashed before it).
    [[nodiscard]] std::optional<std::int64_t> unfinishedMatchId();
    /// The name of the most recently started match, lobby or not; "" when there is none.
    [[nodiscard]] std::string latestMatchName();
    /// The file's own site id (store_info): two laptops with one site name are told apart by it.
    [[nodiscard]] std::string siteUid();
    /// Throws std::runtime_error when there is no such match, DamagedStore on a damaged row.
    [[nodiscard]] MatchRecord loadMatch(std::int64_t matchId);
    /// Ids of matches started in [fromUnix, toUnix), oldest first.
    [[nodiscard]] std::vector<std::int64_t> matchIds(std::int64_t fromUnix, std::int64_t toUnix);
    /// Practice answers received in [fromUnix, toUnix).
    [[nodiscard]] std::vector<PracticeRecord> practiceAnswers(std::int64_t fromUnix,
                                                              std::int64_t toUnix);
    /// The connection, for an online backup of the file (the export).
    sqlite3* handle() const { return m_db; }

private:
    void readPlayers(MatchRecord& m);
    void readQuestions(MatchRecord& m);
    void readAnswers(MatchRecord& m);
    /// The refusal of a damaged row: `where` names the row, vi/en say what is wrong.
    [[noreturn]] void refuse(const std::string& where, const std::string& vi,
                             const std::string& en) const;
    /// "2,0" -> {2, 0}; "" -> {}. Each item must be a number below `optionCount`.
    std::vector<int> indexes(const std::string& text, std::size_t optionCount,
                             const std::string& where) const;

    sqlite3* m_db = nullptr;
    bool m_owned = false;
    core::Lang m_lang;
    std::string m_fileName;  ///< "" when reading through the caller's connection
};

}  // namespace dovui::store

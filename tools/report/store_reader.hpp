#pragma once
/// Reads the results store (SQLite, opened read-only, so a running server is never disturbed;
/// an older file is read from a migrated copy in memory, store_open.hpp).
/// Errors are std::runtime_error with a message a facilitator can act on.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "dovui/core/lang.hpp"
#include "match_data.hpp"

struct sqlite3;

namespace dovui::report {

class StoreReader {
public:
    StoreReader(const std::filesystem::path& storePath, core::Lang lang);
    ~StoreReader();
    StoreReader(const StoreReader&) = delete;
    StoreReader& operator=(const StoreReader&) = delete;

    /// The most recently started match, if any. Here and in matchIds a lobby nobody joined
    /// (the host's practice corner, a class that never came) is not a match.
    std::optional<std::int64_t> latestMatchId();
    /// The file's own site id (store_info): two laptops with one site name are told apart by it.
    std::string siteUid();
    /// Throws when there is no such match.
    MatchRecord loadMatch(std::int64_t matchId);
    /// Ids of matches started in [fromUnix, toUnix), oldest first.
    std::vector<std::int64_t> matchIds(std::int64_t fromUnix, std::int64_t toUnix);
    /// Practice answers received in [fromUnix, toUnix); none from a store older than them.
    std::vector<PracticeRecord> practiceAnswers(std::int64_t fromUnix, std::int64_t toUnix);

private:
    /// `name` when the store's questions table has that column, else `missing` (an SQL value).
    std::string questionColumn(const char* name, const char* missing);

    sqlite3* m_db = nullptr;
    core::Lang m_lang;
};

}  // namespace dovui::report

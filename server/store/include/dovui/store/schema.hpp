#pragma once
/// The results file's schema: its version, kept in `PRAGMA user_version`, the tables, and the
/// migration that brings a file of an older version up to this one (issue 17). The ids given to
/// rows of files written before matches had a stable id are pure: the same old file gives the
/// same ids on every laptop, so a match copied into two files is still counted once.
#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;

namespace dovui::store {

/// 0: before issue 17 (no match uid, no store_info). 1: matches.uid and store_info.site_uid.
inline constexpr int kSchemaVersion = 1;

/// 32 hex digits: two FNV-1a 64-bit hashes of `text` (different offsets), for ids, not secrecy.
inline std::string contentUid(std::string_view text) {
    std::uint64_t a = 14695981039346656037ull, b = 0x84222325cbf29ce4ull;
    for (unsigned char c : text) {
        a = (a ^ c) * 1099511628211ull;
        b = (b ^ c) * 1099511628211ull;
        b ^= b >> 29;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (std::uint64_t v : {a, b})
        for (int shift = 60; shift >= 0; shift -= 4)
            out += kHex[(v >> shift) & 0xf];
    return out;
}

/// The uid of a match stored before matches had one: from what identifies it in the file.
inline std::string legacyMatchUid(std::int64_t pin, std::int64_t startedAt, std::string_view name,
                                  std::string_view packId) {
    return contentUid("match|" + std::to_string(pin) + "|" + std::to_string(startedAt) + "|" +
                      std::string(name) + "|" + std::string(packId));
}

/// The site uid of a file from before store_info: from its first match's uid.
inline std::string legacySiteUid(std::string_view firstMatchUid) {
    return contentUid("site|" + std::string(firstMatchUid));
}

/// Creates the tables, or adds what an older file lacks (columns, stable ids, the site id) and
/// sets user_version; inside the caller's transaction. Throws std::runtime_error with SQLite's
/// text.
void migrateSchema(sqlite3* db);

/// The file's `PRAGMA user_version`.
std::int64_t schemaVersionOf(sqlite3* db);

/// True when `db` has the tables only the game writes (matches, answers): a results file.
[[nodiscard]] bool hasResultsTables(sqlite3* db);

/// True when `db` has every table and column of kSchemaVersion: nothing to migrate.
[[nodiscard]] bool schemaIsCurrent(sqlite3* db);

/// 32 hex digits from the system's random source: a match's or a file's stable id.
std::string randomUid();

}  // namespace dovui::store

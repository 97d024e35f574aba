#pragma once
/// Opening one results file for reading (issue 17), never writing to it: an empty file, a file
/// that is not SQLite, a damaged one, one not written by the game and one from a newer version
/// are refused with a reason naming the file; one from an older version is copied into memory
/// and migrated there (matches gain the uid the server would give them, the file its site uid).
#include <filesystem>
#include <string>

#include "dovui/core/lang.hpp"

struct sqlite3;

namespace dovui::store {

/// Owns a connection: closed when it goes out of scope unless released.
struct DbHandle {
    sqlite3* db = nullptr;
    DbHandle() = default;
    explicit DbHandle(sqlite3* owned) : db(owned) {}
    ~DbHandle();
    DbHandle(const DbHandle&) = delete;
    DbHandle& operator=(const DbHandle&) = delete;
    sqlite3* release();
};

/// The path as SQLite wants it: UTF-8 (on Windows path::string() is the ANSI code page).
std::string utf8Path(const std::filesystem::path& path);

/// A read-only connection to `path`, or an in-memory migrated copy of it. Throws
/// std::runtime_error with a message in `lang` that names the file.
sqlite3* openResultsFile(const std::filesystem::path& path, core::Lang lang);

}  // namespace dovui::store

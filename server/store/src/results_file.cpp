#include "dovui/store/results_file.hpp"

#include <sqlite3.h>

#include <fstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "dovui/store/schema.hpp"
#include "dovui/store/sql_statement.hpp"

namespace dovui::store {

namespace fs = std::filesystem;

DbHandle::~DbHandle() {
    sqlite3_close(db);
}

std::string utf8Path(const fs::path& path) {
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

sqlite3* DbHandle::release() {
    return std::exchange(db, nullptr);
}

sqlite3* openResultsFile(const fs::path& path, core::Lang lang) {
    const std::string name = path.string();
    auto refuse = [&](std::string_view vi, std::string_view en, const std::string& detail = "") {
        return std::runtime_error(name + ": " + core::tr(lang, vi, en) + detail);
    };
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throw std::runtime_error(
            core::tr(lang, "không tìm thấy tệp kết quả: ", "results file not found: ") + name);
    if (fs::file_size(path, ec) == 0)
        throw refuse("tệp rỗng (0 byte), không có kết quả nào",
                     "the file is empty (0 bytes): no results in it");
    char magic[16] = {};
    std::ifstream(path, std::ios::binary).read(magic, sizeof magic);
    if (std::string(magic, sizeof magic) != std::string("SQLite format 3\0", 16))
        throw refuse("không phải tệp kết quả của Đố Vui Số (không phải tệp SQLite)",
                     "not a Đố Vui Số results file (not an SQLite file)");
    DbHandle file;
    if (sqlite3_open_v2(utf8Path(path).c_str(), &file.db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK)
        throw refuse("không mở được: ", "cannot open: ",
                     file.db ? sqlite3_errmsg(file.db) : "out of memory");
    sqlite3_busy_timeout(file.db, 2000);
    std::int64_t version = 0;
    try {
        SqlStatement check(file.db, "PRAGMA quick_check(1)");
        std::string verdict = check.step() ? check.text(0) : "";
        if (verdict != "ok") {
            // "*** in database main ***\nPage 3: …": the first finding is enough to name.
            std::size_t nl = verdict.find('\n');
            if (verdict.rfind("***", 0) == 0 && nl != std::string::npos)
                verdict = verdict.substr(nl + 1);
            throw std::runtime_error(verdict.substr(0, verdict.find('\n')));
        }
        version = schemaVersionOf(file.db);
    } catch (const std::runtime_error& e) {
        throw refuse("tệp bị hỏng, không đọc được (", "the file is damaged and cannot be read (",
                     std::string(e.what()) + ")");
    }
    if (version > kSchemaVersion)
        throw refuse("tệp kết quả từ phiên bản mới hơn (" + std::to_string(version) +
                         "): cập nhật Đố Vui Số",
                     "results file from a newer version (" + std::to_string(version) +
                         "): update Đố Vui Số");
    if (!hasResultsTables(file.db))
        throw refuse("tệp SQLite này không phải tệp kết quả của Đố Vui Số",
                     "this SQLite file is not a Đố Vui Số results file");
    if (schemaIsCurrent(file.db))
        return file.release();
    // Older: migrated in a copy in memory, the file itself untouched.
    DbHandle memory;
    if (sqlite3_open(":memory:", &memory.db) != SQLITE_OK)
        throw refuse("hết bộ nhớ", "out of memory");
    sqlite3_backup* copy = sqlite3_backup_init(memory.db, "main", file.db, "main");
    if (!copy || sqlite3_backup_step(copy, -1) != SQLITE_DONE) {
        sqlite3_backup_finish(copy);
        throw refuse("không đọc được: ", "cannot read: ", sqlite3_errmsg(memory.db));
    }
    sqlite3_backup_finish(copy);
    try {
        execSql(memory.db, "BEGIN");
        migrateSchema(memory.db);  // the server's migration: the same ids in every copy
        execSql(memory.db, "COMMIT");
    } catch (const std::runtime_error& e) {
        throw refuse("không chuyển được tệp cũ sang phiên bản này (",
                     "cannot bring the older file up to this version (",
                     std::string(e.what()) + ")");
    }
    return memory.release();
}

}  // namespace dovui::store

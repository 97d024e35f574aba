#pragma once
/// A prepared read-only query over the sqlite3 C API; errors throw with SQLite's text.
#include <cstdint>
#include <optional>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace dovui::report {

class SqlQuery {
public:
    SqlQuery(sqlite3* db, const char* sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery&) = delete;
    SqlQuery& operator=(const SqlQuery&) = delete;

    SqlQuery& bind(std::int64_t value);
    SqlQuery& bind(const std::string& value);
    /// Advances to the next row; false when done.
    bool step();
    std::int64_t int64(int column) const;
    std::optional<std::int64_t> optionalInt64(int column) const;
    bool isNull(int column) const;
    std::string text(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    int m_nextParam = 1;
};

}  // namespace dovui::report

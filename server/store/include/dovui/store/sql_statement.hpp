#pragma once
/// The one SQLite statement wrapper of the results store (writer and reader): a prepared
/// statement with chained binds; errors become exceptions with SQLite's text.
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace dovui::store {

class SqlStatement {
public:
    SqlStatement(sqlite3* db, const std::string& sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;

    template <class T>
    SqlStatement& bind(T value) {
        if constexpr (std::is_integral_v<T>)
            return bindInt(static_cast<std::int64_t>(value));
        else
            return bindText(std::string(value));
    }
    /// Binds SQL NULL to the next parameter.
    SqlStatement& bindNull();
    /// Runs a statement that returns no rows.
    void run();
    /// Advances to the next row; false when done.
    [[nodiscard]] bool step();
    void reset();
    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] std::optional<std::int64_t> optionalInt64(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::string text(int column) const;

private:
    SqlStatement& bindInt(std::int64_t value);
    SqlStatement& bindText(const std::string& value);

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    int m_nextParam = 1;
};

/// Runs `sql` (one or more statements, no rows wanted); throws with SQLite's text.
void execSql(sqlite3* db, const std::string& sql);

}  // namespace dovui::store

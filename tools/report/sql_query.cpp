#include "sql_query.hpp"

#include <sqlite3.h>

#include <stdexcept>

namespace dovui::report {

SqlQuery::SqlQuery(sqlite3* db, const char* sql) : m_db(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string("results store: ") + sqlite3_errmsg(db));
}

SqlQuery::~SqlQuery() {
    sqlite3_finalize(m_stmt);
}

SqlQuery& SqlQuery::bind(std::int64_t value) {
    sqlite3_bind_int64(m_stmt, m_nextParam++, value);
    return *this;
}

SqlQuery& SqlQuery::bind(const std::string& value) {
    sqlite3_bind_text(m_stmt, m_nextParam++, value.c_str(), static_cast<int>(value.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

bool SqlQuery::step() {
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw std::runtime_error(std::string("results store: ") + sqlite3_errmsg(m_db));
}

std::int64_t SqlQuery::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

bool SqlQuery::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::optional<std::int64_t> SqlQuery::optionalInt64(int column) const {
    if (isNull(column))
        return std::nullopt;
    return sqlite3_column_int64(m_stmt, column);
}

std::string SqlQuery::text(int column) const {
    const auto* p = sqlite3_column_text(m_stmt, column);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
             : std::string();
}

}  // namespace dovui::report

#include "dovui/store/sql_statement.hpp"

#include <sqlite3.h>

#include <stdexcept>

namespace dovui::store {

SqlStatement::SqlStatement(sqlite3* db, const std::string& sql) : m_db(db) {
    if (sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &m_stmt, nullptr) !=
        SQLITE_OK)
        throw std::runtime_error(std::string("results store: ") + sqlite3_errmsg(db));
}

SqlStatement::~SqlStatement() {
    sqlite3_finalize(m_stmt);
}

SqlStatement& SqlStatement::bindInt(std::int64_t value) {
    sqlite3_bind_int64(m_stmt, m_nextParam++, value);
    return *this;
}

SqlStatement& SqlStatement::bindNull() {
    sqlite3_bind_null(m_stmt, m_nextParam++);
    return *this;
}

SqlStatement& SqlStatement::bindText(const std::string& value) {
    sqlite3_bind_text(m_stmt, m_nextParam++, value.data(), static_cast<int>(value.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

void SqlStatement::run() {
    int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw std::runtime_error(std::string("results store: ") + sqlite3_errmsg(m_db));
}

bool SqlStatement::step() {
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw std::runtime_error(std::string("results store: ") + sqlite3_errmsg(m_db));
}

void SqlStatement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_nextParam = 1;
}

std::int64_t SqlStatement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

bool SqlStatement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::optional<std::int64_t> SqlStatement::optionalInt64(int column) const {
    if (isNull(column))
        return std::nullopt;
    return sqlite3_column_int64(m_stmt, column);
}

std::string SqlStatement::text(int column) const {
    auto* p = sqlite3_column_text(m_stmt, column);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
             : std::string();
}

void execSql(sqlite3* db, const std::string& sql) {
    char* error = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        std::string message = error ? error : sqlite3_errmsg(db);
        sqlite3_free(error);
        throw std::runtime_error("results store: " + message);
    }
}

}  // namespace dovui::store

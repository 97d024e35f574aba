#pragma once
// Shared by the spreadsheet import tests: every error line as `dovui-pack import` prints them,
// and a table of bad rows, each checked after one good row.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "import_sheet.hpp"

namespace dovui::pack::test {

inline std::string errors(const ImportResult& r) {
    std::string out;
    for (const RowProblem& p : r.errors)
        out += describe(p, core::Lang::Vi) + "\n";
    return out;
}

struct BadRow {
    const char* row;
    const char* expected;  ///< part of the error line for spreadsheet row 3
};

/// Each row, under `header` and one good row (row 2), is refused with `expected` and no error
/// is blamed on the good row.
inline void checkBadRows(const std::string& header, const std::string& good,
                         const std::vector<BadRow>& rows, const ImportSettings& settings) {
    for (const BadRow& c : rows) {
        CAPTURE(c.row);
        ImportResult r = importSheet(header + good + c.row + "\n", settings);
        CHECK_FALSE(r.pack);
        CHECK(errors(r).find(c.expected) != std::string::npos);
        CHECK(errors(r).find("hàng 2") == std::string::npos);
    }
}

}  // namespace dovui::pack::test

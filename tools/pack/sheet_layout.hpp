#pragma once
/// The two spreadsheet layouts `dovui-pack import` reads: the simple layout documented in the
/// README (assets/import-example.csv) and Kahoot's spreadsheet template saved as CSV. Columns
/// are found by their header text, so their order does not matter and extra columns are ignored.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "csv.hpp"

namespace dovui::pack {

enum class Layout { Simple, Kahoot };

/// What a column holds. Option1..Option5 are consecutive.
enum class Column {
    Id,
    Kind,
    Question,
    Option1,
    Option2,
    Option3,
    Option4,
    Option5,
    Correct,
    Time,
    Points,
    Difficulty,  ///< 1–3, default 1
    Techniques,  ///< technique ids or names, separated by commas or semicolons
    Series,
    Explanation,
    Topic,
    Media,
    CardType,
    CardGenuine,  ///< "thật"/"giả", "genuine"/"scam", true/false
    CardFrom,
    CardDetail,
    CardText,
    Count
};

inline constexpr std::size_t kColumnCount = static_cast<std::size_t>(Column::Count);

/// The header names `export` writes, in this order (option5, series and media only when used).
std::string_view columnName(Column column);

struct SheetLayout {
    Layout layout = Layout::Simple;
    std::size_t headerIndex = 0;  ///< index of the header row in the parsed rows
    std::array<std::optional<std::size_t>, kColumnCount> columns{};

    bool has(Column c) const { return columns[static_cast<std::size_t>(c)].has_value(); }
    /// The cell of `row` in column `c`, "" when the sheet has no such column.
    std::string cell(const csv::Row& row, Column c) const;
};

/// The first row that is a simple-layout header (has "question" and "correct" columns) or Kahoot's
/// header
/// ("Question - max 120 characters"); rows above it (titles, notes) are skipped.
std::optional<SheetLayout> findLayout(const std::vector<csv::Row>& rows);

/// "Câu hỏi" -> "cauhoi", "Answer 1 - max 75 characters" -> "answer1max75characters".
std::string headerKey(std::string_view text);

}  // namespace dovui::pack

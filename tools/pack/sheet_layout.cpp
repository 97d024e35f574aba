#include "sheet_layout.hpp"

#include <utility>

#include "dovui/core/text.hpp"

namespace dovui::pack {
namespace {

struct Alias {
    Column column;
    std::string_view key;  ///< headerKey form
};

// Simple layout: English names as exported, plus the Vietnamese a facilitator would type.
constexpr Alias kSimpleAliases[] = {
    {Column::Id, "id"},
    {Column::Id, "ma"},
    {Column::Kind, "kind"},
    {Column::Kind, "loai"},
    {Column::Question, "question"},
    {Column::Question, "cauhoi"},
    {Column::Option1, "option1"},
    {Column::Option1, "phuongan1"},
    {Column::Option2, "option2"},
    {Column::Option2, "phuongan2"},
    {Column::Option3, "option3"},
    {Column::Option3, "phuongan3"},
    {Column::Option4, "option4"},
    {Column::Option4, "phuongan4"},
    {Column::Option5, "option5"},
    {Column::Option5, "phuongan5"},
    {Column::Correct, "correct"},
    {Column::Correct, "dapandung"},
    {Column::Time, "time"},
    {Column::Time, "thoigian"},
    {Column::Points, "points"},
    {Column::Points, "heso"},
    {Column::Difficulty, "difficulty"},
    {Column::Difficulty, "dokho"},
    {Column::Techniques, "techniques"},
    {Column::Techniques, "technique"},
    {Column::Techniques, "thudoan"},
    {Column::Series, "series"},
    {Column::Series, "chuoi"},
    {Column::Explanation, "explanation"},
    {Column::Explanation, "giaithich"},
    {Column::Topic, "topic"},
    {Column::Topic, "topics"},
    {Column::Topic, "chude"},
    {Column::Media, "media"},
    {Column::CardType, "cardtype"},
    {Column::CardType, "loaithe"},
    {Column::CardGenuine, "cardgenuine"},
    {Column::CardGenuine, "genuine"},
    {Column::CardGenuine, "thatgia"},
    {Column::CardGenuine, "tinthat"},
    {Column::CardFrom, "cardfrom"},
    {Column::CardDetail, "carddetail"},
    {Column::CardText, "cardtext"},
};

constexpr std::string_view kNames[kColumnCount] = {
    "id",           "kind",      "question",    "option1",  "option2", "option3",
    "option4",      "option5",   "correct",     "time",     "points",  "difficulty",
    "techniques",   "series",    "explanation", "topic",    "media",   "card_type",
    "card_genuine", "card_from", "card_detail", "card_text"};

bool startsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

void set(SheetLayout& layout, Column c, std::size_t index) {
    auto& slot = layout.columns[static_cast<std::size_t>(c)];
    if (!slot)
        slot = index;  // the first of two same-named columns wins
}

/// Kahoot's template names columns with their limits; match on the stable start.
std::optional<Column> kahootColumn(std::string_view key) {
    if (startsWith(key, "questionmax"))
        return Column::Question;
    for (int i = 0; i < 4; ++i)
        if (startsWith(key, "answer" + std::to_string(i + 1)))
            return static_cast<Column>(static_cast<int>(Column::Option1) + i);
    if (startsWith(key, "timelimit"))
        return Column::Time;
    if (startsWith(key, "correctanswer"))
        return Column::Correct;
    return std::nullopt;
}

std::optional<Column> simpleColumn(std::string_view key) {
    for (const Alias& a : kSimpleAliases)
        if (a.key == key)
            return a.column;
    return std::nullopt;
}

}  // namespace

std::string_view columnName(Column column) {
    return kNames[static_cast<std::size_t>(column)];
}

std::string SheetLayout::cell(const csv::Row& row, Column c) const {
    const auto& index = columns[static_cast<std::size_t>(c)];
    return index ? row.cell(*index) : std::string();
}

std::string headerKey(std::string_view text) {
    std::string folded = core::foldToAscii(text);
    std::string key;
    for (char c : folded)
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            key += c;
    return key;
}

std::optional<SheetLayout> findLayout(const std::vector<csv::Row>& rows) {
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::vector<std::string> keys;
        for (const std::string& cell : rows[r].cells)
            keys.push_back(headerKey(cell));
        bool kahoot = false;
        for (const std::string& k : keys)
            kahoot = kahoot || startsWith(k, "questionmax");
        SheetLayout layout;
        layout.layout = kahoot ? Layout::Kahoot : Layout::Simple;
        layout.headerIndex = r;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            // Kahoot sheets may carry extra columns a facilitator added (explanation, topic).
            std::optional<Column> c = kahoot ? kahootColumn(keys[i]) : std::nullopt;
            if (!c)
                c = simpleColumn(keys[i]);
            if (c)
                set(layout, *c, i);
        }
        // Both columns, so that a row read with the wrong delimiter (one long cell) never counts.
        if (layout.has(Column::Question) && layout.has(Column::Correct))
            return layout;
    }
    return std::nullopt;
}

}  // namespace dovui::pack

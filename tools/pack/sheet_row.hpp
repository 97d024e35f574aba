#pragma once
/// One spreadsheet row -> one question, before pack validation. Reading is lenient about
/// spelling (Vietnamese or English kind names, 1-based numbers or letters for the answer) and
/// strict about meaning: anything it cannot read becomes a message naming the column.
#include <string>
#include <vector>

#include "dovui/core/question.hpp"
#include "messages.hpp"
#include "sheet_layout.hpp"

namespace dovui::pack {

struct SheetSettings {
    Lang lang = Lang::Vi;             ///< message language
    std::string packLanguage = "vi";  ///< default true/false option names
    std::string defaultTopic;         ///< topic name for rows that name none
};

struct SheetQuestion {
    int row = 0;
    core::Question question;              ///< id may be empty (the importer numbers it)
    std::vector<std::string> topicNames;  ///< as written; the importer gives them ids
    bool placeholderExplanation = false;  ///< Kahoot rows have no explanation column
    std::vector<std::string> problems;    ///< "cột correct: …"; empty when readable
};

SheetQuestion readSheetRow(const csv::Row& row, const SheetLayout& layout,
                           const SheetSettings& settings);

/// The kind's name as a facilitator may write it ("một đáp án", "dung sai", "multi", …).
std::optional<core::QuestionKind> parseKindName(std::string_view text);

}  // namespace dovui::pack

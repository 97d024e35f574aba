// The question kinds as a facilitator may name them in a spreadsheet's kind column.
#include <utility>

#include "sheet_layout.hpp"
#include "sheet_row.hpp"

namespace dovui::pack {

using core::QuestionKind;

std::optional<QuestionKind> parseKindName(std::string_view text) {
    static const std::pair<std::string_view, QuestionKind> kNames[] = {
        {"single", QuestionKind::Single},     {"motdapan", QuestionKind::Single},
        {"mot", QuestionKind::Single},        {"truefalse", QuestionKind::TrueFalse},
        {"dungsai", QuestionKind::TrueFalse}, {"multi", QuestionKind::Multi},
        {"nhieudapan", QuestionKind::Multi},  {"nhieu", QuestionKind::Multi},
        {"order", QuestionKind::Order},       {"sapxep", QuestionKind::Order},
        {"thutu", QuestionKind::Order},       {"poll", QuestionKind::Poll},
        {"khaosat", QuestionKind::Poll},      {"thamdo", QuestionKind::Poll},
        {"spot", QuestionKind::Spot},         {"chamchodangngo", QuestionKind::Spot},
        {"codo", QuestionKind::Spot},
    };
    std::string key = headerKey(text);
    for (const auto& [name, kind] : kNames)
        if (key == name)
            return kind;
    return std::nullopt;
}

}  // namespace dovui::pack

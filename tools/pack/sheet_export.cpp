#include "sheet_export.hpp"

#include <algorithm>

#include "card_columns.hpp"
#include "csv.hpp"
#include "pack_rules.hpp"
#include "sheet_layout.hpp"

namespace dovui::pack {
namespace {

using namespace dovui::core;

std::string correctNumbers(const Question& q) {
    std::string out;
    for (std::uint8_t index : q.correct)
        out += (out.empty() ? "" : ",") + std::to_string(index + 1);
    return out;
}

std::string topicNames(const Pack& pack, const Question& q) {
    std::string out;
    for (const std::string& id : q.topics) {
        const Topic* topic = pack.findTopic(id);
        out += (out.empty() ? "" : "; ") + (topic ? topic->name : id);
    }
    return out;
}

}  // namespace

std::string packToSheet(const Pack& pack, Lang lang, std::vector<std::string>& notes) {
    bool fiveOptions = std::any_of(pack.questions.begin(), pack.questions.end(),
                                   [](const Question& q) { return q.options.size() > 4; });
    bool media = std::any_of(pack.questions.begin(), pack.questions.end(),
                             [](const Question& q) { return !q.media.empty(); });
    std::vector<Column> columns;
    for (int c = 0; c < static_cast<int>(Column::Count); ++c) {
        auto column = static_cast<Column>(c);
        if ((column == Column::Option5 && !fiveOptions) || (column == Column::Media && !media))
            continue;
        columns.push_back(column);
    }
    csv::Writer out;
    for (Column c : columns)
        out.text(columnName(c));
    out.endRow();
    for (std::size_t i = 0; i < pack.questions.size(); ++i) {
        const Question& q = pack.questions[i];
        CardColumns card = q.card ? cardToColumns(*q.card) : CardColumns{};
        if (q.card && !q.card->spans.empty())
            notes.push_back(questionLabel(i, q.id, lang) +
                            tr(lang, ": bỏ các đoạn đánh dấu (spans) của thẻ, CSV không có cột này",
                               ": card spans dropped, the CSV has no column for them"));
        for (Column c : columns) {
            switch (c) {
                case Column::Id:
                    out.text(q.id);
                    break;
                case Column::Kind:
                    out.text(kindName(q.kind));
                    break;
                case Column::Question:
                    out.text(q.text);
                    break;
                case Column::Correct:
                    out.text(correctNumbers(q));
                    break;
                case Column::Time:
                    out.number(q.timeLimitSec);
                    break;
                case Column::Points:
                    out.number(q.pointsMultiplier);
                    break;
                case Column::Explanation:
                    out.text(q.explanation);
                    break;
                case Column::Topic:
                    out.text(topicNames(pack, q));
                    break;
                case Column::Media:
                    out.text(q.media);
                    break;
                case Column::CardType:
                    out.text(q.card ? cardTypeName(q.card->body) : "");
                    break;
                case Column::CardFrom:
                    out.text(card.from);
                    break;
                case Column::CardDetail:
                    out.text(card.detail);
                    break;
                case Column::CardText:
                    out.text(card.text);
                    break;
                default: {
                    auto option = static_cast<std::size_t>(static_cast<int>(c) -
                                                           static_cast<int>(Column::Option1));
                    out.text(option < q.options.size() ? q.options[option] : "");
                }
            }
        }
        out.endRow();
    }
    if (!pack.description.empty() || !pack.sources.empty())
        notes.push_back(tr(lang,
                           "mô tả và nguồn của gói không nằm trong CSV; khi nhập lại, dùng "
                           "--id và --title để giữ mã và tên gói",
                           "the pack's description and sources are not in the CSV; when "
                           "importing again, pass --id and --title to keep its id and title"));
    return out.str();
}

}  // namespace dovui::pack

#include "sheet_export.hpp"

#include <algorithm>

#include "csv.hpp"
#include "sheet_layout.hpp"
#include "span_markup.hpp"

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

std::string techniqueIds(const Question& q) {
    std::string out;
    for (Technique t : q.techniques)
        out += (out.empty() ? "" : ", ") + std::string(techniqueInfo(t).id);
    return out;
}

std::string genuineWord(const Pack& pack, const Question& q) {
    if (!q.card)
        return "";
    if (pack.language == "en")
        return q.genuineCard ? "genuine" : "scam";
    return q.genuineCard ? "thật" : "giả";
}

/// The pack's own facts above the header row (the importer reads them back; any other
/// spreadsheet program shows them as a few rows of notes).
void writePackInfo(csv::Writer& out, const Pack& pack, Lang lang) {
    auto row = [&](const std::string& key, const std::string& value) {
        out.text(key).text(value);
        out.endRow();
    };
    row(tr(lang, "mã gói", "pack"), pack.id);
    row(tr(lang, "tên gói", "title"), pack.title);
    row(tr(lang, "ngôn ngữ", "language"), pack.language);
    if (!pack.description.empty())
        row(tr(lang, "mô tả", "description"), pack.description);
    for (const std::string& source : pack.sources)
        row(tr(lang, "nguồn", "source"), source);
    for (const Topic& topic : pack.topics) {
        out.text(tr(lang, "chủ đề", "topic")).text(topic.id).text(topic.name);
        out.endRow();
    }
    out.endRow();
}

}  // namespace

std::string packToSheet(const Pack& pack, Lang lang) {
    bool fiveOptions = std::any_of(pack.questions.begin(), pack.questions.end(),
                                   [](const Question& q) { return q.options.size() > 4; });
    bool media = std::any_of(pack.questions.begin(), pack.questions.end(),
                             [](const Question& q) { return !q.media.empty(); });
    bool series = std::any_of(pack.questions.begin(), pack.questions.end(),
                              [](const Question& q) { return !q.series.empty(); });
    std::vector<Column> columns;
    for (int c = 0; c < static_cast<int>(Column::Count); ++c) {
        auto column = static_cast<Column>(c);
        if ((column == Column::Option5 && !fiveOptions) || (column == Column::Media && !media) ||
            (column == Column::Series && !series))
            continue;
        columns.push_back(column);
    }
    csv::Writer out;
    writePackInfo(out, pack, lang);
    for (Column c : columns)
        out.text(columnName(c));
    out.endRow();
    for (const Question& q : pack.questions) {
        CardColumns card = q.card ? markedCardColumns(*q.card) : CardColumns{};
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
                case Column::Difficulty:
                    out.number(q.difficulty);
                    break;
                case Column::Techniques:
                    out.text(techniqueIds(q));
                    break;
                case Column::Series:
                    out.text(q.series);
                    break;
                case Column::Media:
                    out.text(q.media);
                    break;
                case Column::CardGenuine:
                    out.text(genuineWord(pack, q));
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
                    // A spot question's options are its card's [[…]] spans.
                    bool listed = option < q.options.size() && q.kind != QuestionKind::Spot;
                    out.text(listed ? q.options[option] : "");
                }
            }
        }
        out.endRow();
    }
    return out.str();
}

}  // namespace dovui::pack

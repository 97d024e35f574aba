#include "pack_table.hpp"

#include <algorithm>

#include "dovui/core/text.hpp"

namespace dovui::pack {
namespace {

using namespace dovui::core;

constexpr std::array kKinds = {QuestionKind::Single, QuestionKind::TrueFalse, QuestionKind::Multi,
                               QuestionKind::Order,  QuestionKind::Poll,      QuestionKind::Spot};

void count(TopicCount& row, const Question& q) {
    ++row.questions;
    row.withCard += q.card ? 1 : 0;
    row.genuineCards += q.card && q.genuineCard ? 1 : 0;
    ++row.byKind[static_cast<std::size_t>(q.kind)];
}

std::string padRight(const std::string& s, std::size_t width) {
    std::size_t n = codePointCount(s);
    return s + std::string(width > n ? width - n : 0, ' ');
}

std::string padLeft(const std::string& s, std::size_t width) {
    std::size_t n = codePointCount(s);
    return std::string(width > n ? width - n : 0, ' ') + s;
}

}  // namespace

std::vector<TopicCount> countByTopic(const Pack& pack, Lang lang) {
    std::vector<TopicCount> rows;
    for (const Topic& topic : pack.topics) {
        TopicCount row{topic.id};
        for (const Question& q : pack.questions)
            if (std::find(q.topics.begin(), q.topics.end(), topic.id) != q.topics.end())
                count(row, q);
        rows.push_back(row);
    }
    TopicCount total{tr(lang, "tổng", "total")};
    for (const Question& q : pack.questions)
        count(total, q);
    rows.push_back(total);
    return rows;
}

void printTopicTable(std::ostream& out, const std::vector<TopicCount>& rows, Lang lang) {
    std::vector<std::string> headers = {tr(lang, "chủ đề", "topic"), tr(lang, "câu", "questions"),
                                        tr(lang, "có thẻ", "with card"),
                                        tr(lang, "tin thật", "genuine")};
    for (QuestionKind k : kKinds)
        headers.push_back(kindName(k));
    std::size_t topicWidth = codePointCount(headers[0]);
    for (const TopicCount& row : rows)
        topicWidth = std::max(topicWidth, codePointCount(row.topic));

    auto line = [&](const std::vector<std::string>& cells) {
        out << "  " << padRight(cells[0], topicWidth);
        for (std::size_t i = 1; i < cells.size(); ++i)
            out << "  " << padLeft(cells[i], codePointCount(headers[i]));
        out << '\n';
    };
    line(headers);
    for (const TopicCount& row : rows) {
        std::vector<std::string> cells = {row.topic, std::to_string(row.questions),
                                          std::to_string(row.withCard),
                                          std::to_string(row.genuineCards)};
        for (QuestionKind k : kKinds)
            cells.push_back(std::to_string(row.byKind[static_cast<std::size_t>(k)]));
        line(cells);
    }
}

}  // namespace dovui::pack

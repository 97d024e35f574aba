#include "sheet_row.hpp"

#include <algorithm>
#include <cctype>

#include "card_columns.hpp"
#include "dovui/core/text.hpp"
#include "span_markup.hpp"

namespace dovui::pack {
namespace {

using namespace dovui::core;

std::string trimmed(std::string_view text) {
    auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    auto last = text.find_last_not_of(" \t\r\n");
    return csv::unguard(text.substr(first, last - first + 1));
}

class RowReader {
public:
    RowReader(const csv::Row& row, const SheetLayout& layout, const SheetSettings& settings)
        : m_row(row), m_layout(layout), m_settings(settings) {
        m_out.row = row.number;
    }

    SheetQuestion run() {
        Question& q = m_out.question;
        q.id = cell(Column::Id);
        q.text = cell(Column::Question);
        if (q.text.empty())
            problem(Column::Question,
                    tr(lang(), "thiếu nội dung câu hỏi", "the question is empty"));
        readOptions();
        std::vector<int> correct = readCorrect();
        readCard();
        readKind(correct);
        if (q.kind == QuestionKind::TrueFalse && q.options.empty())
            q.options = m_settings.packLanguage == "en" ? std::vector<std::string>{"True", "False"}
                                                        : std::vector<std::string>{"Đúng", "Sai"};
        if (q.kind == QuestionKind::Spot)
            spotOptions();
        checkCorrect(correct);
        q.timeLimitSec = static_cast<std::uint16_t>(readNumber(Column::Time, 20, 0, 9999));
        q.pointsMultiplier = static_cast<std::uint8_t>(readNumber(Column::Points, 1, 0, 2));
        readDifficulty();
        readTechniques();
        q.series = cell(Column::Series);
        readExplanation();
        readTopics();
        q.media = cell(Column::Media);
        return std::move(m_out);
    }

private:
    Lang lang() const { return m_settings.lang; }

    std::string cell(Column c) const { return trimmed(m_layout.cell(m_row, c)); }

    void problem(Column c, const std::string& message) {
        m_out.problems.push_back(tr(lang(), "cột ", "column ") + std::string(columnName(c)) + ": " +
                                 message);
    }

    void readOptions() {
        std::vector<std::string> options;
        for (int i = 0; i < 5; ++i)
            options.push_back(cell(static_cast<Column>(static_cast<int>(Column::Option1) + i)));
        while (!options.empty() && options.back().empty())
            options.pop_back();
        for (std::size_t i = 0; i < options.size(); ++i)
            if (options[i].empty())
                problem(static_cast<Column>(static_cast<int>(Column::Option1) + i),
                        tr(lang(), "phương án bị bỏ trống giữa các phương án khác",
                           "an empty option between filled ones"));
        m_out.question.options = std::move(options);
    }

    /// 0-based option indexes as written (numbers from 1, letters A–E, Đúng/Sai words).
    std::vector<int> readCorrect() {
        std::vector<int> out;
        std::string text = cell(Column::Correct);
        std::string token;
        auto flush = [&] {
            if (token.empty())
                return;
            std::string key = headerKey(token);
            if (key == "dung" || key == "true" || key == "t") {
                out.push_back(0);
                m_wordAnswer = true;
            } else if (key == "sai" || key == "false" || key == "f" || key == "s") {
                out.push_back(1);
                m_wordAnswer = true;
            } else if (std::all_of(key.begin(), key.end(), ::isdigit) && key.size() <= 3) {
                out.push_back(std::stoi(key) - 1);
            } else if (key.size() == 1 && key[0] >= 'a' && key[0] <= 'e') {
                out.push_back(key[0] - 'a');
            } else {
                problem(Column::Correct,
                        tr(lang(), "không hiểu \"", "cannot read \"") + token +
                            tr(lang(), "\": ghi số thứ tự phương án đúng, ví dụ 2 hoặc 2,4",
                               "\": write the numbers of the right options, e.g. 2 or 2,4"));
            }
            token.clear();
        };
        for (char c : text) {
            if (c == ',' || c == ';' || c == ' ' || c == '/' || c == '\n')
                flush();
            else
                token += c;
        }
        flush();
        return out;
    }

    void readKind(const std::vector<int>& correct) {
        Question& q = m_out.question;
        std::string text = cell(Column::Kind);
        if (text.empty()) {
            // Kahoot has no kind column; a blank cell means the same thing.
            bool trueFalse = q.options.size() == 2 && isTrueFalsePair(q.options);
            bool spans = q.options.empty() && q.card && !q.card->spans.empty();
            q.kind = spans                                              ? QuestionKind::Spot
                     : correct.size() > 1                               ? QuestionKind::Multi
                     : trueFalse || (q.options.empty() && m_wordAnswer) ? QuestionKind::TrueFalse
                                                                        : QuestionKind::Single;
            return;
        }
        if (auto kind = parseKindName(text)) {
            q.kind = *kind;
            return;
        }
        problem(Column::Kind,
                tr(lang(), "loại câu hỏi \"", "unknown kind \"") + text +
                    tr(lang(), "\" không hợp lệ (single, truefalse, multi, order, poll, spot)",
                       "\" (single, truefalse, multi, order, poll, spot)"));
    }

    static bool isTrueFalsePair(const std::vector<std::string>& options) {
        std::string a = headerKey(options[0]), b = headerKey(options[1]);
        return (a == "dung" && b == "sai") || (a == "true" && b == "false");
    }

    void checkCorrect(const std::vector<int>& correct) {
        Question& q = m_out.question;
        const int n = static_cast<int>(q.options.size());
        for (int index : correct) {
            if (index < 0 || index >= n) {
                problem(Column::Correct,
                        tr(lang(), "không có phương án số ", "there is no option ") +
                            std::to_string(index + 1) +
                            tr(lang(), " (câu này có ", " (this row has ") + std::to_string(n) +
                            tr(lang(), " phương án)", " options)"));
                return;
            }
            q.correct.push_back(static_cast<std::uint8_t>(index));
        }
        if (q.kind == QuestionKind::Multi)
            std::sort(q.correct.begin(), q.correct.end());
    }

    int readNumber(Column c, int fallback, int lo, int hi) {
        std::string text = cell(c);
        if (text.empty())
            return fallback;
        std::size_t digits = 0;
        while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits])))
            ++digits;
        std::string rest = headerKey(text.substr(digits));
        bool unit = rest.empty() || rest == "s" || rest == "sec" || rest == "giay";
        if (digits == 0 || digits > 4 || !unit) {
            problem(c,
                    tr(lang(), "cần một số, thấy \"", "expected a number, found \"") + text + "\"");
            return fallback;
        }
        int value = std::stoi(text.substr(0, digits));
        if (value < lo || value > hi) {
            problem(c, tr(lang(), "phải từ ", "must be from ") + std::to_string(lo) +
                           tr(lang(), " đến ", " to ") + std::to_string(hi));
            return fallback;
        }
        return value;
    }

    void readExplanation() {
        Question& q = m_out.question;
        q.explanation = cell(Column::Explanation);
        if (!q.explanation.empty())
            return;
        if (m_layout.layout == Layout::Kahoot && !m_layout.has(Column::Explanation)) {
            q.explanation = tr(m_settings.packLanguage == "en" ? Lang::En : Lang::Vi,
                               "(Chưa có lời giải thích: người hướng dẫn bổ sung.)",
                               "(No explanation yet: the facilitator adds one.)");
            m_out.placeholderExplanation = true;
            return;
        }
        problem(Column::Explanation,
                tr(lang(), "thiếu lời giải thích (dấu hiệu lừa đảo và cách xử lý đúng)",
                   "missing explanation (the red flag and the right action)"));
    }

    void readTopics() {
        std::string text = cell(Column::Topic);
        std::string current;
        auto flush = [&] {
            std::string name = trimmed(current);
            if (!name.empty())
                m_out.topicNames.push_back(name);
            current.clear();
        };
        for (char c : text) {
            if (c == ';' || c == '\n')
                flush();
            else
                current += c;
        }
        flush();
        if (m_out.topicNames.empty() && !m_settings.defaultTopic.empty())
            m_out.topicNames.push_back(m_settings.defaultTopic);
    }

    /// A spot question's options are its card's marked spans, in option order.
    void spotOptions() {
        Question& q = m_out.question;
        if (!q.options.empty())
            problem(Column::Option1,
                    tr(lang(),
                       "câu chạm chỗ đáng ngờ (spot) lấy phương án từ các đoạn [[…]] trong thẻ: "
                       "để trống các cột option",
                       "a spot question's options are the [[…]] spans of its card: leave the "
                       "option columns empty"));
        if (!q.card) {
            problem(Column::CardType, tr(lang(),
                                         "câu chạm chỗ đáng ngờ (spot) cần một thẻ tình huống "
                                         "có các đoạn đánh dấu [[…]]",
                                         "a spot question needs a scenario card with [[…]] spans"));
            return;
        }
        const std::size_t n = q.card->spans.size();
        if (n < 2 || n > 4)
            problem(Column::CardText,
                    tr(lang(), "câu chạm chỗ đáng ngờ cần 2–4 đoạn đánh dấu [[…]] trong thẻ, có ",
                       "a spot question needs 2–4 [[…]] spans on its card, found ") +
                        std::to_string(n));
        q.options.clear();
        for (const CardSpan& span : q.card->spans) {
            const std::string* text = cardFieldText(q.card->body, span.field);
            q.options.push_back(text ? text->substr(span.begin, span.end - span.begin) : "");
        }
    }

    void readDifficulty() {
        std::string text = cell(Column::Difficulty);
        if (text.empty())
            return;  // 1, the default
        if (text.size() == 1 && text[0] >= '1' && text[0] <= '3') {
            m_out.question.difficulty = static_cast<std::uint8_t>(text[0] - '0');
            return;
        }
        problem(Column::Difficulty,
                tr(lang(),
                   "độ khó phải là 1 (dễ nhận ra), 2 (ngụy trang khéo) hoặc 3 (rất khó), "
                   "thấy \"",
                   "difficulty must be 1 (plain), 2 (disguised) or 3 (expert), found \"") +
                    text + "\"");
    }

    /// Ids or names (Vietnamese or English), separated by commas or semicolons. A name may
    /// hold commas itself, so neighbouring pieces are joined while they name one technique.
    void readTechniques() {
        std::vector<std::string> pieces;
        std::string current;
        for (char c : cell(Column::Techniques) + ",") {
            if (c == ',' || c == ';' || c == '\n') {
                if (!trimmed(current).empty())
                    pieces.push_back(trimmed(current));
                current.clear();
            } else {
                current += c;
            }
        }
        for (std::size_t i = 0; i < pieces.size();) {
            std::size_t used = 0;
            std::optional<Technique> found;
            std::string key;
            for (std::size_t j = i; j < pieces.size(); ++j) {
                key += headerKey(pieces[j]);
                if (auto t = techniqueByKey(key)) {
                    found = t;
                    used = j - i + 1;
                }
            }
            if (!found) {
                problem(Column::Techniques,
                        tr(lang(), "không có thủ đoạn \"", "no technique \"") + pieces[i] +
                            tr(lang(), "\"; ghi mã (", "\"; write ids (") + techniqueIds() +
                            tr(lang(), ") hoặc tên tiếng Việt trong docs/pack-format.md",
                               ") or the names in docs/pack-format.md"));
                return;
            }
            m_out.question.techniques.push_back(*found);
            i += used;
        }
    }

    static std::optional<Technique> techniqueByKey(const std::string& key) {
        for (const TechniqueInfo& info : techniqueTable())
            if (key == headerKey(info.id) || key == headerKey(info.nameVi) ||
                key == headerKey(info.nameEn))
                return info.technique;
        return std::nullopt;
    }

    static std::string techniqueIds() {
        std::string out;
        for (const TechniqueInfo& info : techniqueTable())
            out += (out.empty() ? "" : ", ") + std::string(info.id);
        return out;
    }

    std::optional<bool> readGenuine() {
        std::string key = headerKey(cell(Column::CardGenuine));
        for (const char* yes : {"that", "genuine", "true", "real", "1"})
            if (key == yes)
                return true;
        for (const char* no : {"", "gia", "scam", "false", "fake", "luadao", "0"})
            if (key == no)
                return false;
        problem(Column::CardGenuine,
                tr(lang(), "ghi \"thật\" (tin thật) hoặc \"giả\" (lừa đảo), thấy \"",
                   "write \"genuine\" or \"scam\" (or true/false), found \"") +
                    cell(Column::CardGenuine) + "\"");
        return std::nullopt;
    }

    void readCard() {
        std::string type = cell(Column::CardType);
        CardColumns columns{nfc(cell(Column::CardFrom)), nfc(cell(Column::CardDetail)),
                            nfc(cell(Column::CardText))};
        if (type.empty()) {
            if (!columns.from.empty() || !columns.detail.empty() || !columns.text.empty() ||
                !cell(Column::CardGenuine).empty())
                problem(Column::CardType, tr(lang(),
                                             "có nội dung thẻ tình huống nhưng thiếu loại thẻ "
                                             "(sms, call, chat, web, qr_payment)",
                                             "card columns are filled but the card type is missing "
                                             "(sms, call, chat, web, qr_payment)"));
            return;
        }
        std::optional<bool> genuine = readGenuine();
        MarkedColumns marked = readSpanMarkup(columns, lang());
        if (!marked.problems.empty()) {
            for (const std::string& message : marked.problems)
                m_out.problems.push_back(message);
            return;
        }
        if (auto card = cardFromColumns(type, marked.columns)) {
            attachSpans(*card, marked.markers, lang(), m_out.problems);
            m_out.question.card = std::move(*card);
            m_out.question.genuineCard = genuine.value_or(false);
            return;
        }
        problem(Column::CardType,
                tr(lang(), "loại thẻ \"", "unknown card type \"") + type +
                    tr(lang(), "\" không hợp lệ (sms, call, chat, web, qr_payment)",
                       "\" (sms, call, chat, web, qr_payment)"));
    }

    /// Span offsets are bytes of the loader's NFC text, so the columns are NFC first.
    static std::string nfc(const std::string& text) { return toNfc(text).value_or(text); }

    const csv::Row& m_row;
    const SheetLayout& m_layout;
    const SheetSettings& m_settings;
    SheetQuestion m_out;
    bool m_wordAnswer = false;
};

}  // namespace

SheetQuestion readSheetRow(const csv::Row& row, const SheetLayout& layout,
                           const SheetSettings& settings) {
    return RowReader(row, layout, settings).run();
}

}  // namespace dovui::pack

#include "dovui/core/pack_audit.hpp"

#include <algorithm>
#include <map>

#include "dovui/core/pack_rules.hpp"
#include "dovui/core/text.hpp"

namespace dovui::core {
namespace {

// Smallest groups worth judging: a handful of questions says nothing about a pattern.
constexpr std::size_t kMinSingles = 10;
constexpr std::size_t kMinTrueFalse = 6;
constexpr std::size_t kMinMulti = 4;
constexpr std::size_t kMinOrder = 5;
constexpr std::size_t kMinCards = 5;

std::string percent(std::size_t count, std::size_t of) {
    return std::to_string(of ? (count * 100 + of / 2) / of : 0) + " %";
}

/// count/of outside [lo, hi] percent.
bool outside(std::size_t count, std::size_t of, std::size_t lo, std::size_t hi) {
    return count * 100 < lo * of || count * 100 > hi * of;
}

void measureSingle(const Question& q, GuessFigures& f, std::size_t& wrongOptions) {
    ++f.singles;
    const std::size_t key = q.correct.front();
    const std::size_t keyChars = codePointCount(q.options[key]);
    bool longest = true;
    for (std::size_t i = 0; i < q.options.size(); ++i) {
        if (i == key)
            continue;
        std::size_t chars = codePointCount(q.options[i]);
        longest = longest && keyChars > chars;
        f.meanWrongChars += static_cast<double>(chars);
        ++wrongOptions;
    }
    f.singleLongestCorrect += longest ? 1 : 0;
    f.meanCorrectChars += static_cast<double>(keyChars);
    f.keysAt[q.options.size()][key]++;
}

}  // namespace

GuessFigures measureGuessability(const std::vector<const Question*>& questions) {
    GuessFigures f;
    std::size_t wrongOptions = 0;
    for (const Question* q : questions) {
        ++f.questions;
        f.byDifficulty[std::min<std::size_t>(q->difficulty, kMaxDifficulty)]++;
        for (Technique t : q->techniques)
            f.byTechnique[static_cast<std::size_t>(t) % kTechniqueCount]++;
        if (q->card) {
            ++f.cards;
            f.genuineCards += q->genuineCard ? 1 : 0;
        }
        if (q->correct.empty() || q->options.size() > kMaxOptions)
            continue;
        switch (q->kind) {
            case QuestionKind::Single:
                measureSingle(*q, f, wrongOptions);
                break;
            case QuestionKind::TrueFalse:
                (q->card ? f.tfCard : f.tfPlain)++;
                (q->card ? f.tfCardTrue : f.tfPlainTrue) += q->correct.front() == 0 ? 1 : 0;
                break;
            case QuestionKind::Multi:
                ++f.multis;
                f.multiAllButOne += q->correct.size() + 1 == q->options.size() ? 1 : 0;
                f.multiCorrectCounts[q->correct.size()]++;
                break;
            case QuestionKind::Order:
                ++f.orders;
                f.ordersAlreadyRight += std::is_sorted(q->correct.begin(), q->correct.end());
                f.orderFirstStepAt[q->correct.front()]++;
                break;
            case QuestionKind::Spot:
                ++f.spots;
                break;
            case QuestionKind::Poll:
                break;
        }
    }
    if (f.singles)
        f.meanCorrectChars /= static_cast<double>(f.singles);
    if (wrongOptions)
        f.meanWrongChars /= static_cast<double>(wrongOptions);
    return f;
}

std::vector<AuditWarning> guessWarnings(const GuessFigures& f) {
    std::vector<AuditWarning> out;
    if (f.singles >= kMinSingles && f.singleLongestCorrect * 100 > 40 * f.singles)
        out.push_back({AuditRule::LongestCorrect, f.singleLongestCorrect, f.singles});
    for (std::size_t n = 2; n <= kMaxOptions; ++n) {
        std::size_t total = 0, most = 0;
        for (std::size_t i = 0; i < n; ++i) {
            total += f.keysAt[n][i];
            most = std::max(most, f.keysAt[n][i]);
        }
        if (total < kMinSingles)
            continue;
        bool bad = n == 2 ? outside(f.keysAt[2][0], total, 30, 70) : most * 100 > 40 * total;
        if (bad)
            out.push_back({AuditRule::KeyPosition, most, total, n});
    }
    if (f.tfCard >= kMinTrueFalse && outside(f.tfCardTrue, f.tfCard, 30, 70))
        out.push_back({AuditRule::TrueFalseCard, f.tfCardTrue, f.tfCard});
    if (f.tfPlain >= kMinTrueFalse && outside(f.tfPlainTrue, f.tfPlain, 30, 70))
        out.push_back({AuditRule::TrueFalsePlain, f.tfPlainTrue, f.tfPlain});
    if (f.multis >= kMinMulti && f.multiAllButOne * 100 > 50 * f.multis)
        out.push_back({AuditRule::MultiAllButOne, f.multiAllButOne, f.multis});
    if (f.multis >= kMinMulti &&
        std::count(f.multiCorrectCounts.begin(), f.multiCorrectCounts.end(), f.multis) == 1)
        out.push_back({AuditRule::MultiSameCount, f.multis, f.multis});
    if (f.orders >= kMinOrder && f.ordersAlreadyRight * 100 > 20 * f.orders)
        out.push_back({AuditRule::OrderAlreadyRight, f.ordersAlreadyRight, f.orders});
    auto mostFirst = *std::max_element(f.orderFirstStepAt.begin(), f.orderFirstStepAt.end());
    if (f.orders > kMinOrder && mostFirst * 100 > 50 * f.orders)
        out.push_back({AuditRule::OrderFirstStep, mostFirst, f.orders});
    if (f.cards >= kMinCards && f.genuineCards * 100 < 30 * f.cards)
        out.push_back({AuditRule::FewGenuine, f.genuineCards, f.cards});
    return out;
}

std::string describe(const AuditWarning& w, Lang lang) {
    std::string figure =
        std::to_string(w.count) + "/" + std::to_string(w.of) + " (" + percent(w.count, w.of) + ")";
    switch (w.rule) {
        case AuditRule::LongestCorrect:
            return tr(lang, "đáp án đúng là phương án dài nhất ở ",
                      "the correct option is the longest in ") +
                   figure +
                   tr(lang, ", giới hạn 40 %: viết lại các phương án sai cho dài và cụ thể",
                      ", limit 40 %: make the wrong options as long and concrete");
        case AuditRule::KeyPosition:
            return tr(lang, "câu một đáp án có ", "single-choice with ") +
                   std::to_string(w.options) +
                   tr(lang, " phương án: một vị trí giữ ", " options: one position holds ") +
                   figure + tr(lang, " đáp án đúng", " of the keys") +
                   (w.options == 2 ? tr(lang, " (cần 30–70 %)", " (needs 30–70 %)")
                                   : tr(lang, " (giới hạn 40 %)", " (limit 40 %)"));
        case AuditRule::TrueFalseCard:
        case AuditRule::TrueFalsePlain:
            return tr(lang, "câu đúng/sai ", "true/false ") +
                   (w.rule == AuditRule::TrueFalseCard ? tr(lang, "có thẻ", "with a card")
                                                       : tr(lang, "không thẻ", "without a card")) +
                   tr(lang, ": đáp án \"Đúng\" ở ", ": keyed \"True\" in ") + figure +
                   tr(lang, " (cần 30–70 %)", " (needs 30–70 %)");
        case AuditRule::MultiAllButOne:
            return tr(lang, "câu nhiều đáp án: đúng tất cả trừ một ở ",
                      "multi-select: all but one correct in ") +
                   figure + tr(lang, " (giới hạn 50 %)", " (limit 50 %)");
        case AuditRule::MultiSameCount:
            return tr(lang, "câu nhiều đáp án: số đáp án đúng câu nào cũng như nhau",
                      "multi-select: every question has the same number correct");
        case AuditRule::OrderAlreadyRight:
            return tr(lang, "câu sắp xếp đã đúng thứ tự sẵn ở ",
                      "ordering listed in the right order in ") +
                   figure + tr(lang, " (giới hạn 20 %)", " (limit 20 %)");
        case AuditRule::OrderFirstStep:
            return tr(lang, "câu sắp xếp: bước đầu tiên nằm cùng một chỗ ở ",
                      "ordering: the first step sits at one listed position in ") +
                   figure + tr(lang, " (giới hạn 50 %)", " (limit 50 %)");
        case AuditRule::FewGenuine:
            return tr(lang, "tin thật chỉ có ", "genuine messages are only ") + figure +
                   tr(lang, " số thẻ (cần ít nhất 30 %)", " of the cards (needs at least 30 %)");
    }
    return "?";
}

std::vector<std::string> describeFigures(const GuessFigures& f, Lang lang) {
    std::vector<std::string> lines;
    lines.push_back(tr(lang, "một đáp án: ", "single choice: ") + std::to_string(f.singles) +
                    tr(lang, ", đúng là dài nhất ", ", correct is longest ") +
                    percent(f.singleLongestCorrect, f.singles) +
                    tr(lang, ", độ dài đúng/sai ", ", length correct/wrong ") +
                    std::to_string(static_cast<int>(f.meanCorrectChars + 0.5)) + "/" +
                    std::to_string(static_cast<int>(f.meanWrongChars + 0.5)));
    std::string positions = tr(lang, "vị trí đáp án:", "key positions:");
    for (std::size_t n = 2; n <= kMaxOptions; ++n) {
        std::size_t total = 0;
        std::string cells;
        for (std::size_t i = 0; i < n; ++i) {
            total += f.keysAt[n][i];
            cells += (i ? "/" : "") + std::to_string(f.keysAt[n][i]);
        }
        if (total)
            positions += " " + std::to_string(n) + tr(lang, " phương án ", " options ") + cells;
    }
    lines.push_back(positions);
    lines.push_back(tr(lang, "đúng/sai \"Đúng\": có thẻ ", "true/false \"True\": with card ") +
                    percent(f.tfCardTrue, f.tfCard) + " (" + std::to_string(f.tfCard) + ")" +
                    tr(lang, ", không thẻ ", ", without ") + percent(f.tfPlainTrue, f.tfPlain) +
                    " (" + std::to_string(f.tfPlain) + ")");
    lines.push_back(tr(lang, "nhiều đáp án: ", "multi-select: ") + std::to_string(f.multis) +
                    tr(lang, ", trừ một ", ", all but one ") + percent(f.multiAllButOne, f.multis) +
                    tr(lang, "; sắp xếp: ", "; ordering: ") + std::to_string(f.orders) +
                    tr(lang, ", đúng sẵn ", ", already right ") +
                    percent(f.ordersAlreadyRight, f.orders));
    lines.push_back(tr(lang, "thẻ: ", "cards: ") + std::to_string(f.cards) +
                    tr(lang, ", tin thật ", ", genuine ") + percent(f.genuineCards, f.cards) +
                    tr(lang, "; chạm chỗ đáng ngờ: ", "; tap the red flag: ") +
                    std::to_string(f.spots) + tr(lang, "; độ khó 1/2/3: ", "; difficulty 1/2/3: ") +
                    std::to_string(f.byDifficulty[1]) + "/" + std::to_string(f.byDifficulty[2]) +
                    "/" + std::to_string(f.byDifficulty[3]));
    std::string techniques = tr(lang, "thủ đoạn:", "techniques:");
    for (const TechniqueInfo& info : techniqueTable())
        techniques += " " + std::string(info.id) + " " +
                      std::to_string(f.byTechnique[static_cast<std::size_t>(info.technique)]);
    lines.push_back(techniques);
    return lines;
}

std::vector<std::string> teachingWarnings(const Pack& pack, Lang lang) {
    std::vector<std::string> out;
    std::map<std::string, std::vector<const Question*>> series;
    for (std::size_t i = 0; i < pack.questions.size(); ++i) {
        const Question& q = pack.questions[i];
        std::string label = questionLabel(i, q.id, lang) + ": ";
        for (Technique t : q.techniques)
            if (!explanationNames(q.explanation, t))
                out.push_back(label +
                              tr(lang, "lời giải thích chưa gọi tên thủ đoạn \"",
                                 "the explanation does not name the technique \"") +
                              std::string(techniqueName(t, lang)) + "\"");
        if (!q.series.empty())
            series[q.series].push_back(&q);
    }
    for (const auto& [name, members] : series) {
        std::array<int, kMaxDifficulty + 1> seen{};
        for (const Question* q : members)
            seen[q->difficulty]++;
        bool repeats = std::any_of(seen.begin(), seen.end(), [](int n) { return n > 1; });
        if (members.size() < 2 || repeats)
            out.push_back(tr(lang, "chuỗi \"", "series \"") + name + "\": " +
                          (members.size() < 2
                               ? tr(lang, "chỉ có một câu", "has one question only")
                               : tr(lang, "hai câu cùng độ khó (cần dễ → khó dần)",
                                    "two questions share a difficulty (needs easy → harder)")));
    }
    return out;
}

}  // namespace dovui::core

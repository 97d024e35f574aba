// libFuzzer target for the pack loader (design.md §4, §9). Besides "never crash, never throw",
// a pack either loads with no problem or is refused with at least one, every problem reads as a
// sentence in both languages, whatever loads keeps the rules the match relies on (limits,
// answer shapes, NFC text, spans inside their field), the pack writer writes it back to JSON
// that loads to the same pack, and the per-pack rules judge it in both languages.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dovui/core/pack.hpp"
#include "dovui/core/pack_rules.hpp"
#include "dovui/core/pack_writer.hpp"
#include "dovui/core/text.hpp"

using namespace dovui::core;

namespace {

bool isCleanText(const std::string& s, std::size_t maxChars) {
    auto nfc = toNfc(s);
    return nfc && *nfc == s && codePointCount(s) <= maxChars;
}

bool keepsTheRules(const Question& q) {
    if (q.options.size() > kMaxOptions || !isCleanText(q.text, kMaxTextChars) ||
        !isCleanText(q.explanation, kMaxTextChars))
        return false;
    for (const std::string& option : q.options)
        if (!isCleanText(option, kMaxTextChars))
            return false;
    if (q.kind == QuestionKind::Poll ? !q.correct.empty() : !isWellFormedChoice(q, q.correct))
        return false;
    if (q.timeLimitSec < 5 || q.timeLimitSec > 240 || q.pointsMultiplier > 2 || q.difficulty < 1 ||
        q.difficulty > kMaxDifficulty)
        return false;
    if (q.card)
        for (const CardSpan& span : q.card->spans) {
            const std::string* field = cardFieldText(q.card->body, span.field);
            if (!field || span.begin >= span.end || span.end > field->size())
                return false;
        }
    if (q.kind == QuestionKind::Spot && (!q.card || q.card->spans.size() != q.options.size()))
        return false;
    return true;
}

bool samePack(const Pack& a, const Pack& b) {
    return a.schemaVersion == b.schemaVersion && a.id == b.id && a.language == b.language &&
           a.title == b.title && a.description == b.description && a.topics == b.topics &&
           a.sources == b.sources && a.questions == b.questions;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    PackLoadResult result = parsePack(std::string_view(reinterpret_cast<const char*>(data), size));
    if (result.pack.has_value() == !result.problems.empty())
        __builtin_trap();
    for (const PackProblem& problem : result.problems)
        if (describe(problem, Lang::Vi).empty() || describe(problem, Lang::En).empty() ||
            (problem.code == PackProblem::Code::Syntax && (problem.line < 1 || problem.column < 1)))
            __builtin_trap();
    if (!result.pack)
        return 0;
    const Pack& pack = *result.pack;
    if (pack.questions.empty() || pack.questions.size() > kMaxQuestions)
        __builtin_trap();
    for (const Question& q : pack.questions)
        if (!keepsTheRules(q))
            __builtin_trap();
    PackLoadResult again = parsePack(packToJson(pack));
    if (!again.pack || !samePack(*again.pack, pack))
        __builtin_trap();
    for (Lang lang : {Lang::Vi, Lang::En})
        for (const PackFinding& finding : checkPackRules(pack, lang))
            if (finding.message.empty())
                __builtin_trap();
    return 0;
}

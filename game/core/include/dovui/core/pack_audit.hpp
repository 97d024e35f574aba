#pragma once
/// What a pack teaches, measured: can the key be guessed without reading the question
/// (length, position, pattern), are genuine messages mixed in, do explanations name the
/// techniques they tag (issue 13). `dovui-pack check` prints these and warns past the limits.
#include <array>
#include <string>
#include <vector>

#include "dovui/core/lang.hpp"
#include "dovui/core/pack.hpp"

namespace dovui::core {

/// Counts over a set of questions (one pack, or every pack together).
struct GuessFigures {
    std::size_t questions = 0;
    std::size_t singles = 0, singleLongestCorrect = 0;  ///< correct option strictly the longest
    double meanCorrectChars = 0, meanWrongChars = 0;    ///< single-choice option lengths
    /// Single-choice keys by position, per option count: keysAt[n][i] for n options, index i.
    std::array<std::array<std::size_t, kMaxOptions>, kMaxOptions + 1> keysAt{};
    std::size_t tfCard = 0, tfCardTrue = 0;    ///< true/false with a card; keyed "Đúng"
    std::size_t tfPlain = 0, tfPlainTrue = 0;  ///< true/false without a card; keyed "Đúng"
    std::size_t multis = 0, multiAllButOne = 0;
    std::array<std::size_t, kMaxOptions + 1> multiCorrectCounts{};  ///< by number correct
    std::size_t orders = 0, ordersAlreadyRight = 0;
    std::array<std::size_t, kMaxOptions> orderFirstStepAt{};  ///< listed position of step 1
    std::size_t cards = 0, genuineCards = 0;
    std::size_t spots = 0;
    std::array<std::size_t, kMaxDifficulty + 1> byDifficulty{};
    std::array<std::size_t, kTechniqueCount> byTechnique{};
};

[[nodiscard]] GuessFigures measureGuessability(const std::vector<const Question*>& questions);

/// The limits (docs/pack-format.md): each applies once its group has enough questions to judge.
enum class AuditRule : uint8_t {
    LongestCorrect,     ///< > 40 % of single-choice keys strictly the longest option
    KeyPosition,        ///< one position > 40 % of keys (2 options: outside 30–70 %)
    TrueFalseCard,      ///< "true" keys outside 30–70 % among card questions
    TrueFalsePlain,     ///< … among the others
    MultiAllButOne,     ///< > 50 % of multi-selects have n−1 correct
    MultiSameCount,     ///< every multi-select has the same number correct
    OrderAlreadyRight,  ///< > 20 % of orderings listed already in the right order
    OrderFirstStep,     ///< the first step sits at one listed position in > 50 %
    FewGenuine,         ///< under 30 % of cards are genuine messages
};

struct AuditWarning {
    AuditRule rule;
    std::size_t count = 0, of = 0;  ///< the figure: count of of
    std::size_t options = 0;        ///< KeyPosition: the option count
};

std::vector<AuditWarning> guessWarnings(const GuessFigures& figures);
std::string describe(const AuditWarning& warning, Lang lang);

/// The figures as a few lines for a terminal, in the facilitator's language.
std::vector<std::string> describeFigures(const GuessFigures& figures, Lang lang);

/// Per-question teaching problems: an explanation that names none of a tagged technique, a
/// series whose questions repeat a difficulty. One line each, labelled with the question.
[[nodiscard]] std::vector<std::string> teachingWarnings(const Pack& pack, Lang lang);

}  // namespace dovui::core

#pragma once
/// The question model (design.md §4).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dovui/core/card.hpp"
#include "dovui/core/technique.hpp"

namespace dovui::core {

/// Append-only (the value is on the wire). Spot: tap the red flag; the options are the card's
/// marked spans (their text), and exactly one of them is correct.
enum class QuestionKind : uint8_t {
    Single = 0,
    TrueFalse = 1,
    Multi = 2,
    Order = 3,
    Poll = 4,
    Spot = 5
};
inline constexpr QuestionKind kLastQuestionKind = QuestionKind::Spot;
constexpr QuestionKind lastEnumValue(QuestionKind) {
    return kLastQuestionKind;
}  ///< the decoders' bound (field_rules.hpp)

/// Limits from design.md §4; the pack loader enforces them.
inline constexpr std::size_t kMaxQuestions = 1000;
inline constexpr std::size_t kMaxTextChars =
    500;  ///< code points of question/explanation/card text
inline constexpr std::size_t kMaxOptionChars = 120;  ///< code points of one option
inline constexpr std::size_t kMaxOptions = 5;        ///< ordering allows 5 steps; choices 4
inline constexpr uint8_t kMaxDifficulty = 3;         ///< 1 plain, 2 disguised, 3 expert

/// A learner's answer: option indexes. Single/true-false/poll: one index;
/// multi-select: the chosen set (any order); ordering: the sequence as arranged.
using Choice = std::vector<uint8_t>;

struct Question {
    std::string id;
    QuestionKind kind = QuestionKind::Single;
    std::string text;
    std::vector<std::string> options;
    /// Single/true-false: one index; multi: every correct index (sorted);
    /// ordering: the correct sequence of option indexes; poll: empty.
    std::vector<uint8_t> correct;
    uint16_t timeLimitSec = 20;
    uint8_t pointsMultiplier = 1;  ///< 0, 1 or 2
    std::string explanation;       ///< red flag + right action
    std::vector<std::string> topics;
    std::string media;  ///< optional media file name, relative to the pack
    std::optional<ScenarioCard> card;
    /// The card shows a genuine message, not a scam (meaningful only with a card). Kept off the
    /// card itself: the card travels to learners before the reveal, this is part of the answer.
    bool genuineCard = false;
    uint8_t difficulty = 1;             ///< 1 plain, 2 disguised, 3 expert
    std::vector<Technique> techniques;  ///< the manipulation techniques this question teaches
    std::string series;  ///< questions of one series: the same scam, better disguised (optional)

    template <class A>
    void serialize(A& ar) {
        ar(id, kind, text, options, correct, timeLimitSec, pointsMultiplier, explanation, topics,
           media, card, genuineCard, difficulty, techniques, series);
    }
    bool operator==(const Question&) const = default;
};

const char* kindName(QuestionKind kind);

/// True when `choice` is a well-formed answer shape for `q` (indexes in range, right count,
/// no repeats). It says nothing about correctness.
[[nodiscard]] bool isWellFormedChoice(const Question& q, const Choice& choice);

}  // namespace dovui::core

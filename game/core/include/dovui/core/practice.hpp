#pragma once
/// The self-practice scheduler (design.md §4): Leitner boxes per question, a deterministic
/// next-question picker, and per-topic mastery. Pure: the day is injected, nothing is read
/// from a clock or a file (the learner app persists PracticeProgress with cereal).
///
/// Rules, in words a facilitator can repeat:
/// - A question never answered sits in box 1 and is due now.
/// - A right answer on a due question moves it up one box (at most kBoxCount); a right answer
///   given ahead of time (practising a question not yet due) keeps its box.
/// - A wrong answer sends it back to box 1 and it comes back after kRetryGap other questions.
/// - Box b is due again kBoxIntervalDays[b] days after the answer; box 3 and up is "đã thuộc".
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <cereal/types/map.hpp>
#include <cereal/types/string.hpp>

#include "dovui/core/pack.hpp"

namespace dovui::core {

inline constexpr int kBoxCount = 5;
inline constexpr int kMasteredBox = 3;  ///< right twice in a row, on two different days
inline constexpr int kRetryGap = 3;     ///< a missed question returns after this many others
/// Days until a question in box b (index) is due again; index 0 is unused.
inline constexpr std::array<int, kBoxCount + 1> kBoxIntervalDays = {0, 0, 1, 3, 7, 14};

/// One question's place in the boxes.
struct CardState {
    int box = 1;                 ///< 1..kBoxCount
    std::int32_t dueDay = 0;     ///< due on this day or later
    std::int64_t retryTurn = 0;  ///< a missed question waits until this turn
    std::int64_t lastTurn = -1;  ///< turn of the last answer (-1 = never)
    std::uint32_t timesRight = 0;
    std::uint32_t timesWrong = 0;
    bool lastWrong = false;
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(box), CEREAL_NVP(dueDay), CEREAL_NVP(retryTurn), CEREAL_NVP(lastTurn),
           CEREAL_NVP(timesRight), CEREAL_NVP(timesWrong), CEREAL_NVP(lastWrong));
    }
    bool operator==(const CardState&) const = default;
};

/// Everything the scheduler remembers about one learner and one pack. Keyed by question id,
/// so editing a pack keeps the progress of the questions that stayed.
struct PracticeProgress {
    std::string packId;
    std::int64_t turn = 0;  ///< answers given so far, all topics
    std::map<std::string, CardState> cards;
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(packId), CEREAL_NVP(turn), CEREAL_NVP(cards));
    }
    bool operator==(const PracticeProgress&) const = default;
};

/// Which questions a practice session draws from: one topic, or every topic ("mixed").
struct PracticeFilter {
    std::optional<std::string> topicId;  ///< nullopt = mixed
    bool matches(const Question& q) const;
};

/// True for questions that can be practised (a poll has no right answer).
[[nodiscard]] bool isPractisable(const Question& q);

/// The card of question `id`, or a fresh box-1 card when it was never answered.
CardState cardFor(const PracticeProgress& progress, const std::string& id);

/// True when `card` is due on `day` (missed questions also wait for their retry turn).
[[nodiscard]] bool isDue(const CardState& card, std::int32_t day, std::int64_t turn);

/// Records one answer on `day` and advances the turn.
void recordAnswer(PracticeProgress& progress, const Question& q, bool correct, std::int32_t day);

/// The index (into pack.questions) of the question to ask next, or nullopt when the filter
/// matches nothing practisable. Deterministic. Order: missed questions whose retry gap has
/// passed; due reviews (lowest box first); never-seen questions in pack order; then, so the
/// learner may keep going, the question due soonest. The question just asked is not repeated
/// while another one is available.
[[nodiscard]] std::optional<std::size_t> pickNext(const Pack& pack,
                                                  const PracticeProgress& progress,
                                                  const PracticeFilter& filter, std::int32_t day);

/// "Lừa đảo qua tin nhắn: 8/10 đã thuộc".
struct TopicMastery {
    std::string topicId;  ///< empty for the whole pack
    std::string name;
    int total = 0;     ///< practisable questions
    int mastered = 0;  ///< box ≥ kMasteredBox
    int learning = 0;  ///< answered at least once, not yet mastered
    int unseen = 0;
    int dueNow = 0;  ///< due on the given day (missed ones included)
};

/// One row per pack topic that has practisable questions, in the pack's topic order.
std::vector<TopicMastery> topicMastery(const Pack& pack, const PracticeProgress& progress,
                                       std::int32_t day);
/// The same counts over the whole pack.
TopicMastery packMastery(const Pack& pack, const PracticeProgress& progress, std::int32_t day);

}  // namespace dovui::core

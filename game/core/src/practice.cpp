#include "dovui/core/practice.hpp"

#include <algorithm>
#include <tuple>

namespace dovui::core {
namespace {

/// Sort key of a candidate: category first (see pickNext), then the category's own order.
using PickKey = std::tuple<int, std::int64_t, std::int64_t, std::size_t>;

PickKey pickKey(const CardState& card, std::int32_t day, std::int64_t turn, std::size_t index) {
    const bool seen = card.lastTurn >= 0;
    if (seen && card.lastWrong && turn >= card.retryTurn)
        return {0, card.retryTurn, 0, index};
    if (seen && !card.lastWrong && day >= card.dueDay)
        return {1, card.box, card.dueDay, index};
    if (!seen)
        return {2, 0, 0, index};
    return {3, card.dueDay, card.lastTurn, index};
}

void count(TopicMastery& row, const CardState& card, std::int32_t day, std::int64_t turn) {
    ++row.total;
    if (card.lastTurn < 0)
        ++row.unseen;
    else if (card.box >= kMasteredBox)
        ++row.mastered;
    else
        ++row.learning;
    if (isDue(card, day, turn))
        ++row.dueNow;
}

}  // namespace

bool PracticeFilter::matches(const Question& q) const {
    return !topicId || std::find(q.topics.begin(), q.topics.end(), *topicId) != q.topics.end();
}

bool isPractisable(const Question& q) {
    return q.kind != QuestionKind::Poll && !q.correct.empty();
}

CardState cardFor(const PracticeProgress& progress, const std::string& id) {
    auto it = progress.cards.find(id);
    return it == progress.cards.end() ? CardState{} : it->second;
}

bool isDue(const CardState& card, std::int32_t day, std::int64_t turn) {
    if (card.lastTurn < 0)
        return true;
    if (card.lastWrong)
        return turn >= card.retryTurn;
    return day >= card.dueDay;
}

void recordAnswer(PracticeProgress& progress, const Question& q, bool correct, std::int32_t day) {
    CardState& card = progress.cards.try_emplace(q.id).first->second;
    const bool onTime = card.lastTurn < 0 || day >= card.dueDay;
    if (correct) {
        ++card.timesRight;
        if (onTime)
            card.box = std::min(kBoxCount, card.box + 1);
        card.lastWrong = false;
        card.dueDay = day + kBoxIntervalDays[static_cast<std::size_t>(card.box)];
    } else {
        ++card.timesWrong;
        card.box = 1;
        card.lastWrong = true;
        card.dueDay = day;
        card.retryTurn = progress.turn + 1 + kRetryGap;
    }
    card.lastTurn = progress.turn;
    ++progress.turn;
}

std::optional<std::size_t> pickNext(const Pack& pack, const PracticeProgress& progress,
                                    const PracticeFilter& filter, std::int32_t day) {
    std::optional<PickKey> best, bestRepeat;
    for (std::size_t i = 0; i < pack.questions.size(); ++i) {
        const Question& q = pack.questions[i];
        if (!isPractisable(q) || !filter.matches(q))
            continue;
        CardState card = cardFor(progress, q.id);
        PickKey key = pickKey(card, day, progress.turn, i);
        const bool justAsked = card.lastTurn >= 0 && card.lastTurn == progress.turn - 1;
        auto& slot = justAsked ? bestRepeat : best;
        if (!slot || key < *slot)
            slot = key;
    }
    if (best)
        return std::get<3>(*best);
    if (bestRepeat)
        return std::get<3>(*bestRepeat);
    return std::nullopt;
}

std::vector<TopicMastery> topicMastery(const Pack& pack, const PracticeProgress& progress,
                                       std::int32_t day) {
    std::vector<TopicMastery> rows;
    for (const Topic& topic : pack.topics) {
        TopicMastery row;
        row.topicId = topic.id;
        row.name = topic.name;
        PracticeFilter filter{topic.id};
        for (const Question& q : pack.questions)
            if (isPractisable(q) && filter.matches(q))
                count(row, cardFor(progress, q.id), day, progress.turn);
        if (row.total > 0)
            rows.push_back(std::move(row));
    }
    return rows;
}

TopicMastery packMastery(const Pack& pack, const PracticeProgress& progress, std::int32_t day) {
    TopicMastery row;
    row.name = pack.title;
    for (const Question& q : pack.questions)
        if (isPractisable(q))
            count(row, cardFor(progress, q.id), day, progress.turn);
    return row;
}

}  // namespace dovui::core

#include "bot_brain.hpp"

#include <algorithm>
#include <numeric>

namespace dovui::bots {

core::Millis BotBrain::thinkTime(std::uint32_t remainingMs) {
    std::uniform_int_distribution<int> think(m_config.thinkMinMs, m_config.thinkMaxMs);
    core::Millis t = think(m_rng);
    core::Millis latest = std::max<core::Millis>(0, core::Millis(remainingMs) - 500);
    return std::min(t, latest);
}

core::Choice BotBrain::choose(const core::QuestionMsg& q) {
    const std::size_t n = q.optionCount;
    const core::Question* known =
        m_pack && q.index < m_pack->questions.size() ? &m_pack->questions[q.index] : nullptr;
    bool right = std::bernoulli_distribution(m_config.accuracy)(m_rng);
    if (known && right && !known->correct.empty() && known->options.size() == n)
        return known->correct;
    core::Choice all(n);
    std::iota(all.begin(), all.end(), 0);
    std::shuffle(all.begin(), all.end(), m_rng);
    switch (q.kind) {
        case core::QuestionKind::Order:
            return all;
        case core::QuestionKind::Multi: {
            std::size_t count =
                std::uniform_int_distribution<std::size_t>(1, std::max<std::size_t>(1, n))(m_rng);
            all.resize(count);
            return all;
        }
        default:
            all.resize(std::min<std::size_t>(1, n));
            return all;
    }
}

}  // namespace dovui::bots

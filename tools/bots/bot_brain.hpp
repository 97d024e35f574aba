#pragma once
/// What one simulated player decides: when to answer and what. No sockets here.
#include <optional>
#include <random>

#include "dovui/core/pack.hpp"
#include "dovui/core/protocol.hpp"
#include "dovui/core/scoring.hpp"

namespace dovui::bots {

struct BrainConfig {
    double accuracy = 0.7;  ///< chance of choosing the right answer
    int thinkMinMs = 300;
    int thinkMaxMs = 4000;
};

/// Picks answers. Knows the pack (so `accuracy` means something) but never reads the
/// answer from the wire: learner-bound messages carry none.
class BotBrain {
public:
    BotBrain(const core::Pack* pack, BrainConfig config, std::uint64_t seed)
        : m_pack(pack), m_config(config), m_rng(seed) {}
    /// Milliseconds to wait before answering, within what is left of the question.
    core::Millis thinkTime(std::uint32_t remainingMs);
    core::Choice choose(const core::QuestionMsg& q);

private:
    const core::Pack* m_pack;
    BrainConfig m_config;
    std::mt19937_64 m_rng;
};

}  // namespace dovui::bots

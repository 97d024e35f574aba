#pragma once
/// The seeded property test's walk (match_property_test.cpp): a random match driven one step at
/// a time (match_property_driver.cpp) and checked after each against an independent model of
/// time, answers and bans (match_property_model.cpp).
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "dovui/core/match.hpp"

namespace dovui::core::test {

/// What the random walk reached, so that a walk that exercises nothing cannot pass.
struct Coverage {
    std::map<AnswerRefusal, int> answers;  ///< by outcome, None = accepted
    int kicks = 0;
    int rejoins = 0;
    int pauses = 0;
    int podiumsByNext = 0;
    int eliminations = 0;
    int revives = 0;
    int scoredReveals = 0;
};

class RandomMatch {
public:
    RandomMatch(std::uint32_t seed, int matchNumber, Coverage& coverage);

    /// Plays until the podium or the step budget; returns the first broken invariant.
    std::optional<std::string> play();

private:
    // The driver: random inputs, one step at a time.
    MatchConfig randomConfig();
    std::uint32_t pick(std::uint32_t n) { return n == 0 ? 0 : m_rng() % n; }
    bool chance(int percent) { return static_cast<int>(m_rng() % 100) < percent; }
    PlayerId randomPlayer();
    Millis limitMs() const;
    Choice randomChoice();
    std::optional<std::string> answer(Millis at);
    void beginStep();
    void joinSomeone();
    std::optional<std::string> step();
    std::string describe(const std::string& what, const std::string& broken) const;

    // The model: what must hold.
    /// Every reason the model sees to refuse this answer (empty: it must be accepted).
    std::set<AnswerRefusal> reasonsToRefuse(PlayerId id, std::uint16_t index, const Choice& choice,
                                            Millis at) const;
    /// Everything that must hold after any step.
    std::optional<std::string> check(const std::string& what, const std::vector<Envelope>& outbox);

    std::mt19937 m_rng;
    std::shared_ptr<const Pack> m_pack;
    Match m_match;
    int m_number = 0;
    Coverage& m_coverage;
    int m_step = 0;
    Millis m_now = 0;

    // The model.
    std::vector<std::string> m_tokens;
    std::set<std::string> m_kickedTokens;
    std::set<PlayerId> m_accepted;  ///< accepted answers to the open question
    std::set<std::pair<PlayerId, std::uint16_t>> m_answeredEver;
    std::set<std::pair<PlayerId, std::uint16_t>> m_records;
    std::set<std::uint16_t> m_closed;  ///< questions whose reveal may go out
    bool m_paused = false;
    Millis m_deadline = 0;
    Millis m_frozen = 0;

    // The step in progress.
    std::vector<Player> m_before;
    Phase m_phaseBefore = Phase::Lobby;
    std::uint16_t m_indexBefore = 0;
    std::vector<std::pair<PlayerId, AnswerAckMsg>> m_acksExpected;
};

}  // namespace dovui::core::test

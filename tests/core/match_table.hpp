#pragma once
/// Shared by the Match suites (match_*_test.cpp).
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "core_test_support.hpp"
#include "dovui/core/match.hpp"

namespace dovui::core::test {

/// A match plus helpers to join players and read what it sent.
struct Table {
    explicit Table(std::vector<Question> questions, MatchConfig config = {})
        : match(makePack(std::move(questions)), std::move(config)) {}
    explicit Table(MatchConfig config = {})
        : Table({singleQuestion("q1"), singleQuestion("q2"), singleQuestion("q3")},
                std::move(config)) {}

    PlayerId join(const std::string& name, bool rich = true, Millis now = 0) {
        JoinOutcome o = match.join(name, "token-" + name, rich, now);
        REQUIRE_MESSAGE(!o.refusal, "join of " << name << " refused");
        return o.player;
    }
    std::vector<Envelope> drain() { return match.takeOutbox(); }
    const Player& player(PlayerId id) const { return *match.findPlayer(id); }

    Match match;
};

}  // namespace dovui::core::test

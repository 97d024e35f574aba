#pragma once
/// Content rules on top of parsePack: what a pack needs to be usable in class, beyond being
/// well-formed. The host, the learner app and `dovui-pack check` apply the same rules.
#include <string>
#include <vector>

#include "dovui/core/lang.hpp"
#include "dovui/core/pack.hpp"

namespace dovui::core {

struct PackFinding {
    bool warning = false;  ///< warnings are printed but do not fail the check
    std::string message;   ///< one line, in the chosen language
};

/// Topics need this many questions once a pack is big enough to be a full bank.
inline constexpr std::size_t kMinQuestionsPerTopic = 10;
inline constexpr std::size_t kTopicRuleFromQuestions = 100;

/// "câu 3 (bhdt-03)" / "question 3 (bhdt-03)", like describe(PackProblem).
std::string questionLabel(std::size_t index, const std::string& id, Lang lang);

/// Explanations, topic sizes, scenario-card completeness and VietQR payloads.
[[nodiscard]] std::vector<PackFinding> checkPackRules(const Pack& pack, Lang lang);
/// The rule errors only (warnings left out), one line each: what the host and the learner app
/// refuse a well-formed pack for, exactly as `dovui-pack check` fails it.
[[nodiscard]] std::vector<std::string> packRuleErrors(const Pack& pack, Lang lang);

}  // namespace dovui::core

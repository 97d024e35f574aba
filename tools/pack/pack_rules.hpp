#pragma once
/// Content rules `dovui-pack check` adds on top of parsePack: what a pack needs to be usable
/// in class, beyond being well-formed.
#include <string>
#include <vector>

#include "dovui/core/pack.hpp"
#include "messages.hpp"

namespace dovui::pack {

struct Finding {
    bool warning = false;  ///< warnings are printed but do not fail the check
    std::string message;   ///< one line, in the chosen language
};

/// Topics need this many questions once a pack is big enough to be a full bank.
inline constexpr std::size_t kMinQuestionsPerTopic = 10;
inline constexpr std::size_t kTopicRuleFromQuestions = 100;

/// "câu 3 (bhdt-03)" / "question 3 (bhdt-03)", like describe(PackProblem).
std::string questionLabel(std::size_t index, const std::string& id, Lang lang);

/// Explanations, topic sizes, scenario-card completeness and VietQR payloads.
std::vector<Finding> checkPackRules(const core::Pack& pack, Lang lang);

}  // namespace dovui::pack

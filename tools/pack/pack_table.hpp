#pragma once
/// The per-topic count table `dovui-pack check` prints for each pack.
#include <array>
#include <ostream>
#include <string>
#include <vector>

#include "dovui/core/pack.hpp"
#include "messages.hpp"

namespace dovui::pack {

struct TopicCount {
    std::string topic;  ///< topic id; the last row is the pack total
    std::size_t questions = 0;
    std::size_t withCard = 0;
    std::size_t genuineCards = 0;  ///< cards that show a genuine message, not a scam
    std::array<std::size_t, static_cast<std::size_t>(core::kLastQuestionKind) + 1>
        byKind{};  ///< indexed by QuestionKind
};

/// One row per topic in the pack's order (a question counts in each of its topics), then a
/// total row where every question counts once.
std::vector<TopicCount> countByTopic(const core::Pack& pack, Lang lang);

void printTopicTable(std::ostream& out, const std::vector<TopicCount>& rows, Lang lang);

}  // namespace dovui::pack

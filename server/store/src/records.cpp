#include "dovui/store/records.hpp"

namespace dovui::store {

const PlayerRecord* MatchRecord::findPlayer(std::int64_t playerId) const {
    for (const PlayerRecord& p : players)
        if (p.id == playerId)
            return &p;
    return nullptr;
}

const QuestionRecord* MatchRecord::findQuestion(int index) const {
    for (const QuestionRecord& q : questions)
        if (q.index == index)
            return &q;
    return nullptr;
}

std::string MatchRecord::topicName(const std::string& topicId) const {
    auto it = topicNames.find(topicId);
    return it != topicNames.end() ? it->second : topicId;
}

std::string MatchRecord::teamName(const PlayerRecord& player) const {
    if (mode != "teams" || player.team < 1 ||
        static_cast<std::size_t>(player.team) > teamNames.size())
        return {};
    return teamNames[static_cast<std::size_t>(player.team) - 1];
}

}  // namespace dovui::store

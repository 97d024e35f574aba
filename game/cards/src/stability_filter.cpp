#include "dovui/cards/stability_filter.hpp"

namespace dovui::cards {

std::vector<SteadyReading> StabilityFilter::update(const std::vector<CardSighting>& cards,
                                                   std::int64_t frameMs) {
    std::vector<SteadyReading> changed;
    for (const CardSighting& card : cards) {
        bool known = m_tracks.count(card.number) > 0;
        Track& track = m_tracks[card.number];
        if (!known && m_questionOpenedMs >= 0 &&
            frameMs - m_questionOpenedMs < m_options.openingGraceMs)
            track.heldOver = card.choice;
        if (track.heldOver >= 0) {
            bool lowered = known && frameMs - track.lastSeen > m_options.loweredAfterMs;
            if (!lowered && card.choice == track.heldOver) {
                track.lastSeen = frameMs;
                continue;  // still the last question's card: not an answer to this one
            }
            track.heldOver = -1;
            track.count = 0;
        }
        bool forgotten = track.count > 0 && frameMs - track.lastSeen > m_options.forgetAfterMs;
        if (forgotten || card.choice != track.candidate) {
            track.candidate = card.choice;
            track.count = 0;
            track.candidateSince = frameMs;
        }
        track.lastSeen = frameMs;
        if (++track.count >= m_options.framesToSettle && track.steadyChoice != track.candidate) {
            track.steadyChoice = track.candidate;
            track.steadySince = track.candidateSince;
            changed.push_back({card.number, track.steadyChoice, track.steadySince});
        }
    }
    return changed;
}

std::map<int, SteadyReading> StabilityFilter::steady() const {
    std::map<int, SteadyReading> out;
    for (const auto& [number, track] : m_tracks)
        if (track.steadyChoice >= 0)
            out[number] = {number, track.steadyChoice, track.steadySince};
    return out;
}

}  // namespace dovui::cards

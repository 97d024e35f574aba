#pragma once
/// Turns per-frame sightings into readings a match can count: a card's answer counts once the
/// same edge has been up for a few frames, and a later steady edge replaces it.
#include <cstdint>
#include <map>
#include <vector>

#include "dovui/cards/reader.hpp"

namespace dovui::cards {

/// A card read steadily: its answer and when that edge was first seen up (the answer's time,
/// like a phone's arrival time).
struct SteadyReading {
    int number = 0;
    int choice = 0;
    std::int64_t firstSeenMs = 0;
};

struct StabilityOptions {
    int framesToSettle = 3;             ///< sightings of the same edge before it counts
    std::int64_t forgetAfterMs = 1500;  ///< a card unseen this long starts again from zero
    /// A card already up when the question opens (still held from the last one) does not
    /// answer it with that edge: it counts once lowered (unseen this long) or turned.
    std::int64_t openingGraceMs = 1000;  ///< "already up" = first seen this soon after opening
    std::int64_t loweredAfterMs = 600;
};

class StabilityFilter {
public:
    explicit StabilityFilter(StabilityOptions options = {}) : m_options(options) {}

    /// Feeds one frame's sightings taken at `frameMs`; returns the readings that became steady
    /// or changed with this frame (each card at most once).
    std::vector<SteadyReading> update(const std::vector<CardSighting>& cards, std::int64_t frameMs);

    /// Forgets everything (a new question).
    void reset() { m_tracks.clear(); }

    /// A new question opened at `openedMs`: forgets everything, and cards seen in its first
    /// moments are taken as still held from before (see StabilityOptions::openingGraceMs).
    void startQuestion(std::int64_t openedMs) {
        m_tracks.clear();
        m_questionOpenedMs = openedMs;
    }

    /// Every card's current steady answer, by number.
    std::map<int, SteadyReading> steady() const;

private:
    struct Track {
        int candidate = -1;
        int count = 0;
        std::int64_t candidateSince = 0;
        std::int64_t lastSeen = 0;
        int steadyChoice = -1;
        std::int64_t steadySince = 0;
        int heldOver = -1;  ///< the edge it was already showing when the question opened
    };
    StabilityOptions m_options;
    std::map<int, Track> m_tracks;
    std::int64_t m_questionOpenedMs = -1;  ///< -1: no opening grace (reset() or never started)
};

}  // namespace dovui::cards

#pragma once
/// An immutable picture of the match the server publishes for views (the host's projector
/// screen, `status` on stdin). Views read it; they never touch the Match.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "dovui/core/match.hpp"
#include "dovui/server/commands.hpp"
#include "dovui/server/practice.hpp"

namespace dovui::server {

struct PlayerView {
    core::PlayerId id = 0;
    std::string nickname;
    std::int32_t score = 0;
    std::int32_t lastGain = 0;
    std::uint32_t rank = 0;
    std::uint32_t previousRank = 0;
    std::uint8_t team = 0;
    bool connected = false;
    bool eliminated = false;
    bool answered = false;           ///< answered the open question
    std::uint16_t correctCount = 0;  ///< right answers to scored questions ("Câu đúng")
    bool operator==(const PlayerView&) const = default;
};

/// A learner answering with a printed card: the card's number, and whether the camera has read
/// it for the open question (the answer itself stays hidden until the reveal).
struct CardPlayerView {
    int number = 0;
    core::PlayerId player = 0;
    bool read = false;
    bool operator==(const CardPlayerView&) const = default;
};

struct ServerSnapshot {
    /// Grows when anything below changes, and only then: a view that finds the same version
    /// has nothing new to draw (an idle lobby or a paused question costs no redraws).
    std::uint64_t version = 0;
    std::uint32_t pin = 0;
    std::string name;
    std::uint16_t port = 0;
    std::uint16_t webPort = 0;  ///< the browser page's port; 0 when off
    std::string webError;       ///< why the browser page is off although it was asked for
    std::vector<std::string> addresses;
    std::shared_ptr<const core::Pack> pack;
    core::MatchConfig config;
    core::Phase phase = core::Phase::Lobby;
    bool paused = false;
    bool locked = false;
    bool revived = false;
    std::uint16_t questionIndex = 0;
    std::uint16_t questionCount = 0;
    /// Questions so far that count for "Câu đúng": polls and skipped questions left out.
    std::uint16_t scoredQuestionCount = 0;
    bool voided = false;  ///< the last closed question was skipped: nobody scored on it
    core::Millis limitMs = 0;
    core::Millis remainingMs = 0;
    std::size_t answersReceived = 0;
    std::size_t activePlayers = 0;
    std::vector<PlayerView> players;  ///< in join order (left players omitted)
    std::vector<std::uint32_t> lastCounts;
    std::vector<core::BoardRow> top;
    std::vector<core::BoardRow> teams;
    std::string lastError;           ///< the latest problem worth showing the facilitator
    std::uint32_t problemCount = 0;  ///< grows with every refused facilitator command
    /// When the latest problem is a refused command: which refusal, and whom it names.
    CommandRefusal lastRefusal = CommandRefusal::None;
    std::string refusalSubject;
    std::vector<CardPlayerView> cardPlayers;  ///< by card number
    bool practiceOffered = false;             ///< phones can practise from the page (issue 14)
    std::size_t practicePacks = 0;
    PracticeStats practice;  ///< anonymous: phones practising lately, weakest topics
    bool operator==(const ServerSnapshot&) const = default;
};

/// The address a phone opens to join, which the lobby QR encodes and the join screen spells
/// out: "http://192.168.1.10:8080/?pin=123456" (the page reads the PIN from it).
/// The address of the page's practice: "http://192.168.1.10:8080/?practice" (no PIN needed).
inline std::string practiceUrl(const std::string& address, std::uint16_t webPort) {
    return "http://" + address + ":" + std::to_string(webPort) + "/?practice";
}

inline std::string joinUrl(const std::string& address, std::uint16_t webPort, std::uint32_t pin) {
    return "http://" + address + ":" + std::to_string(webPort) + "/?pin=" + std::to_string(pin);
}

}  // namespace dovui::server

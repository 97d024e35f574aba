#pragma once
/// Facilitator commands: typed on dovui-server's stdin or sent by the host app's UI thread.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "dovui/core/match.hpp"

namespace dovui::server {

/// Why a facilitator command could not apply now. The host says it in the facilitator's
/// language; dovui-server prints lastError's English note.
enum class CommandRefusal : std::uint8_t {
    None,
    NoPlayersYet,    ///< start: nobody has joined
    AlreadyStarted,  ///< start: the match is past the lobby
    QuestionOpen,    ///< next: a question is open (skip it instead)
    NothingToPause,  ///< pause: no open, running question
    NotPaused,       ///< resume
    NothingToSkip,   ///< skip: no open question
    PlayerGone,      ///< kick: that learner already left (the subject is their name)
    NoSuchName,      ///< kick NAME: nobody by that name (the subject is the name)
    ReviveNotNow,    ///< revive: only once, in Rung chuông vàng
};

struct CmdStart {};
struct CmdNext {};
struct CmdPause {};
struct CmdResume {};
struct CmdSkip {};
/// Removes one learner for good. Carries the id the facilitator saw, not a name: a name
/// freed by a leaver may belong to someone else by the time the server applies it.
struct CmdKick {
    core::PlayerId playerId = 0;
};
/// dovui-server's stdin "kick NAME": resolved to an id on the server thread, when applied.
struct CmdKickByName {
    std::string nickname;
};
/// One learner who answers with a printed card (no phone, no connection).
struct CardSeat {
    int number = 0;  ///< the card's number, 1..99
    std::string name;
};
/// Adds card players (a whole roster, or one by number); each is a player like any other.
struct CmdAddCardPlayers {
    std::vector<CardSeat> seats;
};
/// The host's camera saw `card` steadily with `choice` up: that card player's answer to
/// question `questionIndex`. A later reading replaces it until the question closes.
struct CmdCardReading {
    int card = 0;
    std::uint16_t questionIndex = 0;
    std::uint8_t choice = 0;
    std::chrono::steady_clock::time_point firstSeenSteady;  ///< the answer's time
};
struct CmdLock {
    bool locked = true;
};
struct CmdRevive {};
struct CmdEnd {};

using FacilitatorCommand =
    std::variant<CmdStart, CmdNext, CmdPause, CmdResume, CmdSkip, CmdKick, CmdLock, CmdRevive,
                 CmdEnd, CmdKickByName, CmdAddCardPlayers, CmdCardReading>;

/// Parses "start", "next", "pause", "resume", "skip", "kick NAME", "kick #ID", "lock",
/// "unlock", "revive", "end", "card N NAME" (a card player). Returns nullopt for anything else (the
/// caller prints help).
[[nodiscard]] std::optional<FacilitatorCommand> parseCommand(std::string_view line);

}  // namespace dovui::server

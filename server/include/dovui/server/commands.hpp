#pragma once
/// Facilitator commands: typed on dovui-server's stdin or sent by the host app's UI thread.
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "dovui/core/match.hpp"

namespace dovui::server {

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
struct CmdLock {
    bool locked = true;
};
struct CmdRevive {};
struct CmdEnd {};

using FacilitatorCommand = std::variant<CmdStart, CmdNext, CmdPause, CmdResume, CmdSkip, CmdKick,
                                        CmdLock, CmdRevive, CmdEnd, CmdKickByName>;

/// Parses "start", "next", "pause", "resume", "skip", "kick NAME", "kick #ID", "lock",
/// "unlock", "revive", "end". Returns nullopt for anything else (the caller prints help).
std::optional<FacilitatorCommand> parseCommand(std::string_view line);

}  // namespace dovui::server

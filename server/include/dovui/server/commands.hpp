#pragma once
/// Facilitator commands: typed on dovui-server's stdin or sent by the host app's UI thread.
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace dovui::server {

struct CmdStart {};
struct CmdNext {};
struct CmdPause {};
struct CmdResume {};
struct CmdSkip {};
struct CmdKick {
    std::string nickname;
};
struct CmdLock {
    bool locked = true;
};
struct CmdRevive {};
struct CmdEnd {};

using FacilitatorCommand = std::variant<CmdStart, CmdNext, CmdPause, CmdResume, CmdSkip, CmdKick,
                                        CmdLock, CmdRevive, CmdEnd>;

/// Parses "start", "next", "pause", "resume", "skip", "kick NAME", "lock", "unlock",
/// "revive", "end". Returns nullopt for anything else (the caller prints help).
std::optional<FacilitatorCommand> parseCommand(std::string_view line);

}  // namespace dovui::server

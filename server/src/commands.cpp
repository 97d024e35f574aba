#include "dovui/server/commands.hpp"

namespace dovui::server {

std::optional<FacilitatorCommand> parseCommand(std::string_view line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
        line.remove_suffix(1);
    while (!line.empty() && line.front() == ' ')
        line.remove_prefix(1);
    std::string_view word = line.substr(0, line.find(' '));
    std::string_view rest =
        word.size() < line.size() ? line.substr(word.size() + 1) : std::string_view{};
    if (word == "start")
        return CmdStart{};
    if (word == "next")
        return CmdNext{};
    if (word == "pause")
        return CmdPause{};
    if (word == "resume")
        return CmdResume{};
    if (word == "skip")
        return CmdSkip{};
    if (word == "lock")
        return CmdLock{true};
    if (word == "unlock")
        return CmdLock{false};
    if (word == "revive")
        return CmdRevive{};
    if (word == "end")
        return CmdEnd{};
    if (word == "kick" && rest.size() > 1 && rest.front() == '#' &&
        rest.find_first_not_of("0123456789", 1) == std::string_view::npos && rest.size() <= 10)
        return CmdKick{static_cast<core::PlayerId>(std::stoul(std::string(rest.substr(1))))};
    if (word == "kick" && !rest.empty())
        return CmdKickByName{std::string(rest)};
    if (word == "card") {
        std::string_view number = rest.substr(0, rest.find(' '));
        if (number.empty() || number.size() > 2 ||
            number.find_first_not_of("0123456789") != std::string_view::npos ||
            number.size() + 1 >= rest.size())
            return std::nullopt;
        return CmdAddCardPlayers{
            {{std::stoi(std::string(number)), std::string(rest.substr(number.size() + 1))}}};
    }
    return std::nullopt;
}

}  // namespace dovui::server

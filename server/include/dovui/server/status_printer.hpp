#pragma once
/// Terminal output of dovui-server: the banner, what changed, `status`.
#include <ostream>
#include <string>

#include "dovui/server/snapshot.hpp"

namespace dovui::server {

class StatusPrinter {
public:
    static constexpr const char* kHelp =
        "Lệnh: start, next, pause, resume, skip, kick TÊN (hoặc kick #SỐ, số ở lệnh status), lock, "
        "unlock, revive, end, card SỐ TÊN (người chơi bằng thẻ), status, quit";

    explicit StatusPrinter(std::ostream& out) : m_out(out) {}
    void printBanner(const ServerSnapshot& s, const std::string& storePath, bool resumed);
    /// Prints phase changes, joins and errors since the last call (one line each).
    void printChanges(const ServerSnapshot& s);
    void printStatus(const ServerSnapshot& s);

private:
    std::ostream& m_out;
    core::Phase m_phase = core::Phase::Lobby;
    int m_index = -1;
    std::size_t m_players = 0;
    std::string m_error;
};

}  // namespace dovui::server

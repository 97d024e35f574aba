#pragma once
/// Games on the LAN, refreshed live: a background thread probes every second or so (the
/// probe itself waits for replies) and the screens read the latest list without blocking.
#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "dovui/core/lang.hpp"
#include "dovui/net/discovery.hpp"

namespace dovui::play {

/// One game as the list shows it.
struct FoundGame {
    net::GameInfo info;
    bool compatible = true;  ///< same protocol version as this app
    std::string why;         ///< when not compatible or not joinable: the reason in words
};

/// Marks games of another protocol version or not joinable with the reason (pure).
FoundGame describeGame(const net::GameInfo& info, core::Lang lang);

class GameBrowser {
public:
    /// `extraTargets` are probed directly too (manual addresses, 127.0.0.1 in tests).
    explicit GameBrowser(std::uint16_t infoPort = net::kDiscoveryPort,
                         std::vector<std::string> extraTargets = {});
    ~GameBrowser();
    GameBrowser(const GameBrowser&) = delete;
    GameBrowser& operator=(const GameBrowser&) = delete;

    void start();
    void stop();
    /// The latest list (games that stopped answering drop out after two rounds).
    std::vector<FoundGame> games(core::Lang lang) const;
    /// How many probe rounds have finished (the screen says "searching…" before the first).
    int rounds() const { return m_rounds; }

private:
    void run();

    std::uint16_t m_infoPort;
    std::vector<std::string> m_extraTargets;
    mutable std::mutex m_mutex;
    std::vector<std::pair<net::GameInfo, int>> m_seen;  ///< game and rounds since last reply
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_rounds{0};
    std::thread m_thread;
};

}  // namespace dovui::play

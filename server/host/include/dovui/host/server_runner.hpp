#pragma once
/// The match server embedded in the host: constructed here, run on its own thread
/// (design.md §6); the UI thread only posts commands and reads snapshots.
#include <atomic>
#include <memory>
#include <string>
#include <thread>

#include "dovui/server/match_server.hpp"

namespace dovui::host {

class ServerRunner {
public:
    ServerRunner() = default;
    ~ServerRunner();
    ServerRunner(const ServerRunner&) = delete;
    ServerRunner& operator=(const ServerRunner&) = delete;

    /// Stops any running match, then starts one. Returns the server's message (a bad pack,
    /// a busy port, …) when it cannot start; empty on success.
    std::string start(const server::ServerConfig& config);
    /// Stops the server thread; an unfinished match stays resumable from the store.
    void stop();

    bool running() const { return m_server != nullptr; }
    void post(server::FacilitatorCommand command);
    /// Null when no match runs.
    std::shared_ptr<const server::ServerSnapshot> snapshot() const;
    const server::ServerConfig& config() const { return m_config; }
    std::string storePath() const;
    std::int64_t matchId() const;
    bool resumed() const;

private:
    server::ServerConfig m_config;
    std::unique_ptr<server::MatchServer> m_server;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

}  // namespace dovui::host

#include "dovui/host/server_runner.hpp"

#include <stdexcept>

namespace dovui::host {

ServerRunner::~ServerRunner() {
    stop();
}

std::string ServerRunner::start(const server::ServerConfig& config) {
    stop();
    try {
        m_server = std::make_unique<server::MatchServer>(config);
    } catch (const std::exception& e) {
        return e.what();
    }
    m_config = config;
    m_stop = false;
    m_thread = std::thread([this] { m_server->run(m_stop); });
    return {};
}

void ServerRunner::stop() {
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    m_server.reset();
}

void ServerRunner::post(server::FacilitatorCommand command) {
    if (m_server)
        m_server->post(std::move(command));
}

std::shared_ptr<const server::ServerSnapshot> ServerRunner::snapshot() const {
    return m_server ? m_server->snapshot() : nullptr;
}

std::string ServerRunner::storePath() const {
    return m_server ? m_server->storePath() : std::string();
}

std::int64_t ServerRunner::matchId() const {
    return m_server ? m_server->matchId() : 0;
}

bool ServerRunner::resumed() const {
    return m_server && m_server->resumed();
}

}  // namespace dovui::host

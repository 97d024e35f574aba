#include "dovui/server/gatekeeper.hpp"

namespace dovui::server {
namespace {

constexpr std::size_t kMaxClientPacketBytes = 512;  ///< learners send tiny messages

}  // namespace

bool Gatekeeper::overAddressCap(std::uint32_t address) const {
    const bool loopback = (address & 0xff) == 127;  // network byte order: the first octet
    if (loopback || address == 0)
        return false;
    std::uint32_t held = 0;
    for (const auto& [id, conn] : m_connections)
        held += conn.address == address && !conn.closing ? 1 : 0;
    return held >= m_limits.connectionsPerAddress;
}

void Gatekeeper::admit(ConnId conn, std::uint32_t address, core::Millis now) {
    m_connections.insert_or_assign(conn, Connection{conn, address, 0, true, now,
                                                    TokenBucket(m_limits.messagesPerSecondPerPeer,
                                                                m_limits.messageBurstPerPeer)});
    m_joinDeadlines.emplace_back(now + m_limits.joinTimeoutMs, conn);
}

Gatekeeper::Connection* Gatekeeper::find(ConnId conn) {
    auto it = m_connections.find(conn);
    return it == m_connections.end() ? nullptr : &it->second;
}

core::PlayerId Gatekeeper::forget(ConnId conn) {
    auto it = m_connections.find(conn);
    if (it == m_connections.end())
        return 0;
    core::PlayerId dropped = 0;
    if (core::PlayerId player = it->second.player) {
        auto bound = m_connOfPlayer.find(player);
        if (bound != m_connOfPlayer.end() && bound->second == conn) {
            m_connOfPlayer.erase(bound);
            dropped = player;
        }
    }
    m_connections.erase(it);
    return dropped;
}

void Gatekeeper::markClosing(ConnId conn) {
    if (Connection* c = find(conn))
        c->closing = true;
}

Gatekeeper::Screening Gatekeeper::screen(Connection& conn, std::size_t bytes, core::Millis now) {
    if (conn.closing)
        return Screening::Ignore;
    if (!conn.messages.take(now))
        return Screening::TooMany;
    if (bytes > kMaxClientPacketBytes)
        return Screening::TooLarge;
    return Screening::Serve;
}

const char* Gatekeeper::notAllowed(const Connection& conn, const core::ClientMsg& msg) {
    if (std::holds_alternative<core::PingMsg>(msg))
        return nullptr;  // a liveness check is answered in every state
    const bool joining =
        std::holds_alternative<core::JoinMsg>(msg) || std::holds_alternative<core::RejoinMsg>(msg);
    if (joining && conn.player)
        return std::holds_alternative<core::JoinMsg>(msg) ? "join after joining"
                                                          : "rejoin after joining";
    if (!joining && !conn.player)
        return "message before joining";
    return nullptr;
}

std::optional<ConnId> Gatekeeper::bind(Connection& conn, core::PlayerId player, bool rich) {
    std::optional<ConnId> older;
    if (auto old = m_connOfPlayer.find(player);
        old != m_connOfPlayer.end() && old->second != conn.conn) {
        if (Connection* oldConn = find(old->second))
            oldConn->player = 0;
        older = old->second;
    }
    conn.player = player;
    conn.rich = rich;
    m_connOfPlayer[player] = conn.conn;
    return older;
}

std::optional<ConnId> Gatekeeper::unbind(core::PlayerId player) {
    auto bound = m_connOfPlayer.find(player);
    if (bound == m_connOfPlayer.end())
        return std::nullopt;
    ConnId conn = bound->second;
    if (Connection* c = find(conn))
        c->player = 0;
    m_connOfPlayer.erase(bound);
    return conn;
}

std::optional<ConnId> Gatekeeper::connectionOf(core::PlayerId player) const {
    auto bound = m_connOfPlayer.find(player);
    return bound == m_connOfPlayer.end() ? std::nullopt : std::optional<ConnId>(bound->second);
}

void Gatekeeper::forEachPlayer(const std::function<void(ConnId, bool rich)>& visit) const {
    for (const auto& [player, id] : m_connOfPlayer)
        if (auto it = m_connections.find(id); it != m_connections.end())
            visit(id, it->second.rich);
}

std::vector<ConnId> Gatekeeper::overdueJoins(core::Millis now) {
    std::vector<ConnId> overdue;
    while (!m_joinDeadlines.empty() && m_joinDeadlines.front().first <= now) {
        auto [deadline, id] = m_joinDeadlines.front();
        m_joinDeadlines.pop_front();
        const Connection* c = find(id);
        // The id may be gone or reused by a later connection with a later deadline.
        if (c && !c->player && !c->closing && c->connectedAt + m_limits.joinTimeoutMs == deadline)
            overdue.push_back(id);
    }
    return overdue;
}

}  // namespace dovui::server

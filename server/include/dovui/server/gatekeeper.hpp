#pragma once
/// What the server checks before it trusts a connection's message (design.md §6, Tesseract
/// style): who is connected from where, which player each connection carries, the per-state
/// whitelist, joins per address, messages per peer, the per-address cap, the join timeout and
/// the connections being closed. It decides; MatchServer acts (sends, closes, tells the Match).
#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

#include "dovui/core/match.hpp"
#include "dovui/server/rate_limiter.hpp"
#include "dovui/server/transport.hpp"

namespace dovui::server {

struct GateLimits {
    double joinsPerSecondPerAddress = 5;
    double joinBurstPerAddress = 20;
    double messagesPerSecondPerPeer = 20;
    double messageBurstPerPeer = 40;
    core::Millis joinTimeoutMs = 20000;
    std::uint32_t connectionsPerAddress = 8;
};

class Gatekeeper {
public:
    struct Connection {
        ConnId conn = 0;
        std::uint32_t address = 0;  ///< IPv4, network byte order
        core::PlayerId player = 0;  ///< 0 until it joined
        bool rich = true;
        core::Millis connectedAt = 0;
        TokenBucket messages;
        /// Being closed: the transport may still deliver what it had read (ENet does after
        /// disconnect_later), and none of it is served, so a dropped prankster cannot join
        /// again in the same burst.
        bool closing = false;
    };
    /// What becomes of one message before the whitelist.
    enum class Screening { Serve, Ignore, TooMany, TooLarge };

    explicit Gatekeeper(const GateLimits& limits)
        : m_limits(limits), m_joins(limits.joinsPerSecondPerAddress, limits.joinBurstPerAddress) {}

    /// True when `address` already holds connectionsPerAddress open connections (the
    /// laptop's own 127.x is not capped: dovui-bots and the tests play from there).
    [[nodiscard]] bool overAddressCap(std::uint32_t address) const;
    /// A new connection that passed the version check and the cap.
    void admit(ConnId conn, std::uint32_t address, core::Millis now);
    [[nodiscard]] Connection* find(ConnId conn);
    /// The connection closed: forgets it. Returns the player it carried when it still was
    /// that player's connection (the player dropped), else 0.
    core::PlayerId forget(ConnId conn);
    void markClosing(ConnId conn);

    /// Closing connections are ignored; a flood or an oversize packet closes the sender.
    [[nodiscard]] Screening screen(Connection& conn, std::size_t bytes, core::Millis now);
    /// Per-state whitelist: before joining only Join/Rejoin, after it only Answer/Leave.
    /// Returns why `msg` is not allowed now, or nullptr.
    [[nodiscard]] static const char* notAllowed(const Connection& conn, const core::ClientMsg& msg);
    /// One join (or rejoin) attempt from `address`; false when its bucket is empty.
    [[nodiscard]] bool takeJoin(std::uint32_t address, core::Millis now) {
        return m_joins.take(address, now);
    }

    /// `conn` now carries `player`. Returns the player's older connection, if any (an app
    /// restarted before its drop was noticed): the caller closes it.
    std::optional<ConnId> bind(Connection& conn, core::PlayerId player, bool rich);
    /// The player's connection no longer carries them (left, kicked, dropped); returns it.
    std::optional<ConnId> unbind(core::PlayerId player);
    [[nodiscard]] std::optional<ConnId> connectionOf(core::PlayerId player) const;
    /// Every connection carrying a player, with whether it wants rich messages.
    void forEachPlayer(const std::function<void(ConnId, bool rich)>& visit) const;

    /// Connections that reached joinTimeoutMs without joining, at exactly that instant.
    [[nodiscard]] std::vector<ConnId> overdueJoins(core::Millis now);

private:
    GateLimits m_limits;
    KeyedRateLimiter m_joins;
    std::unordered_map<ConnId, Connection> m_connections;
    std::unordered_map<core::PlayerId, ConnId> m_connOfPlayer;
    /// Unjoined connections by join deadline, oldest first (deadlines only grow).
    std::deque<std::pair<core::Millis, ConnId>> m_joinDeadlines;
};

}  // namespace dovui::server

#pragma once
/// The server side of ENet: one host, hardened limits, events as plain values.
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dovui/net/handshake.hpp"
#include "dovui/net/service_health.hpp"

typedef struct _ENetHost ENetHost;
typedef struct _ENetPeer ENetPeer;

namespace dovui::net {

using PeerId = std::uint32_t;  ///< stable for the life of a connection; never reused

/// Keep-alive pings only when a link is idle this long: ENet's default (500 ms) alone
/// would cost more bytes per player than a whole question.
inline constexpr std::uint32_t kPingIntervalMs = 3000;

struct EnetServerConfig {
    std::uint16_t port = 0;
    std::size_t maxPeers = 1024;              ///< hard cap 4095 (ENet's peer-id space)
    std::size_t maxPacketBytes = 16 * 1024;   ///< ENet discards bigger packets unread
    std::size_t maxWaitingBytes = 64 * 1024;  ///< per-peer reassembly buffer
    std::uint32_t timeoutMinMs = 5000;        ///< a phone off Wi-Fi is noticed in ~5–10 s
    std::uint32_t timeoutMaxMs = 10000;
    std::size_t maxPeersPerAddress = 4095;  ///< duplicate-IP cap (bots share one address)
};

struct NetEvent {
    enum class Kind { Connect, Receive, Disconnect } kind = Kind::Connect;
    PeerId peer = 0;
    std::uint32_t data = 0;     ///< connect data (protocol version) / disconnect data
    std::uint32_t address = 0;  ///< IPv4 in network byte order
    std::vector<std::uint8_t> bytes;
};

class EnetServer {
public:
    explicit EnetServer(const EnetServerConfig& config);  ///< throws when the port is taken
    ~EnetServer();
    EnetServer(const EnetServer&) = delete;
    EnetServer& operator=(const EnetServer&) = delete;

    /// Waits up to `timeoutMs` for network activity, then drains every pending event.
    void poll(std::uint32_t timeoutMs, const std::function<void(NetEvent&)>& onEvent);
    /// Queues a reliable packet (sent at the next poll or flush).
    void send(PeerId peer, const std::string& bytes);
    void flush();
    /// Closes gracefully after queued packets; the reason reaches the client.
    void close(PeerId peer, CloseReason reason);
    /// Half the smoothed round-trip time in ms, capped at `capMs`.
    std::uint32_t halfRoundTripMs(PeerId peer, std::uint32_t capMs) const;
    std::uint16_t port() const;
    std::uint64_t bytesSent() const;
    std::uint64_t bytesReceived() const;
    /// How the last polls went (a failing socket is logged once and waited out).
    const ServiceHealth& health() const { return m_health; }

private:
    ENetPeer* find(PeerId peer) const;

    ENetHost* m_host = nullptr;
    PeerId m_nextPeerId = 1;
    std::uint32_t m_timeoutMinMs = 5000;
    std::uint32_t m_timeoutMaxMs = 10000;
    std::unordered_map<PeerId, ENetPeer*> m_peers;
    ServiceHealth m_health{"game server"};
};

/// Every IPv4 address of this machine's up, non-loopback interfaces, as text.
[[nodiscard]] std::vector<std::string> lanAddresses();
std::string addressToString(std::uint32_t networkOrderIpv4);
#ifdef _WIN32
/// (address, netmask), network byte order, of each IPv4 adapter that is up and not loopback
/// (GetAdaptersAddresses): the Windows side of lanAddresses and of discovery's broadcasts.
std::vector<std::pair<std::uint32_t, std::uint32_t>> windowsIpv4Addresses();
#endif

}  // namespace dovui::net

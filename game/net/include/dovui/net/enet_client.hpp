#pragma once
/// The learner side of ENet: one connection to a server, messages decoded with the
/// bounded decoder. Used by dovui-play, dovui-bots and tests.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "dovui/core/protocol.hpp"
#include "dovui/net/handshake.hpp"
#include "dovui/net/service_health.hpp"

typedef struct _ENetHost ENetHost;
typedef struct _ENetPeer ENetPeer;

namespace dovui::net {

/// Events the client sees, in order.
struct ClientEvent {
    enum class Kind { Connected, Message, BadMessage, Disconnected } kind = Kind::Connected;
    std::optional<core::ServerMsg> msg;  ///< Kind::Message
    core::DecodeError error;             ///< Kind::BadMessage
    CloseInfo close;                     ///< Kind::Disconnected
};

class EnetClient {
public:
    /// `connectVersion` is what goes in ENet's connect data (tests send wrong ones).
    EnetClient(std::uint16_t connectVersion = core::kProtocolVersion);
    ~EnetClient();
    EnetClient(const EnetClient&) = delete;
    EnetClient& operator=(const EnetClient&) = delete;

    /// Starts connecting; false when the address cannot be resolved.
    [[nodiscard]] bool connect(const std::string& host, std::uint16_t port);
    void disconnect();
    bool connected() const { return m_connected; }
    void send(const core::ClientMsg& msg);
    /// Sends raw bytes (tests of the server's hardening).
    void sendRaw(const std::string& bytes);
    /// Waits up to `timeoutMs`, then drains events.
    void poll(std::uint32_t timeoutMs, const std::function<void(ClientEvent&)>& onEvent);
    std::uint64_t bytesSent() const;
    std::uint64_t bytesReceived() const;
    /// How the last polls went (a failing socket is logged once and waited out).
    const ServiceHealth& health() const { return m_health; }

private:
    ENetHost* m_host = nullptr;
    ENetPeer* m_peer = nullptr;
    std::uint16_t m_connectVersion;
    bool m_connected = false;
    ServiceHealth m_health{"learner link"};
};

}  // namespace dovui::net

#pragma once
/// The native apps' transport: net::EnetServer with the binary encoding of the message table.
#include <memory>

#include "dovui/net/enet_server.hpp"
#include "dovui/server/transport.hpp"

namespace dovui::server {

class EnetTransport final : public Transport {
public:
    /// `tag` is this transport's index in the server's list (the top bits of its ConnIds).
    /// Throws std::runtime_error when the UDP port is taken.
    EnetTransport(const net::EnetServerConfig& config, std::size_t tag);

    void poll(std::uint32_t waitMs, const std::function<void(TransportEvent&)>& onEvent) override;
    void send(ConnId conn, OutgoingMessage& msg) override;
    void close(ConnId conn, net::CloseReason reason) override;
    std::uint32_t halfRoundTripMs(ConnId conn, std::uint32_t capMs) const override;
    void flush() override;
    std::uint64_t bytesSent() const override;

    std::uint16_t port() const { return m_server.port(); }

private:
    net::PeerId peerOf(ConnId conn) const { return conn & kLocalIdMask; }

    net::EnetServer m_server;
    ConnId m_tagBits;
};

}  // namespace dovui::server

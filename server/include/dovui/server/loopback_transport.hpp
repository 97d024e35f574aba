#pragma once
/// The in-process transport (design.md §5: "loopback, for tests and self-practice"): the
/// client side is a plain object the caller drives, no socket and no thread. Messages travel
/// as the same binary bytes ENet carries, so the decoder and its checks run as on the wire.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "dovui/server/transport.hpp"

namespace dovui::server {

/// One loopback connection as both sides see it.
struct LoopbackLink {
    ConnId localId = 0;
    std::uint32_t address = 0;  ///< network byte order, as the transports report it
    std::uint32_t connectVersion = 0;
    bool connectReported = false;
    std::vector<std::string> toServer;  ///< sent by the client, not yet polled
    std::vector<std::string> toClient;  ///< sent by the server, not yet received
    bool dropped = false;               ///< the client's link went away
    bool closing = false;               ///< the server closed it; done at the next poll
    bool closed = false;                ///< both sides know it is over
    net::CloseReason closeReason = net::CloseReason::None;
    std::uint32_t halfRoundTripMs = 0;
};

/// The client end of a loopback connection: what a learner's app would do, by hand.
class LoopbackClient {
public:
    explicit LoopbackClient(std::shared_ptr<LoopbackLink> link) : m_link(std::move(link)) {}
    void send(const core::ClientMsg& msg);
    /// Bytes as they are, for tests of bad packets.
    void sendRaw(std::string bytes);
    /// Every server message that arrived since the last call, decoded from its wire bytes;
    /// bytes that do not decode count in badMessages().
    std::vector<core::ServerMsg> receive();
    /// The link drops at once: nothing more goes either way, the server hears of it at its
    /// next poll.
    void drop();
    /// The server closed this connection (after everything it sent before the close).
    [[nodiscard]] bool closed() const { return m_link->closed && !m_link->dropped; }
    [[nodiscard]] net::CloseReason closeReason() const { return m_link->closeReason; }
    [[nodiscard]] std::size_t badMessages() const { return m_bad; }
    /// What the server should take as half this link's round trip (answer time compensation).
    void setHalfRoundTripMs(std::uint32_t ms) { m_link->halfRoundTripMs = ms; }

private:
    std::shared_ptr<LoopbackLink> m_link;
    std::size_t m_bad = 0;
};

class LoopbackTransport final : public Transport {
public:
    /// A new connection from `address` (IPv4, host byte order, e.g. 0xC0A8010A for
    /// 192.168.1.10) announcing `connectVersion`; the server sees it at its next poll.
    LoopbackClient connect(std::uint32_t address,
                           std::uint32_t connectVersion = core::kProtocolVersion);
    /// This transport's index in the server's list (the top bits of its ConnIds).
    void setTag(std::size_t tag) { m_tagBits = static_cast<ConnId>(tag) << kTransportShift; }
    /// Connections the server has not seen closed yet.
    [[nodiscard]] std::size_t openCount() const { return m_links.size(); }

    /// Reports, per connection in the order they were made: its connect, the messages its
    /// client sent, then its close (a drop, or the server's own close after what was sent
    /// before it, as ENet's disconnect_later does). Never waits.
    void poll(std::uint32_t waitMs, const std::function<void(TransportEvent&)>& onEvent) override;
    void send(ConnId conn, OutgoingMessage& msg) override;
    void close(ConnId conn, net::CloseReason reason) override;
    std::uint32_t halfRoundTripMs(ConnId conn, std::uint32_t capMs) const override;
    void flush() override {}
    std::uint64_t bytesSent() const override { return m_bytesSent; }

private:
    LoopbackLink* find(ConnId conn) const;

    ConnId m_tagBits = 0;
    ConnId m_nextId = 1;
    std::map<ConnId, std::shared_ptr<LoopbackLink>> m_links;  ///< by local id
    std::uint64_t m_bytesSent = 0;
};

}  // namespace dovui::server

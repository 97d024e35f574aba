#pragma once
/// What the match server sees of a transport (design.md §5): player connections that deliver
/// ClientMsg and accept ServerMsg. ENet (binary) and the web gateway (WebSocket + JSON) both
/// implement it; the server thread polls each in turn from its one loop.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "dovui/core/protocol.hpp"
#include "dovui/net/handshake.hpp"
#include "dovui/server/practice.hpp"

namespace dovui::server {

/// A connection id, unique across transports: the top bits name the transport.
using ConnId = std::uint32_t;
inline constexpr unsigned kTransportShift = 28;
inline constexpr ConnId kLocalIdMask = (ConnId{1} << kTransportShift) - 1;
/// Which transport owns `conn` (its index in the server's transport list).
inline std::size_t transportOf(ConnId conn) {
    return conn >> kTransportShift;
}

/// One thing that happened on a transport, already decoded.
struct TransportEvent {
    /// Practice: a phone's practice answers (POST /practice); no connection is involved.
    enum class Kind { Connect, Message, Disconnect, Practice } kind = Kind::Connect;
    ConnId conn = 0;
    std::uint32_t address = 0;               ///< IPv4 in network byte order (rate limits key on it)
    std::uint32_t connectVersion = 0;        ///< Connect: the version the peer announced
    std::size_t size = 0;                    ///< Message: bytes on the wire
    core::Decoded<core::ClientMsg> decoded;  ///< Message: the message, or why it is bad
    std::shared_ptr<const PracticeReport> practice;  ///< Practice: the parsed report
};

/// A server message on its way out, encoded at most once per format however many
/// connections it goes to.
class OutgoingMessage {
public:
    explicit OutgoingMessage(const core::ServerMsg& msg) : m_msg(msg) {}
    const core::ServerMsg& msg() const { return m_msg; }
    const std::string& binary();  ///< the ENet wire bytes
    /// The browser's JSON text, shared by every WebSocket send queue it sits in.
    const std::shared_ptr<const std::string>& json();

private:
    const core::ServerMsg& m_msg;
    std::optional<std::string> m_binary;
    std::shared_ptr<const std::string> m_json;
};

class Transport {
public:
    virtual ~Transport() = default;
    /// Waits up to `waitMs` for activity (0: just drain), then reports every pending event.
    virtual void poll(std::uint32_t waitMs,
                      const std::function<void(TransportEvent&)>& onEvent) = 0;
    /// Queues a message for one connection (unknown or closing connections are ignored).
    virtual void send(ConnId conn, OutgoingMessage& msg) = 0;
    /// Closes after the queued messages; the reason reaches the client.
    virtual void close(ConnId conn, net::CloseReason reason) = 0;
    /// Half the peer's smoothed round-trip time in ms, capped at `capMs` (0 if unknown).
    virtual std::uint32_t halfRoundTripMs(ConnId conn, std::uint32_t capMs) const = 0;
    /// Pushes queued messages onto the network now.
    virtual void flush() = 0;
    virtual std::uint64_t bytesSent() const = 0;
};

}  // namespace dovui::server

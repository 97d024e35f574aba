#pragma once
/// The phones' transport (design.md §5): an HTTP + WebSocket listener (Boost.Beast) that serves
/// the browser page from assets/web/ and speaks the message table as JSON on /ws. Its
/// io_context is polled, never run, from the server thread's loop, so it needs no threads.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "dovui/core/protocol_json.hpp"
#include "dovui/server/transport.hpp"

namespace dovui::server {

inline constexpr std::uint16_t kDefaultWebPort = 8080;

struct WebConfig {
    std::uint16_t port = kDefaultWebPort;  ///< 0: any free port (tests)
    std::string root;                      ///< the page's folder (assets/web)
    std::size_t maxConnections = 1100;     ///< open TCP connections, page loads included
    /// Open TCP connections (page loads, learners' WebSockets and half-open requests) one
    /// address may hold, so a slowloris from one phone cannot fill maxConnections. A browser
    /// opens up to 6 for a page plus its WebSocket. 127.0.0.1 (this laptop: benchmarks, tests)
    /// is not capped; other 127.x addresses are, so a test can attack from 127.0.0.2 (the
    /// server's learner cap, connectionsPerAddress, exempts all of 127.x).
    std::size_t maxConnectionsPerAddress = 16;
    std::size_t maxHeaderBytes = 8 * 1024;
    std::size_t maxBodyBytes = 1024;  ///< the page only GETs; a body is suspicious
    std::size_t maxMessageBytes = core::kMaxJsonMessageBytes;  ///< one WebSocket message
    std::size_t maxQueuedBytes = 256 * 1024;  ///< a phone that stops reading is dropped
    std::uint32_t requestTimeoutMs = 10000;   ///< writing a reply, or the WS handshake
    /// Reading one whole request (header and the small body allowed): a slow or incomplete
    /// request holds its slot no longer than this.
    std::uint32_t requestReadTimeoutMs = 3000;
    std::uint32_t keepAliveMs = 5000;     ///< an idle HTTP keep-alive connection
    std::uint32_t pingIntervalMs = 3000;  ///< WebSocket pings: round trip and liveness
    /// A WebSocket from which nothing arrived this long (no message, no pong to our pings) is
    /// closed. A learner who only thinks is not silent: the browser answers every ping.
    std::uint32_t idleTimeoutMs = 20000;
};

class WebTransport final : public Transport {
public:
    /// Loads the page and opens the TCP port. Throws std::runtime_error that says what to fix.
    WebTransport(const WebConfig& config, std::size_t tag);
    ~WebTransport() override;
    WebTransport(const WebTransport&) = delete;
    WebTransport& operator=(const WebTransport&) = delete;

    void poll(std::uint32_t waitMs, const std::function<void(TransportEvent&)>& onEvent) override;
    void send(ConnId conn, OutgoingMessage& msg) override;
    void close(ConnId conn, net::CloseReason reason) override;
    std::uint32_t halfRoundTripMs(ConnId conn, std::uint32_t capMs) const override;
    void flush() override;
    /// The host is quitting: every page gets a close that says so ("Lớp học đã kết thúc"),
    /// not a dropped socket it would retry forever. Waits up to `withinMs` for the closes.
    void closeAll(net::CloseReason reason, std::uint32_t withinMs);
    /// Serves the practice packs: /packs/index.json, /packs/<id>.json and /home/<id>.html (the
    /// single-file page to take home), all from memory.
    void offerPractice(const PracticeCatalog& catalog);
    /// Replaces /packs/index.json (a running match's pack is withheld from it).
    void setPracticeIndex(std::string indexJson);
    std::uint64_t bytesSent() const override;

    std::uint16_t port() const;
    /// Open TCP connections (page loads and WebSockets).
    std::size_t openConnections() const;

    struct Gateway;  ///< Beast internals (web_gateway.hpp)

private:
    std::unique_ptr<Gateway> m_gateway;
};

/// The WebSocket close code for a reason: 4000 + the reason's number (the page reads it).
inline std::uint16_t webCloseCode(net::CloseReason reason) {
    return static_cast<std::uint16_t>(4000 + static_cast<int>(reason));
}

}  // namespace dovui::server

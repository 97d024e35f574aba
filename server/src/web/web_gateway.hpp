#pragma once
/// Beast internals of the web transport. Included by web_gateway.cpp (listener, HTTP) and
/// web_socket_session.cpp (WebSocket) only: Beast is slow to compile.
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>

#include <chrono>
#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include "dovui/server/static_site.hpp"
#include "dovui/server/web_transport.hpp"

namespace dovui::server {

namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using SteadyClock = std::chrono::steady_clock;

class WebSocketSession;

struct WebTransport::Gateway {
    Gateway(const WebConfig& config, std::size_t tag);
    ~Gateway();

    void accept();
    /// Runs ready handlers; pings and reaps WebSockets every half second.
    void pollIo(std::uint32_t waitMs);
    /// Called when a connection from `address` (network order) is accepted: false when the
    /// global cap or the address's cap is reached. releaseSlot when it ends.
    bool takeSlot(std::uint32_t address);
    void releaseSlot(std::uint32_t address);

    WebConfig config;
    ConnId tagBits;
    std::unique_ptr<asio::io_context> io;
    std::unique_ptr<tcp::acceptor> acceptor;
    StaticSite site;
    std::size_t open = 0;  ///< TCP connections, HTTP and WebSocket
    std::unordered_map<std::uint32_t, std::size_t> openPerAddress;  ///< the same, per address
    ConnId nextLocalId = 1;
    bool acceptPaused = false;  ///< after an accept error (out of descriptors): retry next poll
    std::unordered_map<ConnId, WebSocketSession*> sockets;  ///< live sessions (they unregister)
    std::vector<TransportEvent> events;                     ///< filled by handlers, drained by poll
    std::uint64_t bytesSent = 0;
    SteadyClock::time_point lastHousekeeping{};
};

/// One browser on /ws: JSON text in, queued JSON text out, pings for round trip and liveness.
class WebSocketSession : public std::enable_shared_from_this<WebSocketSession> {
public:
    WebSocketSession(beast::tcp_stream&& stream, WebTransport::Gateway& gateway,
                     std::uint32_t address);
    ~WebSocketSession();
    /// Completes the upgrade the HTTP session read.
    void start(http::request<http::string_body> request);
    void send(const std::shared_ptr<const std::string>& text);
    void close(net::CloseReason reason);
    /// Pings when due; called from the gateway's housekeeping.
    void housekeeping(SteadyClock::time_point now);
    std::uint32_t halfRoundTripMs(std::uint32_t capMs) const;

private:
    void onAccept(beast::error_code ec);
    void read();
    void onRead(beast::error_code ec, std::size_t bytes);
    void writeNext();
    void onWrite(beast::error_code ec, std::size_t bytes);
    void startClose();
    void teardown();
    void onControl(websocket::frame_type kind, beast::string_view payload);

    websocket::stream<beast::tcp_stream> m_ws;
    WebTransport::Gateway& m_gateway;
    std::uint32_t m_address;
    ConnId m_id = 0;  ///< 0 until the upgrade completed
    beast::flat_buffer m_buffer;
    std::deque<std::shared_ptr<const std::string>> m_queue;
    std::size_t m_queuedBytes = 0;
    bool m_writing = false;
    bool m_closing = false;  ///< close asked for: no more reads delivered, no more sends
    bool m_closeStarted = false;
    net::CloseReason m_closeReason = net::CloseReason::None;
    bool m_pingInFlight = false;  ///< sent, pong not yet back
    bool m_pingWriting = false;   ///< the ping frame is still being written
    std::uint32_t m_pingCounter = 0;
    websocket::ping_data m_pingPayload;
    SteadyClock::time_point m_pingSentAt{};
    SteadyClock::time_point m_lastHeardAt{};  ///< a message, a pong or a ping from the page
    double m_smoothedRttMs = -1;
};

}  // namespace dovui::server

// One browser player's WebSocket: the web transport's side of a player connection.
#ifdef _WIN32
#include <winsock2.h>
#else
#include <arpa/inet.h>
#endif

#include "web_gateway.hpp"

namespace dovui::server {
namespace {

const char* closeReasonText(net::CloseReason reason) {
    switch (reason) {
        case net::CloseReason::None:
            return "replaced";
        case net::CloseReason::WrongVersion:
            return "wrong-version";
        case net::CloseReason::Kicked:
            return "kicked";
        case net::CloseReason::Misbehaving:
            return "misbehaving";
        case net::CloseReason::ServerFull:
            return "server-full";
        case net::CloseReason::JoinTimeout:
            return "join-timeout";
        case net::CloseReason::MatchOver:
            return "match-over";
        case net::CloseReason::Leaving:
            return "leaving";
        case net::CloseReason::ShuttingDown:
            return "shutting-down";
    }
    return "closed";
}

}  // namespace

WebSocketSession::WebSocketSession(beast::tcp_stream&& stream, WebTransport::Gateway& gateway,
                                   std::uint32_t address)
    : m_ws(std::move(stream)), m_gateway(gateway), m_address(address) {}

WebSocketSession::~WebSocketSession() {
    m_gateway.releaseSlot(m_address);
    if (m_id == 0)
        return;
    m_gateway.sockets.erase(m_id);
    TransportEvent event;
    event.kind = TransportEvent::Kind::Disconnect;
    event.conn = m_id;
    event.address = m_address;
    m_gateway.events.push_back(std::move(event));
}

void WebSocketSession::start(http::request<http::string_body> request) {
    const WebConfig& config = m_gateway.config;
    beast::get_lowest_layer(m_ws).expires_never();  // the WebSocket keeps its own timers
    websocket::stream_base::timeout timeouts{};
    timeouts.handshake_timeout = std::chrono::milliseconds(config.requestTimeoutMs);
    // Beast 1.74's idle timer counts only whole messages read, so a learner thinking for
    // 30 s was dropped although every ping was answered: liveness is ours (housekeeping).
    timeouts.idle_timeout = websocket::stream_base::none();
    timeouts.keep_alive_pings = false;  // we ping ourselves, to measure the round trip
    m_ws.set_option(timeouts);
    m_ws.set_option(websocket::stream_base::decorator(
        [](websocket::response_type& res) { res.set(http::field::server, "dovui"); }));
    m_ws.read_message_max(config.maxMessageBytes);
    m_ws.auto_fragment(false);
    m_ws.control_callback([this](websocket::frame_type kind, beast::string_view payload) {
        onControl(kind, payload);
    });
    m_ws.async_accept(request,
                      [self = shared_from_this()](beast::error_code ec) { self->onAccept(ec); });
}

void WebSocketSession::onAccept(beast::error_code ec) {
    if (ec)
        return;  // never announced: nothing to tell the server
    m_id = m_gateway.tagBits | (m_gateway.nextLocalId++ & kLocalIdMask);
    m_gateway.sockets[m_id] = this;
    TransportEvent event;
    event.kind = TransportEvent::Kind::Connect;
    event.conn = m_id;
    event.address = m_address;
    event.connectVersion = core::kProtocolVersion;  // a browser's version is in its join
    m_gateway.events.push_back(std::move(event));
    m_lastHeardAt = SteadyClock::now();
    housekeeping(m_lastHeardAt);  // a first round trip before the first answer
    read();
}

void WebSocketSession::read() {
    m_ws.async_read(m_buffer, [self = shared_from_this()](beast::error_code ec, std::size_t n) {
        self->onRead(ec, n);
    });
}

void WebSocketSession::onRead(beast::error_code ec, std::size_t bytes) {
    if (ec)
        return;  // closed, timed out, or too big (Beast answers 1009): the session ends
    m_lastHeardAt = SteadyClock::now();
    if (!m_closing) {
        TransportEvent event;
        event.kind = TransportEvent::Kind::Message;
        event.conn = m_id;
        event.address = m_address;
        event.size = bytes;
        if (m_ws.got_text()) {
            auto data = m_buffer.data();
            event.decoded = core::decodeClientJson(
                std::string_view(static_cast<const char*>(data.data()), data.size()));
        } else {
            event.decoded.error = {core::DecodeErrorCode::BadValue, "binary frame: send JSON text",
                                   0};
        }
        m_gateway.events.push_back(std::move(event));
    }
    m_buffer.consume(m_buffer.size());
    read();
}

void WebSocketSession::send(const std::shared_ptr<const std::string>& text) {
    if (m_closing || m_id == 0)
        return;
    m_queuedBytes += text->size();
    m_queue.push_back(text);
    if (m_queuedBytes > m_gateway.config.maxQueuedBytes)
        return teardown();  // the phone stopped reading; it will come back with its token
    if (!m_writing)
        writeNext();
}

void WebSocketSession::writeNext() {
    m_writing = true;
    m_ws.text(true);
    m_ws.async_write(
        asio::buffer(*m_queue.front()),
        [self = shared_from_this()](beast::error_code ec, std::size_t n) { self->onWrite(ec, n); });
}

void WebSocketSession::onWrite(beast::error_code ec, std::size_t bytes) {
    m_writing = false;
    if (ec)
        return teardown();
    m_gateway.bytesSent += bytes;
    m_queuedBytes -= m_queue.front()->size();
    m_queue.pop_front();
    if (!m_queue.empty())
        writeNext();
    else if (m_closing && !m_closeStarted)
        startClose();
}

void WebSocketSession::close(net::CloseReason reason) {
    if (m_closing)
        return;
    m_closing = true;
    m_closeReason = reason;
    if (!m_writing)
        startClose();
}

void WebSocketSession::startClose() {
    m_closeStarted = true;
    websocket::close_reason why(static_cast<websocket::close_code>(webCloseCode(m_closeReason)),
                                closeReasonText(m_closeReason));
    m_ws.async_close(why, [self = shared_from_this()](beast::error_code) {
        // The read loop sees the close and ends the session.
    });
}

void WebSocketSession::teardown() {
    m_closing = true;
    beast::error_code ignored;
    beast::get_lowest_layer(m_ws).socket().close(ignored);
}

void WebSocketSession::housekeeping(SteadyClock::time_point now) {
    if (m_closing || m_id == 0)
        return;
    if (now - m_lastHeardAt > std::chrono::milliseconds(m_gateway.config.idleTimeoutMs))
        return teardown();  // no pong, no message: the phone is gone; its seat waits for it
    // A ping whose pong never came is replaced by a fresh one (its late pong is ignored).
    // Beast allows one ping write at a time: a ping still stuck in a full send buffer waits.
    if (m_pingWriting ||
        now - m_pingSentAt < std::chrono::milliseconds(m_gateway.config.pingIntervalMs))
        return;
    m_pingInFlight = true;
    m_pingWriting = true;
    m_pingSentAt = now;
    m_pingPayload = std::to_string(++m_pingCounter);
    m_ws.async_ping(m_pingPayload, [self = shared_from_this()](beast::error_code ec) {
        self->m_pingWriting = false;
        if (ec)
            self->teardown();
    });
}

void WebSocketSession::onControl(websocket::frame_type kind, beast::string_view payload) {
    m_lastHeardAt = SteadyClock::now();  // any ping or pong proves the page is there
    if (kind != websocket::frame_type::pong || !m_pingInFlight ||
        payload != beast::string_view(m_pingPayload.data(), m_pingPayload.size()))
        return;
    m_pingInFlight = false;
    double rtt =
        std::chrono::duration<double, std::milli>(SteadyClock::now() - m_pingSentAt).count();
    m_smoothedRttMs = m_smoothedRttMs < 0 ? rtt : (7 * m_smoothedRttMs + rtt) / 8;
}

std::uint32_t WebSocketSession::halfRoundTripMs(std::uint32_t capMs) const {
    if (m_smoothedRttMs < 0)
        return 0;
    return std::min(static_cast<std::uint32_t>(m_smoothedRttMs / 2), capMs);
}

}  // namespace dovui::server

// The web transport's listener and HTTP side: the page's files, the upgrade to /ws, and
// every limit a hostile or broken browser meets (design.md §5, §6).
#ifdef _WIN32
#include <winsock2.h>
#else
#include <arpa/inet.h>
#include <sys/resource.h>
#endif

#include <stdexcept>

#include "web_gateway.hpp"

namespace dovui::server {
namespace {

using std::chrono::milliseconds;

constexpr char kServiceUnavailable[] =
    "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
    "Content-Length: 29\r\nRetry-After: 5\r\nConnection: close\r\n\r\n"
    "Too many connections: retry.\n";

/// Descriptors for every allowed connection plus the files and sockets the server keeps.
void raiseDescriptorLimit([[maybe_unused]] std::size_t connections) {
#ifndef _WIN32  // Windows has no descriptor limit for sockets to raise
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    rlim_t wanted = static_cast<rlim_t>(connections + 256);
    if (limit.rlim_cur >= wanted)
        return;
    limit.rlim_cur = std::min(wanted, limit.rlim_max);
    setrlimit(RLIMIT_NOFILE, &limit);
#endif
}

std::string_view pathOf(beast::string_view target) {
    std::string_view t(target.data(), target.size());
    return t.substr(0, t.find_first_of("?#"));
}

/// One TCP connection before (or instead of) a WebSocket: reads requests, serves files.
class HttpSession : public std::enable_shared_from_this<HttpSession> {
public:
    HttpSession(tcp::socket&& socket, WebTransport::Gateway& gateway, std::uint32_t address)
        : m_stream(std::move(socket)), m_gateway(gateway), m_address(address) {}
    ~HttpSession() {
        if (!m_handedOff)
            m_gateway.releaseSlot(m_address);
    }
    void start() { read(m_gateway.config.requestReadTimeoutMs); }

private:
    void read(std::uint32_t timeoutMs) {
        m_parser.emplace();
        m_parser->header_limit(static_cast<std::uint32_t>(m_gateway.config.maxHeaderBytes));
        m_parser->body_limit(m_gateway.config.maxBodyBytes);
        m_stream.expires_after(milliseconds(timeoutMs));
        http::async_read(
            m_stream, m_buffer, *m_parser,
            [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onRead(ec); });
    }

    void onRead(beast::error_code ec) {
        if (ec == http::error::end_of_stream || ec == beast::error::timeout ||
            ec == asio::error::connection_reset || ec == asio::error::eof ||
            ec == asio::error::operation_aborted)
            return;  // gone or silent: the socket closes with this session
        if (ec == http::error::header_limit)
            return reply(http::status::request_header_fields_too_large, "Headers too large.\n");
        if (ec == http::error::body_limit)
            return reply(http::status::payload_too_large, "Request body too large.\n");
        if (ec)
            return reply(http::status::bad_request, "Bad request.\n");
        http::request<http::string_body> request = m_parser->release();
        if (websocket::is_upgrade(request)) {
            if (pathOf(request.target()) != "/ws")
                return reply(http::status::not_found, "No WebSocket here: use /ws.\n");
            m_handedOff = true;
            std::make_shared<WebSocketSession>(std::move(m_stream), m_gateway, m_address)
                ->start(std::move(request));
            return;
        }
        if (request.method() == http::verb::post && pathOf(request.target()) == "/practice")
            return practiceReport(request);
        serve(request);
    }

    /// A phone's practice answers: parsed and bounded here, stored by the server thread.
    void practiceReport(const http::request<http::string_body>& request) {
        std::string error;
        auto report = parsePracticeReport(request.body(), error);
        if (!report)
            return reply(http::status::bad_request, "Bad practice report.\n");
        TransportEvent event;
        event.kind = TransportEvent::Kind::Practice;
        event.address = m_address;
        event.practice = std::make_shared<const PracticeReport>(std::move(*report));
        m_gateway.events.push_back(std::move(event));
        reply(http::status::accepted, "Stored.\n", request.keep_alive());
    }

    void serve(const http::request<http::string_body>& request) {
        bool head = request.method() == http::verb::head;
        if (request.method() != http::verb::get && !head)
            return reply(http::status::method_not_allowed, "Only GET and HEAD (POST /practice).\n");
        auto [status, file] =
            m_gateway.site.find(std::string_view(request.target().data(), request.target().size()));
        if (status == 400)
            return reply(http::status::bad_request, "Bad path.\n");
        if (!file)
            return reply(http::status::not_found, "Not found.\n");
        m_response = {};
        m_response.version(request.version());
        m_response.keep_alive(request.keep_alive());
        setCommonHeaders();
        m_response.set(http::field::etag, file->etag);
        // Revalidate every time (no versioned names without a build step); a match is a
        // bodiless 304, so a reload on the LAN costs a few hundred bytes.
        m_response.set(http::field::cache_control, "no-cache");
        m_response.set(http::field::content_type, file->contentType);
        if (pathOf(request.target()).rfind("/home/", 0) == 0)
            m_response.set(http::field::content_disposition, "attachment");  // saved, not shown
        if (request[http::field::if_none_match] == file->etag) {
            m_response.result(http::status::not_modified);
        } else {
            m_response.result(http::status::ok);
            if (!head)
                m_response.body() = file->body;
        }
        m_response.content_length(head ? file->body.size() : m_response.body().size());
        write(!request.keep_alive());
    }

    void setCommonHeaders() {
        m_response.set(http::field::server, "dovui");
        m_response.set("X-Content-Type-Options", "nosniff");
        m_response.set("Referrer-Policy", "no-referrer");
        m_response.set("Content-Security-Policy",
                       "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; "
                       "style-src 'self'; script-src 'self'; frame-ancestors 'none'");
    }

    /// A short answer; after an error the connection closes (the parser state is unknown).
    void reply(http::status status, const char* text, bool keepAlive = false) {
        m_response = {};
        m_response.version(11);
        m_response.result(status);
        m_response.keep_alive(keepAlive);
        setCommonHeaders();
        m_response.set(http::field::content_type, "text/plain; charset=utf-8");
        m_response.set(http::field::cache_control, "no-store");
        if (status == http::status::method_not_allowed)
            m_response.set(http::field::allow, "GET, HEAD");
        m_response.body() = text;
        m_response.prepare_payload();
        write(!keepAlive);
    }

    void write(bool closeAfter) {
        m_stream.expires_after(milliseconds(m_gateway.config.requestTimeoutMs));
        http::async_write(
            m_stream, m_response,
            [self = shared_from_this(), closeAfter](beast::error_code ec, std::size_t bytes) {
                self->m_gateway.bytesSent += bytes;
                if (ec)
                    return;
                if (closeAfter) {
                    beast::error_code ignored;
                    self->m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
                    return;
                }
                self->read(self->m_gateway.config.keepAliveMs);
            });
    }

    beast::tcp_stream m_stream;
    WebTransport::Gateway& m_gateway;
    std::uint32_t m_address;
    beast::flat_buffer m_buffer{8192};
    std::optional<http::request_parser<http::string_body>> m_parser;
    http::response<http::string_body> m_response;
    bool m_handedOff = false;  ///< the WebSocket session owns the connection (and its slot)
};

}  // namespace

// ------------------------------------------------------------------ gateway

WebTransport::Gateway::Gateway(const WebConfig& cfg, std::size_t tag)
    : config(cfg),
      tagBits(static_cast<ConnId>(tag) << kTransportShift),
      io(std::make_unique<asio::io_context>(1)),
      site(cfg.root) {
    site.add("/banks.json", banksJson(), "application/json; charset=utf-8");
    raiseDescriptorLimit(config.maxConnections);
    try {
        acceptor = std::make_unique<tcp::acceptor>(*io);
        tcp::endpoint endpoint(asio::ip::address_v4::any(), config.port);
        acceptor->open(endpoint.protocol());
        acceptor->set_option(asio::socket_base::reuse_address(true));
        acceptor->bind(endpoint);
        acceptor->listen(asio::socket_base::max_listen_connections);
    } catch (const boost::system::system_error&) {
        throw std::runtime_error("cannot open TCP port " + std::to_string(config.port) +
                                 " for the browser page (another program uses it? choose "
                                 "another with --web-port, or --no-web)");
    }
    accept();
}

WebTransport::Gateway::~Gateway() {
    beast::error_code ignored;
    acceptor->close(ignored);
    sockets.clear();
    io.reset();  // destroys pending handlers, and with them every session, while we still exist
}

bool WebTransport::Gateway::takeSlot(std::uint32_t address) {
    if (open >= config.maxConnections)
        return false;
    constexpr std::uint32_t kThisLaptop = 0x0100007f;  // 127.0.0.1 in network byte order
    auto held = openPerAddress.find(address);
    if (address != kThisLaptop && held != openPerAddress.end() &&
        held->second >= config.maxConnectionsPerAddress)
        return false;
    ++openPerAddress[address];
    ++open;
    return true;
}

void WebTransport::Gateway::releaseSlot(std::uint32_t address) {
    --open;
    if (auto it = openPerAddress.find(address); it != openPerAddress.end() && --it->second == 0)
        openPerAddress.erase(it);
}

void WebTransport::Gateway::accept() {
    acceptor->async_accept([this](beast::error_code ec, tcp::socket socket) {
        if (ec == asio::error::operation_aborted)
            return;
        if (ec) {
            acceptPaused = true;  // e.g. out of descriptors: retry at the next housekeeping
            return;
        }
        beast::error_code ignored;
        auto remote = socket.remote_endpoint(ignored);
        std::uint32_t address =
            remote.address().is_v4() ? htonl(remote.address().to_v4().to_uint()) : 0;
        if (!takeSlot(address)) {
            socket.non_blocking(true, ignored);
            socket.write_some(asio::buffer(kServiceUnavailable, sizeof kServiceUnavailable - 1),
                              ignored);
            socket.close(ignored);
        } else {
            std::make_shared<HttpSession>(std::move(socket), *this, address)->start();
        }
        accept();
    });
}

void WebTransport::Gateway::pollIo(std::uint32_t waitMs) {
    io->restart();
    if (waitMs > 0)
        io->run_one_for(milliseconds(waitMs));
    io->poll();
    auto now = SteadyClock::now();
    if (now - lastHousekeeping < milliseconds(500))
        return;
    lastHousekeeping = now;
    if (acceptPaused) {
        acceptPaused = false;
        accept();
    }
    for (auto& [id, session] : sockets)
        session->housekeeping(now);
    io->poll();
}

// ------------------------------------------------------------------ transport

WebTransport::WebTransport(const WebConfig& config, std::size_t tag)
    : m_gateway(std::make_unique<Gateway>(config, tag)) {}

WebTransport::~WebTransport() = default;

void WebTransport::poll(std::uint32_t waitMs, const std::function<void(TransportEvent&)>& onEvent) {
    m_gateway->pollIo(waitMs);
    std::vector<TransportEvent> events;
    events.swap(m_gateway->events);
    for (TransportEvent& event : events)
        onEvent(event);
}

void WebTransport::send(ConnId conn, OutgoingMessage& msg) {
    if (auto it = m_gateway->sockets.find(conn); it != m_gateway->sockets.end())
        it->second->send(msg.json());
}

void WebTransport::close(ConnId conn, net::CloseReason reason) {
    if (auto it = m_gateway->sockets.find(conn); it != m_gateway->sockets.end())
        it->second->close(reason);
}

std::uint32_t WebTransport::halfRoundTripMs(ConnId conn, std::uint32_t capMs) const {
    auto it = m_gateway->sockets.find(conn);
    return it == m_gateway->sockets.end() ? 0 : it->second->halfRoundTripMs(capMs);
}

void WebTransport::closeAll(net::CloseReason reason, std::uint32_t withinMs) {
    for (auto& [id, session] : m_gateway->sockets)
        session->close(reason);
    auto until = SteadyClock::now() + std::chrono::milliseconds(withinMs);
    while (!m_gateway->sockets.empty() && SteadyClock::now() < until) {
        m_gateway->io->restart();
        m_gateway->io->run_one_for(std::chrono::milliseconds(20));
    }
}

void WebTransport::offerPractice(const PracticeCatalog& catalog) {
    StaticSite& site = m_gateway->site;
    auto fileText = [&](std::string_view name) -> std::optional<std::string> {
        auto found = site.find("/" + std::string(name));
        if (!found.file)
            return std::nullopt;
        return found.file->body;
    };
    for (const PracticePack& p : catalog.packs) {
        site.add("/packs/" + p.id + ".json", p.json, "application/json; charset=utf-8");
        site.add("/home/" + p.id + ".html", assembleHomePage(fileText, p.json),
                 "text/html; charset=utf-8");
    }
    setPracticeIndex(catalog.indexJson());
}

void WebTransport::setPracticeIndex(std::string indexJson) {
    m_gateway->site.add("/packs/index.json", std::move(indexJson),
                        "application/json; charset=utf-8");
}

void WebTransport::flush() {
    m_gateway->io->restart();
    m_gateway->io->poll();
}

std::uint64_t WebTransport::bytesSent() const {
    return m_gateway->bytesSent;
}

std::uint16_t WebTransport::port() const {
    return m_gateway->acceptor->local_endpoint().port();
}

std::size_t WebTransport::openConnections() const {
    return m_gateway->open;
}

}  // namespace dovui::server

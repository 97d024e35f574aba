#include "web_test_support.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>

#include <algorithm>
#include <chrono>

#include "dovui/core/protocol_json.hpp"

namespace dovui::server::webtest {
namespace {

namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace asio = boost::asio;
using tcp = asio::ip::tcp;

void setReceiveTimeout(int fd, int timeoutMs) {
    timeval tv{};
    tv.tv_sec = timeoutMs / 1000;
    tv.tv_usec = (timeoutMs % 1000) * 1000;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
}

int connectLoopback(std::uint16_t port) {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

}  // namespace

ServerConfig webTestConfig(const std::string& dataDir) {
    ServerConfig config;
    config.dataDir = dataDir;
    config.pin = kPin;
    config.port = freeUdpPort();
    config.infoPort = freeUdpPort();
    config.webPort = freeTcpPort();
    config.match.maxPlayers = 20;  // 84 open connections at most
    return config;
}

RunningServer::RunningServer(ServerConfig config)
    : m_server(std::make_unique<MatchServer>(std::move(config))) {
    m_webPort = m_server->webPort();
    m_thread = std::thread([this] { m_server->run(m_stop); });
}
RunningServer::~RunningServer() {
    m_stop = true;
    m_thread.join();
}

std::string HttpReply::header(const std::string& name) const {
    auto lower = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        return s;
    };
    std::string h = lower(head);
    std::size_t at = h.find("\r\n" + lower(name) + ":");
    if (at == std::string::npos)
        return {};
    at += name.size() + 3;
    std::size_t end = head.find("\r\n", at);
    std::string value = head.substr(at, end - at);
    value.erase(0, value.find_first_not_of(' '));
    return value;
}

HttpReply rawHttp(std::uint16_t port, const std::string& request, int timeoutMs) {
    HttpReply reply;
    int fd = connectLoopback(port);
    if (fd < 0)
        return reply;
    setReceiveTimeout(fd, timeoutMs);
    ::send(fd, request.data(), request.size(), MSG_NOSIGNAL);
    std::string all;
    char buffer[4096];
    for (;;) {
        ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        all.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    std::size_t split = all.find("\r\n\r\n");
    if (all.rfind("HTTP/1.1 ", 0) != 0 || split == std::string::npos)
        return reply;
    reply.status = std::atoi(all.c_str() + 9);
    reply.head = all.substr(0, split + 2);
    reply.body = all.substr(split + 4);
    return reply;
}

HttpReply httpGet(std::uint16_t port, const std::string& target, const std::string& extra) {
    return rawHttp(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra +
                             "Connection: close\r\n\r\n");
}

struct WsClient::Impl {
    asio::io_context io;
    websocket::stream<tcp::socket> ws{io};
    beast::flat_buffer buffer;
};

WsClient::WsClient(std::uint16_t port) : m_impl(std::make_unique<Impl>()) {
    try {
        tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), port);
        m_impl->ws.next_layer().connect(endpoint);
        setReceiveTimeout(m_impl->ws.next_layer().native_handle(), 5000);
        m_impl->ws.handshake("127.0.0.1", "/ws");
        m_ok = true;
    } catch (const std::exception&) {
        m_ok = false;
    }
}

WsClient::~WsClient() {
    beast::error_code ignored;
    m_impl->ws.next_layer().close(ignored);
}

bool WsClient::sendText(const std::string& text) {
    beast::error_code ec;
    m_impl->ws.text(true);
    m_impl->ws.write(asio::buffer(text), ec);
    return !ec;
}

bool WsClient::sendBinary(const std::string& bytes) {
    beast::error_code ec;
    m_impl->ws.binary(true);
    m_impl->ws.write(asio::buffer(bytes), ec);
    return !ec;
}

bool WsClient::send(const core::ClientMsg& msg) {
    return sendText(core::encodeJson(msg));
}

std::optional<core::ServerMsg> WsClient::read(int timeoutMs) {
    if (m_closed)
        return std::nullopt;
    setReceiveTimeout(m_impl->ws.next_layer().native_handle(), timeoutMs);
    beast::error_code ec;
    m_impl->buffer.consume(m_impl->buffer.size());
    m_impl->ws.read(m_impl->buffer, ec);
    if (ec) {
        m_closed = true;
        m_closeCode = m_impl->ws.reason().code;
        return std::nullopt;
    }
    lastText = beast::buffers_to_string(m_impl->buffer.data());
    auto decoded = core::decodeServerJson(lastText);
    if (!decoded)
        return std::nullopt;
    return *decoded.msg;
}

}  // namespace dovui::server::webtest

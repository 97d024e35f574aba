#pragma once
/// Helpers for the web gateway suites: free ports, a match server on its own thread, raw HTTP
/// requests, and a WebSocket client that speaks the JSON table (Beast stays in the .cpp).
#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "dovui/core/protocol.hpp"
#include "dovui/server/match_server.hpp"
#include "dovui/testsupport/free_ports.hpp"
#include "dovui/testsupport/temp_dir.hpp"

namespace dovui::server::webtest {

inline constexpr std::uint32_t kPin = 135790;

// Free ports and temp folders come from tests/support (dovui_test_support).
using dovui::testsupport::freeTcpPort;
using dovui::testsupport::freeUdpPort;

/// Polls `condition` every 20 ms for up to `ms`; its last value.
template <class Condition>
bool waitFor(Condition condition, int ms) {
    auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (std::chrono::steady_clock::now() < until) {
        if (condition())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return condition();
}

/// A fresh folder under the system temp folder, removed at scope exit.
struct TempFolder {
    dovui::testsupport::TempDir dir{"dovui-web"};
    std::filesystem::path path = dir.path();
};

/// The default pack, free ports, a fixed PIN, results in `dataDir`.
ServerConfig webTestConfig(const std::string& dataDir);

/// A MatchServer running its loop on a thread of its own until destroyed.
class RunningServer {
public:
    explicit RunningServer(ServerConfig config);
    ~RunningServer();
    MatchServer& server() { return *m_server; }
    std::uint16_t webPort() const { return m_webPort; }

private:
    std::unique_ptr<MatchServer> m_server;
    std::uint16_t m_webPort = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

struct HttpReply {
    int status = 0;  ///< 0: no answer (connection closed or timed out)
    std::string head;
    std::string body;
    /// A header's value (case-insensitive name), empty when absent.
    std::string header(const std::string& name) const;
};

/// Sends `request` as raw bytes, reads until the server closes (or `timeoutMs`).
HttpReply rawHttp(std::uint16_t port, const std::string& request, int timeoutMs = 3000);
/// "GET <target> HTTP/1.1" with Host and Connection: close.
HttpReply httpGet(std::uint16_t port, const std::string& target, const std::string& extra = {});

/// A browser's WebSocket on /ws.
class WsClient {
public:
    explicit WsClient(std::uint16_t port);
    ~WsClient();
    bool ok() const { return m_ok; }
    bool sendText(const std::string& text);
    bool sendBinary(const std::string& bytes);
    bool send(const core::ClientMsg& msg);
    /// The next server message (nullopt on close, timeout or a message that does not decode).
    std::optional<core::ServerMsg> read(int timeoutMs = 3000);
    /// Reads until a message of type T arrives (skipping others).
    template <class T>
    std::optional<T> readUntil(int timeoutMs = 5000) {
        for (int i = 0; i < 64; ++i) {
            auto msg = read(timeoutMs);
            if (!msg)
                return std::nullopt;
            if (const T* found = std::get_if<T>(&*msg))
                return *found;
        }
        return std::nullopt;
    }
    /// The close code the server sent (0 until the connection closed).
    int closeCode() const { return m_closeCode; }
    bool closed() const { return m_closed; }
    std::string lastText;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    bool m_ok = false;
    bool m_closed = false;
    int m_closeCode = 0;
};

}  // namespace dovui::server::webtest

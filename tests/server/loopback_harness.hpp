#pragma once
/// A match server with no socket and no wall time: learners on the loopback transport, time
/// on a ManualClock the test moves by hand. What the server does at an instant is exact.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dovui/server/clock.hpp"
#include "dovui/server/loopback_transport.hpp"
#include "dovui/server/match_server.hpp"
#include "inbox.hpp"
#include "server_test_support.hpp"

namespace dovui::server::test {

/// 192.168.1.`host`: an address on the class's Wi-Fi (capped, unlike the laptop's 127.x).
constexpr std::uint32_t lanAddress(std::uint8_t host) {
    return 0xC0A80100u | host;
}
inline constexpr std::uint32_t kLaptopAddress = 0x7F000001u;  ///< 127.0.0.1

/// One learner's end of a loopback connection, with everything it received.
class Phone {
public:
    explicit Phone(LoopbackClient client) : m_client(std::move(client)) {}
    LoopbackClient& client() { return m_client; }
    void send(const core::ClientMsg& msg) { m_client.send(msg); }
    void join(const std::string& nickname, std::uint32_t pin = kTestPin);
    void answer(std::uint16_t questionIndex, std::vector<std::uint8_t> choice);
    /// Moves what arrived into inbox().
    void receive();
    [[nodiscard]] bool closed() const { return m_client.closed(); }
    [[nodiscard]] net::CloseReason closeReason() const { return m_client.closeReason(); }
    const std::vector<core::ServerMsg>& inbox() const { return m_inbox; }

    template <class T>
    std::size_t count() const {
        return countOf<T>(m_inbox);
    }
    template <class T>
    std::optional<T> last() const {
        return lastOf<T>(m_inbox);
    }

private:
    LoopbackClient m_client;
    std::vector<core::ServerMsg> m_inbox;
};

class LoopbackHarness {
public:
    /// A server on `config` (its pack, data folder and limits) with its ports left closed.
    explicit LoopbackHarness(ServerConfig config);

    MatchServer& server() { return *m_server; }
    ManualClock& clock() { return *m_clock; }
    LoopbackTransport& transport() { return *m_loopback; }
    std::shared_ptr<const ServerSnapshot> snapshot() const { return m_server->snapshot(); }

    /// A new connection from `address` (host byte order); the server sees it at the next step.
    Phone& connect(std::uint32_t address = kLaptopAddress);
    /// Connects, joins as `nickname` and steps until the Welcome (fails the test otherwise).
    Phone& join(const std::string& nickname, std::uint32_t address = kLaptopAddress);
    /// Server loop iterations at the current instant (the second one reports the closes the
    /// first one made), then every phone reads what it got.
    void step();
    /// Moves the clock on by `ms`, then steps.
    void advance(core::Millis ms);
    void command(FacilitatorCommand c);

private:
    std::shared_ptr<ManualClock> m_clock;
    std::shared_ptr<LoopbackTransport> m_loopback;
    std::unique_ptr<MatchServer> m_server;
    std::vector<std::unique_ptr<Phone>> m_phones;
};

/// testConfig without ports: the loopback harness's starting point.
ServerConfig loopbackConfig(const std::string& packPath, const std::string& dataDir);

}  // namespace dovui::server::test

#pragma once
/// LAN discovery (design.md §5, Tesseract style): servers answer UDP broadcast probes on a
/// fixed info port; learner apps list what answers. Foreign or garbage datagrams are ignored.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dovui::net {

inline constexpr std::uint16_t kDiscoveryPort = 28785;

/// What a server says about itself.
struct GameInfo {
    std::string name;  ///< "Nhà văn hóa thôn 3"
    std::uint16_t protocolVersion = 0;
    std::uint16_t gamePort = 0;
    std::uint16_t webPort = 0;  ///< 0 when the browser client is off
    std::uint32_t players = 0;
    bool joinable = false;
    std::string address;  ///< filled in by the prober from the reply's source
};

std::string encodeProbe();
[[nodiscard]] bool isProbe(const std::uint8_t* data, std::size_t size);
std::string encodeReply(const GameInfo& info);
[[nodiscard]] std::optional<GameInfo> decodeReply(const std::uint8_t* data, std::size_t size);

/// Server side: a non-blocking socket bound to the info port (shared with other servers
/// on the same machine through SO_REUSEADDR).
class DiscoveryResponder {
public:
    explicit DiscoveryResponder(std::uint16_t infoPort = kDiscoveryPort);
    ~DiscoveryResponder();
    DiscoveryResponder(const DiscoveryResponder&) = delete;
    DiscoveryResponder& operator=(const DiscoveryResponder&) = delete;
    bool ok() const { return m_socket >= 0; }
    /// Answers every waiting probe with `info`; never blocks. Returns probes answered.
    int answerProbes(const GameInfo& info);

private:
    int m_socket = -1;
};

/// Learner side: broadcasts probes and collects replies for `waitMs`.
std::vector<GameInfo> discoverGames(std::uint32_t waitMs, std::uint16_t infoPort = kDiscoveryPort,
                                    const std::vector<std::string>& extraTargets = {});

}  // namespace dovui::net

#include "dovui/net/discovery.hpp"

#include <enet/enet.h>
#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#endif

#include <algorithm>
#include <chrono>
#include <cstring>

#include "dovui/net/enet_server.hpp"

namespace dovui::net {
namespace {

constexpr char kProbeMagic[] = "DOVUI?1";
constexpr char kReplyMagic[] = "DOVUI!1";
constexpr std::size_t kMagicLen = 7;
constexpr std::size_t kMaxNameBytes = 96;
constexpr std::size_t kMaxDatagram = 512;

void putU16(std::string& out, std::uint16_t v) {
    out.push_back(static_cast<char>(v & 0xFF));
    out.push_back(static_cast<char>(v >> 8));
}
void putU32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
std::uint32_t getLe(const std::uint8_t* p, int bytes) {
    std::uint32_t v = 0;
    for (int i = 0; i < bytes; ++i)
        v |= std::uint32_t(p[i]) << (8 * i);
    return v;
}

/// ENetBuffer's fields are in another order on Windows (WSABUF's): name them.
ENetBuffer bufferOf(void* data, std::size_t size) {
    ENetBuffer b;
    b.data = data;
    b.dataLength = size;
    return b;
}

ENetSocket openUdp(std::uint16_t bindPort, bool reuse) {
    ENetSocket s = enet_socket_create(ENET_SOCKET_TYPE_DATAGRAM);
    if (s == ENET_SOCKET_NULL)
        return s;
    enet_socket_set_option(s, ENET_SOCKOPT_NONBLOCK, 1);
    enet_socket_set_option(s, ENET_SOCKOPT_BROADCAST, 1);
    if (reuse)
        enet_socket_set_option(s, ENET_SOCKOPT_REUSEADDR, 1);
    ENetAddress address{};
    address.host = ENET_HOST_ANY;
    address.port = bindPort;
    if (enet_socket_bind(s, &address) != 0) {
        enet_socket_destroy(s);
        return ENET_SOCKET_NULL;
    }
    return s;
}

/// Broadcast addresses of every up interface, plus the limited broadcast address.
std::vector<std::uint32_t> broadcastTargets() {
    std::vector<std::uint32_t> out{INADDR_BROADCAST};
#ifdef _WIN32
    for (auto [ip, mask] : windowsIpv4Addresses())
        out.push_back(ip | ~mask);
    return out;
#else
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0)
        return out;
    for (ifaddrs* it = list; it; it = it->ifa_next) {
        if (!it->ifa_addr || it->ifa_addr->sa_family != AF_INET || !(it->ifa_flags & IFF_UP))
            continue;
        auto ip = reinterpret_cast<sockaddr_in*>(it->ifa_addr)->sin_addr.s_addr;
        std::uint32_t mask =
            it->ifa_netmask ? reinterpret_cast<sockaddr_in*>(it->ifa_netmask)->sin_addr.s_addr : 0;
        out.push_back(ip | ~mask);
    }
    freeifaddrs(list);
    return out;
#endif
}

}  // namespace

std::string encodeProbe() {
    return std::string(kProbeMagic, kMagicLen);
}

bool isProbe(const std::uint8_t* data, std::size_t size) {
    return size == kMagicLen && std::memcmp(data, kProbeMagic, kMagicLen) == 0;
}

std::string encodeReply(const GameInfo& info) {
    std::string out(kReplyMagic, kMagicLen);
    putU16(out, info.protocolVersion);
    putU16(out, info.gamePort);
    putU16(out, info.webPort);
    putU32(out, info.players);
    out.push_back(info.joinable ? 1 : 0);
    std::string name = info.name.substr(0, kMaxNameBytes);
    out.push_back(static_cast<char>(name.size()));
    out += name;
    return out;
}

std::optional<GameInfo> decodeReply(const std::uint8_t* data, std::size_t size) {
    constexpr std::size_t kFixed = kMagicLen + 2 + 2 + 2 + 4 + 1 + 1;
    if (size < kFixed || size > kMaxDatagram || std::memcmp(data, kReplyMagic, kMagicLen) != 0)
        return std::nullopt;
    const std::uint8_t* p = data + kMagicLen;
    GameInfo info;
    info.protocolVersion = static_cast<std::uint16_t>(getLe(p, 2));
    info.gamePort = static_cast<std::uint16_t>(getLe(p + 2, 2));
    info.webPort = static_cast<std::uint16_t>(getLe(p + 4, 2));
    info.players = getLe(p + 6, 4);
    if (p[10] > 1)
        return std::nullopt;
    info.joinable = p[10] == 1;
    std::size_t nameLen = p[11];
    if (nameLen > kMaxNameBytes || kFixed + nameLen != size || info.gamePort == 0)
        return std::nullopt;
    info.name.assign(reinterpret_cast<const char*>(p + 12), nameLen);
    return info;
}

DiscoveryResponder::DiscoveryResponder(std::uint16_t infoPort) {
    ENetSocket s = openUdp(infoPort, true);
    m_socket = s == ENET_SOCKET_NULL ? -1 : static_cast<int>(s);
}

DiscoveryResponder::~DiscoveryResponder() {
    if (m_socket >= 0)
        enet_socket_destroy(m_socket);
}

int DiscoveryResponder::answerProbes(const GameInfo& info) {
    if (m_socket < 0)
        return 0;
    int answered = 0;
    std::string reply = encodeReply(info);
    for (int i = 0; i < 64; ++i) {  // bounded: a probe flood cannot stall the server loop
        std::uint8_t buffer[kMaxDatagram];
        ENetBuffer in = bufferOf(buffer, sizeof buffer);
        ENetAddress from{};
        int got = enet_socket_receive(m_socket, &from, &in, 1);
        if (got <= 0)
            break;
        if (!isProbe(buffer, static_cast<std::size_t>(got)))
            continue;
        ENetBuffer out = bufferOf(reply.data(), reply.size());
        enet_socket_send(m_socket, &from, &out, 1);
        ++answered;
    }
    return answered;
}

std::vector<GameInfo> discoverGames(std::uint32_t waitMs, std::uint16_t infoPort,
                                    const std::vector<std::string>& extraTargets) {
    std::vector<GameInfo> found;
    ENetSocket s = openUdp(0, false);
    if (s == ENET_SOCKET_NULL)
        return found;
    std::string probe = encodeProbe();
    std::vector<std::uint32_t> targets = broadcastTargets();
    for (const std::string& t : extraTargets) {
        in_addr addr{};
        if (inet_pton(AF_INET, t.c_str(), &addr) == 1)
            targets.push_back(addr.s_addr);
    }
    for (std::uint32_t host : targets) {
        ENetAddress to{host, infoPort};
        ENetBuffer out = bufferOf(probe.data(), probe.size());
        enet_socket_send(s, &to, &out, 1);
    }
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(waitMs);
    while (std::chrono::steady_clock::now() < deadline) {
        enet_uint32 condition = ENET_SOCKET_WAIT_RECEIVE;
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (enet_socket_wait(s, &condition,
                             static_cast<enet_uint32>(std::max<long>(1, left.count()))) != 0)
            break;
        if (!(condition & ENET_SOCKET_WAIT_RECEIVE))
            continue;
        std::uint8_t buffer[kMaxDatagram];
        ENetBuffer in = bufferOf(buffer, sizeof buffer);
        ENetAddress from{};
        int got = enet_socket_receive(s, &from, &in, 1);
        if (got <= 0)
            continue;
        auto info = decodeReply(buffer, static_cast<std::size_t>(got));
        if (!info)
            continue;
        info->address = addressToString(from.host);
        // One server may answer through several interfaces: same name and port = same game.
        bool seen = std::any_of(found.begin(), found.end(), [&](const GameInfo& g) {
            return g.gamePort == info->gamePort && g.name == info->name;
        });
        if (!seen)
            found.push_back(*info);
    }
    enet_socket_destroy(s);
    return found;
}

}  // namespace dovui::net

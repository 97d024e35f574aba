#include "dovui/net/enet_server.hpp"

#include <enet/enet.h>
#ifdef _WIN32
#include <iphlpapi.h>
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#endif

#include <algorithm>
#include <stdexcept>

#include "dovui/core/protocol.hpp"

namespace dovui::net {
namespace {

constexpr std::size_t kHardPeerCap = 4095;
constexpr std::size_t kChannels = 1;
/// How long a peer being closed may take to acknowledge what is still queued for it.
constexpr enet_uint32 kClosingTimeoutMinMs = 2000;
constexpr enet_uint32 kClosingTimeoutMaxMs = 5000;

/// Peer ids live in ENet's per-peer `data` pointer, so lookups need no map.
PeerId idOf(const ENetPeer* peer) {
    return static_cast<PeerId>(reinterpret_cast<std::uintptr_t>(peer->data));
}

}  // namespace

EnetServer::EnetServer(const EnetServerConfig& config) {
    ENetAddress address{};
    address.host = ENET_HOST_ANY;
    address.port = config.port;
    std::size_t peers = std::clamp<std::size_t>(config.maxPeers, 1, kHardPeerCap);
    m_host = enet_host_create(&address, peers, kChannels, 0, 0);
    if (!m_host)
        throw std::runtime_error("cannot open UDP port " + std::to_string(config.port) +
                                 " (is another game server running?)");
    m_host->maximumPacketSize = config.maxPacketBytes;
    m_host->maximumWaitingData = config.maxWaitingBytes;
    m_host->duplicatePeers = std::clamp<std::size_t>(config.maxPeersPerAddress, 1, kHardPeerCap);
    m_timeoutMinMs = config.timeoutMinMs;
    m_timeoutMaxMs = config.timeoutMaxMs;
}

EnetServer::~EnetServer() {
    if (!m_host)
        return;
    for (std::size_t i = 0; i < m_host->peerCount; ++i)
        if (m_host->peers[i].state == ENET_PEER_STATE_CONNECTED)
            enet_peer_disconnect_now(
                &m_host->peers[i],
                makeDisconnectData(CloseReason::ShuttingDown, core::kProtocolVersion));
    enet_host_destroy(m_host);
}

void EnetServer::poll(std::uint32_t timeoutMs, const std::function<void(NetEvent&)>& onEvent) {
    ENetEvent event;
    int status = enet_host_service(m_host, &event, timeoutMs);
    m_health.note(status, lastSocketError(), timeoutMs);
    while (status > 0) {
        NetEvent out;
        switch (event.type) {
            case ENET_EVENT_TYPE_CONNECT:
                event.peer->data =
                    reinterpret_cast<void*>(static_cast<std::uintptr_t>(m_nextPeerId++));
                m_peers[idOf(event.peer)] = event.peer;
                // ENet resets these whenever a slot is reused, so set them per connection.
                enet_peer_timeout(event.peer, 0, m_timeoutMinMs, m_timeoutMaxMs);
                enet_peer_ping_interval(event.peer, kPingIntervalMs);
                out.kind = NetEvent::Kind::Connect;
                out.peer = idOf(event.peer);
                out.data = event.data;
                out.address = event.peer->address.host;
                onEvent(out);
                break;
            case ENET_EVENT_TYPE_RECEIVE:
                out.kind = NetEvent::Kind::Receive;
                out.peer = idOf(event.peer);
                out.address = event.peer->address.host;
                out.bytes.assign(event.packet->data, event.packet->data + event.packet->dataLength);
                enet_packet_destroy(event.packet);
                onEvent(out);
                break;
            case ENET_EVENT_TYPE_DISCONNECT:
                out.kind = NetEvent::Kind::Disconnect;
                out.peer = idOf(event.peer);
                out.data = event.data;
                event.peer->data = nullptr;
                m_peers.erase(out.peer);
                if (out.peer != 0)
                    onEvent(out);
                break;
            case ENET_EVENT_TYPE_NONE:
                break;
        }
        status = enet_host_check_events(m_host, &event);
    }
}

ENetPeer* EnetServer::find(PeerId peer) const {
    auto it = m_peers.find(peer);
    return it == m_peers.end() ? nullptr : it->second;
}

void EnetServer::send(PeerId peer, const std::string& bytes) {
    ENetPeer* p = find(peer);
    if (!p || p->state != ENET_PEER_STATE_CONNECTED)
        return;
    ENetPacket* packet = enet_packet_create(bytes.data(), bytes.size(), ENET_PACKET_FLAG_RELIABLE);
    if (enet_peer_send(p, 0, packet) != 0)
        enet_packet_destroy(packet);
}

void EnetServer::flush() {
    enet_host_flush(m_host);
}

void EnetServer::close(PeerId peer, CloseReason reason) {
    ENetPeer* p = find(peer);
    if (!p)
        return;
    // What was queued (a refusal, a kick) still goes first; a peer that then stops answering
    // (a flood) gives its slot back within seconds, not after the full link timeout.
    enet_peer_timeout(p, 0, kClosingTimeoutMinMs, kClosingTimeoutMaxMs);
    enet_peer_disconnect_later(p, makeDisconnectData(reason, core::kProtocolVersion));
}

std::uint32_t EnetServer::halfRoundTripMs(PeerId peer, std::uint32_t capMs) const {
    const ENetPeer* p = find(peer);
    return p ? std::min<std::uint32_t>(p->roundTripTime / 2, capMs) : 0;
}

std::uint16_t EnetServer::port() const {
    return m_host->address.port;
}
std::uint64_t EnetServer::bytesSent() const {
    return m_host->totalSentData;
}
std::uint64_t EnetServer::bytesReceived() const {
    return m_host->totalReceivedData;
}

std::string addressToString(std::uint32_t networkOrderIpv4) {
    char text[INET_ADDRSTRLEN] = {};
    in_addr addr{};
    addr.s_addr = networkOrderIpv4;
    inet_ntop(AF_INET, &addr, text, sizeof text);
    return text;
}

#ifdef _WIN32
/// Windows: the IPv4 unicast addresses of every adapter that is up and not loopback, from
/// GetAdaptersAddresses, with each address's prefix length (for the broadcast address).
std::vector<std::pair<std::uint32_t, std::uint32_t>> windowsIpv4Addresses() {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> out;  // (address, mask), network order
    ULONG size = 16 * 1024;
    std::vector<unsigned char> buffer;
    ULONG result = ERROR_BUFFER_OVERFLOW;
    for (int attempt = 0; attempt < 3 && result == ERROR_BUFFER_OVERFLOW; ++attempt) {
        buffer.resize(size);
        result = GetAdaptersAddresses(
            AF_INET, GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST | GAA_FLAG_SKIP_DNS_SERVER,
            nullptr, reinterpret_cast<IP_ADAPTER_ADDRESSES*>(buffer.data()), &size);
    }
    if (result != NO_ERROR)
        return out;
    for (auto* a = reinterpret_cast<IP_ADAPTER_ADDRESSES*>(buffer.data()); a; a = a->Next) {
        if (a->OperStatus != IfOperStatusUp || a->IfType == IF_TYPE_SOFTWARE_LOOPBACK)
            continue;
        for (auto* u = a->FirstUnicastAddress; u; u = u->Next) {
            if (!u->Address.lpSockaddr || u->Address.lpSockaddr->sa_family != AF_INET)
                continue;
            auto ip = reinterpret_cast<sockaddr_in*>(u->Address.lpSockaddr)->sin_addr.s_addr;
            ULONG mask = 0;
            ConvertLengthToIpv4Mask(u->OnLinkPrefixLength, &mask);
            out.emplace_back(ip, static_cast<std::uint32_t>(mask));
        }
    }
    return out;
}

std::vector<std::string> lanAddresses() {
    std::vector<std::string> out;
    for (auto [ip, mask] : windowsIpv4Addresses())
        out.push_back(addressToString(ip));
    return out;
}
#else
std::vector<std::string> lanAddresses() {
    std::vector<std::string> out;
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0)
        return out;
    for (ifaddrs* it = list; it; it = it->ifa_next) {
        if (!it->ifa_addr || it->ifa_addr->sa_family != AF_INET)
            continue;
        if ((it->ifa_flags & IFF_UP) == 0 || (it->ifa_flags & IFF_LOOPBACK) != 0)
            continue;
        out.push_back(
            addressToString(reinterpret_cast<sockaddr_in*>(it->ifa_addr)->sin_addr.s_addr));
    }
    freeifaddrs(list);
    return out;
}
#endif

}  // namespace dovui::net

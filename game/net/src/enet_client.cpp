#include "dovui/net/enet_client.hpp"

#include <enet/enet.h>

#include <stdexcept>

#include "dovui/net/enet_server.hpp"

namespace dovui::net {
namespace {
constexpr std::size_t kMaxIncomingBytes = 64 * 1024;
}

EnetClient::EnetClient(std::uint16_t connectVersion) : m_connectVersion(connectVersion) {
    m_host = enet_host_create(nullptr, 1, 1, 0, 0);
    if (!m_host)
        throw std::runtime_error("cannot open a UDP socket");
    m_host->maximumPacketSize = kMaxIncomingBytes;
    m_host->maximumWaitingData = kMaxIncomingBytes * 4;
}

EnetClient::~EnetClient() {
    if (m_peer && m_connected)
        enet_peer_disconnect_now(m_peer, 0);
    enet_host_destroy(m_host);
}

bool EnetClient::connect(const std::string& host, std::uint16_t port) {
    ENetAddress address{};
    if (enet_address_set_host(&address, host.c_str()) != 0)
        return false;
    address.port = port;
    m_peer = enet_host_connect(m_host, &address, 1, m_connectVersion);
    if (m_peer) {
        enet_peer_timeout(m_peer, 0, 5000, 10000);
        enet_peer_ping_interval(m_peer, kPingIntervalMs);
    }
    return m_peer != nullptr;
}

void EnetClient::disconnect() {
    if (m_peer && m_connected)
        enet_peer_disconnect(m_peer, makeDisconnectData(CloseReason::Leaving, 0));
}

void EnetClient::send(const core::ClientMsg& msg) {
    sendRaw(core::encode(msg));
}

void EnetClient::sendRaw(const std::string& bytes) {
    if (!m_peer || !m_connected)
        return;
    ENetPacket* packet = enet_packet_create(bytes.data(), bytes.size(), ENET_PACKET_FLAG_RELIABLE);
    if (enet_peer_send(m_peer, 0, packet) != 0)
        enet_packet_destroy(packet);
}

void EnetClient::poll(std::uint32_t timeoutMs, const std::function<void(ClientEvent&)>& onEvent) {
    ENetEvent event;
    int status = enet_host_service(m_host, &event, timeoutMs);
    m_health.note(status, lastSocketError(), timeoutMs);
    while (status > 0) {
        ClientEvent out;
        switch (event.type) {
            case ENET_EVENT_TYPE_CONNECT:
                m_connected = true;
                out.kind = ClientEvent::Kind::Connected;
                onEvent(out);
                break;
            case ENET_EVENT_TYPE_RECEIVE: {
                auto decoded = core::decodeServerMsg(event.packet->data, event.packet->dataLength);
                enet_packet_destroy(event.packet);
                if (decoded) {
                    out.kind = ClientEvent::Kind::Message;
                    out.msg = std::move(decoded.msg);
                } else {
                    out.kind = ClientEvent::Kind::BadMessage;
                    out.error = decoded.error;
                }
                onEvent(out);
                break;
            }
            case ENET_EVENT_TYPE_DISCONNECT:
                m_connected = false;
                m_peer = nullptr;
                out.kind = ClientEvent::Kind::Disconnected;
                out.close = parseDisconnectData(event.data);
                onEvent(out);
                break;
            case ENET_EVENT_TYPE_NONE:
                break;
        }
        if (!m_host)
            break;
        status = enet_host_check_events(m_host, &event);
    }
}

std::uint64_t EnetClient::bytesSent() const {
    return m_host->totalSentData;
}
std::uint64_t EnetClient::bytesReceived() const {
    return m_host->totalReceivedData;
}

}  // namespace dovui::net

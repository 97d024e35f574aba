#include "dovui/server/loopback_transport.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

namespace dovui::server {
namespace {

/// The address as the socket transports report it: its four bytes in wire order in memory.
std::uint32_t networkOrder(std::uint32_t hostOrder) {
    std::array<unsigned char, 4> bytes = {
        static_cast<unsigned char>(hostOrder >> 24), static_cast<unsigned char>(hostOrder >> 16),
        static_cast<unsigned char>(hostOrder >> 8), static_cast<unsigned char>(hostOrder)};
    std::uint32_t out = 0;
    std::memcpy(&out, bytes.data(), sizeof out);
    return out;
}

}  // namespace

void LoopbackClient::send(const core::ClientMsg& msg) {
    sendRaw(core::encode(msg));
}

void LoopbackClient::sendRaw(std::string bytes) {
    if (!m_link->dropped && !m_link->closed)
        m_link->toServer.push_back(std::move(bytes));
}

std::vector<core::ServerMsg> LoopbackClient::receive() {
    std::vector<core::ServerMsg> out;
    for (const std::string& bytes : m_link->toClient) {
        auto decoded = core::decodeServerMsg(reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                             bytes.size());
        if (decoded)
            out.push_back(std::move(*decoded.msg));
        else
            ++m_bad;
    }
    m_link->toClient.clear();
    return out;
}

void LoopbackClient::drop() {
    m_link->dropped = true;
    m_link->toServer.clear();
    m_link->toClient.clear();
}

LoopbackClient LoopbackTransport::connect(std::uint32_t address, std::uint32_t connectVersion) {
    auto link = std::make_shared<LoopbackLink>();
    link->localId = m_nextId++ & kLocalIdMask;
    link->address = networkOrder(address);
    link->connectVersion = connectVersion;
    m_links.emplace(link->localId, link);
    return LoopbackClient(link);
}

void LoopbackTransport::poll(std::uint32_t /*waitMs*/,
                             const std::function<void(TransportEvent&)>& onEvent) {
    // Copied: the server may close or send while it handles an event.
    std::vector<std::shared_ptr<LoopbackLink>> links;
    for (const auto& [id, link] : m_links)
        links.push_back(link);
    for (const auto& link : links) {
        TransportEvent event;
        event.conn = m_tagBits | link->localId;
        event.address = link->address;
        if (!link->connectReported) {
            link->connectReported = true;
            event.kind = TransportEvent::Kind::Connect;
            event.connectVersion = link->connectVersion;
            onEvent(event);
        }
        std::vector<std::string> inbound = std::exchange(link->toServer, {});
        for (const std::string& bytes : inbound) {
            TransportEvent message;
            message.kind = TransportEvent::Kind::Message;
            message.conn = event.conn;
            message.address = link->address;
            message.size = bytes.size();
            message.decoded = core::decodeClientMsg(
                reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
            onEvent(message);
        }
        if (link->dropped || link->closing) {
            link->closed = true;
            m_links.erase(link->localId);
            event.kind = TransportEvent::Kind::Disconnect;
            onEvent(event);
        }
    }
}

LoopbackLink* LoopbackTransport::find(ConnId conn) const {
    auto it = m_links.find(conn & kLocalIdMask);
    return it == m_links.end() ? nullptr : it->second.get();
}

void LoopbackTransport::send(ConnId conn, OutgoingMessage& msg) {
    LoopbackLink* link = find(conn);
    if (!link || link->closing || link->dropped)
        return;
    link->toClient.push_back(msg.binary());
    m_bytesSent += msg.binary().size();
}

void LoopbackTransport::close(ConnId conn, net::CloseReason reason) {
    LoopbackLink* link = find(conn);
    if (!link || link->closing)
        return;
    link->closing = true;
    link->closeReason = reason;
}

std::uint32_t LoopbackTransport::halfRoundTripMs(ConnId conn, std::uint32_t capMs) const {
    const LoopbackLink* link = find(conn);
    return link ? std::min(link->halfRoundTripMs, capMs) : 0;
}

}  // namespace dovui::server

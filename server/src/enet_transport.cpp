#include "dovui/server/enet_transport.hpp"

namespace dovui::server {

EnetTransport::EnetTransport(const net::EnetServerConfig& config, std::size_t tag)
    : m_server(config), m_tagBits(static_cast<ConnId>(tag) << kTransportShift) {}

void EnetTransport::poll(std::uint32_t waitMs,
                         const std::function<void(TransportEvent&)>& onEvent) {
    m_server.poll(waitMs, [&](net::NetEvent& event) {
        TransportEvent out;
        out.conn = m_tagBits | (event.peer & kLocalIdMask);
        out.address = event.address;
        switch (event.kind) {
            case net::NetEvent::Kind::Connect:
                out.kind = TransportEvent::Kind::Connect;
                out.connectVersion = event.data;
                break;
            case net::NetEvent::Kind::Receive:
                out.kind = TransportEvent::Kind::Message;
                out.size = event.bytes.size();
                out.decoded = core::decodeClientMsg(event.bytes.data(), event.bytes.size());
                break;
            case net::NetEvent::Kind::Disconnect:
                out.kind = TransportEvent::Kind::Disconnect;
                break;
        }
        onEvent(out);
    });
}

void EnetTransport::send(ConnId conn, OutgoingMessage& msg) {
    m_server.send(peerOf(conn), msg.binary());
}

void EnetTransport::close(ConnId conn, net::CloseReason reason) {
    m_server.close(peerOf(conn), reason);
}

std::uint32_t EnetTransport::halfRoundTripMs(ConnId conn, std::uint32_t capMs) const {
    return m_server.halfRoundTripMs(peerOf(conn), capMs);
}

void EnetTransport::flush() {
    m_server.flush();
}

std::uint64_t EnetTransport::bytesSent() const {
    return m_server.bytesSent();
}

}  // namespace dovui::server

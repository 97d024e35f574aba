// MatchServer's side of the transports: connects, messages and closes, through the
// Gatekeeper's checks, into the Match (design.md §6).
#include "dovui/server/match_server.hpp"

namespace dovui::server {
namespace {

/// What the facilitator reads when an out-of-date app knocks (design.md §5: both sides hear it).
std::string versionMismatchNote(std::uint32_t learnerVersion) {
    return "Một máy học viên chạy phiên bản giao thức " + std::to_string(learnerVersion) +
           ", máy chủ chạy phiên bản " + std::to_string(core::kProtocolVersion) +
           ": hãy cập nhật ứng dụng trên máy đó";
}

/// How a refused join's connection is closed: the reasons the apps say in their own words.
net::CloseReason closeReasonFor(core::JoinRefusal refusal) {
    using R = core::JoinRefusal;
    switch (refusal) {
        case R::WrongVersion:
            return net::CloseReason::WrongVersion;
        case R::Kicked:
            return net::CloseReason::Kicked;
        case R::MatchOver:
            return net::CloseReason::MatchOver;
        case R::Full:
            return net::CloseReason::ServerFull;
        default:
            return net::CloseReason::None;
    }
}

}  // namespace

void MatchServer::sendTo(ConnId conn, const core::ServerMsg& msg) {
    OutgoingMessage out(msg);
    transportFor(conn).send(conn, out);
}

void MatchServer::closeConn(ConnId conn, net::CloseReason reason) {
    m_gate.markClosing(conn);
    transportFor(conn).close(conn, reason);
}

void MatchServer::handleEvent(TransportEvent& event) {
    using Kind = TransportEvent::Kind;
    if (event.kind == Kind::Practice)
        return handlePractice(event);
    if (event.kind == Kind::Connect) {
        if (event.connectVersion != core::kProtocolVersion) {
            m_lastError = versionMismatchNote(event.connectVersion);
            closeConn(event.conn, net::CloseReason::WrongVersion);
        } else if (m_gate.overAddressCap(event.address)) {
            closeConn(event.conn, net::CloseReason::ServerFull);
        } else {
            m_gate.admit(event.conn, event.address, now());
        }
        return;
    }
    if (event.kind == Kind::Disconnect) {
        if (core::PlayerId dropped = m_gate.forget(event.conn))
            m_match->disconnect(dropped, now());
        return;
    }
    Gatekeeper::Connection* conn = m_gate.find(event.conn);
    if (!conn)
        return;
    switch (m_gate.screen(*conn, event.size, now())) {
        case Gatekeeper::Screening::Ignore:
            return;
        case Gatekeeper::Screening::TooMany:
            return dropMisbehaving(*conn, "too many messages");
        case Gatekeeper::Screening::TooLarge:
            return dropMisbehaving(*conn, "message too large");
        case Gatekeeper::Screening::Serve:
            break;
    }
    const auto& decoded = event.decoded;
    if (!decoded) {
        if (decoded.error.code == core::DecodeErrorCode::WrongVersion) {
            m_lastError = versionMismatchNote(decoded.error.peerVersion);
            return refuse(*conn, core::JoinRefusal::WrongVersion,
                          std::to_string(core::kProtocolVersion));
        }
        return dropMisbehaving(
            *conn, std::string("bad message: ") + core::decodeErrorName(decoded.error.code));
    }
    if (const char* why = Gatekeeper::notAllowed(*conn, *decoded.msg))
        return dropMisbehaving(*conn, why);
    handleMessage(*conn, *decoded.msg);
}

void MatchServer::handleMessage(Gatekeeper::Connection& conn, const core::ClientMsg& msg) {
    if (const auto* ping = std::get_if<core::PingMsg>(&msg))
        return sendTo(conn.conn, core::PongMsg{ping->seq});
    if (const auto* join = std::get_if<core::JoinMsg>(&msg))
        return handleJoin(conn, *join);
    if (const auto* rejoin = std::get_if<core::RejoinMsg>(&msg))
        return handleRejoin(conn, *rejoin);
    if (const auto* answer = std::get_if<core::AnswerMsg>(&msg)) {
        core::Millis arrived = now() - transportFor(conn.conn).halfRoundTripMs(
                                           conn.conn, m_config.rttCompensationCapMs);
        m_match->answer(conn.player, answer->questionIndex, answer->choice.value, arrived);
        return;
    }
    if (std::holds_alternative<core::LeaveMsg>(msg)) {
        const core::PlayerId player = conn.player;
        m_match->leave(player);
        storeLater([id = m_matchId, player](store::Store& s) { s.playerLeft(id, player, false); });
        m_gate.unbind(player);
        closeConn(conn.conn, net::CloseReason::Leaving);
    }
}

void MatchServer::handleJoin(Gatekeeper::Connection& conn, const core::JoinMsg& msg) {
    if (!m_gate.takeJoin(conn.address, now()))
        return refuse(conn, core::JoinRefusal::RateLimited);
    if (msg.pin != m_pin)
        return refuse(conn, core::JoinRefusal::WrongPin);
    core::JoinOutcome outcome = m_match->join(msg.nickname.value, newToken(), msg.rich, now());
    if (outcome.refusal)
        return refuse(conn, *outcome.refusal, outcome.detail);
    storeLater([id = m_matchId, player = *m_match->findPlayer(outcome.player)](store::Store& s) {
        s.addPlayer(id, player);
    });
    bindPlayer(conn, outcome.player, msg.rich);
}

void MatchServer::handleRejoin(Gatekeeper::Connection& conn, const core::RejoinMsg& msg) {
    if (!m_gate.takeJoin(conn.address, now()))
        return refuse(conn, core::JoinRefusal::RateLimited);
    if (msg.pin != m_pin)
        return refuse(conn, core::JoinRefusal::WrongPin);
    core::JoinOutcome outcome = m_match->rejoin(msg.token.value, msg.rich, now());
    if (outcome.refusal)
        return refuse(conn, *outcome.refusal, outcome.detail);
    bindPlayer(conn, outcome.player, msg.rich);
}

void MatchServer::bindPlayer(Gatekeeper::Connection& conn, core::PlayerId player, bool rich) {
    // The same player on an older connection (app restarted before the drop was noticed).
    if (std::optional<ConnId> older = m_gate.bind(conn, player, rich))
        closeConn(*older, net::CloseReason::None);
}

void MatchServer::refuse(Gatekeeper::Connection& conn, core::JoinRefusal reason,
                         const std::string& detail) {
    sendTo(conn.conn, core::ServerMsg{core::JoinRefusedMsg{reason, detail}});
    // Closed at once, after the refusal: a refused flood must not keep its slots until the
    // join timeout (the apps connect again to retry).
    closeConn(conn.conn, closeReasonFor(reason));
}

void MatchServer::dropMisbehaving(Gatekeeper::Connection& conn, const std::string& why) {
    sendTo(conn.conn, core::ServerMsg{core::ErrorMsg{why}});
    closeConn(conn.conn, net::CloseReason::Misbehaving);
    if (const core::PlayerId player = conn.player) {
        m_gate.unbind(player);
        m_match->disconnect(player, now());
    }
}

void MatchServer::closeOverdueJoins() {
    for (ConnId conn : m_gate.overdueJoins(now()))
        closeConn(conn, net::CloseReason::JoinTimeout);
}

}  // namespace dovui::server

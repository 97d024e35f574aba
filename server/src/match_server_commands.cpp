// MatchServer's facilitator commands (start, next, pause, kick, …): applied on the server
// thread; a command that cannot apply now is refused in words (design.md §6).
#include <chrono>

#include "dovui/server/match_server.hpp"

namespace dovui::server {

void MatchServer::applyCommand(const FacilitatorCommand& command) {
    core::Millis t = now();
    std::visit(
        [&](const auto& c) {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, CmdStart>) {
                if (m_match->phase() != core::Phase::Lobby)
                    refuseCommand(CommandRefusal::AlreadyStarted, "", "start: already started");
                else if (!m_match->start(t))
                    refuseCommand(CommandRefusal::NoPlayersYet, "", "start: no players yet");
            } else if constexpr (std::is_same_v<T, CmdNext>) {
                const bool inLobby = m_match->phase() == core::Phase::Lobby;
                if (inLobby ? !m_match->start(t) : !m_match->next(t))
                    refuseCommand(
                        inLobby ? CommandRefusal::NoPlayersYet : CommandRefusal::QuestionOpen, "",
                        inLobby ? "next: no players yet"
                                : "next: not now (a question is open: use skip)");
            } else if constexpr (std::is_same_v<T, CmdPause>) {
                if (!m_match->pause(t))
                    refuseCommand(CommandRefusal::NothingToPause, "",
                                  "pause: only while a question is open and running");
            } else if constexpr (std::is_same_v<T, CmdResume>) {
                if (!m_match->resume(t))
                    refuseCommand(CommandRefusal::NotPaused, "", "resume: the match is not paused");
            } else if constexpr (std::is_same_v<T, CmdSkip>) {
                if (!m_match->skip(t))
                    refuseCommand(CommandRefusal::NothingToSkip, "",
                                  "skip: only while a question is open");
            } else if constexpr (std::is_same_v<T, CmdKick>) {
                kickPlayer(c.playerId);
            } else if constexpr (std::is_same_v<T, CmdKickByName>) {
                const core::Player* p = m_match->findByNickname(c.nickname);
                if (!p)
                    refuseCommand(CommandRefusal::NoSuchName, c.nickname,
                                  "kick: no player named " + c.nickname);
                else
                    kickPlayer(p->id);
            } else if constexpr (std::is_same_v<T, CmdLock>) {
                m_match->setLocked(c.locked);
                storeLater([id = m_matchId, copy = std::make_shared<const core::Match>(*m_match)](
                               store::Store& s) { s.saveMatchState(id, *copy); });
            } else if constexpr (std::is_same_v<T, CmdRevive>) {
                if (!m_match->reviveAll())
                    refuseCommand(CommandRefusal::ReviveNotNow, "",
                                  "revive: only once, in Rung chuông vàng");
            } else if constexpr (std::is_same_v<T, CmdEnd>) {
                m_match->end(t);
            } else if constexpr (std::is_same_v<T, CmdAddCardPlayers>) {
                auto record = [this](const core::Player& player) {
                    storeLater(
                        [id = m_matchId, player](store::Store& s) { s.addPlayer(id, player); });
                };
                for (std::string& problem : m_cardPlayers.add(
                         *m_match, c.seats, [this] { return newToken(); }, t, record))
                    noteProblem(std::move(problem));
            } else if constexpr (std::is_same_v<T, CmdCardReading>) {
                core::Millis seenAt = std::chrono::duration_cast<std::chrono::milliseconds>(
                                          c.firstSeenSteady.time_since_epoch())
                                          .count();
                m_cardPlayers.post(*m_match, c,
                                   t - std::max<core::Millis>(0, m_clock->steadyMs() - seenAt));
            }
        },
        command);
}

void MatchServer::noteProblem(std::string text) {
    m_lastError = std::move(text);
    ++m_problemCount;
    m_lastRefusal = CommandRefusal::None;
    m_refusalSubject.clear();
}

void MatchServer::refuseCommand(CommandRefusal why, std::string subject, std::string english) {
    noteProblem(std::move(english));
    m_lastRefusal = why;
    m_refusalSubject = std::move(subject);
}

void MatchServer::kickPlayer(core::PlayerId id) {
    const core::Player* p = m_match->findPlayer(id);
    if (!p || !m_match->kick(id, "kicked")) {
        std::string who = p ? p->nickname : "#" + std::to_string(id);
        refuseCommand(CommandRefusal::PlayerGone, who,
                      "kick: player #" + std::to_string(id) + (p ? " (" + p->nickname + ")" : "") +
                          " is no longer in the match");
        return;
    }
    storeLater([matchId = m_matchId, id](store::Store& s) { s.playerLeft(matchId, id, true); });
    dispatchOutbox();  // the KickedMsg goes out before the close
    if (std::optional<ConnId> conn = m_gate.unbind(id))
        closeConn(*conn, net::CloseReason::Kicked);
}

}  // namespace dovui::server

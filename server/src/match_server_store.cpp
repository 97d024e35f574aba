// MatchServer and the results store: what each moment of the match writes, in order, and
// the sends that wait for it (StoreQueue holds the failure policy).
#include "dovui/server/match_server.hpp"

namespace dovui::server {

void MatchServer::recordTransitions() {
    core::Phase phase = m_match->phase();
    int index = m_match->questionIndex();
    if (phase == m_recordedPhase && index == m_recordedIndex)
        return;
    updatePracticeIndex();
    const std::int64_t matchId = m_matchId;
    if (phase == core::Phase::Question &&
        (m_recordedPhase != core::Phase::Question || index != m_recordedIndex))
        storeLater(
            [matchId, at = m_match->questionIndex(), q = m_match->currentQuestion(),
             when = unixSeconds()](store::Store& s) { s.questionOpened(matchId, at, q, when); });
    // What the store records of this moment, copied: a retried write records it as it was.
    auto copy = std::make_shared<const core::Match>(*m_match);
    if (phase == core::Phase::Reveal ||
        (phase == core::Phase::Podium && m_recordedPhase == core::Phase::Question)) {
        persistAnswers();
        storeLater([matchId, copy](store::Store& s) { s.questionClosed(matchId, *copy); });
    }
    if (phase == core::Phase::Podium)
        storeLater(
            [matchId, when = unixSeconds()](store::Store& s) { s.matchEnded(matchId, when); });
    storeLater([matchId, copy](store::Store& s) { s.saveMatchState(matchId, *copy); });
    m_phaseSince = now();
    m_recordedPhase = phase;
    m_recordedIndex = index;
}

void MatchServer::persistAnswers() {
    auto accepted = m_match->takeAcceptedAnswers();
    if (!accepted.empty())
        storeLater([id = m_matchId, accepted = std::move(accepted),
                    at = m_clock->unixMs()](store::Store& s) { s.addAnswers(id, accepted, at); });
}

void MatchServer::storeLater(std::function<void(store::Store&)> write) {
    m_storeQueue.later(std::move(write));
}

bool MatchServer::flushStore() {
    switch (m_storeQueue.flush(now())) {
        case StoreQueue::Flush::Stored:
            return true;
        case StoreQueue::Flush::Recovered:
            m_lastError = "Đã ghi lại được kết quả: mọi câu trả lời đang chờ đã được lưu";
            return true;
        case StoreQueue::Flush::Refused:
            m_lastError = m_storeQueue.problem();
            return false;
        case StoreQueue::Flush::Waiting:
            return false;
    }
    return false;
}

void MatchServer::dispatchOutbox() {
    std::vector<core::Envelope> outbox = m_match->takeOutbox();
    m_storeQueue.holdUnstoredAcks(outbox);
    for (core::Envelope& envelope : outbox) {
        OutgoingMessage out(envelope.msg);  // encoded once per format, on first use
        using To = core::Envelope::To;
        if (envelope.to == To::Player) {
            if (std::optional<ConnId> conn = m_gate.connectionOf(envelope.player))
                transportFor(*conn).send(*conn, out);
            continue;
        }
        m_gate.forEachPlayer([&](ConnId id, bool rich) {
            bool wanted = envelope.to == To::AllPlayers ||
                          (envelope.to == To::RichPlayers && rich) ||
                          (envelope.to == To::CompactPlayers && !rich);
            if (wanted)
                transportFor(id).send(id, out);
        });
    }
}

}  // namespace dovui::server

// What the host draws: the server's state copied into a ServerSnapshot for other threads.
#include "dovui/server/match_server.hpp"

namespace dovui::server {

void MatchServer::publishSnapshot() {
    auto s = std::make_shared<ServerSnapshot>();
    s->version = m_snapshotVersion;
    s->pin = m_pin;
    s->name = m_config.name;
    s->port = port();
    s->webPort = webPort();
    s->webError = m_webError;
    s->addresses = m_addresses;
    s->pack = m_match->askedPack();  // questionIndex counts in the asking order (easyFirst)
    s->config = m_match->config();
    s->phase = m_match->phase();
    s->paused = m_match->paused();
    s->locked = m_match->locked();
    s->revived = m_match->revived();
    s->questionIndex = m_match->questionIndex();
    s->questionCount = m_match->questionCount();
    s->scoredQuestionCount = m_match->scoredQuestionCount();
    s->voided = m_match->lastVoided();
    s->limitMs = m_match->limitMs();
    s->remainingMs = m_match->remainingMs(now());
    s->answersReceived = m_match->answersReceived();
    s->activePlayers = m_match->activePlayerCount();
    const auto& answers = m_match->currentAnswers();
    s->players.reserve(m_match->players().size());
    for (const core::Player& p : m_match->players()) {
        if (p.left)
            continue;
        s->players.push_back({p.id, p.nickname, p.score, p.lastGain, p.rank, p.previousRank, p.team,
                              p.connected, p.eliminated, answers.count(p.id) > 0, p.correctCount});
    }
    s->lastCounts = m_match->lastCounts();
    s->top = m_match->topPlayers(5);
    s->teams = m_match->teamStandings();
    s->lastError = m_lastError;
    s->problemCount = m_problemCount;
    s->lastRefusal = m_lastRefusal;
    s->refusalSubject = m_refusalSubject;
    s->cardPlayers = m_cardPlayers.view(*m_match);
    s->practiceOffered = !m_practice.packs.empty();
    s->practicePacks = m_practice.packs.size();
    s->practice = m_practiceTally.stats(now());
    // A card read but not yet handed to the Match (it may still turn) counts as answered.
    for (const CardPlayerView& card : s->cardPlayers)
        for (PlayerView& p : s->players)
            if (card.read && p.id == card.player && !p.answered) {
                p.answered = true;
                ++s->answersReceived;
            }
    m_lastSnapshotAt = now();
    std::lock_guard lock(m_snapshotMutex);
    if (m_snapshot && *m_snapshot == *s)
        return;  // nothing changed: same version, no redraw
    s->version = ++m_snapshotVersion;
    m_snapshot = std::move(s);
}

}  // namespace dovui::server

// What the match tells learners: the messages it builds and queues in its outbox.
// Split from match.cpp; the rules that decide when to send them live there.
#include <algorithm>
#include <utility>

#include "dovui/core/match.hpp"

namespace dovui::core {

void Match::sendQuestion(std::optional<PlayerId> only, Millis now) {
    const Question& q = currentQuestion();
    QuestionMsg compact;
    compact.index = m_questionIndex;
    compact.total = m_questionCount;
    compact.kind = q.kind;
    compact.optionCount = static_cast<std::uint8_t>(q.options.size());
    compact.pointsMultiplier = q.pointsMultiplier;
    compact.timeLimitMs = static_cast<std::uint32_t>(limitMs());
    compact.remainingMs = static_cast<std::uint32_t>(remainingMs(now));
    QuestionMsg rich = compact;
    rich.text = q.text;
    rich.options = q.options;
    rich.card = q.card;
    if (only) {
        const Player* p = findPlayer(*only);
        push(Envelope::To::Player, *only, p && p->rich ? rich : compact);
    } else {
        push(Envelope::To::RichPlayers, 0, std::move(rich));
        push(Envelope::To::CompactPlayers, 0, std::move(compact));
    }
}

void Match::sendReveal(const Player& p) {
    const Question& q = currentQuestion();
    RevealMsg msg;
    msg.index = m_questionIndex;
    msg.correct = q.correct;
    if (p.rich) {
        msg.counts = m_lastCounts;
        msg.explanation = q.explanation;
        msg.techniques = q.techniques;
    }
    if (q.card)
        msg.cardVerdict = q.genuineCard ? CardVerdict::Genuine : CardVerdict::Scam;
    msg.voided = m_lastVoided;
    auto it = m_answers.find(p.id);
    msg.answered = it != m_answers.end();
    msg.correctAnswer = msg.answered && grade(q, it->second.choice).correct;
    msg.pointsGained = p.lastGain;
    msg.score = p.score;
    msg.streak = p.streak;
    msg.rank = p.rank;
    msg.playerCount = static_cast<std::uint32_t>(
        std::count_if(m_players.begin(), m_players.end(), [](const Player& o) { return !o.left; }));
    msg.eliminated = p.eliminated;
    push(Envelope::To::Player, p.id, std::move(msg));
}

void Match::sendLeaderboard() {
    push(Envelope::To::RichPlayers, 0,
         LeaderboardMsg{m_questionIndex, topPlayers(5), teamStandings()});
}

void Match::sendPodium(std::optional<PlayerId> only) {
    auto top = topPlayers(3);
    auto teams = teamStandings();
    auto count = static_cast<std::uint32_t>(
        std::count_if(m_players.begin(), m_players.end(), [](const Player& o) { return !o.left; }));
    for (const Player& p : m_players) {
        if (!p.connected || p.left || (only && p.id != *only))
            continue;
        PodiumMsg msg;
        if (p.rich) {
            msg.top = top;
            msg.teams = teams;
        }
        msg.rank = p.rank;
        msg.playerCount = count;
        msg.score = p.score;
        msg.correctCount = p.correctCount;
        msg.questionCount = m_scoredQuestions;
        push(Envelope::To::Player, p.id, std::move(msg));
    }
}

void Match::sendPauseIfPaused(PlayerId player) {
    if (m_phase == Phase::Question && m_paused)
        push(Envelope::To::Player, player,
             PauseMsg{true, static_cast<std::uint32_t>(m_pausedRemaining)});
}

void Match::sendLobby(Millis now) {
    m_lobbyDirty = false;
    m_lastLobbySent = now;
    if (m_phase != Phase::Lobby)
        return;
    auto count = static_cast<std::uint32_t>(
        std::count_if(m_players.begin(), m_players.end(), [](const Player& p) { return !p.left; }));
    // Only rich clients show the count; shapes-only phones and bots need no lobby traffic.
    push(Envelope::To::RichPlayers, 0, LobbyMsg{count, m_locked});
}

WelcomeMsg Match::welcomeFor(const Player& p) const {
    WelcomeMsg msg;
    msg.playerId = p.id;
    msg.token = p.token;
    msg.nickname = p.nickname;
    msg.team = p.team;
    if (p.team > 0)
        msg.teamName = m_config.teamNames[p.team - 1];
    msg.score = p.score;
    msg.streak = p.streak;
    msg.phase = m_phase;
    msg.questionIndex = m_questionIndex;
    msg.answeredCurrent = m_phase == Phase::Question && m_answers.count(p.id) > 0;
    msg.eliminated = p.eliminated;
    msg.matchName = m_config.matchName;
    return msg;
}

void Match::push(Envelope::To to, PlayerId player, ServerMsg msg) {
    m_outbox.push_back({to, player, std::move(msg)});
}

std::vector<Envelope> Match::takeOutbox() {
    return std::exchange(m_outbox, {});
}
std::vector<AnswerRecord> Match::takeAcceptedAnswers() {
    return std::exchange(m_accepted, {});
}

}  // namespace dovui::core

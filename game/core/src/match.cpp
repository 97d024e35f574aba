#include "dovui/core/match.hpp"

#include <algorithm>
#include <stdexcept>

namespace dovui::core {
namespace {

/// Learners see the lobby count at most this often (coalesced, design.md §6).
constexpr Millis kLobbyUpdateIntervalMs = 1000;

}  // namespace

const char* modeName(MatchMode mode) {
    switch (mode) {
        case MatchMode::Classic:
            return "classic";
        case MatchMode::Teams:
            return "teams";
        case MatchMode::Elimination:
            return "elimination";
        case MatchMode::AccuracyFirst:
            return "accuracy";
    }
    return "?";
}

std::optional<MatchMode> parseMode(std::string_view name) {
    for (auto mode :
         {MatchMode::Classic, MatchMode::Teams, MatchMode::Elimination, MatchMode::AccuracyFirst})
        if (name == modeName(mode))
            return mode;
    return std::nullopt;
}

namespace {

/// The pack as this match asks it: easy questions first when the facilitator chose so.
std::shared_ptr<const Pack> inAskingOrder(std::shared_ptr<const Pack> pack, bool easyFirst) {
    if (!pack || !easyFirst)
        return pack;
    auto ordered = std::make_shared<Pack>(*pack);
    std::stable_sort(
        ordered->questions.begin(), ordered->questions.end(),
        [](const Question& a, const Question& b) { return a.difficulty < b.difficulty; });
    return ordered;
}

}  // namespace

Match::Match(std::shared_ptr<const Pack> pack, MatchConfig config)
    : m_pack(inAskingOrder(std::move(pack), config.easyFirst)), m_config(std::move(config)) {
    if (!m_pack || m_pack->questions.empty())
        throw std::invalid_argument("a match needs questions");
    std::size_t count = m_pack->questions.size();
    if (m_config.questionLimit > 0)
        count = std::min<std::size_t>(count, m_config.questionLimit);
    m_questionCount = static_cast<std::uint16_t>(count);
    if (m_config.mode == MatchMode::Teams && m_config.teamNames.empty())
        m_config.teamNames = {"1", "2"};
}

AnswerRefusal Match::answer(PlayerId id, std::uint16_t questionIndex, const Choice& choice,
                            Millis answeredAt) {
    const Player* p = findPlayer(id);
    AnswerRefusal refusal = AnswerRefusal::None;
    if (!p || p->left) {
        refusal = AnswerRefusal::NotJoined;
    } else if (m_phase != Phase::Question) {
        refusal = AnswerRefusal::NoQuestion;
    } else if (questionIndex != m_questionIndex) {
        refusal = AnswerRefusal::WrongQuestion;
    } else if (m_paused) {
        refusal = AnswerRefusal::Paused;
    } else if (p->eliminated) {
        refusal = AnswerRefusal::Eliminated;
    } else if (m_answers.count(id)) {
        refusal = AnswerRefusal::Duplicate;
    } else if (answeredAt > m_deadline) {
        refusal = AnswerRefusal::Late;
    } else if (!isWellFormedChoice(currentQuestion(), choice)) {
        refusal = AnswerRefusal::Malformed;
    }
    if (refusal == AnswerRefusal::None) {
        Millis responseMs = std::max<Millis>(0, answeredAt - m_questionOpenedAt);
        m_answers[id] = Answer{choice, responseMs};
        m_accepted.push_back({id, m_questionIndex, choice, responseMs});
    }
    if (p)
        push(Envelope::To::Player, id, AnswerAckMsg{questionIndex, refusal});
    return refusal;
}

// ------------------------------------------------------------------ facilitator

bool Match::start(Millis now) {
    if (m_phase != Phase::Lobby || activePlayerCount() == 0)
        return false;
    m_questionIndex = 0;
    openQuestion(now);
    return true;
}

bool Match::next(Millis now) {
    switch (m_phase) {
        case Phase::Lobby:
            return start(now);
        case Phase::Question:
            return false;
        case Phase::Reveal:
            m_phase = Phase::Leaderboard;
            sendLeaderboard();
            return true;
        case Phase::Leaderboard:
            if (m_questionIndex + 1 >= m_questionCount) {
                end(now);
            } else {
                ++m_questionIndex;
                openQuestion(now);
            }
            return true;
        case Phase::Podium:
            return false;
    }
    return false;
}

bool Match::pause(Millis now) {
    if (m_phase != Phase::Question || m_paused)
        return false;
    m_paused = true;
    m_pausedRemaining = std::max<Millis>(0, m_deadline - now);
    push(Envelope::To::AllPlayers, 0,
         PauseMsg{true, static_cast<std::uint32_t>(m_pausedRemaining)});
    return true;
}

bool Match::resume(Millis now) {
    if (m_phase != Phase::Question || !m_paused)
        return false;
    m_paused = false;
    Millis pausedFor = (now + m_pausedRemaining) - m_deadline;
    m_deadline = now + m_pausedRemaining;
    m_questionOpenedAt += pausedFor;  // the pause does not count against anyone's time
    push(Envelope::To::AllPlayers, 0,
         PauseMsg{false, static_cast<std::uint32_t>(m_pausedRemaining)});
    return true;
}

bool Match::skip(Millis /*now*/) {
    if (m_phase != Phase::Question)
        return false;
    closeQuestion(true);
    return true;
}

bool Match::kick(PlayerId id, const std::string& reason) {
    Player* p = mutablePlayer(id);
    if (!p || p->left)
        return false;
    m_bannedTokens.insert(p->token);
    push(Envelope::To::Player, id, KickedMsg{reason});
    leave(id);
    return true;
}

void Match::setLocked(bool locked) {
    m_locked = locked;
    m_lobbyDirty = true;
}

bool Match::reviveAll() {
    if (m_config.mode != MatchMode::Elimination || m_revived || m_phase == Phase::Podium)
        return false;
    bool any = false;
    for (Player& p : m_players) {
        if (p.eliminated && !p.left) {
            p.eliminated = false;
            any = true;
        }
    }
    if (!any)
        return false;
    m_revived = true;
    push(Envelope::To::AllPlayers, 0, RevivedMsg{});
    return true;
}

void Match::setOnPaper(PlayerId id) {
    if (Player* p = mutablePlayer(id))
        p->onPaper = true;
}

void Match::end(Millis /*now*/) {
    if (m_phase == Phase::Podium)
        return;
    if (m_phase == Phase::Question)
        closeQuestion(true);
    m_phase = Phase::Podium;
    m_paused = false;
    updateRanks();
    sendPodium();
}

void Match::tick(Millis now) {
    if (m_phase == Phase::Question && !m_paused && (now >= m_deadline || everyoneAnswered(now)))
        closeQuestion(false);
    if (m_lobbyDirty && now - m_lastLobbySent >= kLobbyUpdateIntervalMs)
        sendLobby(now);
}

bool Match::everyoneAnswered(Millis now) const {
    bool anyoneWaitedFor = false;
    const bool ordering = currentQuestion().kind == QuestionKind::Order;
    for (const Player& p : m_players) {
        bool inGrace = !p.connected && now - p.droppedAt < kRejoinGraceMs;
        if (p.left || p.eliminated || !(p.connected || inGrace) || (ordering && p.onPaper))
            continue;
        if (!m_answers.count(p.id))
            return false;
        anyoneWaitedFor = true;
    }
    return anyoneWaitedFor;
}

// ------------------------------------------------------------------ reading

Millis Match::limitMs() const {
    return Millis(currentQuestion().timeLimitSec) * 1000 * m_config.timeScalePercent / 100;
}

Millis Match::remainingMs(Millis now) const {
    if (m_phase != Phase::Question)
        return 0;
    if (m_paused)
        return m_pausedRemaining;
    return std::max<Millis>(0, m_deadline - now);
}

// ------------------------------------------------------------------ internals

void Match::openQuestion(Millis now) {
    m_phase = Phase::Question;
    m_questionsAsked = static_cast<std::uint16_t>(m_questionIndex + 1);
    m_paused = false;
    m_answers.clear();
    m_questionOpenedAt = now;
    m_deadline = now + limitMs();
    for (Player& p : m_players)
        p.previousRank = p.rank;
    sendQuestion(std::nullopt, now);
}

void Match::countAnswers() {
    const Question& q = currentQuestion();
    m_lastCounts.assign(q.options.size(), 0);
    for (const auto& [player, a] : m_answers) {
        if (!findPlayer(player))
            continue;
        if (q.kind == QuestionKind::Order) {
            for (std::size_t i = 0; i < a.choice.size(); ++i)
                if (a.choice[i] == q.correct[i])
                    ++m_lastCounts[a.choice[i]];
        } else {
            for (auto option : a.choice)
                ++m_lastCounts[option];
        }
    }
}

void Match::closeQuestion(bool voided) {
    const Question& q = currentQuestion();
    const bool scoring = !voided;
    const bool eliminating =
        scoring && m_config.mode == MatchMode::Elimination && q.kind != QuestionKind::Poll;
    m_lastVoided = voided;
    if (scoring && q.kind != QuestionKind::Poll)
        ++m_scoredQuestions;
    countAnswers();
    for (Player& p : m_players) {
        p.lastGain = 0;
        auto it = m_answers.find(p.id);
        if (it == m_answers.end()) {
            if (q.kind == QuestionKind::Order && p.onPaper)
                continue;  // a card cannot order steps: this question is not theirs to miss
            if (scoring && q.kind != QuestionKind::Poll && q.pointsMultiplier > 0)
                p.streak = 0;
            if (eliminating && !p.eliminated && !p.left)
                p.eliminated = true;
            continue;
        }
        const Answer& a = it->second;
        if (!scoring)
            continue;
        ScoreResult r = scoreAnswer({&q, a.choice, a.responseMs, limitMs(), p.streak,
                                     m_config.mode == MatchMode::AccuracyFirst});
        p.score += r.points;
        p.lastGain = r.points;
        p.streak = static_cast<std::uint16_t>(r.streakAfter);
        if (r.correct)
            ++p.correctCount;
        if (eliminating && !r.correct)
            p.eliminated = true;
    }
    m_phase = Phase::Reveal;
    m_paused = false;
    updateRanks();
    for (const Player& p : m_players)
        if (p.connected && !p.left)
            sendReveal(p);
}

}  // namespace dovui::core

#include "dovui/core/match.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>

#include "dovui/core/nickname.hpp"
#include "dovui/core/text.hpp"

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

// ------------------------------------------------------------------ learners

JoinOutcome Match::join(const std::string& rawNickname, const std::string& token, bool rich,
                        Millis now) {
    if (m_phase == Phase::Podium)
        return {JoinRefusal::MatchOver, "", 0};
    if (m_locked)
        return {JoinRefusal::Locked, "", 0};
    std::size_t present =
        std::count_if(m_players.begin(), m_players.end(), [](const Player& p) { return !p.left; });
    if (present >= m_config.maxPlayers)
        return {JoinRefusal::Full, std::to_string(m_config.maxPlayers), 0};
    NicknameCheck check = checkNickname(rawNickname);
    if (check.refusal)
        return {check.refusal, "", 0};
    std::string folded = foldCase(check.nickname);
    if (m_byFoldedName.count(folded))
        return {JoinRefusal::NicknameTaken, check.nickname, 0};
    if (token.empty() || m_byToken.count(token) || m_bannedTokens.count(token))
        throw std::invalid_argument("join needs a fresh token");

    Player p;
    p.id = static_cast<PlayerId>(m_players.size() + 1);
    p.nickname = check.nickname;
    p.token = token;
    p.rich = rich;
    p.team = pickTeam();
    // Rung chuông vàng: whoever arrives after the first question only watches.
    p.eliminated = m_config.mode == MatchMode::Elimination && m_phase != Phase::Lobby;
    p.rank = 1 + static_cast<std::uint32_t>(
                     std::count_if(m_players.begin(), m_players.end(),
                                   [](const Player& o) { return !o.left && o.score > 0; }));
    m_players.push_back(p);
    m_byToken[token] = p.id;
    m_byFoldedName[folded] = p.id;
    push(Envelope::To::Player, p.id, welcomeFor(p));
    if (m_phase == Phase::Question) {
        sendQuestion(p.id, now);
        sendPauseIfPaused(p.id);
    }
    m_lobbyDirty = true;
    return {std::nullopt, "", p.id};
}

JoinOutcome Match::rejoin(const std::string& token, bool rich, Millis now) {
    if (m_bannedTokens.count(token))
        return {JoinRefusal::Kicked, "", 0};
    auto it = m_byToken.find(token);
    if (it == m_byToken.end())
        return {JoinRefusal::UnknownToken, "", 0};
    Player& p = *mutablePlayer(it->second);
    p.connected = true;
    p.rich = rich;
    push(Envelope::To::Player, p.id, welcomeFor(p));
    // Whatever the learner missed while away: the open question, their reveal, their result.
    if (m_phase == Phase::Question) {
        sendQuestion(p.id, now);
        sendPauseIfPaused(p.id);
    } else if (m_phase == Phase::Reveal)
        sendReveal(p);
    else if (m_phase == Phase::Podium)
        sendPodium(p.id);
    m_lobbyDirty = true;
    return {std::nullopt, "", p.id};
}

void Match::disconnect(PlayerId id, Millis now) {
    Player* p = mutablePlayer(id);
    if (p && p->connected) {
        p->connected = false;
        p->droppedAt = now;
    }
    m_lobbyDirty = true;
}

void Match::leave(PlayerId id) {
    Player* p = mutablePlayer(id);
    if (!p || p->left)
        return;
    p->connected = false;
    p->left = true;
    m_byToken.erase(p->token);
    m_byFoldedName.erase(foldCase(p->nickname));
    updateRanks();  // nobody keeps a rank behind someone who is gone
    m_lobbyDirty = true;
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

std::size_t Match::activePlayerCount() const {
    return std::count_if(m_players.begin(), m_players.end(),
                         [](const Player& p) { return p.connected && !p.eliminated && !p.left; });
}

const Player* Match::findPlayer(PlayerId id) const {
    if (id == 0 || id > m_players.size())
        return nullptr;
    return &m_players[id - 1];
}

Player* Match::mutablePlayer(PlayerId id) {
    return const_cast<Player*>(std::as_const(*this).findPlayer(id));
}

const Player* Match::findByNickname(std::string_view nickname) const {
    auto it = m_byFoldedName.find(foldCase(nickname));
    return it == m_byFoldedName.end() ? nullptr : findPlayer(it->second);
}

std::vector<BoardRow> Match::topPlayers(std::size_t count) const {
    std::vector<const Player*> order;
    for (const Player& p : m_players)
        if (!p.left)
            order.push_back(&p);
    auto byRank = [](const Player* a, const Player* b) {
        return a->score != b->score ? a->score > b->score : a->id < b->id;
    };
    count = std::min(count, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(count),
                      order.end(), byRank);
    std::vector<BoardRow> rows;
    for (std::size_t i = 0; i < count; ++i)
        rows.push_back({order[i]->nickname, order[i]->score, order[i]->rank});
    return rows;
}

std::vector<BoardRow> Match::teamStandings() const {
    std::vector<BoardRow> rows;
    if (m_config.mode != MatchMode::Teams)
        return rows;
    std::vector<std::int64_t> sums(m_config.teamNames.size(), 0);
    std::vector<int> members(m_config.teamNames.size(), 0);
    for (const Player& p : m_players) {
        if (p.left || p.team == 0)
            continue;
        sums[p.team - 1] += p.score;
        ++members[p.team - 1];
    }
    for (std::size_t t = 0; t < sums.size(); ++t) {
        auto average = members[t] ? static_cast<std::int32_t>(sums[t] / members[t]) : 0;
        rows.push_back({m_config.teamNames[t], average, 0});
    }
    for (BoardRow& row : rows)
        row.rank = 1 + static_cast<std::uint32_t>(
                           std::count_if(rows.begin(), rows.end(),
                                         [&](const BoardRow& o) { return o.score > row.score; }));
    std::stable_sort(rows.begin(), rows.end(),
                     [](const BoardRow& a, const BoardRow& b) { return a.rank < b.rank; });
    return rows;
}

std::vector<Envelope> Match::takeOutbox() {
    return std::exchange(m_outbox, {});
}
std::vector<AnswerRecord> Match::takeAcceptedAnswers() {
    return std::exchange(m_accepted, {});
}

// ------------------------------------------------------------------ restore

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

void Match::updateRanks() {
    std::vector<std::int32_t> scores;
    scores.reserve(m_players.size());
    for (const Player& p : m_players)
        if (!p.left)
            scores.push_back(p.score);
    std::sort(scores.begin(), scores.end(), std::greater<>());
    for (Player& p : m_players) {
        p.rank = 1 + static_cast<std::uint32_t>(
                         std::lower_bound(scores.begin(), scores.end(), p.score, std::greater<>()) -
                         scores.begin());
    }
}

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

std::uint8_t Match::pickTeam() const {
    if (m_config.mode != MatchMode::Teams)
        return 0;
    std::vector<int> sizes(m_config.teamNames.size(), 0);
    for (const Player& p : m_players)
        if (!p.left && p.team > 0)
            ++sizes[p.team - 1];
    auto smallest = std::min_element(sizes.begin(), sizes.end()) - sizes.begin();
    return static_cast<std::uint8_t>(smallest + 1);
}

void Match::push(Envelope::To to, PlayerId player, ServerMsg msg) {
    m_outbox.push_back({to, player, std::move(msg)});
}

}  // namespace dovui::core

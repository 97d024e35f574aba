// The roster of a match: who joined under which name, token and team, who is connected, and
// how they rank (design.md §4). Split from match.cpp; the rules of questions live there.
#include <algorithm>
#include <stdexcept>
#include <utility>

#include "dovui/core/match.hpp"
#include "dovui/core/nickname.hpp"
#include "dovui/core/text.hpp"

namespace dovui::core {

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

}  // namespace dovui::core

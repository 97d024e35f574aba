// The property test's model: every reason to refuse an answer, and every invariant that must
// hold after any step (match_property.hpp).
#include <algorithm>
#include <set>
#include <utility>

#include "core_test_support.hpp"
#include "match_property.hpp"

namespace dovui::core::test {

// Learner-bound messages other than the reveal have no field that could carry the answer.
template <class T>
constexpr bool kHasCorrectField = requires(T m) {
    m.correct;
};
static_assert(!kHasCorrectField<QuestionMsg>);
static_assert(!kHasCorrectField<AnswerAckMsg>);
static_assert(!kHasCorrectField<WelcomeMsg>);
static_assert(!kHasCorrectField<LobbyMsg>);
static_assert(!kHasCorrectField<PauseMsg>);
static_assert(kHasCorrectField<RevealMsg>);

std::set<AnswerRefusal> RandomMatch::reasonsToRefuse(PlayerId id, std::uint16_t index,
                                                     const Choice& choice, Millis at) const {
    std::set<AnswerRefusal> reasons;
    const Player* p = m_match.findPlayer(id);
    if (!p || p->left)
        return {AnswerRefusal::NotJoined};
    if (m_match.phase() != Phase::Question)
        return {AnswerRefusal::NoQuestion};
    if (index != m_match.questionIndex())
        reasons.insert(AnswerRefusal::WrongQuestion);
    if (m_paused)
        reasons.insert(AnswerRefusal::Paused);
    if (p->eliminated)
        reasons.insert(AnswerRefusal::Eliminated);
    if (m_accepted.count(id))
        reasons.insert(AnswerRefusal::Duplicate);
    if (at > m_deadline)
        reasons.insert(AnswerRefusal::Late);
    if (!isWellFormedChoice(m_match.currentQuestion(), choice))
        reasons.insert(AnswerRefusal::Malformed);
    return reasons;
}

std::optional<std::string> RandomMatch::check(const std::string& what,
                                              const std::vector<Envelope>& outbox) {
    auto fail = [&](const std::string& broken) { return describe(what, broken); };
    const auto& players = m_match.players();
    const Phase phase = m_match.phase();
    const bool opened = phase == Phase::Question && (m_phaseBefore != Phase::Question ||
                                                     m_match.questionIndex() != m_indexBefore);
    const bool closed = m_phaseBefore == Phase::Question &&
                        (phase != Phase::Question || m_match.questionIndex() != m_indexBefore);
    if (closed)
        m_closed.insert(m_indexBefore);
    if (opened) {
        if (m_closed.count(m_match.questionIndex()))
            return fail("a question opened twice");
        m_accepted.clear();
        m_paused = false;
        m_deadline = m_now + limitMs();
    }

    // Phases move forward only.
    static const std::set<std::pair<Phase, Phase>> kMoves = {
        {Phase::Lobby, Phase::Question},     {Phase::Question, Phase::Reveal},
        {Phase::Reveal, Phase::Leaderboard}, {Phase::Leaderboard, Phase::Question},
        {Phase::Lobby, Phase::Podium},       {Phase::Question, Phase::Podium},
        {Phase::Reveal, Phase::Podium},      {Phase::Leaderboard, Phase::Podium}};
    if (phase != m_phaseBefore && !kMoves.count({m_phaseBefore, phase}))
        return fail("phase moved backwards");
    if (m_match.questionIndex() < m_indexBefore)
        return fail("question index went back");

    // Time: the match's clock agrees with the model, and a due question closes.
    if (m_match.paused() != (m_paused && phase == Phase::Question))
        return fail("pause state differs from the model");
    if (phase == Phase::Question && !m_paused &&
        m_match.remainingMs(m_now) != std::max<Millis>(0, m_deadline - m_now))
        return fail("remaining time differs from the model");
    if (phase == Phase::Question && m_paused && m_match.remainingMs(m_now) != m_frozen)
        return fail("a paused question's time moved");
    if (what == "tick" && m_phaseBefore == Phase::Question && !m_paused) {
        bool everyoneAnswered = false;
        for (const Player& p : m_before) {
            bool inGrace = !p.connected && m_now - p.droppedAt < kRejoinGraceMs;
            if (!(p.connected || inGrace) || p.eliminated || p.left)
                continue;
            everyoneAnswered = true;
            if (!m_accepted.count(p.id)) {
                everyoneAnswered = false;
                break;
            }
        }
        if ((m_now >= m_deadline || everyoneAnswered) && !closed)
            return fail("the time was up or everyone answered, but the question stayed open");
        if (closed && m_now < m_deadline && !everyoneAnswered)
            return fail("a question closed early while someone could still answer");
    }

    // Scores, ranks and answers.
    std::size_t present = 0;
    for (const Player& p : players) {
        if (p.score < 0 || p.lastGain < 0)
            return fail("negative score");
        if (!p.left)
            ++present;
    }
    if (present > m_match.config().maxPlayers)
        return fail("more players than the cap");
    for (const Player& p : players) {
        if (p.left)
            continue;
        auto higher = std::count_if(players.begin(), players.end(),
                                    [&](const Player& o) { return !o.left && o.score > p.score; });
        if (p.rank != 1 + static_cast<std::uint32_t>(higher))
            return fail("rank " + std::to_string(p.rank) + " of " + p.nickname +
                        " does not match the scores");
    }
    for (std::size_t i = 0; i < m_before.size(); ++i) {
        const Player& was = m_before[i];
        const Player& now = players[i];
        int gained = now.score - was.score;
        if (gained < 0)
            return fail("a score went down");
        if (gained == 0)
            continue;
        if (!closed)
            return fail("a score changed without a question closing");
        if (!m_accepted.count(now.id))
            return fail(now.nickname + " scored without an accepted answer");
        if (m_match.config().mode == MatchMode::Elimination && was.eliminated)
            return fail("an eliminated player scored in Rung chuông vàng");
        ++m_coverage.scoredReveals;
        if (gained != now.lastGain || gained > 2 * 1000 + kStreakCap)
            return fail("a score grew by more than one answer");
        if (now.correctCount > was.correctCount + 1)
            return fail("two right answers counted for one question");
    }
    if (m_match.config().mode == MatchMode::Elimination && closed) {
        for (std::size_t i = 0; i < m_before.size(); ++i) {
            if (m_before[i].eliminated && !players[i].eliminated)
                return fail("a question brought an eliminated player back");
            if (!m_before[i].eliminated && players[i].eliminated)
                ++m_coverage.eliminations;
        }
    }
    for (const AnswerRecord& r : m_match.takeAcceptedAnswers())
        if (!m_records.insert({r.player, r.questionIndex}).second)
            return fail("the store was handed one answer twice");

    // What went out: one acknowledgement per answer, with the refusal the caller got.
    std::vector<std::pair<PlayerId, AnswerAckMsg>> acks;
    for (const auto& [e, ack] : messagesOf<AnswerAckMsg>(outbox))
        acks.push_back({e.player, ack});
    if (acks != m_acksExpected)
        return fail("the acknowledgements do not match the answers");
    for (const Envelope& e : outbox) {
        if (e.to == Envelope::To::Player && !m_match.findPlayer(e.player))
            return fail("a message to a player who does not exist");
        if (const auto* reveal = std::get_if<RevealMsg>(&e.msg)) {
            if (!m_closed.count(reveal->index) ||
                (phase == Phase::Question && reveal->index == m_match.questionIndex()))
                return fail("a reveal went out before its question closed");
            if (reveal->correct != m_pack->questions[reveal->index].correct)
                return fail("a reveal carried the wrong answer");
            const Player* p = m_match.findPlayer(e.player);
            if (e.to != Envelope::To::Player || !p || reveal->score != p->score ||
                reveal->rank != p->rank)
                return fail("a reveal disagrees with the player's state");
            if (reveal->voided && reveal->pointsGained != 0)
                return fail("a void question gave points");
        } else if (const auto* q = std::get_if<QuestionMsg>(&e.msg)) {
            if (phase != Phase::Question || q->index != m_match.questionIndex())
                return fail("a question message outside its question");
            bool compact = e.to == Envelope::To::CompactPlayers ||
                           (e.to == Envelope::To::Player && !m_match.findPlayer(e.player)->rich);
            if (compact && (!q->text.empty() || !q->options.empty() || q->card))
                return fail("a compact client got the full question");
        } else if (std::holds_alternative<LobbyMsg>(e.msg)) {
            if (phase != Phase::Lobby)
                return fail("a lobby count outside the lobby");
        }
    }
    return std::nullopt;
}

}  // namespace dovui::core::test

// Seeded property test: thousands of random matches (joins, rejoins, answers, late answers,
// kicks, skips, pauses, ...) with the Match's invariants checked after every step against
// an independent model of time, answers and bans.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "core_test_support.hpp"
#include "dovui/core/match.hpp"

using namespace dovui::core;
using namespace dovui::core::test;

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

namespace {

/// Tap the red flag: the options are the card's spans.
Question spotQuestion() {
    Question q =
        makeQuestion("spot", QuestionKind::Spot, {"VCB-Bank", "vcb-xm[.]top", "08:15"}, {1}, 5);
    q.card = ScenarioCard{SmsCard{"VCB-Bank", "08:15", "Bam vcb-xm[.]top"},
                          {CardSpan{"s1", "sender", 0, 8}, CardSpan{"s2", "body", 4, 16},
                           CardSpan{"s3", "time", 0, 5}}};
    q.techniques = {Technique::LinkApp};
    return q;
}

std::shared_ptr<const Pack> propertyPack() {
    return makePack({
        spotQuestion(),
        makeQuestion("single", QuestionKind::Single, {"A", "B", "C", "D"}, {2}, 5),
        makeQuestion("tf", QuestionKind::TrueFalse, {"Đúng", "Sai"}, {1}, 5),
        makeQuestion("multi", QuestionKind::Multi, {"A", "B", "C", "D"}, {0, 3}, 6, 2),
        makeQuestion("order", QuestionKind::Order, {"A", "B", "C", "D", "E"}, {4, 0, 3, 1, 2}, 8),
        makeQuestion("poll", QuestionKind::Poll, {"A", "B", "C"}, {}, 5),
        makeQuestion("warm", QuestionKind::Single, {"A", "B"}, {0}, 5, 0),
    });
}

const std::vector<std::string> kNames = {"An",
                                         "Bình",
                                         "Chi",
                                         "Dũng",
                                         "Em",
                                         "Giang",
                                         "Hà",
                                         "Khoa",
                                         "an",
                                         "vcl",
                                         "  ",
                                         "Lừa",
                                         "Lu\xCC\x9B\xCC\x80"
                                         "a",
                                         "Minh",
                                         "Nga",
                                         std::string(20, 'x')};

/// What the random walk reached, so that a walk that exercises nothing cannot pass.
struct Coverage {
    std::map<AnswerRefusal, int> answers;  ///< by outcome, None = accepted
    int kicks = 0;
    int rejoins = 0;
    int pauses = 0;
    int podiumsByNext = 0;
    int eliminations = 0;
    int revives = 0;
    int scoredReveals = 0;
};

class RandomMatch {
public:
    RandomMatch(std::uint32_t seed, int matchNumber, Coverage& coverage)
        : m_rng(seed),
          m_pack(propertyPack()),
          m_match(m_pack, randomConfig()),
          m_number(matchNumber),
          m_coverage(coverage) {}

    /// Plays until the podium or the step budget; returns the first broken invariant.
    std::optional<std::string> play() {
        // A class usually gathers before the facilitator starts; then anything goes.
        for (int joins = 1 + static_cast<int>(pick(6)); joins > 0; --joins) {
            beginStep();
            joinSomeone();
            if (auto broken = check("join", m_match.takeOutbox()))
                return broken;
        }
        int steps = 40 + static_cast<int>(m_rng() % 100);
        for (m_step = 0; m_step < steps && m_match.phase() != Phase::Podium; ++m_step) {
            if (auto broken = step())
                return broken;
        }
        if (m_match.phase() == Phase::Podium)
            ++m_coverage.podiumsByNext;
        beginStep();
        m_match.end(m_now);
        return check("end", m_match.takeOutbox());
    }

private:
    MatchConfig randomConfig() {
        MatchConfig c;
        c.mode = static_cast<MatchMode>(m_rng() % 4);
        c.timeScalePercent = std::array{100, 150, 200}[m_rng() % 3];
        c.maxPlayers = 2 + m_rng() % 7;
        c.questionLimit = static_cast<std::uint16_t>(m_rng() % 7);
        if (c.mode == MatchMode::Teams && m_rng() % 2)
            c.teamNames = {"Thôn 1", "Thôn 2", "Thôn 3"};
        return c;
    }

    std::uint32_t pick(std::uint32_t n) { return n == 0 ? 0 : m_rng() % n; }
    bool chance(int percent) { return static_cast<int>(m_rng() % 100) < percent; }

    PlayerId randomPlayer() {
        // Sometimes nobody who exists: 0 or one past the last.
        return static_cast<PlayerId>(
            pick(static_cast<std::uint32_t>(m_match.players().size()) + 2));
    }

    Millis limitMs() const {
        return Millis(m_match.currentQuestion().timeLimitSec) * 1000 *
               m_match.config().timeScalePercent / 100;
    }

    Choice randomChoice() {
        const Question& q = m_match.currentQuestion();
        auto n = static_cast<std::uint8_t>(q.options.size());
        if (chance(10)) {  // malformed on purpose
            switch (pick(3)) {
                case 0:
                    return {n};
                case 1:
                    return {};
                default:
                    return {0, 0};
            }
        }
        Choice c;
        switch (q.kind) {
            case QuestionKind::Multi:
                for (std::uint8_t i = 0; i < n; ++i)
                    if (chance(50))
                        c.push_back(i);
                if (c.empty())
                    c.push_back(static_cast<std::uint8_t>(pick(n)));
                std::shuffle(c.begin(), c.end(), m_rng);
                return c;
            case QuestionKind::Order:
                for (std::uint8_t i = 0; i < n; ++i)
                    c.push_back(i);
                if (chance(30))
                    return q.correct;
                std::shuffle(c.begin(), c.end(), m_rng);
                return c;
            default:
                if (chance(40) && !q.correct.empty())
                    return q.correct;
                return {static_cast<std::uint8_t>(pick(n))};
        }
    }

    /// Every reason the model sees to refuse this answer (empty: it must be accepted).
    std::set<AnswerRefusal> reasonsToRefuse(PlayerId id, std::uint16_t index, const Choice& choice,
                                            Millis at) const {
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

    std::optional<std::string> answer(Millis at) {
        PlayerId id = randomPlayer();
        if (chance(70) && !m_match.players().empty())  // mostly someone real
            id = 1 + pick(static_cast<std::uint32_t>(m_match.players().size()));
        std::uint16_t index = m_match.questionIndex();
        if (chance(5))
            index = static_cast<std::uint16_t>(index + 1 + pick(2));
        Choice choice =
            m_match.phase() == Phase::Question || chance(50) ? randomChoice() : Choice{1};
        auto reasons = reasonsToRefuse(id, index, choice, at);
        AnswerRefusal got = m_match.answer(id, index, choice, at);
        if (m_match.findPlayer(id))
            m_acksExpected.push_back({id, AnswerAckMsg{index, got}});
        ++m_coverage.answers[got];
        if (reasons.empty() != (got == AnswerRefusal::None) ||
            (got != AnswerRefusal::None && !reasons.count(got)))
            return "answer of player " + std::to_string(id) + " got refusal " +
                   std::to_string(int(got)) + ", the model expected " +
                   (reasons.empty() ? "acceptance" : "another reason");
        if (got == AnswerRefusal::None) {
            m_accepted.insert(id);
            if (!m_answeredEver.insert({id, index}).second)
                return "an answer was counted twice";
        }
        return std::nullopt;
    }

    void beginStep() {
        m_before = m_match.players();
        m_phaseBefore = m_match.phase();
        m_indexBefore = m_match.questionIndex();
        m_acksExpected.clear();
    }

    void joinSomeone() {
        std::string token = "tok-" + std::to_string(m_tokens.size());
        m_tokens.push_back(token);
        m_match.join(kNames[pick(static_cast<std::uint32_t>(kNames.size()))], token, chance(70),
                     m_now);
    }

    std::optional<std::string> step() {
        beginStep();
        std::string what;
        std::optional<std::string> broken;
        switch (pick(24)) {
            case 0:
            case 1:
                what = "join";
                joinSomeone();
                break;
            case 20:
            case 21:
                // The whole class answers within a moment, in random order.
                what = "everyone answers";
                for (std::size_t i = 0; i < m_match.players().size() && !broken; ++i) {
                    m_now += pick(400);
                    broken = answer(m_now);
                }
                break;
            case 2: {
                what = "rejoin";
                std::string token =
                    m_tokens.empty() || chance(10) ? "unknown" : m_tokens[pick(m_tokens.size())];
                JoinOutcome o = m_match.rejoin(token, chance(70), m_now);
                m_coverage.rejoins += o.refusal ? 0 : 1;
                bool kicked = m_kickedTokens.count(token) > 0;
                if (kicked && o.refusal != JoinRefusal::Kicked)
                    broken = "a kicked token was not refused as kicked";
                if (!o.refusal) {
                    const Player* p = m_match.findPlayer(o.player);
                    if (!p || p->token != token || p->left)
                        broken = "a rejoin restored the wrong player";
                }
                break;
            }
            case 3:
                what = "disconnect";
                m_match.disconnect(randomPlayer(), m_now);
                break;
            case 4:
                what = "leave";
                if (chance(30))
                    m_match.leave(randomPlayer());
                break;
            case 5:
            case 6:
            case 7:
                what = "answer";
                broken = answer(m_now - (chance(30) ? pick(300) : 0));
                break;
            case 8:
                // A late answer: the deadline passed but the server has not ticked yet.
                what = "late answer";
                if (m_match.phase() == Phase::Question && !m_paused)
                    m_now = std::max(m_now, m_deadline + 1 + Millis(pick(2000)));
                broken = answer(m_now);
                break;
            case 9: {
                what = "kick";
                if (chance(40)) {
                    PlayerId id = randomPlayer();
                    const Player* p = m_match.findPlayer(id);
                    std::string token = p ? p->token : "";
                    if (m_match.kick(id, "kick")) {
                        m_kickedTokens.insert(token);
                        ++m_coverage.kicks;
                    }
                }
                break;
            }
            case 10:
                what = "skip";
                if (chance(40))
                    m_match.skip(m_now);
                break;
            case 11:
                what = "pause";
                if (m_match.pause(m_now)) {
                    ++m_coverage.pauses;
                    m_paused = true;
                    m_frozen = std::max<Millis>(0, m_deadline - m_now);
                }
                break;
            case 12:
                what = "resume";
                if (m_match.resume(m_now)) {
                    m_paused = false;
                    m_deadline = m_now + m_frozen;
                }
                break;
            case 13:
            case 14:
                what = "next";
                m_match.next(m_now);
                break;
            case 15:
                what = "start";
                m_match.start(m_now);
                break;
            case 16:
                what = "lock";
                m_match.setLocked(chance(50));
                break;
            case 17:
                what = "revive";
                m_coverage.revives += m_match.reviveAll() ? 1 : 0;
                break;
            default:
                what = "tick";
                m_now += pick(3000);
                m_match.tick(m_now);
                break;
        }
        if (m_match.phase() == Phase::Podium && m_phaseBefore != Phase::Podium)
            what += " (ended)";
        if (broken)
            return describe(what, *broken);
        return check(what, m_match.takeOutbox());
    }

    std::string describe(const std::string& what, const std::string& broken) const {
        std::ostringstream out;
        out << "match " << m_number << ", step " << m_step << " (" << what << ", mode "
            << modeName(m_match.config().mode) << "): " << broken;
        return out.str();
    }

    /// Everything that must hold after any step.
    std::optional<std::string> check(const std::string& what, const std::vector<Envelope>& outbox) {
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
            auto higher = std::count_if(players.begin(), players.end(), [&](const Player& o) {
                return !o.left && o.score > p.score;
            });
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
                bool compact =
                    e.to == Envelope::To::CompactPlayers ||
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

    std::mt19937 m_rng;
    std::shared_ptr<const Pack> m_pack;
    Match m_match;
    int m_number = 0;
    Coverage& m_coverage;
    int m_step = 0;
    Millis m_now = 0;

    // The model.
    std::vector<std::string> m_tokens;
    std::set<std::string> m_kickedTokens;
    std::set<PlayerId> m_accepted;  ///< accepted answers to the open question
    std::set<std::pair<PlayerId, std::uint16_t>> m_answeredEver;
    std::set<std::pair<PlayerId, std::uint16_t>> m_records;
    std::set<std::uint16_t> m_closed;  ///< questions whose reveal may go out
    bool m_paused = false;
    Millis m_deadline = 0;
    Millis m_frozen = 0;

    // The step in progress.
    std::vector<Player> m_before;
    Phase m_phaseBefore = Phase::Lobby;
    std::uint16_t m_indexBefore = 0;
    std::vector<std::pair<PlayerId, AnswerAckMsg>> m_acksExpected;
};

}  // namespace

TEST_CASE("10,000 random matches keep every invariant after every step") {
    constexpr int kMatches = 10000;
    std::mt19937 seeds(0xD0A1);
    Coverage coverage;
    for (int i = 0; i < kMatches; ++i) {
        std::uint32_t seed = seeds();
        RandomMatch match(seed, i, coverage);
        auto broken = match.play();
        if (broken)
            FAIL(*broken << " (seed " << seed << ")");
    }
    // The walk reached every kind of event often enough to mean something.
    for (auto outcome :
         {AnswerRefusal::None, AnswerRefusal::NoQuestion, AnswerRefusal::WrongQuestion,
          AnswerRefusal::Late, AnswerRefusal::Duplicate, AnswerRefusal::Malformed,
          AnswerRefusal::Paused, AnswerRefusal::Eliminated, AnswerRefusal::NotJoined}) {
        CAPTURE(static_cast<int>(outcome));
        CHECK(coverage.answers[outcome] >= 100);
    }
    CHECK(coverage.kicks >= 100);
    CHECK(coverage.rejoins >= 100);
    CHECK(coverage.pauses >= 100);
    CHECK(coverage.podiumsByNext >= 100);
    CHECK(coverage.eliminations >= 100);
    CHECK(coverage.revives >= 10);
    CHECK(coverage.scoredReveals >= 5000);
}

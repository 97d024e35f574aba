// The property test's driver: random joins, rejoins, answers, late answers, kicks, skips,
// pauses, ... one step at a time (match_property.hpp).
#include <algorithm>
#include <array>
#include <sstream>

#include "core_test_support.hpp"
#include "match_property.hpp"

namespace dovui::core::test {
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

}  // namespace

RandomMatch::RandomMatch(std::uint32_t seed, int matchNumber, Coverage& coverage)
    : m_rng(seed),
      m_pack(propertyPack()),
      m_match(m_pack, randomConfig()),
      m_number(matchNumber),
      m_coverage(coverage) {}

std::optional<std::string> RandomMatch::play() {
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

MatchConfig RandomMatch::randomConfig() {
    MatchConfig c;
    c.mode = static_cast<MatchMode>(m_rng() % 4);
    c.timeScalePercent = std::array{100, 150, 200}[m_rng() % 3];
    c.maxPlayers = 2 + m_rng() % 7;
    c.questionLimit = static_cast<std::uint16_t>(m_rng() % 7);
    if (c.mode == MatchMode::Teams && m_rng() % 2)
        c.teamNames = {"Thôn 1", "Thôn 2", "Thôn 3"};
    return c;
}

PlayerId RandomMatch::randomPlayer() {
    // Sometimes nobody who exists: 0 or one past the last.
    return static_cast<PlayerId>(pick(static_cast<std::uint32_t>(m_match.players().size()) + 2));
}

Millis RandomMatch::limitMs() const {
    return Millis(m_match.currentQuestion().timeLimitSec) * 1000 *
           m_match.config().timeScalePercent / 100;
}

Choice RandomMatch::randomChoice() {
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

std::optional<std::string> RandomMatch::answer(Millis at) {
    PlayerId id = randomPlayer();
    if (chance(70) && !m_match.players().empty())  // mostly someone real
        id = 1 + pick(static_cast<std::uint32_t>(m_match.players().size()));
    std::uint16_t index = m_match.questionIndex();
    if (chance(5))
        index = static_cast<std::uint16_t>(index + 1 + pick(2));
    Choice choice = m_match.phase() == Phase::Question || chance(50) ? randomChoice() : Choice{1};
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

void RandomMatch::beginStep() {
    m_before = m_match.players();
    m_phaseBefore = m_match.phase();
    m_indexBefore = m_match.questionIndex();
    m_acksExpected.clear();
}

void RandomMatch::joinSomeone() {
    std::string token = "tok-" + std::to_string(m_tokens.size());
    m_tokens.push_back(token);
    m_match.join(kNames[pick(static_cast<std::uint32_t>(kNames.size()))], token, chance(70), m_now);
}

std::optional<std::string> RandomMatch::step() {
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

std::string RandomMatch::describe(const std::string& what, const std::string& broken) const {
    std::ostringstream out;
    out << "match " << m_number << ", step " << m_step << " (" << what << ", mode "
        << modeName(m_match.config().mode) << "): " << broken;
    return out.str();
}

}  // namespace dovui::core::test

// Taking a match back from the results store after a crash (--resume). The store is a file:
// every value read from it is checked before the match trusts it.
#include <algorithm>
#include <set>

#include "dovui/core/match.hpp"
#include "dovui/core/text.hpp"

namespace dovui::core {
std::vector<std::string> Match::restoreProblems(const Restore& state, Lang lang) const {
    std::vector<std::string> out;
    auto say = [&](const char* vi, const char* en, const std::string& detail) {
        out.push_back(tr(lang, vi, en) + detail);
    };
    if (state.phase > Phase::Podium)
        say("giai đoạn không hợp lệ: ", "unknown phase: ",
            std::to_string(static_cast<int>(state.phase)));
    if (state.questionIndex >= m_questionCount)
        say("câu đang hỏi ngoài gói: ", "question beyond the pack: ",
            std::to_string(state.questionIndex + 1) + " / " + std::to_string(m_questionCount));
    for (std::size_t i = 0; i < state.players.size(); ++i) {
        const Player& p = state.players[i];
        if (p.id != i + 1) {
            say("số thứ tự người chơi bị hụt: ", "player ids have a gap: ",
                std::to_string(i + 1) + " → " + std::to_string(p.id));
            break;
        }
        if (p.team > m_config.teamNames.size())
            say("người chơi ở đội không có: ", "a player in a team that does not exist: ",
                p.nickname + " (" + std::to_string(p.team) + ")");
        if (!isUtf8(p.nickname))
            say("tên người chơi hỏng: ", "a damaged player name: ", std::to_string(p.id));
    }
    for (std::uint16_t v : state.voidedQuestions)
        if (v >= m_questionCount)
            say("câu bỏ qua ngoài gói: ", "a skipped question beyond the pack: ",
                std::to_string(v + 1));
    std::set<PlayerId> answered;
    for (const AnswerRecord& a : state.currentAnswers) {
        if (a.player == 0 || a.player > state.players.size() || !answered.insert(a.player).second)
            say("câu trả lời của người chơi không có: ", "an answer from no such player: ",
                std::to_string(a.player));
        else if (a.questionIndex < m_questionCount &&
                 !isWellFormedChoice(m_pack->questions[a.questionIndex], a.choice))
            say("câu trả lời ngoài các phương án: ", "an answer outside the options: ",
                tr(lang, "câu ", "question ") + std::to_string(a.questionIndex + 1));
        if (a.responseMs < 0)
            say("thời gian trả lời âm: ", "a negative response time: ", std::to_string(a.player));
    }
    return out;
}

bool Match::restore(const Restore& state, Millis now) {
    if (!restoreProblems(state, Lang::En).empty())
        return false;
    m_players = state.players;
    m_byToken.clear();
    m_byFoldedName.clear();
    for (const Player& p : m_players) {
        if (p.left)
            continue;
        m_byToken[p.token] = p.id;
        m_byFoldedName[foldCase(p.nickname)] = p.id;
    }
    m_bannedTokens = {state.bannedTokens.begin(), state.bannedTokens.end()};
    m_questionIndex = std::min<std::uint16_t>(state.questionIndex, m_questionCount - 1);
    m_phase = state.phase;
    m_revived = state.revived;
    m_questionsAsked =
        m_phase == Phase::Lobby ? 0 : static_cast<std::uint16_t>(m_questionIndex + 1);
    m_locked = state.locked;
    m_paused = false;
    m_scoredQuestions = 0;
    int closedUpTo = m_phase == Phase::Lobby      ? 0
                     : m_phase == Phase::Question ? m_questionIndex
                                                  : m_questionIndex + 1;
    for (int i = 0; i < closedUpTo; ++i) {
        bool voided = std::find(state.voidedQuestions.begin(), state.voidedQuestions.end(), i) !=
                      state.voidedQuestions.end();
        if (!voided && m_pack->questions[static_cast<std::size_t>(i)].kind != QuestionKind::Poll)
            ++m_scoredQuestions;
    }
    m_answers.clear();
    for (const AnswerRecord& a : state.currentAnswers)
        if (a.questionIndex == m_questionIndex && m_phase != Phase::Lobby)
            m_answers[a.player] = {a.choice, a.responseMs};
    if (m_phase == Phase::Question) {
        m_questionOpenedAt = now;
        m_deadline = now + limitMs();
    } else if (m_phase == Phase::Reveal || m_phase == Phase::Leaderboard) {
        // A resumed reveal says exactly what the first one said: who answered what, the chart.
        m_lastVoided = std::find(state.voidedQuestions.begin(), state.voidedQuestions.end(),
                                 m_questionIndex) != state.voidedQuestions.end();
        countAnswers();
    }
    updateRanks();
    m_outbox.clear();
    m_accepted.clear();
    return true;
}

}  // namespace dovui::core

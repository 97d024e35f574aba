#include "dovui/server/card_players.hpp"

#include <cstdio>

namespace dovui::server {

namespace {

/// Why a card player could not join, for the facilitator's status line.
std::string refusalWords(core::JoinRefusal reason, const std::string& detail) {
    using R = core::JoinRefusal;
    switch (reason) {
        case R::NicknameEmpty:
            return "thiếu tên";
        case R::NicknameTooLong:
            return "tên dài quá";
        case R::NicknameInvalid:
            return "tên có ký tự không dùng được";
        case R::NicknameTaken:
            return "tên \"" + detail + "\" đã có người dùng: thêm một chữ hoặc số";
        case R::NicknameRude:
            return "tên không phù hợp";
        case R::Locked:
            return "phòng chơi đang khóa (L để mở)";
        case R::Full:
            return "phòng chơi đã đủ người";
        case R::MatchOver:
            return "trận đã kết thúc";
        default:
            return "không vào được trận";
    }
}

}  // namespace

std::string cardToken(int number, const std::string& random) {
    char prefix[16];
    std::snprintf(prefix, sizeof prefix, "card-%02d-", number);
    return prefix + random;
}

int cardOfToken(const std::string& token) {
    if (token.size() < 8 || token.compare(0, 5, "card-") != 0 || token[7] != '-')
        return 0;
    if (token[5] < '0' || token[5] > '9' || token[6] < '0' || token[6] > '9')
        return 0;
    return (token[5] - '0') * 10 + (token[6] - '0');
}

std::vector<std::string> CardPlayers::add(core::Match& match, const std::vector<CardSeat>& seats,
                                          const std::function<std::string()>& newToken,
                                          core::Millis now,
                                          const std::function<void(const core::Player&)>& record) {
    std::vector<std::string> problems;
    for (const CardSeat& seat : seats) {
        std::string who = "thẻ " + std::to_string(seat.number) + " (" + seat.name + ")";
        if (seat.number < 1 || seat.number > 99) {
            problems.push_back(who + ": số thẻ phải từ 1 đến 99");
            continue;
        }
        if (seated(match, seat.number)) {
            problems.push_back(who + ": thẻ này đã có người");
            continue;
        }
        core::JoinOutcome outcome =
            match.join(seat.name, cardToken(seat.number, newToken()), false, now);
        if (outcome.refusal) {
            problems.push_back(who + ": " + refusalWords(*outcome.refusal, outcome.detail));
            continue;
        }
        match.setOnPaper(outcome.player);
        record(*match.findPlayer(outcome.player));
        m_byNumber[seat.number] = outcome.player;
    }
    return problems;
}

const core::Player* CardPlayers::seated(const core::Match& match, int number) const {
    auto it = m_byNumber.find(number);
    if (it == m_byNumber.end())
        return nullptr;
    const core::Player* p = match.findPlayer(it->second);
    return p && !p->left ? p : nullptr;
}

void CardPlayers::followQuestion(const core::Match& match) {
    int open = match.phase() == core::Phase::Question ? match.questionIndex() : -1;
    if (open != m_question) {
        m_question = open;
        m_held.clear();
        m_flushed = false;
    }
}

void CardPlayers::post(const core::Match& match, const CmdCardReading& reading,
                       core::Millis answeredAt) {
    followQuestion(match);
    if (m_question < 0 || reading.questionIndex != m_question || m_flushed)
        return;
    const core::Player* p = seated(match, reading.card);
    if (!p || p->eliminated)
        return;
    if (!core::isWellFormedChoice(match.currentQuestion(), core::Choice{reading.choice}))
        return;  // C or D up on a true/false question, or an ordering question
    m_held[reading.card] = {reading.choice, answeredAt};
}

void CardPlayers::flushIfClosing(core::Match& match, core::Millis now) {
    followQuestion(match);
    if (m_question < 0 || m_flushed || match.paused())
        return;
    std::size_t waiting = 0;
    for (const auto& [number, id] : m_byNumber) {
        const core::Player* p = match.findPlayer(id);
        if (p && !p->left && !p->eliminated && !m_held.count(number))
            ++waiting;
    }
    bool timeUp = match.remainingMs(now) == 0;
    bool othersDone = match.answersReceived() + m_held.size() >= match.activePlayerCount();
    if (!timeUp && !(othersDone && waiting == 0))
        return;
    for (const auto& [number, held] : m_held)
        match.answer(m_byNumber.at(number), static_cast<std::uint16_t>(m_question),
                     core::Choice{held.choice}, held.answeredAt);
    m_flushed = true;
}

void CardPlayers::restore(core::Match& match, core::Millis now) {
    for (const core::Player& p : match.players()) {
        int number = p.left ? 0 : cardOfToken(p.token);
        if (number == 0)
            continue;
        m_byNumber[number] = p.id;
        match.setOnPaper(p.id);
        match.rejoin(p.token, false, now);
    }
}

std::vector<CardPlayerView> CardPlayers::view(const core::Match& match) const {
    std::vector<CardPlayerView> out;
    bool open = match.phase() == core::Phase::Question && match.questionIndex() == m_question;
    const auto& answers = match.currentAnswers();
    for (const auto& [number, id] : m_byNumber) {
        const core::Player* p = match.findPlayer(id);
        if (!p || p->left)
            continue;
        bool read = open && (m_held.count(number) > 0 || answers.count(id) > 0);
        out.push_back({number, id, read});
    }
    return out;
}

}  // namespace dovui::server

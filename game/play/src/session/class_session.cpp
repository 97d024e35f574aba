#include "dovui/play/session/class_session.hpp"

#include <algorithm>
#include <ctime>
#include <variant>

#include "dovui/net/handshake.hpp"
#include "dovui/play/session/session_words.hpp"

namespace dovui::play {
namespace {

/// Closes that end the match for this learner; any other close is a drop worth retrying.
bool isFinalClose(net::CloseReason reason) {
    return reason != net::CloseReason::None;
}

bool wellFormed(const core::QuestionMsg& q, const core::Choice& choice) {
    const std::size_t n = q.optionCount;
    if (choice.empty() ||
        std::any_of(choice.begin(), choice.end(), [n](std::uint8_t i) { return i >= n; }))
        return false;
    core::Choice sorted = choice;
    std::sort(sorted.begin(), sorted.end());
    if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
        return false;
    switch (q.kind) {
        case core::QuestionKind::Multi:
            return true;
        case core::QuestionKind::Order:
            return choice.size() == n;
        default:
            return choice.size() == 1;
    }
}

Stage stageForPhase(core::Phase phase) {
    switch (phase) {
        case core::Phase::Lobby:
            return Stage::Lobby;
        case core::Phase::Question:
            return Stage::Question;
        case core::Phase::Reveal:
            return Stage::Reveal;
        case core::Phase::Leaderboard:
            return Stage::Leaderboard;
        case core::Phase::Podium:
            return Stage::Podium;
    }
    return Stage::Lobby;
}

}  // namespace

std::uint32_t SessionState::remainingMs(std::int64_t nowMs) const {
    if (!question)
        return 0;
    std::int64_t left = std::int64_t(question->remainingMs) - (nowMs - questionAtMs);
    return static_cast<std::uint32_t>(std::max<std::int64_t>(0, left));
}

ClassSession::ClassSession(SessionConfig config) : m_config(std::move(config)) {
    if (!m_config.wallClockSeconds)
        m_config.wallClockSeconds = [] { return static_cast<std::int64_t>(std::time(nullptr)); };
}

ClassSession::~ClassSession() = default;

void ClassSession::join(const std::string& address, std::uint16_t port, std::uint32_t pin,
                        const std::string& nickname, std::int64_t nowMs) {
    m_state = SessionState{};
    m_state.address = address;
    m_state.port = port;
    m_state.pin = pin;
    m_state.nickname = nickname;
    m_token.clear();
    m_pendingAnswer.reset();
    openLink(nowMs);
}

void ClassSession::resume(const RejoinTicket& ticket, std::int64_t nowMs) {
    join(ticket.address, ticket.port, ticket.pin, ticket.nickname, nowMs);
    m_token = ticket.token;
}

bool ClassSession::answer(const core::Choice& choice, std::int64_t nowMs) {
    (void)nowMs;
    if (m_state.stage != Stage::Question || !m_state.question || m_state.sentChoice ||
        !wellFormed(*m_state.question, choice))
        return false;
    core::AnswerMsg msg;
    msg.questionIndex = m_state.question->index;
    msg.choice.value = choice;
    m_state.sentChoice = choice;
    m_state.stage = Stage::Answered;
    if (m_client && m_linkUp)
        m_client->send(msg);
    else
        m_pendingAnswer = msg;
    return true;
}

void ClassSession::leave() {
    if (m_client && m_linkUp) {
        m_client->send(core::LeaveMsg{});
        m_client->poll(0, [](net::ClientEvent&) {});
        m_client->disconnect();
        m_client->poll(50, [](net::ClientEvent&) {});
    }
    m_client.reset();
    m_linkUp = false;
    clearTicket();
    m_state = SessionState{};
}

void ClassSession::update(std::int64_t nowMs) {
    if (m_client) {
        // Events are collected first: closing the link inside EnetClient::poll is not safe.
        std::vector<net::ClientEvent> events;
        m_client->poll(0, [&](net::ClientEvent& e) { events.push_back(std::move(e)); });
        for (auto& e : events) {
            using Kind = net::ClientEvent::Kind;
            if (e.kind == Kind::Connected)
                onConnected();
            else if (e.kind == Kind::Message)
                onMessage(*e.msg, nowMs);
            else if (e.kind == Kind::BadMessage)
                ++m_state.badMessages;
            else
                onLinkClosed(e.close, nowMs);
            if (!m_client)
                break;
        }
    }
    const bool waitingForLink = m_client && !m_state.welcome.has_value();
    if (m_state.stage == Stage::Connecting && waitingForLink &&
        nowMs - m_linkOpenedMs > m_config.connectTimeoutMs)
        onLinkClosed({}, nowMs);
    if (m_state.stage == Stage::Reconnecting) {
        if (nowMs - m_droppedAtMs > m_config.giveUpAfterMs) {
            const bool vi = m_config.lang == core::Lang::Vi;
            finish(Stage::Ended, EndReason::HostGone,
                   vi ? "Không còn liên lạc được với máy chủ. Có thể máy của người hướng dẫn đã "
                        "tắt hoặc mất mạng. Hãy hỏi người hướng dẫn."
                      : "The host cannot be reached any more. The facilitator's computer may be "
                        "off or offline. Ask the facilitator.");
        } else if (m_client && !m_linkUp && nowMs - m_linkOpenedMs > m_config.retryEveryMs * 3) {
            m_client.reset();  // a connect attempt that hangs: start a fresh one
            m_nextAttemptMs = nowMs;
        }
        if (m_state.stage == Stage::Reconnecting && !m_client && nowMs >= m_nextAttemptMs)
            openLink(nowMs);
    }
}

void ClassSession::dropLinkForTest(std::int64_t nowMs) {
    m_client.reset();
    m_linkUp = false;
    onLinkClosed({}, nowMs);
}

void ClassSession::openLink(std::int64_t nowMs) {
    m_client = std::make_unique<net::EnetClient>(m_config.connectVersion);
    m_linkUp = false;
    m_linkOpenedMs = nowMs;
    if (m_state.stage != Stage::Reconnecting)
        m_state.stage = Stage::Connecting;
    if (!m_client->connect(m_state.address, m_state.port)) {
        m_client.reset();
        const bool vi = m_config.lang == core::Lang::Vi;
        finish(Stage::Refused, EndReason::CannotConnect,
               vi ? "Không tìm thấy địa chỉ \"" + m_state.address + "\"."
                  : "Cannot find the address \"" + m_state.address + "\".");
    }
}

void ClassSession::onConnected() {
    m_linkUp = true;
    if (m_token.empty()) {
        core::JoinMsg join;
        join.pin = m_state.pin;
        join.nickname.value = m_state.nickname;
        join.rich = true;
        m_client->send(join);
    } else {
        core::RejoinMsg rejoin;
        rejoin.pin = m_state.pin;
        rejoin.token.value = m_token;
        rejoin.rich = true;
        m_client->send(rejoin);
    }
}

void ClassSession::onWelcome(const core::WelcomeMsg& msg) {
    const bool wasAway = m_state.stage == Stage::Reconnecting || m_state.welcome.has_value();
    if (wasAway)
        ++m_state.rejoins;
    m_state.welcome = msg;
    m_token = msg.token;
    m_state.nickname = msg.nickname;
    m_state.score = msg.score;
    m_state.streak = msg.streak;
    m_state.message.clear();
    m_state.stage = stageForPhase(msg.phase);
    if (msg.phase == core::Phase::Question) {
        const bool sameQuestion = m_state.question && m_state.question->index == msg.questionIndex;
        if (m_pendingAnswer && sameQuestion && !msg.answeredCurrent) {
            m_client->send(*m_pendingAnswer);
            m_state.stage = Stage::Answered;
        } else if (msg.answeredCurrent || (sameQuestion && m_state.sentChoice)) {
            m_state.stage = Stage::Answered;
        }
    }
    m_pendingAnswer.reset();
    saveTicket();
}

void ClassSession::onRefused(const core::JoinRefusedMsg& msg, std::int64_t nowMs) {
    const bool rejoining = !m_token.empty();
    if (rejoining && msg.reason == core::JoinRefusal::RateLimited) {
        m_client.reset();  // try again a little later
        m_linkUp = false;
        m_nextAttemptMs = nowMs + m_config.retryEveryMs;
        if (m_state.stage != Stage::Reconnecting)
            startReconnecting(nowMs);
        return;
    }
    std::string text = joinRefusalText(msg.reason, msg.detail, m_config.lang);
    EndReason reason = msg.reason == core::JoinRefusal::WrongVersion ? EndReason::VersionMismatch
                       : msg.reason == core::JoinRefusal::Kicked     ? EndReason::Kicked
                                                                     : EndReason::Refused;
    // A refused rejoin means our place is gone; a refused join can be corrected and retried.
    finish(rejoining && m_state.welcome ? Stage::Ended : Stage::Refused, reason, std::move(text));
    if (rejoining)
        clearTicket();
}

void ClassSession::onMessage(core::ServerMsg& msg, std::int64_t nowMs) {
    std::visit(
        [&](auto& m) {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, core::WelcomeMsg>) {
                onWelcome(m);
            } else if constexpr (std::is_same_v<T, core::JoinRefusedMsg>) {
                onRefused(m, nowMs);
            } else if constexpr (std::is_same_v<T, core::LobbyMsg>) {
                m_state.lobbyCount = m.playerCount;
            } else if constexpr (std::is_same_v<T, core::QuestionMsg>) {
                const bool answeredHere = m_state.stage == Stage::Answered && m_state.question &&
                                          m_state.question->index == m.index;
                const bool answeredBefore = m_state.welcome && m_state.welcome->answeredCurrent &&
                                            m_state.welcome->questionIndex == m.index;
                if (!answeredHere) {
                    m_state.sentChoice.reset();
                    m_state.ack.reset();
                }
                m_state.reveal.reset();
                m_state.question = std::move(m);
                m_state.questionAtMs = nowMs;
                m_state.paused = false;
                m_state.stage = answeredHere || answeredBefore ? Stage::Answered : Stage::Question;
            } else if constexpr (std::is_same_v<T, core::AnswerAckMsg>) {
                if (m_state.question && m.questionIndex == m_state.question->index)
                    m_state.ack = m.refusal == core::AnswerRefusal::Duplicate
                                      ? core::AnswerRefusal::None  // counted once, earlier
                                      : m.refusal;
            } else if constexpr (std::is_same_v<T, core::RevealMsg>) {
                m_state.score = m.score;
                m_state.streak = m.streak;
                m_state.rank = m.rank;
                m_state.playerCount = m.playerCount;
                const bool known = m_state.question && m_state.question->index == m.index;
                const bool seen = !m_state.history.empty() && m_state.reveal &&
                                  m_state.reveal->index == m.index;  // resent after a rejoin
                if (!seen && !m.voided)  // a skipped question is no lesson missed
                    m_state.history.push_back(
                        {known ? m_state.question->text : std::string(), m.explanation, m.answered,
                         m.correctAnswer,
                         !known || m_state.question->kind != core::QuestionKind::Poll});
                m_state.reveal = std::move(m);
                m_state.stage = Stage::Reveal;
            } else if constexpr (std::is_same_v<T, core::LeaderboardMsg>) {
                m_state.board = std::move(m);
                m_state.stage = Stage::Leaderboard;
            } else if constexpr (std::is_same_v<T, core::PauseMsg>) {
                m_state.paused = m.paused;
                if (m_state.question) {
                    m_state.question->remainingMs = m.remainingMs;
                    m_state.questionAtMs = nowMs;
                }
            } else if constexpr (std::is_same_v<T, core::PodiumMsg>) {
                m_state.score = m.score;
                m_state.rank = m.rank;
                m_state.playerCount = m.playerCount;
                m_state.podium = std::move(m);
                m_state.stage = Stage::Podium;
                clearTicket();
            } else if constexpr (std::is_same_v<T, core::KickedMsg>) {
                const bool vi = m_config.lang == core::Lang::Vi;
                std::string text = vi ? "Người hướng dẫn đã mời bạn rời trò chơi."
                                      : "The facilitator removed you from the game.";
                finish(Stage::Ended, EndReason::Kicked, std::move(text));
            } else if constexpr (std::is_same_v<T, core::RevivedMsg>) {
                if (m_state.reveal)
                    m_state.reveal->eliminated = false;
                if (m_state.welcome)
                    m_state.welcome->eliminated = false;
            } else if constexpr (std::is_same_v<T, core::ErrorMsg>) {
                m_state.message = m.reason;
            }
        },
        msg);
}

void ClassSession::onLinkClosed(const net::CloseInfo& close, std::int64_t nowMs) {
    m_client.reset();
    m_linkUp = false;
    if (m_state.stage == Stage::Podium || m_state.stage == Stage::Ended ||
        m_state.stage == Stage::Refused || m_state.stage == Stage::Idle)
        return;  // already said what happened
    const bool vi = m_config.lang == core::Lang::Vi;
    if (close.reason == net::CloseReason::WrongVersion) {
        finish(m_state.welcome ? Stage::Ended : Stage::Refused, EndReason::VersionMismatch,
               net::describeClose(close, core::kProtocolVersion, m_config.lang));
        clearTicket();
        return;
    }
    if (isFinalClose(close.reason)) {
        EndReason reason = close.reason == net::CloseReason::Kicked      ? EndReason::Kicked
                           : close.reason == net::CloseReason::MatchOver ? EndReason::Over
                                                                         : EndReason::HostGone;
        finish(m_state.welcome ? Stage::Ended : Stage::Refused, reason,
               net::describeClose(close, core::kProtocolVersion, m_config.lang));
        clearTicket();
        return;
    }
    if (!m_token.empty()) {
        startReconnecting(nowMs);
        return;
    }
    finish(Stage::Refused, EndReason::CannotConnect,
           vi ? "Không kết nối được tới trò chơi ở " + m_state.address +
                    ". Hãy kiểm tra Wi-Fi "
                    "và thử lại."
              : "Could not reach the game at " + m_state.address +
                    ". Check the Wi-Fi and try "
                    "again.");
}

void ClassSession::startReconnecting(std::int64_t nowMs) {
    if (m_state.stage != Stage::Reconnecting) {
        m_droppedAtMs = nowMs;
        m_nextAttemptMs = nowMs;  // the first attempt right away: most drops are short
    } else {
        m_nextAttemptMs = nowMs + m_config.retryEveryMs;
    }
    m_state.stage = Stage::Reconnecting;
}

void ClassSession::finish(Stage stage, EndReason reason, std::string message) {
    m_client.reset();
    m_linkUp = false;
    m_state.stage = stage;
    m_state.endReason = reason;
    m_state.message = std::move(message);
    if (stage == Stage::Ended) {
        m_token.clear();
        clearTicket();
    }
}

void ClassSession::saveTicket() {
    if (!m_config.tickets || m_token.empty())
        return;
    RejoinTicket ticket;
    ticket.address = m_state.address;
    ticket.port = m_state.port;
    ticket.pin = m_state.pin;
    ticket.token = m_token;
    ticket.nickname = m_state.nickname;
    ticket.matchName = m_state.welcome ? m_state.welcome->matchName : std::string();
    ticket.savedAtUnix = m_config.wallClockSeconds();
    m_config.tickets->save(ticket);
}

void ClassSession::clearTicket() {
    if (m_config.tickets)
        m_config.tickets->clear();
}

const char* stageName(Stage stage) {
    static constexpr const char* kNames[] = {
        "Idle",        "Connecting", "Lobby",        "Question", "Answered", "Reveal",
        "Leaderboard", "Podium",     "Reconnecting", "Refused",  "Ended"};
    return kNames[static_cast<int>(stage)];
}

}  // namespace dovui::play

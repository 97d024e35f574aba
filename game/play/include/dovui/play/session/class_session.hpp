#pragma once
/// The learner's side of a class match (not the drawing): join with PIN and nickname, follow
/// the server's messages, send answers, and come back by token after a drop. Screens read
/// state() and call the intent methods; nothing here blocks. ENet must be initialised
/// (net::EnetLibrary) for the session's lifetime.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dovui/core/lang.hpp"
#include "dovui/core/protocol.hpp"
#include "dovui/net/enet_client.hpp"
#include "dovui/play/session/rejoin_ticket.hpp"

namespace dovui::play {

enum class Stage {
    Idle,
    Connecting,  ///< link opening and join/rejoin sent, no welcome yet
    Lobby,       ///< joined, waiting for the first question
    Question,    ///< a question is open and not answered
    Answered,    ///< "Đã gửi": waiting for the reveal
    Reveal,      ///< right or wrong, points, explanation
    Leaderboard,
    Podium,        ///< the match is over; final rank
    Reconnecting,  ///< the link dropped; rejoining by token
    Refused,       ///< could not join (message says why); the learner may try again
    Ended,         ///< the match ended for us: kicked, host gone, other version…
};

/// Why a session reached Stage::Ended or Stage::Refused.
enum class EndReason {
    None,
    Refused,
    CannotConnect,
    HostGone,
    VersionMismatch,
    Kicked,
    Over,
    Left
};

/// One revealed question, kept for the final summary ("what to remember").
struct RevealedItem {
    std::string questionText;
    std::string explanation;
    bool answered = false;
    bool correct = false;
    bool scored = true;  ///< false for a poll: there was nothing to get wrong
};

/// Everything the screens show about the match. Read-only for views.
struct SessionState {
    Stage stage = Stage::Idle;
    EndReason endReason = EndReason::None;
    std::string message;  ///< refusal / end reason in words (learner's language)
    std::string address;
    std::uint16_t port = 0;
    std::uint32_t pin = 0;
    std::string nickname;
    std::optional<core::WelcomeMsg> welcome;
    std::uint32_t lobbyCount = 0;
    std::optional<core::QuestionMsg> question;
    std::int64_t questionAtMs = 0;  ///< when `question` arrived (session clock)
    std::optional<core::Choice> sentChoice;
    std::optional<core::AnswerRefusal> ack;  ///< the server's word on our answer
    std::optional<core::RevealMsg> reveal;
    std::optional<core::LeaderboardMsg> board;
    std::optional<core::PodiumMsg> podium;
    bool paused = false;
    std::int32_t score = 0;
    std::uint16_t streak = 0;
    std::uint32_t rank = 0;
    std::uint32_t playerCount = 0;
    std::vector<RevealedItem> history;  ///< one per revealed question, in order
    std::uint32_t rejoins = 0;          ///< successful rejoins after a drop
    std::uint32_t badMessages = 0;      ///< undecodable packets ignored

    /// Milliseconds left to answer at `nowMs` (0 when no question or paused at 0).
    std::uint32_t remainingMs(std::int64_t nowMs) const;
};

struct SessionConfig {
    core::Lang lang = core::Lang::Vi;
    std::uint32_t connectTimeoutMs = 6000;  ///< first join: give up and say why
    std::uint32_t retryEveryMs = 1500;      ///< reconnect attempts after a drop
    std::uint32_t giveUpAfterMs = 45000;    ///< a host silent this long has vanished
    std::uint16_t connectVersion = core::kProtocolVersion;  ///< tests send other versions
    TicketStore* tickets = nullptr;  ///< where the rejoin ticket is kept (may be null)
    std::function<std::int64_t()> wallClockSeconds;  ///< for the ticket; default std::time
};

class ClassSession {
public:
    explicit ClassSession(SessionConfig config);
    ~ClassSession();
    ClassSession(const ClassSession&) = delete;
    ClassSession& operator=(const ClassSession&) = delete;

    /// Intent: join the game at address:port with the PIN and nickname.
    void join(const std::string& address, std::uint16_t port, std::uint32_t pin,
              const std::string& nickname, std::int64_t nowMs);
    /// Intent: take back a place kept in a ticket (after an app restart).
    void resume(const RejoinTicket& ticket, std::int64_t nowMs);
    /// Intent: answer the open question; false when there is none or the shape is wrong.
    bool answer(const core::Choice& choice, std::int64_t nowMs);
    /// Intent: leave for good (the token stops working).
    void leave();
    /// Pumps the network and the reconnect timers; call every frame.
    void update(std::int64_t nowMs);

    const SessionState& state() const { return m_state; }
    core::Lang lang() const { return m_config.lang; }
    void setLang(core::Lang lang) { m_config.lang = lang; }

    /// Tests: the link dies at once without a goodbye, as when Wi-Fi drops.
    void dropLinkForTest(std::int64_t nowMs);

private:
    void openLink(std::int64_t nowMs);
    void onConnected();
    void onMessage(core::ServerMsg& msg, std::int64_t nowMs);
    void onLinkClosed(const net::CloseInfo& close, std::int64_t nowMs);
    void onWelcome(const core::WelcomeMsg& msg);
    void onRefused(const core::JoinRefusedMsg& msg, std::int64_t nowMs);
    void startReconnecting(std::int64_t nowMs);
    void finish(Stage stage, EndReason reason, std::string message);
    void saveTicket();
    void clearTicket();

    SessionConfig m_config;
    SessionState m_state;
    std::unique_ptr<net::EnetClient> m_client;
    std::string m_token;  ///< empty until welcomed
    std::int64_t m_linkOpenedMs = 0;
    std::int64_t m_droppedAtMs = 0;
    std::int64_t m_nextAttemptMs = 0;
    bool m_linkUp = false;
    std::optional<core::AnswerMsg> m_pendingAnswer;  ///< chosen while the link was down
};

const char* stageName(Stage stage);

}  // namespace dovui::play

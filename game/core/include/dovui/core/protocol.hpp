#pragma once
/// The one message table (design.md §5). Each message is a small struct with one
/// `serialize`; a variant's index is its wire id. APPEND ONLY: add messages and fields at
/// the end, and bump kProtocolVersion on any change (tests/golden/ fails otherwise).
/// The field names (CEREAL_NVP) are the browser's JSON keys (protocol_json.hpp, pinned by
/// tests/golden/*.json); the binary wire format ignores them. Limits live with the fields:
/// bounded types, `ruled(field, rule)` and each enum's `lastEnumValue` (field_rules.hpp), checked
/// by every decoder as each field is read.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <cereal/types/optional.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include "dovui/core/bounded.hpp"
#include "dovui/core/card.hpp"
#include "dovui/core/question.hpp"

namespace dovui::core {

/// 3 adds PingMsg/PongMsg (the page's own liveness check).
inline constexpr std::uint16_t kProtocolVersion = 3;

inline constexpr std::size_t kMaxNicknameBytes = 96;  ///< 24 graphemes of Vietnamese fit
inline constexpr std::size_t kTokenBytes = 32;

// ---------------------------------------------------------------- learner -> server

/// First message of a new player. `rich` asks for question text, cards, explanations and
/// boards; compact clients (bots, shapes-only phones) get only what their buttons need.
struct JoinMsg {
    std::uint16_t protocolVersion = kProtocolVersion;
    std::uint32_t pin = 0;
    BoundedString<kMaxNicknameBytes> nickname;
    bool rich = true;
    template <class A>
    void serialize(A& ar) {
        ar(ruled(CEREAL_NVP(protocolVersion), SameProtocolVersion{kProtocolVersion}),
           CEREAL_NVP(pin), CEREAL_NVP(nickname), CEREAL_NVP(rich));
    }
    bool operator==(const JoinMsg&) const = default;
};

/// Comes back after a drop or an app restart with the token from WelcomeMsg.
struct RejoinMsg {
    std::uint16_t protocolVersion = kProtocolVersion;
    std::uint32_t pin = 0;
    BoundedString<kTokenBytes> token;
    bool rich = true;
    template <class A>
    void serialize(A& ar) {
        ar(ruled(CEREAL_NVP(protocolVersion), SameProtocolVersion{kProtocolVersion}),
           CEREAL_NVP(pin), CEREAL_NVP(token), CEREAL_NVP(rich));
    }
    bool operator==(const RejoinMsg&) const = default;
};

/// The player's choice for question `questionIndex` (see Choice in question.hpp).
struct AnswerMsg {
    std::uint16_t questionIndex = 0;
    BoundedVector<std::uint8_t, kMaxOptions> choice;
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(questionIndex), CEREAL_NVP(choice));
    }
    bool operator==(const AnswerMsg&) const = default;
};

/// The player leaves for good (their token stops working).
struct LeaveMsg {
    template <class A>
    void serialize(A&) {}
    bool operator==(const LeaveMsg&) const = default;
};

/// The page's own liveness check: browsers hide WebSocket pings from the page, so a link that
/// died without a close (Wi-Fi gone, router restarted) would go unnoticed for as long as TCP
/// retries. Allowed before and after joining; answered at once with a PongMsg of the same seq.
struct PingMsg {
    std::uint32_t seq = 0;
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(seq));
    }
    bool operator==(const PingMsg&) const = default;
};

using ClientMsg = std::variant<JoinMsg, RejoinMsg, AnswerMsg, LeaveMsg, PingMsg>;

// ---------------------------------------------------------------- server -> learner

enum class Phase : std::uint8_t { Lobby, Question, Reveal, Leaderboard, Podium };
constexpr Phase lastEnumValue(Phase) {
    return Phase::Podium;
}

enum class JoinRefusal : std::uint8_t {
    WrongPin,
    WrongVersion,
    NicknameEmpty,
    NicknameTooLong,
    NicknameInvalid,  ///< control characters, emoji or symbols the font lacks, or not UTF-8
    NicknameTaken,
    NicknameRude,
    Locked,
    Full,
    UnknownToken,
    Kicked,
    RateLimited,
    MatchOver,
};
constexpr JoinRefusal lastEnumValue(JoinRefusal) {
    return JoinRefusal::MatchOver;
}

enum class AnswerRefusal : std::uint8_t {
    None,
    NoQuestion,     ///< no question is open
    WrongQuestion,  ///< answer names another question
    Late,
    Duplicate,
    Malformed,  ///< indexes out of range or wrong count
    Paused,
    Eliminated,
    NotJoined,
};
constexpr AnswerRefusal lastEnumValue(AnswerRefusal) {
    return AnswerRefusal::NotJoined;
}

/// A welcome after join or rejoin: everything the learner app needs to restore itself.
struct WelcomeMsg {
    std::uint32_t playerId = 0;
    std::string token;
    std::string nickname;
    std::uint8_t team = 0;  ///< 0 = no team
    std::string teamName;
    std::int32_t score = 0;
    std::uint16_t streak = 0;
    Phase phase = Phase::Lobby;
    std::uint16_t questionIndex = 0;
    bool answeredCurrent = false;
    bool eliminated = false;
    std::string matchName;
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(playerId), CEREAL_NVP(token), CEREAL_NVP(nickname), CEREAL_NVP(team),
           CEREAL_NVP(teamName), CEREAL_NVP(score), CEREAL_NVP(streak), CEREAL_NVP(phase),
           CEREAL_NVP(questionIndex), CEREAL_NVP(answeredCurrent), CEREAL_NVP(eliminated),
           CEREAL_NVP(matchName));
    }
    bool operator==(const WelcomeMsg&) const = default;
};

struct JoinRefusedMsg {
    JoinRefusal reason = JoinRefusal::WrongPin;
    std::string detail;  ///< e.g. the host's protocol version
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(reason), CEREAL_NVP(detail));
    }
    bool operator==(const JoinRefusedMsg&) const = default;
};

/// Lobby count, coalesced (sent a few times a second at most).
struct LobbyMsg {
    std::uint32_t playerCount = 0;
    bool locked = false;
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(playerCount), CEREAL_NVP(locked));
    }
    bool operator==(const LobbyMsg&) const = default;
};

/// A question opens. Carries NO field that could hold the correct answer. Compact
/// clients get it with text, options and card empty (optionCount still set).
struct QuestionMsg {
    std::uint16_t index = 0;
    std::uint16_t total = 0;
    QuestionKind kind = QuestionKind::Single;
    std::uint8_t optionCount = 0;
    std::uint8_t pointsMultiplier = 1;
    std::uint32_t timeLimitMs = 0;
    std::uint32_t remainingMs = 0;  ///< less than the limit for a late (re)joiner
    std::string text;
    std::vector<std::string> options;
    std::optional<ScenarioCard> card;
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(index), CEREAL_NVP(total), CEREAL_NVP(kind),
           ruled(CEREAL_NVP(optionCount), AtMost{kMaxOptions}),
           ruled(CEREAL_NVP(pointsMultiplier), AtMost{2}), CEREAL_NVP(timeLimitMs),
           CEREAL_NVP(remainingMs), CEREAL_NVP(text),
           ruled(CEREAL_NVP(options), AtMost{kMaxOptions}), CEREAL_NVP(card));
    }
    bool operator==(const QuestionMsg&) const = default;
};

struct AnswerAckMsg {
    std::uint16_t questionIndex = 0;
    AnswerRefusal refusal = AnswerRefusal::None;  ///< None = accepted
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(questionIndex), CEREAL_NVP(refusal));
    }
    bool operator==(const AnswerAckMsg&) const = default;
};

/// What the reveal says about the question's scenario card.
enum class CardVerdict : std::uint8_t { NoCard = 0, Scam = 1, Genuine = 2 };
constexpr CardVerdict lastEnumValue(CardVerdict) {
    return CardVerdict::Genuine;
}

/// The reveal, personal to each player.
struct RevealMsg {
    std::uint16_t index = 0;
    std::vector<std::uint8_t> correct;  ///< see Question::correct
    std::vector<std::uint32_t> counts;  ///< how many chose each option (rich clients)
    std::string explanation;            ///< rich clients only
    bool voided = false;                ///< the facilitator skipped the question
    bool answered = false;
    bool correctAnswer = false;
    std::int32_t pointsGained = 0;
    std::int32_t score = 0;
    std::uint16_t streak = 0;
    std::uint32_t rank = 0;
    std::uint32_t playerCount = 0;
    bool eliminated = false;
    CardVerdict cardVerdict = CardVerdict::NoCard;  ///< genuine message or scam, said at last
    std::vector<Technique> techniques;              ///< the tricks to name (rich clients)
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(index), ruled(CEREAL_NVP(correct), AtMost{kMaxOptions}),
           ruled(CEREAL_NVP(counts), AtMost{kMaxOptions}), CEREAL_NVP(explanation),
           CEREAL_NVP(voided), CEREAL_NVP(answered), CEREAL_NVP(correctAnswer),
           CEREAL_NVP(pointsGained), CEREAL_NVP(score), CEREAL_NVP(streak), CEREAL_NVP(rank),
           CEREAL_NVP(playerCount), CEREAL_NVP(eliminated), CEREAL_NVP(cardVerdict),
           ruled(CEREAL_NVP(techniques), AtMost{kTechniqueCount}));
    }
    bool operator==(const RevealMsg&) const = default;
};

struct BoardRow {
    std::string name;
    std::int32_t score = 0;
    std::uint32_t rank = 0;
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(name), CEREAL_NVP(score), CEREAL_NVP(rank));
    }
    bool operator==(const BoardRow&) const = default;
};

/// Top players and team standings (rich clients).
struct LeaderboardMsg {
    std::uint16_t afterQuestion = 0;
    std::vector<BoardRow> top;
    std::vector<BoardRow> teams;
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(afterQuestion), CEREAL_NVP(top), CEREAL_NVP(teams));
    }
    bool operator==(const LeaderboardMsg&) const = default;
};

struct PauseMsg {
    bool paused = false;
    std::uint32_t remainingMs = 0;
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(paused), CEREAL_NVP(remainingMs));
    }
    bool operator==(const PauseMsg&) const = default;
};

/// The match is over: the podium (rich clients get the top 3) and this player's result.
struct PodiumMsg {
    std::vector<BoardRow> top;
    std::vector<BoardRow> teams;
    std::uint32_t rank = 0;
    std::uint32_t playerCount = 0;
    std::int32_t score = 0;
    std::uint16_t correctCount = 0;
    std::uint16_t questionCount = 0;
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(top), CEREAL_NVP(teams), CEREAL_NVP(rank), CEREAL_NVP(playerCount),
           CEREAL_NVP(score), CEREAL_NVP(correctCount), CEREAL_NVP(questionCount));
    }
    bool operator==(const PodiumMsg&) const = default;
};

struct KickedMsg {
    std::string reason;
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(reason));
    }
    bool operator==(const KickedMsg&) const = default;
};

/// Rung chuông vàng: the facilitator brought everyone back.
struct RevivedMsg {
    template <class A>
    void serialize(A&) {}
    bool operator==(const RevivedMsg&) const = default;
};

/// The server drops this connection for a reason the learner should read.
struct ErrorMsg {
    std::string reason;
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(reason));
    }
    bool operator==(const ErrorMsg&) const = default;
};

/// The answer to a PingMsg: the link is alive.
struct PongMsg {
    std::uint32_t seq = 0;
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(seq));
    }
    bool operator==(const PongMsg&) const = default;
};

using ServerMsg =
    std::variant<WelcomeMsg, JoinRefusedMsg, LobbyMsg, QuestionMsg, AnswerAckMsg, RevealMsg,
                 LeaderboardMsg, PauseMsg, PodiumMsg, KickedMsg, RevivedMsg, ErrorMsg, PongMsg>;

// ---------------------------------------------------------------- encode / decode

struct DecodeError {
    DecodeErrorCode code = DecodeErrorCode::Empty;
    std::string detail;
    std::uint32_t peerVersion = 0;  ///< WrongVersion: the protocol version the peer runs
};

template <class T>
struct Decoded {
    std::optional<T> msg;
    DecodeError error;  ///< meaningful when msg is empty
    explicit operator bool() const { return msg.has_value(); }
};

/// Wire form: one byte id (the variant index), then the message's fields.
std::string encode(const ClientMsg& msg);
std::string encode(const ServerMsg& msg);

/// Never throws, never allocates beyond the input's size; a Join/Rejoin of another
/// protocol version decodes to WrongVersion with both versions in the detail.
Decoded<ClientMsg> decodeClientMsg(const std::uint8_t* data, std::size_t size);
Decoded<ServerMsg> decodeServerMsg(const std::uint8_t* data, std::size_t size);

const char* decodeErrorName(DecodeErrorCode code);

}  // namespace dovui::core

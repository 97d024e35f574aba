#pragma once
/// The Match: a deterministic state machine driven only by commands and `now` (design.md §4).
/// Lobby → Question → Reveal → Leaderboard → … → Podium. It never reads a clock, never does
/// IO; what it wants sent lands in an outbox the server drains after every call.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dovui/core/lang.hpp"
#include "dovui/core/pack.hpp"
#include "dovui/core/protocol.hpp"
#include "dovui/core/scoring.hpp"

namespace dovui::core {

enum class MatchMode : std::uint8_t { Classic, Teams, Elimination, AccuracyFirst };

const char* modeName(MatchMode mode);
[[nodiscard]] std::optional<MatchMode> parseMode(std::string_view name);

struct MatchConfig {
    MatchMode mode = MatchMode::Classic;
    int timeScalePercent = 100;  ///< 100, 150 or 200: longer limits for elderly classes
    std::uint32_t maxPlayers = 1000;
    std::vector<std::string> teamNames;  ///< teams mode: players are spread evenly over these
    std::string matchName;               ///< shown to learners ("Nhà văn hóa thôn 3")
    std::uint16_t questionLimit = 0;     ///< 0 = every question of the pack
    /// Ask plain questions first: difficulty 1, then 2, then 3, the pack's order within each.
    bool easyFirst = false;
    bool operator==(const MatchConfig&) const = default;
};

using PlayerId = std::uint32_t;

/// A learner whose link drops mid-question keeps their seat this long before the question may
/// close early without them (a Wi-Fi blip or a phone reloading must not end a 40 s question).
inline constexpr Millis kRejoinGraceMs = 10'000;

struct Player {
    PlayerId id = 0;
    std::string nickname;
    std::string token;
    std::uint8_t team = 0;  ///< 1-based index into teamNames; 0 = none
    std::int32_t score = 0;
    std::int32_t lastGain = 0;  ///< points from the last revealed question
    std::uint16_t streak = 0;
    std::uint16_t correctCount = 0;
    std::uint32_t rank = 0;  ///< 1-based; ties share a rank; updated at each reveal
    std::uint32_t previousRank = 0;
    bool connected = true;
    Millis droppedAt = 0;  ///< when `connected` last became false
    bool rich = true;
    bool eliminated = false;
    bool left = false;  ///< left for good or kicked: token and nickname are released
    /// Answers with a printed card (issue 15): four edges cannot order steps, so an ordering
    /// question neither waits for, scores, breaks the streak of, nor eliminates this player.
    bool onPaper = false;
};

/// One accepted answer to the open question.
struct Answer {
    Choice choice;
    Millis responseMs = 0;
};

/// Where an outbox message goes.
struct Envelope {
    enum class To : std::uint8_t { Player, AllPlayers, RichPlayers, CompactPlayers };
    To to = To::Player;
    PlayerId player = 0;  ///< for To::Player
    ServerMsg msg;
};

/// What a successful join/rejoin returns; on refusal `refusal` is set.
struct JoinOutcome {
    std::optional<JoinRefusal> refusal;
    std::string detail;
    PlayerId player = 0;
};

/// Persisted facts the store needs about an accepted answer.
struct AnswerRecord {
    PlayerId player = 0;
    std::uint16_t questionIndex = 0;
    Choice choice;
    Millis responseMs = 0;
};

class Match {
public:
    Match(std::shared_ptr<const Pack> pack, MatchConfig config);

    // --- learners (already validated at the transport boundary)
    /// `token` is made by the caller (from a secure random source), keeping the core pure.
    JoinOutcome join(const std::string& rawNickname, const std::string& token, bool rich,
                     Millis now);
    JoinOutcome rejoin(const std::string& token, bool rich, Millis now);
    /// The link dropped at `now`: the player stays, can rejoin by token, and for
    /// kRejoinGraceMs still counts as someone the open question waits for.
    void disconnect(PlayerId player, Millis now);
    /// The player left for good.
    void leave(PlayerId player);
    /// `answeredAt` is the arrival time minus half the round trip.
    AnswerRefusal answer(PlayerId player, std::uint16_t questionIndex, const Choice& choice,
                         Millis answeredAt);

    // --- facilitator
    bool start(Millis now);  ///< Lobby → first question; false when no players or not in lobby
    bool next(Millis now);   ///< Reveal → Leaderboard → next Question / Podium
    bool pause(Millis now);
    bool resume(Millis now);
    bool skip(Millis now);  ///< void the open question: nobody scores, nobody is eliminated
    bool kick(PlayerId player, const std::string& reason);
    /// Marks a player who answers with a printed card (see Player::onPaper).
    void setOnPaper(PlayerId player);
    void setLocked(bool locked);
    bool reviveAll();  ///< Rung chuông vàng: once per match
    void end(Millis now);

    /// Closes the question when its time is up or every active player answered (a player
    /// dropped less than kRejoinGraceMs ago is still waited for).
    void tick(Millis now);

    // --- reading
    Phase phase() const { return m_phase; }
    bool paused() const { return m_paused; }
    bool locked() const { return m_locked; }
    bool revived() const { return m_revived; }
    const MatchConfig& config() const { return m_config; }
    const Pack& pack() const { return *m_pack; }
    /// The pack in the order this match asks it (easyFirst sorts it): what views index into.
    std::shared_ptr<const Pack> askedPack() const { return m_pack; }
    std::uint16_t questionCount() const { return m_questionCount; }
    /// Index of the open / last opened question.
    std::uint16_t questionIndex() const { return m_questionIndex; }
    const Question& currentQuestion() const { return m_pack->questions[m_questionIndex]; }
    Millis limitMs() const;                ///< current question's scaled limit
    Millis remainingMs(Millis now) const;  ///< 0 outside an open question
    std::size_t answersReceived() const { return m_answers.size(); }
    std::size_t activePlayerCount() const;  ///< connected and not eliminated
    /// Questions asked so far that count towards "Câu đúng": polls and skipped ones left out.
    [[nodiscard]] std::uint16_t scoredQuestionCount() const { return m_scoredQuestions; }
    /// Whether the last closed question was skipped by the facilitator.
    [[nodiscard]] bool lastVoided() const { return m_lastVoided; }
    const std::vector<Player>& players() const { return m_players; }
    const Player* findPlayer(PlayerId id) const;
    const Player* findByNickname(std::string_view nickname) const;
    const std::unordered_map<PlayerId, Answer>& currentAnswers() const { return m_answers; }
    /// How many chose each option at the last reveal.
    const std::vector<std::uint32_t>& lastCounts() const { return m_lastCounts; }
    std::vector<BoardRow> topPlayers(std::size_t count) const;
    std::vector<BoardRow> teamStandings() const;

    /// Messages to send, in order; the caller drains it after each call.
    std::vector<Envelope> takeOutbox();
    /// Answers accepted since the last call (for the store).
    std::vector<AnswerRecord> takeAcceptedAnswers();

    // --- restore after a crash (server/ store): rebuilds state without sending anything
    struct Restore {
        std::vector<Player> players;
        std::uint16_t questionIndex = 0;
        Phase phase = Phase::Lobby;
        bool revived = false;
        bool locked = false;
        std::vector<std::string> bannedTokens;
        /// Answers to the current question: the open one, or the one being revealed (then each
        /// player's lastGain is the points the first reveal gave).
        std::vector<AnswerRecord> currentAnswers;
        /// Questions before the current one that were skipped (not counted as scored).
        std::vector<std::uint16_t> voidedQuestions;
    };
    /// What in `state` this match cannot take back (a choice out of range, a team that does
    /// not exist, a gap in player ids, …): one plain line each; empty when it is sound.
    /// The store is a file on disk: anything in it may be damaged or foreign.
    [[nodiscard]] std::vector<std::string> restoreProblems(const Restore& state, Lang lang) const;
    /// Puts the match back into `state` when restoreProblems(state) is empty (returns false and
    /// changes nothing otherwise). An open question restarts its full time at `now`.
    [[nodiscard]] bool restore(const Restore& state, Millis now);

private:
    void openQuestion(Millis now);
    void closeQuestion(bool voided);
    /// The answer chart of the current question (m_lastCounts) from m_answers.
    void countAnswers();
    void updateRanks();
    void sendQuestion(std::optional<PlayerId> only, Millis now);
    void sendReveal(const Player& p);
    void sendLeaderboard();
    void sendPodium(std::optional<PlayerId> only = std::nullopt);
    void sendLobby(Millis now);
    /// A player who (re)joins a paused question sees the pause, not a running timer.
    void sendPauseIfPaused(PlayerId player);
    [[nodiscard]] bool everyoneAnswered(Millis now) const;
    WelcomeMsg welcomeFor(const Player& p) const;
    std::uint8_t pickTeam() const;
    Player* mutablePlayer(PlayerId id);
    void push(Envelope::To to, PlayerId player, ServerMsg msg);

    std::shared_ptr<const Pack> m_pack;
    MatchConfig m_config;
    std::uint16_t m_questionCount = 0;
    Phase m_phase = Phase::Lobby;
    bool m_paused = false;
    bool m_locked = false;
    bool m_revived = false;
    bool m_lastVoided = false;
    std::uint16_t m_questionIndex = 0;
    std::uint16_t m_questionsAsked = 0;   ///< 0 until the first question opens
    std::uint16_t m_scoredQuestions = 0;  ///< closed, not skipped, not polls
    Millis m_questionOpenedAt = 0;
    Millis m_deadline = 0;
    Millis m_pausedRemaining = 0;
    std::vector<Player> m_players;  ///< index = id - 1 (ids are never reused)
    std::unordered_map<std::string, PlayerId> m_byToken;
    std::unordered_map<std::string, PlayerId> m_byFoldedName;
    std::unordered_set<std::string> m_bannedTokens;
    std::unordered_map<PlayerId, Answer> m_answers;
    std::vector<std::uint32_t> m_lastCounts;
    bool m_lobbyDirty = false;
    Millis m_lastLobbySent = -1'000'000;
    std::vector<Envelope> m_outbox;
    std::vector<AnswerRecord> m_accepted;
};

}  // namespace dovui::core

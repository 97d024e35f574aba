#pragma once
/// N simulated players over real ENet from one process, non-blocking: bots are spread
/// over a few ENet hosts (one UDP socket each), so 1000 bots need ~20 sockets.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ack_ledger.hpp"
#include "bot_brain.hpp"

typedef struct _ENetHost ENetHost;
typedef struct _ENetPeer ENetPeer;

namespace dovui::bots {

struct SwarmConfig {
    std::string host = "127.0.0.1";
    std::uint16_t port = 27960;
    std::uint32_t pin = 0;
    int players = 10;
    BrainConfig brain;
    std::uint64_t seed = 1;
    bool rich = false;     ///< ask for question text and boards like the learner app
    int timeoutSec = 600;  ///< give up after this long
    int dropEveryN = 0;    ///< tests: every Nth bot drops its link once and rejoins
    int loseEveryN = 0;    ///< tests: every Nth bot loses its first answer with its link
    std::string namePrefix = "Bot";
    std::string ackLogPath;    ///< one line per confirmed answer (see AckLedger); empty: none
    int linkTimeoutMs = 5000;  ///< a silent server counts as gone after this (ENet minimum)
};

struct SwarmReport {
    int players = 0;
    int joined = 0;
    int finished = 0;  ///< saw the podium
    long answersSent = 0;
    long answersAcked = 0;  ///< distinct (bot, question) the server confirmed
    long answersRefused = 0;
    long answersLost = 0;  ///< sent, never acknowledged nor refused
    long rejoins = 0;
    long answersUnverified = 0;  ///< in flight across a drop that outlasted the reveal
    long answersResent = 0;      ///< sent again after a rejoin whose Welcome lacked it
    int questions = 0;
    double p50Ms = 0, p95Ms = 0, p99Ms = 0;
    double wireBytesPerPlayerPerQuestion = 0;
    std::vector<std::string> joinFailures;
    std::vector<std::int32_t> finalScores;  ///< per bot, from the podium
};

class Swarm {
public:
    Swarm(SwarmConfig config, const core::Pack* pack);
    ~Swarm();
    /// Runs until every bot saw the podium, all are gone, or the timeout.
    SwarmReport run();

private:
    struct Bot;
    void handle(Bot& bot, const core::ServerMsg& msg, core::Millis now);
    void onWelcome(Bot& bot, const core::WelcomeMsg& m);
    void onQuestion(Bot& bot, const core::QuestionMsg& m, core::Millis now);
    void onAck(Bot& bot, const core::AnswerAckMsg& m, core::Millis now);
    void onReveal(Bot& bot, const core::RevealMsg& m);
    /// The server confirmed the bot's answer to `question`: counted once, whatever says so.
    void confirm(Bot& bot, std::uint16_t question, std::string_view how);
    /// The match moved past the unacknowledged answer without saying whether it counted.
    void giveUpUnverified(Bot& bot);
    /// Sends the pending answer once its think time is over; true when one went out.
    bool answerIfDue(Bot& bot, core::Millis now);
    /// Resets the bot's link; `deliverFirst` sends what is queued first, else it is lost.
    void dropForTest(Bot& bot, core::Millis now, bool deliverFirst);
    void connect(Bot& bot);
    void sendJoin(Bot& bot);
    void send(Bot& bot, const core::ClientMsg& msg);
    core::Millis now() const;

    SwarmConfig m_config;
    const core::Pack* m_pack;
    std::vector<ENetHost*> m_hosts;
    std::vector<std::unique_ptr<Bot>> m_bots;
    std::vector<double> m_latenciesMs;
    AckLedger m_ledger;
    SwarmReport m_report;
    std::int64_t m_start = 0;
};

}  // namespace dovui::bots

#pragma once
/// N simulated players over real ENet from one process, non-blocking: bots are spread
/// over a few ENet hosts (one UDP socket each), so 1000 bots need ~20 sockets.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

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
    std::string namePrefix = "Bot";
};

struct SwarmReport {
    int players = 0;
    int joined = 0;
    int finished = 0;  ///< saw the podium
    long answersSent = 0;
    long answersAcked = 0;
    long answersRefused = 0;
    long answersLost = 0;  ///< sent, never acknowledged nor refused
    long rejoins = 0;
    long answersUnverified = 0;  ///< in flight across a drop that outlasted the reveal
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
    void connect(Bot& bot);
    void sendJoin(Bot& bot);
    void send(Bot& bot, const core::ClientMsg& msg);
    core::Millis now() const;

    SwarmConfig m_config;
    const core::Pack* m_pack;
    std::vector<ENetHost*> m_hosts;
    std::vector<std::unique_ptr<Bot>> m_bots;
    std::vector<double> m_latenciesMs;
    SwarmReport m_report;
    std::int64_t m_start = 0;
};

}  // namespace dovui::bots

#include "swarm.hpp"

#include <enet/enet.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <thread>
#include <utility>

#include "dovui/net/enet_server.hpp"

namespace dovui::bots {
namespace {

constexpr int kBotsPerHost = 50;

double percentile(std::vector<double>& values, double p) {
    if (values.empty())
        return 0;
    std::size_t k = static_cast<std::size_t>(p * double(values.size() - 1) + 0.5);
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
    return values[k];
}

}  // namespace

struct Swarm::Bot {
    int index = 0;
    std::string nickname;
    ENetHost* host = nullptr;
    ENetPeer* peer = nullptr;
    std::unique_ptr<BotBrain> brain;
    std::string token;
    bool connected = false;  ///< the ENet link is up
    bool inMatch = false;    ///< welcomed on this link: answers may go out
    bool everJoined = false;
    bool finished = false;
    bool gone = false;  ///< refused or kicked: stop trying
    bool droppedOnce = false;
    std::optional<core::QuestionMsg> pending;  ///< question waiting for an answer
    core::Millis answerAt = 0;
    /// Sent and not yet acknowledged, refused or given up on: kept across a lost link, so the
    /// Welcome after the rejoin decides whether it counted or goes out again.
    std::optional<core::AnswerMsg> unacked;
    core::Millis sentAt = 0;  ///< when `unacked` last went out
    core::Millis reconnectAt = -1;
    core::Millis retryJoinAt = -1;
};

Swarm::Swarm(SwarmConfig config, const core::Pack* pack)
    : m_config(std::move(config)), m_pack(pack), m_ledger(m_config.ackLogPath) {
    m_start = std::chrono::duration_cast<std::chrono::milliseconds>(
                  std::chrono::steady_clock::now().time_since_epoch())
                  .count();
    int hosts = (m_config.players + kBotsPerHost - 1) / kBotsPerHost;
    for (int h = 0; h < hosts; ++h) {
        ENetHost* host = enet_host_create(nullptr, kBotsPerHost, 1, 0, 0);
        if (!host)
            throw std::runtime_error("cannot open a UDP socket for the bots");
        host->maximumPacketSize = 64 * 1024;
        m_hosts.push_back(host);
    }
    for (int i = 0; i < m_config.players; ++i) {
        auto bot = std::make_unique<Bot>();
        bot->index = i;
        char name[32];
        std::snprintf(name, sizeof name, "%s %04d", m_config.namePrefix.c_str(), i + 1);
        bot->nickname = name;
        bot->host = m_hosts[static_cast<std::size_t>(i / kBotsPerHost)];
        bot->brain = std::make_unique<BotBrain>(
            m_pack, m_config.brain, m_config.seed * 1000003 + static_cast<std::uint64_t>(i));
        m_bots.push_back(std::move(bot));
    }
    m_report.players = m_config.players;
    m_report.finalScores.assign(static_cast<std::size_t>(m_config.players), 0);
}

Swarm::~Swarm() {
    for (ENetHost* host : m_hosts)
        enet_host_destroy(host);
}

core::Millis Swarm::now() const {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
               .count() -
           m_start;
}

void Swarm::connect(Bot& bot) {
    ENetAddress address{};
    if (enet_address_set_host(&address, m_config.host.c_str()) != 0)
        throw std::runtime_error("unknown host " + m_config.host);
    address.port = m_config.port;
    bot.peer = enet_host_connect(bot.host, &address, 1, core::kProtocolVersion);
    if (!bot.peer)
        throw std::runtime_error("no free ENet peer slot");
    bot.peer->data = &bot;
    enet_peer_timeout(bot.peer, 0, static_cast<enet_uint32>(m_config.linkTimeoutMs),
                      static_cast<enet_uint32>(m_config.linkTimeoutMs) * 2);
    enet_peer_ping_interval(bot.peer, net::kPingIntervalMs);
}

void Swarm::send(Bot& bot, const core::ClientMsg& msg) {
    if (!bot.peer || !bot.connected)
        return;
    std::string bytes = core::encode(msg);
    ENetPacket* packet = enet_packet_create(bytes.data(), bytes.size(), ENET_PACKET_FLAG_RELIABLE);
    if (enet_peer_send(bot.peer, 0, packet) != 0)
        enet_packet_destroy(packet);
}

void Swarm::handle(Bot& bot, const core::ServerMsg& msg, core::Millis t) {
    std::visit(
        [&](const auto& m) {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, core::WelcomeMsg>) {
                onWelcome(bot, m);
            } else if constexpr (std::is_same_v<T, core::JoinRefusedMsg>) {
                if (m.reason == core::JoinRefusal::RateLimited) {  // a real app waits and retries
                    bot.retryJoinAt = t + 1000;
                    return;
                }
                char line[160];
                std::snprintf(line, sizeof line, "bot %d refused: reason %d %s", bot.index,
                              static_cast<int>(m.reason), m.detail.c_str());
                m_report.joinFailures.push_back(line);
                bot.gone = true;
            } else if constexpr (std::is_same_v<T, core::QuestionMsg>) {
                onQuestion(bot, m, t);
            } else if constexpr (std::is_same_v<T, core::AnswerAckMsg>) {
                onAck(bot, m, t);
            } else if constexpr (std::is_same_v<T, core::RevealMsg>) {
                onReveal(bot, m);
            } else if constexpr (std::is_same_v<T, core::PodiumMsg>) {
                bot.finished = true;
                m_report.finalScores[static_cast<std::size_t>(bot.index)] = m.score;
            } else if constexpr (std::is_same_v<T, core::KickedMsg>) {
                bot.gone = true;
            }
        },
        msg);
}

void Swarm::onWelcome(Bot& bot, const core::WelcomeMsg& m) {
    if (!bot.everJoined)
        ++m_report.joined;
    bot.everJoined = true;
    bot.inMatch = true;
    bot.token = m.token;
    bot.pending.reset();  // an open question comes again right after the Welcome
    if (!bot.unacked)
        return;
    const std::uint16_t question = bot.unacked->questionIndex;
    if (m.phase == core::Phase::Reveal && m.questionIndex == question)
        return;  // the reveal follows and says whether it counted
    if (m.phase != core::Phase::Question || m.questionIndex != question) {
        giveUpUnverified(bot);  // back after the reveal: whether it counted is in the store
    } else if (m.answeredCurrent) {
        confirm(bot, question, "Welcome");  // the server has it: never sent twice
    } else {
        bot.sentAt = now();  // lost with the link: send it again
        ++m_report.answersResent;
        send(bot, *bot.unacked);
    }
}

void Swarm::onQuestion(Bot& bot, const core::QuestionMsg& m, core::Millis t) {
    m_report.questions = std::max<int>(m_report.questions, m.index + 1);
    if (bot.unacked && bot.unacked->questionIndex != m.index)
        giveUpUnverified(bot);
    if (m_ledger.has(bot.index, m.index) || bot.unacked)
        return;  // answered already (the question came again after a rejoin)
    bot.pending = m;
    bot.answerAt = t + bot.brain->thinkTime(m.remainingMs);
}

void Swarm::onAck(Bot& bot, const core::AnswerAckMsg& m, core::Millis t) {
    if (!bot.unacked || m.questionIndex != bot.unacked->questionIndex)
        return;
    if (m.refusal == core::AnswerRefusal::None) {
        m_latenciesMs.push_back(double(t - bot.sentAt));
        confirm(bot, m.questionIndex, "None");
    } else if (m.refusal == core::AnswerRefusal::Duplicate) {
        confirm(bot, m.questionIndex, "Duplicate");  // our earlier copy counted before a drop
    } else {
        ++m_report.answersRefused;
        bot.unacked.reset();
    }
}

void Swarm::onReveal(Bot& bot, const core::RevealMsg& m) {
    bot.pending.reset();
    if (!bot.unacked || m.index != bot.unacked->questionIndex)
        return;
    if (m.answered) {
        confirm(bot, m.index, "Reveal");  // in flight across a drop, and it counted
    } else {
        ++m_report.answersLost;
        std::fprintf(stderr, "%s: answer to question %d lost (the reveal says not answered)\n",
                     bot.nickname.c_str(), m.index + 1);
        bot.unacked.reset();
    }
}

void Swarm::confirm(Bot& bot, std::uint16_t question, std::string_view how) {
    if (m_ledger.record(bot.index, bot.nickname, question, how))
        ++m_report.answersAcked;
    bot.unacked.reset();
}

void Swarm::giveUpUnverified(Bot& bot) {
    ++m_report.answersUnverified;
    bot.unacked.reset();
}

bool Swarm::answerIfDue(Bot& bot, core::Millis t) {
    if (!bot.pending || !bot.inMatch || t < bot.answerAt || bot.unacked)
        return false;
    core::AnswerMsg answer;
    answer.questionIndex = bot.pending->index;
    answer.choice.value = bot.brain->choose(*bot.pending);
    bot.pending.reset();
    bot.unacked = answer;
    bot.sentAt = t;
    ++m_report.answersSent;
    auto every = [&](int n) { return n > 0 && bot.index % n == 0 && !bot.droppedOnce; };
    const bool loses = every(m_config.loseEveryN);
    const bool drops = every(m_config.dropEveryN);
    if (!loses)
        send(bot, answer);
    if (loses || drops)
        dropForTest(bot, t, /*deliverFirst=*/!loses);
    return true;
}

void Swarm::dropForTest(Bot& bot, core::Millis t, bool deliverFirst) {
    // The link drops right after answering; the bot comes back by token and the Welcome
    // says whether the answer counted.
    bot.droppedOnce = true;
    if (deliverFirst)
        enet_host_flush(bot.host);
    bot.peer->data = nullptr;
    enet_peer_reset(bot.peer);
    bot.peer = nullptr;
    bot.connected = false;
    bot.inMatch = false;
    bot.reconnectAt = t + 300;
}

void Swarm::sendJoin(Bot& bot) {
    if (bot.token.empty()) {
        send(bot,
             core::JoinMsg{core::kProtocolVersion, m_config.pin, {bot.nickname}, m_config.rich});
    } else {
        ++m_report.rejoins;
        send(bot,
             core::RejoinMsg{core::kProtocolVersion, m_config.pin, {bot.token}, m_config.rich});
    }
}

SwarmReport Swarm::run() {
    for (auto& bot : m_bots)
        connect(*bot);
    const core::Millis deadline = core::Millis(m_config.timeoutSec) * 1000;
    while (now() < deadline) {
        bool any = false;
        for (ENetHost* host : m_hosts) {
            ENetEvent event;
            while (enet_host_service(host, &event, 0) > 0) {
                any = true;
                Bot* bot = event.peer ? static_cast<Bot*>(event.peer->data) : nullptr;
                if (!bot) {
                    if (event.type == ENET_EVENT_TYPE_RECEIVE)
                        enet_packet_destroy(event.packet);
                    continue;
                }
                if (event.type == ENET_EVENT_TYPE_CONNECT) {
                    bot->connected = true;
                    sendJoin(*bot);
                } else if (event.type == ENET_EVENT_TYPE_RECEIVE) {
                    auto decoded =
                        core::decodeServerMsg(event.packet->data, event.packet->dataLength);
                    enet_packet_destroy(event.packet);
                    if (decoded)
                        handle(*bot, *decoded.msg, now());
                } else if (event.type == ENET_EVENT_TYPE_DISCONNECT) {
                    event.peer->data = nullptr;
                    bot->connected = false;
                    bot->inMatch = false;
                    bot->peer = nullptr;
                    // A refused join is closed by the server: its retry is a new connection.
                    if (!bot->finished && !bot->gone)
                        bot->reconnectAt = bot->retryJoinAt >= 0
                                               ? std::exchange(bot->retryJoinAt, -1)
                                               : now() + 200;
                }
            }
        }
        core::Millis t = now();
        bool allDone = true;
        for (auto& botPtr : m_bots) {
            Bot& bot = *botPtr;
            if (!bot.finished && !bot.gone)
                allDone = false;
            if (bot.retryJoinAt >= 0 && t >= bot.retryJoinAt) {
                bot.retryJoinAt = -1;
                sendJoin(bot);
            }
            if (bot.reconnectAt >= 0 && t >= bot.reconnectAt && !bot.peer) {
                bot.reconnectAt = -1;
                connect(bot);
            }
            if (answerIfDue(bot, t))
                any = true;
        }
        for (ENetHost* host : m_hosts)
            enet_host_flush(host);
        if (allDone)
            break;
        if (!any)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    for (auto& bot : m_bots) {
        if (bot->finished)
            ++m_report.finished;
        if (bot->unacked) {
            ++m_report.answersLost;
            std::fprintf(stderr, "%s: answer to question %d never acknowledged\n",
                         bot->nickname.c_str(), bot->unacked->questionIndex + 1);
        }
    }
    m_ledger.flush();
    m_report.p50Ms = percentile(m_latenciesMs, 0.50);
    m_report.p95Ms = percentile(m_latenciesMs, 0.95);
    m_report.p99Ms = percentile(m_latenciesMs, 0.99);
    std::uint64_t bytes = 0;
    for (ENetHost* host : m_hosts)
        bytes += host->totalSentData + host->totalReceivedData;
    if (m_report.joined > 0 && m_report.questions > 0)
        m_report.wireBytesPerPlayerPerQuestion =
            double(bytes) / m_report.joined / m_report.questions;
    return m_report;
}

}  // namespace dovui::bots

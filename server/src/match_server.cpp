#include "dovui/server/match_server.hpp"

#include <algorithm>
#include <chrono>
#include <random>
#include <stdexcept>

namespace dovui::server {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kMaxClientPacketBytes = 512;  ///< learners send tiny messages
constexpr core::Millis kSnapshotIntervalMs = 50;

std::int64_t unixSeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}
std::int64_t unixMillis() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

/// What the facilitator reads when an out-of-date app knocks (design.md §5: both sides hear it).
std::string versionMismatchNote(std::uint32_t learnerVersion) {
    return "a learner's app runs protocol version " + std::to_string(learnerVersion) +
           ", this server runs " + std::to_string(core::kProtocolVersion) + ": update the app";
}

std::uint32_t randomPin() {
    std::random_device rd;
    return 100000 + rd() % 900000;
}

}  // namespace

MatchServer::MatchServer(ServerConfig config)
    : m_config(std::move(config)),
      m_joinLimiter(m_config.joinsPerSecondPerAddress, m_config.joinBurstPerAddress),
      m_startedAt(
          std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now().time_since_epoch())
              .count()) {
    std::string dataDir = m_config.dataDir.empty() ? defaultDataDir() : m_config.dataDir;
    m_storePath = dataDir + "/results.sqlite";
    m_store = std::make_unique<Store>(m_storePath);

    std::optional<SavedMatch> saved;
    if (m_config.resume) {
        saved = m_store->loadUnfinished();
        if (!saved)
            throw std::runtime_error("--resume: no unfinished match in " + m_storePath);
        core::PackLoadResult parsed = core::parsePack(saved->packJson);
        if (!parsed.pack)
            throw std::runtime_error("--resume: the saved pack no longer loads");
        m_packJson = std::move(saved->packJson);
        m_pack = std::make_shared<const core::Pack>(std::move(*parsed.pack));
        m_config.match = saved->config;
        m_config.name = saved->config.matchName;
        m_pin = saved->pin;
        m_matchId = saved->matchId;
    } else {
        std::string path = m_config.packPath.empty() ? defaultPackPath() : m_config.packPath;
        LoadedPack loaded = loadPackFile(path);
        m_packJson = std::move(loaded.json);
        m_pack = std::make_shared<const core::Pack>(std::move(loaded.pack));
        m_config.match.matchName = m_config.name;
        m_pin = m_config.pin ? m_config.pin : randomPin();
    }

    net::EnetServerConfig netConfig;
    netConfig.port = m_config.port;
    netConfig.maxPeers = std::min<std::size_t>(m_config.match.maxPlayers + 64, 4095);
    m_net = std::make_unique<net::EnetServer>(netConfig);
    m_discovery = std::make_unique<net::DiscoveryResponder>(m_config.infoPort);
    if (!m_discovery->ok())
        m_lastError = "LAN discovery port busy; learners can still join by address";

    m_match = std::make_unique<core::Match>(m_pack, m_config.match);
    if (saved) {
        m_match->restore(saved->state, now());
        m_resumed = true;
        m_holdResumedQuestion = m_match->phase() == core::Phase::Question;
        m_recordedPhase = m_match->phase();
        m_recordedIndex = m_match->questionIndex();
    } else {
        m_matchId = m_store->createMatch(m_pin, m_config.match, *m_pack, m_packJson, unixSeconds());
    }
    m_addresses = net::lanAddresses();
    publishSnapshot();
}

MatchServer::~MatchServer() = default;

core::Millis MatchServer::now() const {
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now().time_since_epoch())
               .count() -
           m_startedAt;
}

std::uint16_t MatchServer::port() const {
    return m_net->port();
}
std::uint64_t MatchServer::bytesSent() const {
    return m_net->bytesSent();
}

void MatchServer::post(FacilitatorCommand command) {
    std::lock_guard lock(m_commandsMutex);
    m_commands.push_back(std::move(command));
}

std::shared_ptr<const ServerSnapshot> MatchServer::snapshot() const {
    std::lock_guard lock(m_snapshotMutex);
    return m_snapshot;
}

void MatchServer::run(const std::atomic<bool>& stop) {
    while (!stop.load())
        runOnce(5);
}

void MatchServer::runOnce(std::uint32_t waitMs) {
    std::vector<FacilitatorCommand> commands;
    {
        std::lock_guard lock(m_commandsMutex);
        commands.swap(m_commands);
    }
    m_store->begin();
    for (const auto& command : commands) {
        applyCommand(command);
        recordTransitions();
    }
    m_net->poll(waitMs, [this](net::NetEvent& event) { handleEvent(event); });
    if (!holdingResumedQuestion())
        m_match->tick(now());
    recordTransitions();
    autoAdvance();
    persistAnswers();
    m_store->commit();  // durable before any acknowledgement below is sent
    dispatchOutbox();
    m_net->flush();

    net::GameInfo info{m_config.name,
                       core::kProtocolVersion,
                       port(),
                       0,
                       static_cast<std::uint32_t>(m_match->players().size()),
                       !m_match->locked() && m_match->phase() != core::Phase::Podium,
                       ""};
    m_discovery->answerProbes(info);
    closeIdleConnections();
    if (now() - m_lastSnapshotAt >= kSnapshotIntervalMs || !commands.empty())
        publishSnapshot();
}

// ------------------------------------------------------------------ network

void MatchServer::handleEvent(net::NetEvent& event) {
    using Kind = net::NetEvent::Kind;
    if (event.kind == Kind::Connect) {
        if (event.data != core::kProtocolVersion) {
            m_lastError = versionMismatchNote(event.data);
            m_net->close(event.peer, net::CloseReason::WrongVersion);
            return;
        }
        m_connections.emplace(event.peer, Connection{event.peer, event.address, 0, true, now(),
                                                     TokenBucket(m_config.messagesPerSecondPerPeer,
                                                                 m_config.messageBurstPerPeer)});
        return;
    }
    auto it = m_connections.find(event.peer);
    if (it == m_connections.end())
        return;
    Connection& conn = it->second;
    if (event.kind == Kind::Disconnect) {
        if (conn.player) {
            auto bound = m_peerOfPlayer.find(conn.player);
            if (bound != m_peerOfPlayer.end() && bound->second == conn.peer) {
                m_peerOfPlayer.erase(bound);
                m_match->disconnect(conn.player);
            }
        }
        m_connections.erase(it);
        return;
    }
    if (!conn.messages.take(now())) {
        dropMisbehaving(conn, "too many messages");
        return;
    }
    if (event.bytes.size() > kMaxClientPacketBytes) {
        dropMisbehaving(conn, "message too large");
        return;
    }
    auto decoded = core::decodeClientMsg(event.bytes.data(), event.bytes.size());
    if (!decoded) {
        if (decoded.error.code == core::DecodeErrorCode::WrongVersion) {
            // Join and Rejoin carry the version right after the message id.
            m_lastError = versionMismatchNote(event.bytes[1] | (event.bytes[2] << 8));
            refuse(conn, core::JoinRefusal::WrongVersion, std::to_string(core::kProtocolVersion));
            m_net->close(conn.peer, net::CloseReason::WrongVersion);
            return;
        }
        dropMisbehaving(conn,
                        std::string("bad message: ") + core::decodeErrorName(decoded.error.code));
        return;
    }
    handleMessage(conn, *decoded.msg);
}

void MatchServer::handleMessage(Connection& conn, const core::ClientMsg& msg) {
    // Per-state whitelist: before joining only Join/Rejoin; after, only Answer/Leave.
    if (const auto* join = std::get_if<core::JoinMsg>(&msg)) {
        if (conn.player)
            return dropMisbehaving(conn, "join after joining");
        return handleJoin(conn, *join);
    }
    if (const auto* rejoin = std::get_if<core::RejoinMsg>(&msg)) {
        if (conn.player)
            return dropMisbehaving(conn, "rejoin after joining");
        return handleRejoin(conn, *rejoin);
    }
    if (!conn.player)
        return dropMisbehaving(conn, "message before joining");
    if (const auto* answer = std::get_if<core::AnswerMsg>(&msg)) {
        core::Millis arrived =
            now() - m_net->halfRoundTripMs(conn.peer, m_config.rttCompensationCapMs);
        m_match->answer(conn.player, answer->questionIndex, answer->choice.value, arrived);
        return;
    }
    if (std::holds_alternative<core::LeaveMsg>(msg)) {
        m_match->leave(conn.player);
        m_store->playerLeft(m_matchId, conn.player, false);
        m_peerOfPlayer.erase(conn.player);
        conn.player = 0;
        m_net->close(conn.peer, net::CloseReason::Leaving);
    }
}

void MatchServer::handleJoin(Connection& conn, const core::JoinMsg& msg) {
    if (!m_joinLimiter.take(conn.address, now()))
        return refuse(conn, core::JoinRefusal::RateLimited);
    if (msg.pin != m_pin)
        return refuse(conn, core::JoinRefusal::WrongPin);
    core::JoinOutcome outcome = m_match->join(msg.nickname.value, newToken(), msg.rich, now());
    if (outcome.refusal)
        return refuse(conn, *outcome.refusal, outcome.detail);
    m_store->addPlayer(m_matchId, *m_match->findPlayer(outcome.player));
    bindPlayer(conn, outcome.player, msg.rich);
}

void MatchServer::handleRejoin(Connection& conn, const core::RejoinMsg& msg) {
    if (!m_joinLimiter.take(conn.address, now()))
        return refuse(conn, core::JoinRefusal::RateLimited);
    if (msg.pin != m_pin)
        return refuse(conn, core::JoinRefusal::WrongPin);
    core::JoinOutcome outcome = m_match->rejoin(msg.token.value, msg.rich, now());
    if (outcome.refusal)
        return refuse(conn, *outcome.refusal, outcome.detail);
    bindPlayer(conn, outcome.player, msg.rich);
}

void MatchServer::bindPlayer(Connection& conn, core::PlayerId player, bool rich) {
    // The same player on an older connection (app restarted before the drop was noticed).
    if (auto old = m_peerOfPlayer.find(player);
        old != m_peerOfPlayer.end() && old->second != conn.peer) {
        if (auto oldConn = m_connections.find(old->second); oldConn != m_connections.end())
            oldConn->second.player = 0;
        m_net->close(old->second, net::CloseReason::None);
    }
    conn.player = player;
    conn.rich = rich;
    m_peerOfPlayer[player] = conn.peer;
}

void MatchServer::refuse(Connection& conn, core::JoinRefusal reason, const std::string& detail) {
    m_net->send(conn.peer, core::encode(core::ServerMsg{core::JoinRefusedMsg{reason, detail}}));
}

void MatchServer::dropMisbehaving(Connection& conn, const std::string& why) {
    m_net->send(conn.peer, core::encode(core::ServerMsg{core::ErrorMsg{why}}));
    m_net->close(conn.peer, net::CloseReason::Misbehaving);
    if (conn.player) {
        m_peerOfPlayer.erase(conn.player);
        m_match->disconnect(conn.player);
        conn.player = 0;
    }
}

void MatchServer::closeIdleConnections() {
    core::Millis t = now();
    if (t - m_lastIdleCheck < 1000)
        return;
    m_lastIdleCheck = t;
    for (auto& [peer, conn] : m_connections)
        if (!conn.player && t - conn.connectedAt > m_config.joinTimeoutMs)
            m_net->close(peer, net::CloseReason::JoinTimeout);
}

// ------------------------------------------------------------------ facilitator

void MatchServer::applyCommand(const FacilitatorCommand& command) {
    core::Millis t = now();
    std::visit(
        [&](const auto& c) {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, CmdStart>) {
                if (!m_match->start(t))
                    m_lastError = "start: no players yet, or already started";
            } else if constexpr (std::is_same_v<T, CmdNext>) {
                if (m_match->phase() == core::Phase::Lobby ? !m_match->start(t) : !m_match->next(t))
                    m_lastError = "next: not now (a question is open: use skip)";
            } else if constexpr (std::is_same_v<T, CmdPause>) {
                m_match->pause(t);
            } else if constexpr (std::is_same_v<T, CmdResume>) {
                m_match->resume(t);
            } else if constexpr (std::is_same_v<T, CmdSkip>) {
                m_match->skip(t);
            } else if constexpr (std::is_same_v<T, CmdKick>) {
                const core::Player* p = m_match->findByNickname(c.nickname);
                if (!p) {
                    m_lastError = "kick: no player named " + c.nickname;
                    return;
                }
                core::PlayerId id = p->id;
                m_match->kick(id, "kicked");
                m_store->playerLeft(m_matchId, id, true);
                dispatchOutbox();  // the KickedMsg goes out before the close
                if (auto peer = m_peerOfPlayer.find(id); peer != m_peerOfPlayer.end()) {
                    m_net->close(peer->second, net::CloseReason::Kicked);
                    if (auto conn = m_connections.find(peer->second); conn != m_connections.end())
                        conn->second.player = 0;
                    m_peerOfPlayer.erase(peer);
                }
            } else if constexpr (std::is_same_v<T, CmdLock>) {
                m_match->setLocked(c.locked);
                m_store->saveMatchState(m_matchId, *m_match);
            } else if constexpr (std::is_same_v<T, CmdRevive>) {
                if (!m_match->reviveAll())
                    m_lastError = "revive: only once, in Rung chuông vàng";
            } else if constexpr (std::is_same_v<T, CmdEnd>) {
                m_match->end(t);
            }
        },
        command);
}

// ------------------------------------------------------------------ store and sends

void MatchServer::recordTransitions() {
    core::Phase phase = m_match->phase();
    int index = m_match->questionIndex();
    if (phase == m_recordedPhase && index == m_recordedIndex)
        return;
    if (phase == core::Phase::Question &&
        (m_recordedPhase != core::Phase::Question || index != m_recordedIndex))
        m_store->questionOpened(m_matchId, m_match->questionIndex(), m_match->currentQuestion(),
                                unixSeconds());
    if (phase == core::Phase::Reveal ||
        (phase == core::Phase::Podium && m_recordedPhase == core::Phase::Question)) {
        persistAnswers();
        m_store->questionClosed(m_matchId, *m_match);
    }
    if (phase == core::Phase::Podium)
        m_store->matchEnded(m_matchId, unixSeconds());
    m_store->saveMatchState(m_matchId, *m_match);
    m_phaseSince = now();
    m_recordedPhase = phase;
    m_recordedIndex = index;
}

bool MatchServer::holdingResumedQuestion() {
    if (!m_holdResumedQuestion)
        return false;
    const auto& players = m_match->players();
    bool everyoneBack = std::all_of(players.begin(), players.end(), [](const core::Player& p) {
        return p.connected || p.left || p.eliminated;
    });
    if (everyoneBack || m_match->phase() != core::Phase::Question ||
        m_match->remainingMs(now()) == 0)
        m_holdResumedQuestion = false;
    return m_holdResumedQuestion;
}

void MatchServer::autoAdvance() {
    core::Phase phase = m_match->phase();
    if (phase == core::Phase::Lobby && m_config.autoStartPlayers > 0 &&
        m_match->activePlayerCount() >= m_config.autoStartPlayers) {
        m_match->start(now());
    } else if ((phase == core::Phase::Reveal || phase == core::Phase::Leaderboard) &&
               m_config.autoAdvanceMs > 0 && now() - m_phaseSince >= m_config.autoAdvanceMs) {
        m_match->next(now());
    } else {
        return;
    }
    recordTransitions();
}

void MatchServer::persistAnswers() {
    auto accepted = m_match->takeAcceptedAnswers();
    if (!accepted.empty())
        m_store->addAnswers(m_matchId, accepted, unixMillis());
}

void MatchServer::dispatchOutbox() {
    for (core::Envelope& envelope : m_match->takeOutbox()) {
        std::string bytes = core::encode(envelope.msg);
        using To = core::Envelope::To;
        if (envelope.to == To::Player) {
            if (auto peer = m_peerOfPlayer.find(envelope.player); peer != m_peerOfPlayer.end())
                m_net->send(peer->second, bytes);
            continue;
        }
        for (const auto& [player, peer] : m_peerOfPlayer) {
            const Connection& conn = m_connections.at(peer);
            bool wanted = envelope.to == To::AllPlayers ||
                          (envelope.to == To::RichPlayers && conn.rich) ||
                          (envelope.to == To::CompactPlayers && !conn.rich);
            if (wanted)
                m_net->send(peer, bytes);
        }
    }
}

void MatchServer::publishSnapshot() {
    auto s = std::make_shared<ServerSnapshot>();
    s->version = ++m_snapshotVersion;
    s->pin = m_pin;
    s->name = m_config.name;
    s->port = port();
    s->addresses = m_addresses;
    s->pack = m_pack;
    s->config = m_match->config();
    s->phase = m_match->phase();
    s->paused = m_match->paused();
    s->locked = m_match->locked();
    s->revived = m_match->revived();
    s->questionIndex = m_match->questionIndex();
    s->questionCount = m_match->questionCount();
    s->limitMs = m_match->limitMs();
    s->remainingMs = m_match->remainingMs(now());
    s->answersReceived = m_match->answersReceived();
    s->activePlayers = m_match->activePlayerCount();
    const auto& answers = m_match->currentAnswers();
    s->players.reserve(m_match->players().size());
    for (const core::Player& p : m_match->players()) {
        if (p.left)
            continue;
        s->players.push_back({p.id, p.nickname, p.score, p.lastGain, p.rank, p.previousRank, p.team,
                              p.connected, p.eliminated, answers.count(p.id) > 0});
    }
    s->lastCounts = m_match->lastCounts();
    s->top = m_match->topPlayers(5);
    s->teams = m_match->teamStandings();
    s->lastError = m_lastError;
    m_lastSnapshotAt = now();
    std::lock_guard lock(m_snapshotMutex);
    m_snapshot = std::move(s);
}

std::string MatchServer::newToken() {
    static constexpr char kHex[] = "0123456789abcdef";
    std::random_device rd;
    std::string token;
    for (int i = 0; i < 8; ++i) {
        std::uint32_t word = rd();
        for (int j = 0; j < 4; ++j)
            token.push_back(kHex[(word >> (4 * j)) & 0xF]);
    }
    return token;
}

}  // namespace dovui::server

#include "dovui/server/match_server.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <stdexcept>
#include <thread>

#include "dovui/server/enet_transport.hpp"
#include "dovui/server/loopback_transport.hpp"
#include "dovui/server/web_transport.hpp"
#include "dovui/store/file_check.hpp"

namespace dovui::server {
namespace {

constexpr core::Millis kSnapshotIntervalMs = 50;

std::uint32_t randomPin() {
    std::random_device rd;
    return 100000 + rd() % 900000;
}

/// At most three problems, then how many more: a line a facilitator can read.
std::string joinProblems(const std::vector<std::string>& problems) {
    std::string out;
    for (std::size_t i = 0; i < problems.size() && i < 3; ++i)
        out += (i ? "; " : "") + problems[i];
    if (problems.size() > 3)
        out += "; … +" + std::to_string(problems.size() - 3);
    return out;
}

}  // namespace

MatchServer::MatchServer(ServerConfig config)
    : m_config(std::move(config)),
      m_clock(m_config.clock ? m_config.clock : std::make_shared<const SystemClock>()),
      m_gate(GateLimits{m_config.joinsPerSecondPerAddress, m_config.joinBurstPerAddress,
                        m_config.messagesPerSecondPerPeer, m_config.messageBurstPerPeer,
                        m_config.joinTimeoutMs, m_config.connectionsPerAddress}),
      m_startedAt(m_clock->steadyMs()) {
    std::string dataDir = m_config.dataDir.empty() ? store::defaultDataDir() : m_config.dataDir;
    m_storePath = dataDir + "/results.sqlite";
    // A file the game cannot use is never written to: kept as it is for --resume, put aside
    // (not deleted) for a new match.
    if (std::string damage = store::resultsFileDamage(m_storePath); !damage.empty()) {
        if (m_config.resume)
            throw std::runtime_error("--resume: tệp kết quả " + m_storePath + " " + damage +
                                     ". Không tiếp tục trận cũ được; tệp được giữ nguyên. Chạy "
                                     "lại không có --resume để bắt đầu trận mới (tệp cũ sẽ được "
                                     "cất sang một bên, không bị xóa).");
        const std::string aside = store::keepAside(m_storePath).string();
        m_lastError = "Tệp kết quả cũ " + damage + ": đã cất sang " + aside +
                      " (không xóa); trận mới ghi vào tệp mới";
        std::fprintf(stderr, "dovui: %s\n", m_lastError.c_str());
    }
    m_store = std::make_unique<store::Store>(m_storePath);

    std::optional<store::SavedMatch> saved;
    if (m_config.resume) {
        try {
            saved = m_store->loadUnfinished();
        } catch (const store::DamagedStore& e) {
            throw std::runtime_error(
                "--resume: tệp kết quả bị hỏng, không tiếp tục trận cũ được (" + e.detail() +
                "). Tệp được giữ nguyên ở " + m_storePath +
                "; chạy lại không có --resume để bắt đầu trận mới.");
        }
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

    openTransports();

    m_match = std::make_unique<core::Match>(m_pack, m_config.match);
    if (saved) {
        if (!m_match->restore(saved->state, now()))
            throw std::runtime_error(
                "--resume: tệp kết quả bị hỏng, không tiếp tục trận cũ được (" +
                joinProblems(m_match->restoreProblems(saved->state, core::Lang::Vi)) +
                "). Tệp được giữ nguyên ở " + m_storePath +
                "; chạy lại không có --resume để bắt đầu trận mới.");
        m_cardPlayers.restore(*m_match, now());
        m_resumed = true;
        m_holdResumedQuestion = m_match->phase() == core::Phase::Question;
        m_recordedPhase = m_match->phase();
        m_recordedIndex = m_match->questionIndex();
    } else {
        m_matchId = m_store->createMatch(m_pin, m_config.match, *m_pack, m_packJson, unixSeconds());
    }
    if (m_config.openPorts)
        m_addresses = net::lanAddresses();
    publishSnapshot();
}

void MatchServer::openTransports() {
    if (m_config.openPorts) {
        net::EnetServerConfig netConfig;
        netConfig.port = m_config.port;
        netConfig.maxPeers = std::min<std::size_t>(m_config.match.maxPlayers + 64, 4095);
        auto enet = std::make_shared<EnetTransport>(netConfig, m_transports.size());
        m_enet = enet.get();
        m_transports.push_back(std::move(enet));
        openWeb();
        openPractice();
        m_discovery = std::make_unique<net::DiscoveryResponder>(m_config.infoPort);
        if (!m_discovery->ok())
            m_lastError =
                "Cổng để máy học viên tự tìm trò chơi đang bận: học viên vẫn vào được "
                "bằng mã QR hoặc địa chỉ";
    }
    if (m_config.loopback) {
        m_config.loopback->setTag(m_transports.size());
        m_transports.push_back(m_config.loopback);
    }
}

MatchServer::~MatchServer() {
    if (m_web)
        m_web->closeAll(net::CloseReason::ShuttingDown, 500);
}

core::Millis MatchServer::now() const {
    return m_clock->steadyMs() - m_startedAt;
}

std::uint16_t MatchServer::port() const {
    return m_enet ? m_enet->port() : 0;
}
std::uint16_t MatchServer::webPort() const {
    return m_web ? m_web->port() : 0;
}
std::uint64_t MatchServer::bytesSent() const {
    std::uint64_t total = 0;
    for (const auto& transport : m_transports)
        total += transport->bytesSent();
    return total;
}

void MatchServer::openWeb() {
    if (m_config.webPort == 0)
        return;
    WebConfig web;
    web.port = m_config.webPort;
    web.root = m_config.webRoot.empty() ? assetsDir() + "/web" : m_config.webRoot;
    web.maxConnections = m_config.match.maxPlayers + 64;
    web.pingIntervalMs = m_config.webPingIntervalMs;
    web.idleTimeoutMs = m_config.webIdleTimeoutMs;
    try {
        auto transport = std::make_shared<WebTransport>(web, m_transports.size());
        m_web = transport.get();
        m_transports.push_back(std::move(transport));
    } catch (const std::exception& e) {
        // The native apps can still play; the facilitator reads why phones cannot.
        m_webError = e.what();
    }
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
    // Nothing escapes the server thread: an unexpected error is logged with its cause and
    // shown to the facilitator, and the next tick goes on (the match is kept in memory).
    try {
        runTick(waitMs);
    } catch (const std::exception& e) {
        m_lastError = std::string("Lỗi không lường trước, trò chơi vẫn chạy: ") + e.what();
        std::fprintf(stderr, "dovui: unexpected error in the server loop: %s\n", e.what());
        publishSnapshot();
    }
}

void MatchServer::runTick(std::uint32_t waitMs) {
    std::vector<FacilitatorCommand> commands;
    {
        std::lock_guard lock(m_commandsMutex);
        commands.swap(m_commands);
    }
    for (const auto& command : commands) {
        applyCommand(command);
        recordTransitions();
    }
    // ENet waits; the web gateway's io_context is only polled right after (design.md §6).
    // Without ENet (no ports: loopback only) the loop sleeps instead of spinning a core.
    if (!m_enet && waitMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(waitMs));
    for (std::size_t i = 0; i < m_transports.size(); ++i)
        m_transports[i]->poll(i == 0 ? waitMs : 0,
                              [this](TransportEvent& event) { handleEvent(event); });
    if (!holdingResumedQuestion()) {
        core::Millis tickAt = now();
        m_cardPlayers.flushIfClosing(*m_match, tickAt);  // held card answers before it closes
        m_match->tick(tickAt);
    }
    recordTransitions();
    autoAdvance();
    persistAnswers();
    flushStore();      // durable before any acknowledgement below is sent
    dispatchOutbox();  // acknowledgements of answers not yet stored are held
    for (auto& transport : m_transports)
        transport->flush();

    answerDiscoveryProbes();
    closeOverdueJoins();
    if (now() - m_lastSnapshotAt >= kSnapshotIntervalMs || !commands.empty())
        publishSnapshot();
}

void MatchServer::answerDiscoveryProbes() {
    if (m_discovery)
        m_discovery->answerProbes(
            net::GameInfo{m_config.name, core::kProtocolVersion, port(), webPort(),
                          static_cast<std::uint32_t>(m_match->players().size()),
                          !m_match->locked() && m_match->phase() != core::Phase::Podium, ""});
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

std::string MatchServer::newToken() {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string token;
    for (int i = 0; i < 8; ++i) {
        std::uint32_t word = m_random();
        for (int j = 0; j < 4; ++j)
            token.push_back(kHex[(word >> (4 * j)) & 0xF]);
    }
    return token;
}

}  // namespace dovui::server

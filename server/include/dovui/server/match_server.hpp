#pragma once
/// The match server: one thread owns the transports (ENet, the web gateway), discovery, the
/// Match and the store (design.md §6). Others talk to it through post() and read snapshot().
#include <atomic>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "dovui/core/match.hpp"
#include "dovui/net/discovery.hpp"
#include "dovui/net/enet_library.hpp"
#include "dovui/server/card_players.hpp"
#include "dovui/server/clock.hpp"
#include "dovui/server/commands.hpp"
#include "dovui/server/gatekeeper.hpp"
#include "dovui/server/practice.hpp"
#include "dovui/server/rate_limiter.hpp"
#include "dovui/server/snapshot.hpp"
#include "dovui/server/store_queue.hpp"
#include "dovui/server/transport.hpp"
#include "dovui/store/store.hpp"

namespace dovui::server {

inline constexpr std::uint16_t kDefaultGamePort = 27960;

class LoopbackTransport;

struct ServerConfig {
    std::string packPath;  ///< empty = the bundled default pack
    std::string name = "Đố Vui Số";
    std::uint16_t port = kDefaultGamePort;
    std::uint16_t infoPort = net::kDiscoveryPort;
    /// HTTP + WebSocket for phones' browsers (0 = off). A busy port is reported in the
    /// snapshot's webError and the server runs without it (the native apps still play).
    std::uint16_t webPort = 8080;
    std::string webRoot;  ///< the browser page's folder; empty = assetsDir() + "/web"
    std::uint32_t webPingIntervalMs = 3000;  ///< WebSocket pings (round trip, liveness)
    std::uint32_t webIdleTimeoutMs = 20000;  ///< nothing heard this long: the socket is closed
    /// Packs phones may practise with (issue 14); empty = every bundled pack plus the match's.
    std::vector<std::string> practicePacks;
    bool practice = true;  ///< false: the page offers no practice
    core::MatchConfig match;
    std::string dataDir;  ///< empty = store::defaultDataDir()
    bool resume = false;
    std::uint32_t pin = 0;                ///< 0 = random 6 digits
    double joinsPerSecondPerAddress = 5;  ///< a prankster's join flood is cut here
    double joinBurstPerAddress = 20;
    double messagesPerSecondPerPeer = 20;
    double messageBurstPerPeer = 40;
    core::Millis joinTimeoutMs = 20000;  ///< a connection that never joins is closed
    /// Learner connections one LAN address may hold, over every transport: a phone needs one
    /// (two while it reconnects), so a flood from one address cannot fill the room. The laptop
    /// itself (127.x) is not capped: dovui-bots and the tests play from there.
    std::uint32_t connectionsPerAddress = 8;
    std::uint32_t rttCompensationCapMs = 150;
    /// Unattended runs (benchmarks, tests, a kiosk): start once this many players joined
    /// (0 = wait for the facilitator) and move on from reveal and leaderboard after
    /// autoAdvanceMs (0 = wait for the facilitator).
    std::uint32_t autoStartPlayers = 0;
    core::Millis autoAdvanceMs = 0;
    /// Where the server reads the time; null = the machine's clocks (SystemClock).
    std::shared_ptr<const ServerClock> clock;
    /// false: no ENet, web or discovery socket is opened (tests over `loopback`, no ports).
    bool openPorts = true;
    /// Served besides the socket transports when set: the caller drives its clients.
    std::shared_ptr<LoopbackTransport> loopback;
};

class EnetTransport;
class WebTransport;

class MatchServer {
public:
    /// Loads the pack, opens the store and the ports. Throws std::runtime_error with a
    /// message that says what to fix (bad pack, port taken, unwritable data folder).
    explicit MatchServer(ServerConfig config);
    ~MatchServer();

    /// One loop iteration: commands, network (waiting up to `waitMs`), timers, store, sends.
    void runOnce(std::uint32_t waitMs);
    /// Loops until `stop` becomes true.
    void run(const std::atomic<bool>& stop);

    /// Thread-safe: queue a facilitator command for the server thread.
    void post(FacilitatorCommand command);
    /// Thread-safe: the latest published snapshot.
    std::shared_ptr<const ServerSnapshot> snapshot() const;
    /// Publishes the state now (the loop does every 50 ms and after commands); server thread
    /// only. Tests on a ManualClock read the state of one instant this way.
    void publishSnapshot();

    std::uint32_t pin() const { return m_pin; }
    /// The ENet UDP port; 0 when the server opened no ports (ServerConfig::openPorts).
    std::uint16_t port() const;
    /// The browser page's TCP port; 0 when the web listener is off or could not open.
    std::uint16_t webPort() const;
    std::int64_t matchId() const { return m_matchId; }
    const std::string& storePath() const { return m_storePath; }
    bool resumed() const { return m_resumed; }
    std::uint64_t bytesSent() const;

private:
    /// Milliseconds since this server started, on the injected clock.
    core::Millis now() const;
    std::int64_t unixSeconds() const { return m_clock->unixMs() / 1000; }
    void openTransports();
    void runTick(std::uint32_t waitMs);
    void handleEvent(TransportEvent& event);
    Transport& transportFor(ConnId conn) { return *m_transports[transportOf(conn)]; }
    void sendTo(ConnId conn, const core::ServerMsg& msg);
    void closeConn(ConnId conn, net::CloseReason reason);
    void openWeb();
    void handleMessage(Gatekeeper::Connection& conn, const core::ClientMsg& msg);
    void handleJoin(Gatekeeper::Connection& conn, const core::JoinMsg& msg);
    void handleRejoin(Gatekeeper::Connection& conn, const core::RejoinMsg& msg);
    void bindPlayer(Gatekeeper::Connection& conn, core::PlayerId player, bool rich);
    void refuse(Gatekeeper::Connection& conn, core::JoinRefusal reason,
                const std::string& detail = {});
    void dropMisbehaving(Gatekeeper::Connection& conn, const std::string& why);
    void applyCommand(const FacilitatorCommand& command);
    /// Kicks by id; a player who already left (their name may be someone else's now) is not
    /// looked up again: the refusal goes to lastError.
    void kickPlayer(core::PlayerId id);
    /// A refused facilitator command: lastError, and a count so the same refusal twice in a
    /// row shows twice.
    void noteProblem(std::string text);
    /// A refused command the host can say in the facilitator's language (`english` for
    /// lastError and dovui-server's terminal).
    void refuseCommand(CommandRefusal why, std::string subject, std::string english);
    void recordTransitions();
    /// Queues a write for the store. Writes carry copies of what they record, so a write
    /// the store refused (busy, full, read-only) is retried as it was, in order.
    void storeLater(std::function<void(store::Store&)> write);
    /// Writes the queue in one transaction; false (queue kept, fault shown) when the store
    /// refused it. Retried every second until the fault clears.
    bool flushStore();
    void persistAnswers();
    void dispatchOutbox();
    void closeOverdueJoins();
    /// LAN discovery (Tesseract style): answers the learner apps' probes with this match.
    void answerDiscoveryProbes();
    void autoAdvance();
    /// After --resume nobody is connected yet: the open question must not close early just
    /// because the first learner back had answered before the crash.
    bool holdingResumedQuestion();
    void openPractice();
    /// The pack being played is withheld from practice while its questions are open.
    void updatePracticeIndex();
    void handlePractice(const TransportEvent& event);
    std::string newToken();
    std::random_device m_random;  ///< opened once, not per join (tokens must be unguessable)

    ServerConfig m_config;
    std::shared_ptr<const ServerClock> m_clock;
    net::EnetLibrary m_enetLibrary;
    std::string m_packJson;
    std::shared_ptr<const core::Pack> m_pack;
    std::unique_ptr<core::Match> m_match;
    CardPlayers m_cardPlayers;  ///< learners answering with printed cards (issue 15)
    std::unique_ptr<store::Store> m_store;
    std::string m_storePath;
    std::vector<std::shared_ptr<Transport>> m_transports;  ///< index = transportOf(ConnId)
    EnetTransport* m_enet = nullptr;                       ///< m_transports[0] when ports open
    WebTransport* m_web = nullptr;                         ///< when ports open and web on
    std::unique_ptr<net::DiscoveryResponder> m_discovery;
    std::uint32_t m_pin = 0;
    std::int64_t m_matchId = 0;
    bool m_resumed = false;
    bool m_holdResumedQuestion = false;  ///< until everyone is back or the time is up
    std::vector<std::string> m_addresses;

    Gatekeeper m_gate;
    core::Millis m_startedAt;
    core::Phase m_recordedPhase = core::Phase::Lobby;
    int m_recordedIndex = -1;
    core::Millis m_phaseSince = 0;
    std::string m_lastError;
    std::uint32_t m_problemCount = 0;
    CommandRefusal m_lastRefusal = CommandRefusal::None;
    std::string m_refusalSubject;
    std::string m_webError;  ///< why the web listener is off although asked for
    StoreQueue m_storeQueue{m_store, m_storePath};
    PracticeCatalog m_practice;
    PracticeTally m_practiceTally;
    /// A phone reports after each answer: 2 a second per address (burst 30) is plenty; a flood
    /// of made-up learners is dropped before it reaches the store.
    KeyedRateLimiter m_practiceLimiter{2, 30};
    bool m_practiceWithheld = false;

    mutable std::mutex m_commandsMutex;
    std::vector<FacilitatorCommand> m_commands;
    mutable std::mutex m_snapshotMutex;
    std::shared_ptr<const ServerSnapshot> m_snapshot;
    std::uint64_t m_snapshotVersion = 0;
    core::Millis m_lastSnapshotAt = -1000;
};

/// Reads and validates a pack file; throws std::runtime_error listing every problem.
struct LoadedPack {
    std::string json;
    core::Pack pack;
};
LoadedPack loadPackFile(const std::string& path, core::Lang lang = core::Lang::Vi);
/// The bundled default pack ("Buổi học đầu tiên").
std::string defaultPackPath();
/// The bundled assets folder: paths::assetsDir() (installed, Windows zip or build folder).
std::string assetsDir();

}  // namespace dovui::server

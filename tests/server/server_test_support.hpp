#pragma once
/// Helpers for the server suites: temp folders, free ports, a small pack, learners over real
/// ENet on 127.0.0.1, a match server stepped in the test thread or run on its own, reading
/// the SQLite results file, and a replay of the stored answers through the core.
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "dovui/core/match.hpp"
#include "dovui/net/enet_client.hpp"
#include "dovui/server/match_server.hpp"
#include "dovui/testsupport/child_process.hpp"
#include "dovui/testsupport/free_ports.hpp"
#include "dovui/testsupport/temp_dir.hpp"
#include "inbox.hpp"

namespace dovui::server::test {

inline constexpr std::uint32_t kTestPin = 246813;

// Temp folders, free ports and child processes come from tests/support (dovui_test_support);
// the names stay here for the suites that use them.
using dovui::testsupport::ChildProcess;
using dovui::testsupport::freeUdpPorts;
using dovui::testsupport::TempDir;

/// Writes the test pack: a single choice (right: 1), a true/false (right: 0) and a
/// double-points multi-select (right: 0 and 2), each 5 s (the shortest a pack allows).
std::string writeTestPack(const std::filesystem::path& folder);

/// A server config on free ports with its results in `dataDir` and a fixed PIN.
ServerConfig testConfig(const std::string& packPath, const std::string& dataDir);
/// What constructing a MatchServer with `config` throws ("" when it starts).
std::string startupError(const ServerConfig& config);

/// One learner over real ENet: keeps every message and how the link closed.
class Learner {
public:
    explicit Learner(std::uint16_t connectVersion = core::kProtocolVersion)
        : m_client(connectVersion) {}
    net::EnetClient& client() { return m_client; }
    void poll(std::uint32_t waitMs);
    bool connected() const { return m_connected; }
    bool closed() const { return m_closed; }
    const net::CloseInfo& closeInfo() const { return m_close; }
    const std::vector<core::ServerMsg>& inbox() const { return m_inbox; }
    std::size_t badMessages() const { return m_bad; }
    std::string token;  ///< from the first Welcome

    template <class T>
    std::vector<T> all() const {
        std::vector<T> found;
        for (const auto& msg : m_inbox)
            if (const T* m = std::get_if<T>(&msg))
                found.push_back(*m);
        return found;
    }
    template <class T>
    std::optional<T> last() const {
        return lastOf<T>(m_inbox);
    }
    template <class T>
    std::size_t count() const {
        return all<T>().size();
    }

private:
    net::EnetClient m_client;
    std::vector<core::ServerMsg> m_inbox;
    std::size_t m_bad = 0;
    bool m_connected = false;
    bool m_closed = false;
    net::CloseInfo m_close;
};

/// A MatchServer with learners around it. Stepped: the test thread runs the server loop while
/// it waits (deterministic; needed to see a late answer). Threaded: the server runs on its own
/// thread and the test only posts commands and reads snapshots, as the host app does.
class Harness {
public:
    enum class Mode { Stepped, Threaded };
    explicit Harness(ServerConfig config, Mode mode = Mode::Stepped);
    ~Harness();
    Harness(const Harness&) = delete;
    Harness& operator=(const Harness&) = delete;

    MatchServer& server() { return *m_server; }
    std::uint16_t port() const { return m_port; }
    const ServerConfig& config() const { return m_config; }

    /// A learner connecting to this server (not yet joined).
    Learner& connect(std::uint16_t connectVersion = core::kProtocolVersion,
                     const std::string& host = "127.0.0.1");
    /// Connects, joins as `nickname` and waits for the Welcome (fails the test otherwise).
    Learner& join(const std::string& nickname, bool rich = false);
    /// The learner's link drops at once (no goodbye message); the object is destroyed.
    void drop(Learner& learner);
    /// Runs the loop (and every learner) until `done` or the timeout; returns `done()`.
    bool pumpUntil(const std::function<bool()>& done, std::uint32_t timeoutMs = 5000);
    void pumpFor(std::uint32_t ms);
    /// One server iteration (stepped mode only).
    void step(std::uint32_t waitMs = 0);
    void command(FacilitatorCommand c) { m_server->post(std::move(c)); }
    std::shared_ptr<const ServerSnapshot> snapshot() const { return m_server->snapshot(); }
    /// Waits until the server shows `phase` at question `index` (0-based).
    bool waitPhase(core::Phase phase, int index, std::uint32_t timeoutMs = 8000);

private:
    void pollLearners(std::uint32_t waitMs);

    ServerConfig m_config;
    Mode m_mode;
    net::EnetLibrary m_enet;
    std::unique_ptr<MatchServer> m_server;
    std::uint16_t m_port = 0;
    std::vector<std::unique_ptr<Learner>> m_learners;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

/// Sends an answer for question `index`.
void answer(Learner& l, std::uint16_t index, std::vector<std::uint8_t> choice);
/// The refusal of the last acknowledgement for question `index`, if one came.
std::optional<core::AnswerRefusal> ackFor(const Learner& l, std::uint16_t index);
/// Drives every learner through question `q`: answers in order with a small gap each,
/// then waits for every acknowledgement and the reveal.
void playQuestion(Harness& h, const std::vector<Learner*>& learners, std::uint16_t q,
                  const std::vector<std::vector<std::uint8_t>>& choices);
/// From the reveal of question `q` through its leaderboard to the next question.
void nextQuestion(Harness& h, std::uint16_t q);

// ---------------------------------------------------------------- the results file

struct StoredAnswer {
    std::uint16_t questionIndex = 0;
    core::PlayerId player = 0;
    core::Choice choice;
    core::Millis responseMs = 0;
    std::optional<std::int32_t> points;  ///< set when the question was revealed
};
struct StoredPlayer {
    core::PlayerId id = 0;
    std::string nickname;
    std::string token;
    std::int32_t score = 0;
    bool left = false;
    bool kicked = false;
};

/// Reads a results file through its own SQLite connection, as a report would.
class ResultsFile {
public:
    explicit ResultsFile(const std::string& path);
    ~ResultsFile();
    ResultsFile(const ResultsFile&) = delete;
    ResultsFile& operator=(const ResultsFile&) = delete;
    std::int64_t lastMatchId();
    std::vector<StoredAnswer> answers(std::int64_t matchId);
    std::vector<StoredPlayer> players(std::int64_t matchId);
    bool ended(std::int64_t matchId);
    /// BEGIN IMMEDIATE: holds the write lock until rollback() (tests of commit-before-ack).
    void holdWriteLock();
    void rollback();

private:
    struct sqlite3* m_db = nullptr;
};

/// What the core makes of the stored answers: every player's final score and every answer's
/// points, from a fresh core::Match fed the same joins and answers at the same response times.
struct Replay {
    std::map<core::PlayerId, std::int32_t> scores;
    std::map<std::pair<std::uint16_t, core::PlayerId>, std::int32_t> points;
};
Replay replayMatch(const core::Pack& pack, const core::MatchConfig& config,
                   const std::vector<StoredPlayer>& players,
                   const std::vector<StoredAnswer>& answers);

/// "key=value" from a line such as "READY pin=123456 port=27960".
std::string field(const std::string& line, const std::string& key);

}  // namespace dovui::server::test

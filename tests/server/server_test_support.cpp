#include "server_test_support.hpp"

#include <sqlite3.h>
#ifdef _WIN32  // the Windows build (tools/windows): sockets only, no child processes
#include <process.h>
#include <winsock2.h>
#else
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <random>
#include <stdexcept>

namespace dovui::server::test {
namespace {

#ifdef _WIN32
using socklen_t = int;
int getpid() {
    return _getpid();
}
void close(int s) {
    closesocket(static_cast<SOCKET>(s));
}
#endif

using Clock = std::chrono::steady_clock;

std::uint32_t msSince(Clock::time_point start) {
    return static_cast<std::uint32_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count());
}

constexpr const char* kTestPack = R"json({
  "schemaVersion": 1,
  "id": "server-test",
  "language": "vi",
  "title": "Gói thử máy chủ",
  "topics": [{"id": "sms", "name": "Tin nhắn"}],
  "questions": [
    {"id": "q1", "kind": "single", "text": "Câu một?", "options": ["A", "B", "C", "D"],
     "correct": [1], "time": 5, "explanation": "Vì B.", "topics": ["sms"]},
    {"id": "q2", "kind": "truefalse", "text": "Câu hai?", "correct": [0], "time": 5,
     "explanation": "Đúng.", "topics": ["sms"]},
    {"id": "q3", "kind": "multi", "text": "Câu ba?", "options": ["A", "B", "C", "D"],
     "correct": [0, 2], "time": 5, "points": 2, "explanation": "A và C.", "topics": ["sms"]}
  ]
})json";

}  // namespace

// ---------------------------------------------------------------- folders and ports

TempDir::TempDir() {
    std::random_device rd;
    for (int attempt = 0; attempt < 100; ++attempt) {
        auto candidate = std::filesystem::temp_directory_path() /
                         ("dovui-server-test-" + std::to_string(getpid()) + "-" +
                          std::to_string(rd() % 1000000));
        if (std::filesystem::create_directory(candidate)) {
            m_path = candidate;
            return;
        }
    }
    throw std::runtime_error("cannot make a temp folder");
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

std::vector<std::uint16_t> freeUdpPorts(std::size_t count) {
#ifdef _WIN32
    static const bool started = [] {
        WSADATA data;
        return WSAStartup(MAKEWORD(2, 2), &data) == 0;
    }();
    (void)started;
#endif
    std::vector<int> sockets;
    std::vector<std::uint16_t> ports;
    for (std::size_t i = 0; i < count; ++i) {
        int s = static_cast<int>(socket(AF_INET, SOCK_DGRAM, 0));
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_ANY);
        addr.sin_port = 0;
        socklen_t len = sizeof addr;
        if (s < 0 || bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
            getsockname(s, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
            throw std::runtime_error("cannot find a free UDP port");
        sockets.push_back(s);
        ports.push_back(ntohs(addr.sin_port));
    }
    for (int s : sockets)
        close(s);
    return ports;
}

std::string writeTestPack(const std::filesystem::path& folder) {
    auto path = folder / "test-pack.json";
    std::ofstream(path, std::ios::binary) << kTestPack;
    return path.string();
}

ServerConfig testConfig(const std::string& packPath, const std::string& dataDir) {
    auto ports = freeUdpPorts(2);
    ServerConfig config;
    config.packPath = packPath;
    config.name = "Phòng thử " + std::to_string(ports[0]);
    config.port = ports[0];
    config.infoPort = ports[1];
    config.dataDir = dataDir;
    config.pin = kTestPin;
    return config;
}

// ---------------------------------------------------------------- learners and harness

void Learner::poll(std::uint32_t waitMs) {
    m_client.poll(waitMs, [this](net::ClientEvent& e) {
        using Kind = net::ClientEvent::Kind;
        switch (e.kind) {
            case Kind::Connected:
                m_connected = true;
                break;
            case Kind::Message:
                if (const auto* welcome = std::get_if<core::WelcomeMsg>(&*e.msg);
                    welcome && token.empty())
                    token = welcome->token;
                m_inbox.push_back(std::move(*e.msg));
                break;
            case Kind::BadMessage:
                ++m_bad;
                break;
            case Kind::Disconnected:
                m_connected = false;
                m_closed = true;
                m_close = e.close;
                break;
        }
    });
}

Harness::Harness(ServerConfig config, Mode mode) : m_config(std::move(config)), m_mode(mode) {
    m_server = std::make_unique<MatchServer>(m_config);
    m_port = m_server->port();
    if (m_mode == Mode::Threaded)
        m_thread = std::thread([this] { m_server->run(m_stop); });
}

Harness::~Harness() {
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    m_learners.clear();
    m_server.reset();
}

void Harness::pollLearners(std::uint32_t waitMs) {
    for (auto& l : m_learners)
        l->poll(0);
    if (waitMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(waitMs));
}

void Harness::step(std::uint32_t waitMs) {
    REQUIRE(m_mode == Mode::Stepped);
    m_server->runOnce(waitMs);
}

bool Harness::pumpUntil(const std::function<bool()>& done, std::uint32_t timeoutMs) {
    auto start = Clock::now();
    while (!done()) {
        if (msSince(start) > timeoutMs)
            return false;
        if (m_mode == Mode::Stepped)
            m_server->runOnce(1);
        pollLearners(m_mode == Mode::Stepped ? 0 : 1);
    }
    return true;
}

void Harness::pumpFor(std::uint32_t ms) {
    auto start = Clock::now();
    pumpUntil([&] { return msSince(start) >= ms; }, ms + 1000);
}

Learner& Harness::connect(std::uint16_t connectVersion, const std::string& host) {
    m_learners.push_back(std::make_unique<Learner>(connectVersion));
    Learner& l = *m_learners.back();
    REQUIRE(l.client().connect(host, m_port));
    return l;
}

Learner& Harness::join(const std::string& nickname, bool rich) {
    Learner& l = connect();
    REQUIRE(pumpUntil([&] { return l.connected(); }));
    l.client().send(core::JoinMsg{core::kProtocolVersion, kTestPin, {nickname}, rich});
    REQUIRE(pumpUntil([&] { return l.count<core::WelcomeMsg>() > 0; }));
    return l;
}

void Harness::drop(Learner& learner) {
    std::erase_if(m_learners, [&](const auto& l) { return l.get() == &learner; });
}

bool Harness::waitPhase(core::Phase phase, int index, std::uint32_t timeoutMs) {
    return pumpUntil(
        [&] {
            auto s = snapshot();
            return s->phase == phase && (index < 0 || s->questionIndex == index);
        },
        timeoutMs);
}

void answer(Learner& l, std::uint16_t index, std::vector<std::uint8_t> choice) {
    core::AnswerMsg msg;
    msg.questionIndex = index;
    msg.choice.value = std::move(choice);
    l.client().send(msg);
}

std::optional<core::AnswerRefusal> ackFor(const Learner& l, std::uint16_t index) {
    std::optional<core::AnswerRefusal> found;
    for (const auto& ack : l.all<core::AnswerAckMsg>())
        if (ack.questionIndex == index)
            found = ack.refusal;
    return found;
}

// ---------------------------------------------------------------- results file

namespace {

struct Query {
    sqlite3_stmt* stmt = nullptr;
    Query(sqlite3* db, const char* sql) {
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(db));
    }
    ~Query() { sqlite3_finalize(stmt); }
    bool step() { return sqlite3_step(stmt) == SQLITE_ROW; }
    std::int64_t i(int col) const { return sqlite3_column_int64(stmt, col); }
    bool isNull(int col) const { return sqlite3_column_type(stmt, col) == SQLITE_NULL; }
    std::string s(int col) const {
        const auto* text = sqlite3_column_text(stmt, col);
        return text ? reinterpret_cast<const char*>(text) : "";
    }
};

core::Choice parseChoice(const std::string& text) {
    core::Choice out;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t comma = std::min(text.find(',', at), text.size());
        out.push_back(static_cast<std::uint8_t>(std::stoi(text.substr(at, comma - at))));
        at = comma + 1;
    }
    return out;
}

}  // namespace

ResultsFile::ResultsFile(const std::string& path) {
    if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        throw std::runtime_error("cannot open " + path);
    sqlite3_busy_timeout(m_db, 2000);
}

ResultsFile::~ResultsFile() {
    sqlite3_close(m_db);
}

std::int64_t ResultsFile::lastMatchId() {
    Query q(m_db, "SELECT MAX(id) FROM matches");
    return q.step() ? q.i(0) : 0;
}

std::vector<StoredAnswer> ResultsFile::answers(std::int64_t matchId) {
    Query q(m_db,
            "SELECT q_index, player_id, choice, response_ms, points FROM answers "
            "WHERE match_id=? ORDER BY q_index, response_ms, player_id");
    sqlite3_bind_int64(q.stmt, 1, matchId);
    std::vector<StoredAnswer> out;
    while (q.step()) {
        StoredAnswer a;
        a.questionIndex = static_cast<std::uint16_t>(q.i(0));
        a.player = static_cast<core::PlayerId>(q.i(1));
        a.choice = parseChoice(q.s(2));
        a.responseMs = q.i(3);
        if (!q.isNull(4))
            a.points = static_cast<std::int32_t>(q.i(4));
        out.push_back(std::move(a));
    }
    return out;
}

std::vector<StoredPlayer> ResultsFile::players(std::int64_t matchId) {
    Query q(m_db,
            "SELECT player_id, nickname, token, score, left_match, kicked FROM players "
            "WHERE match_id=? ORDER BY player_id");
    sqlite3_bind_int64(q.stmt, 1, matchId);
    std::vector<StoredPlayer> out;
    while (q.step())
        out.push_back({static_cast<core::PlayerId>(q.i(0)), q.s(1), q.s(2),
                       static_cast<std::int32_t>(q.i(3)), q.i(4) != 0, q.i(5) != 0});
    return out;
}

bool ResultsFile::ended(std::int64_t matchId) {
    Query q(m_db, "SELECT ended_at IS NOT NULL FROM matches WHERE id=?");
    sqlite3_bind_int64(q.stmt, 1, matchId);
    return q.step() && q.i(0) != 0;
}

void ResultsFile::holdWriteLock() {
    REQUIRE(sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
}

void ResultsFile::rollback() {
    REQUIRE(sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK);
}

Replay replayMatch(const core::Pack& pack, const core::MatchConfig& config,
                   const std::vector<StoredPlayer>& players,
                   const std::vector<StoredAnswer>& answers) {
    core::Match match(std::make_shared<const core::Pack>(pack), config);
    for (const StoredPlayer& p : players) {
        auto outcome = match.join(p.nickname, "replay-" + std::to_string(p.id), false, 0);
        REQUIRE_MESSAGE(!outcome.refusal, "replay could not join " << p.nickname);
        REQUIRE(outcome.player == p.id);
    }
    Replay replay;
    core::Millis t = 0;
    REQUIRE(match.start(t));
    for (std::uint16_t q = 0; q < match.questionCount(); ++q) {
        const core::Millis openedAt = t;
        for (const StoredAnswer& a : answers)
            if (a.questionIndex == q)
                CHECK(match.answer(a.player, q, a.choice, openedAt + a.responseMs) ==
                      core::AnswerRefusal::None);
        t = openedAt + match.limitMs() + 1;
        match.tick(t);
        REQUIRE(match.phase() == core::Phase::Reveal);
        for (const StoredAnswer& a : answers)
            if (a.questionIndex == q)
                replay.points[{q, a.player}] = match.findPlayer(a.player)->lastGain;
        match.next(t);
        match.next(t);
    }
    REQUIRE(match.phase() == core::Phase::Podium);
    for (const core::Player& p : match.players())
        replay.scores[p.id] = p.score;
    return replay;
}

// ---------------------------------------------------------------- child processes
// (POSIX only: on Windows the process tests are not built; tools/windows/test.sh plays a
// whole match between dovui-server.exe and the Linux dovui-bots instead.)
#ifndef _WIN32

ChildProcess::ChildProcess(std::vector<std::string> argv) {
    int in[2], out[2];
    REQUIRE(pipe(in) == 0);
    REQUIRE(pipe(out) == 0);
    m_pid = fork();
    REQUIRE(m_pid >= 0);
    if (m_pid == 0) {
        dup2(in[0], STDIN_FILENO);
        dup2(out[1], STDOUT_FILENO);
        close(in[0]);
        close(in[1]);
        close(out[0]);
        close(out[1]);
        std::vector<char*> args;
        for (auto& a : argv)
            args.push_back(a.data());
        args.push_back(nullptr);
        execv(args[0], args.data());
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    m_in = in[1];
    m_out = out[0];
    fcntl(m_out, F_SETFL, fcntl(m_out, F_GETFL) | O_NONBLOCK);
    signal(SIGPIPE, SIG_IGN);  // a dead child must not kill the test through its stdin
}

ChildProcess::~ChildProcess() {
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        waitpid(m_pid, nullptr, 0);
    }
    close(m_in);
    close(m_out);
}

void ChildProcess::writeLine(const std::string& line) {
    std::string text = line + "\n";
    CHECK(write(m_in, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
}

std::optional<std::string> ChildProcess::readLine(std::uint32_t timeoutMs) {
    auto start = Clock::now();
    while (true) {
        if (auto nl = m_buffer.find('\n'); nl != std::string::npos) {
            std::string line = m_buffer.substr(0, nl);
            m_buffer.erase(0, nl + 1);
            m_lines.push_back(line);
            return line;
        }
        if (m_eof)
            return std::nullopt;
        std::uint32_t spent = msSince(start);
        if (spent >= timeoutMs)
            return std::nullopt;
        pollfd pfd{m_out, POLLIN, 0};
        ::poll(&pfd, 1, static_cast<int>(timeoutMs - spent));
        char chunk[4096];
        ssize_t got = read(m_out, chunk, sizeof chunk);
        if (got == 0)
            m_eof = true;
        else if (got > 0)
            m_buffer.append(chunk, static_cast<std::size_t>(got));
    }
}

std::optional<std::string> ChildProcess::waitForLine(const std::string& prefix,
                                                     std::uint32_t timeoutMs) {
    auto start = Clock::now();
    while (msSince(start) < timeoutMs) {
        auto line = readLine(timeoutMs - msSince(start));
        if (!line)
            return std::nullopt;
        if (line->rfind(prefix, 0) == 0)
            return line;
    }
    return std::nullopt;
}

void ChildProcess::readToEnd(std::uint32_t timeoutMs) {
    auto start = Clock::now();
    while (!m_eof && msSince(start) < timeoutMs)
        readLine(timeoutMs - msSince(start));
}

void ChildProcess::kill(int signal) {
    if (m_pid > 0)
        ::kill(m_pid, signal);
}

int ChildProcess::wait(std::uint32_t timeoutMs) {
    auto start = Clock::now();
    while (m_pid > 0) {
        int status = 0;
        pid_t done = waitpid(m_pid, &status, WNOHANG);
        if (done == m_pid) {
            m_pid = -1;
            return status;
        }
        if (msSince(start) > timeoutMs)
            return -1;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return -1;
}

#endif

std::string field(const std::string& line, const std::string& key) {
    std::string needle = key + "=";
    auto at = line.find(" " + needle);
    if (at == std::string::npos)
        return {};
    at += needle.size() + 1;
    return line.substr(at, line.find(' ', at) - at);
}

}  // namespace dovui::server::test

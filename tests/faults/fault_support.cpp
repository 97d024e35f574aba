#include "fault_support.hpp"

#include <signal.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>

namespace dovui::server::test {

using Clock = std::chrono::steady_clock;

std::string mountsUnavailable() {
    if (geteuid() != 0)
        return "not root: tmpfs and bind mounts need root (CI runs these as root)";
    TempDir probe;
    if (mount("tmpfs", probe.str().c_str(), "tmpfs", 0, "size=64k") != 0)
        return std::string("this kernel or container refuses a tmpfs mount: ") +
               std::strerror(errno);
    umount2(probe.str().c_str(), MNT_DETACH);
    return "";
}

std::unique_ptr<Mount> Mount::tmpfs(const std::filesystem::path& target, std::size_t bytes) {
    const std::string options = "size=" + std::to_string(bytes);
    REQUIRE_MESSAGE(mount("tmpfs", target.c_str(), "tmpfs", 0, options.c_str()) == 0,
                    "tmpfs mount: " << std::strerror(errno));
    return std::unique_ptr<Mount>(new Mount(target));
}

std::unique_ptr<Mount> Mount::bind(const std::filesystem::path& source,
                                   const std::filesystem::path& target, bool readOnly) {
    REQUIRE_MESSAGE(mount(source.c_str(), target.c_str(), nullptr, MS_BIND, nullptr) == 0,
                    "bind mount: " << std::strerror(errno));
    std::unique_ptr<Mount> m(new Mount(target));
    if (readOnly)
        REQUIRE_MESSAGE(m->setReadOnly(true), "read-only remount: " << std::strerror(errno));
    return m;
}

Mount::~Mount() {
    umount2(m_target.c_str(), MNT_DETACH);
}

bool Mount::setReadOnly(bool readOnly) {
    const unsigned long flags = MS_REMOUNT | MS_BIND | (readOnly ? MS_RDONLY : 0);
    return mount(nullptr, m_target.c_str(), nullptr, flags, nullptr) == 0;
}

std::size_t fillUp(const std::filesystem::path& path) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    REQUIRE(f);
    std::vector<char> block(64 * 1024, 'x');
    std::size_t total = 0;
    while (true) {
        std::size_t wrote = std::fwrite(block.data(), 1, block.size(), f);
        total += wrote;
        if (wrote < block.size() || std::fflush(f) != 0)
            break;
    }
    std::fclose(f);
    return total;
}

LockHolder::LockHolder(const std::string& dbPath, std::uint32_t holdMs) {
    int ready[2];
    REQUIRE(pipe(ready) == 0);
    m_pid = fork();
    REQUIRE(m_pid >= 0);
    if (m_pid == 0) {  // the other program: only SQLite and sleep from here on
        close(ready[0]);
        sqlite3* db = nullptr;
        if (sqlite3_open(dbPath.c_str(), &db) != SQLITE_OK)
            _exit(2);
        sqlite3_busy_timeout(db, 5000);
        if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
            _exit(3);
        char one = 1;
        if (write(ready[1], &one, 1) != 1)
            _exit(4);
        usleep(holdMs * 1000);
        _exit(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK ? 0 : 5);
    }
    close(ready[1]);
    char got = 0;
    const bool holding = read(ready[0], &got, 1) == 1;
    close(ready[0]);
    REQUIRE_MESSAGE(holding, "the lock holder never took the write lock");
}

LockHolder::~LockHolder() {
    if (m_pid > 0) {
        kill(m_pid, SIGKILL);
        waitpid(m_pid, nullptr, 0);
    }
}

Clock::time_point LockHolder::waitReleased() {
    int status = 0;
    REQUIRE(waitpid(m_pid, &status, 0) == m_pid);
    m_pid = -1;
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    return Clock::now();
}

Learner& ChildLearners::connect() {
    m_learners.push_back(std::make_unique<Learner>());
    Learner& l = *m_learners.back();
    REQUIRE(l.client().connect("127.0.0.1", m_port));
    return l;
}

Learner& ChildLearners::welcomed(const core::ClientMsg& hello) {
    Learner& l = connect();
    REQUIRE(pumpUntil([&] { return l.connected(); }, 5000));
    l.client().send(hello);
    REQUIRE_MESSAGE(pumpUntil([&] { return l.count<core::WelcomeMsg>() > 0; }, 5000), "no Welcome");
    return l;
}

Learner& ChildLearners::join(const std::string& nickname) {
    return welcomed(core::JoinMsg{core::kProtocolVersion, kTestPin, {nickname}, false});
}

Learner& ChildLearners::rejoin(const std::string& token) {
    Learner& l = welcomed(core::RejoinMsg{core::kProtocolVersion, kTestPin, {token}, false});
    l.token = token;
    return l;
}

bool ChildLearners::pumpUntil(const std::function<bool()>& done, std::uint32_t timeoutMs) {
    const auto start = Clock::now();
    while (!done()) {
        if (Clock::now() - start > std::chrono::milliseconds(timeoutMs))
            return false;
        for (auto& l : m_learners)
            l->poll(0);
        while (m_server.readLine(1)) {
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return true;
}

void ChildLearners::pumpFor(std::uint32_t ms) {
    const auto until = Clock::now() + std::chrono::milliseconds(ms);
    pumpUntil([&] { return Clock::now() >= until; }, ms + 1000);
}

std::optional<std::string> ChildLearners::note(const std::string& words) const {
    for (const std::string& line : m_server.output())
        if (line.rfind("NOTE ", 0) == 0 && line.find(words) != std::string::npos)
            return line;
    return std::nullopt;
}

bool ChildLearners::printed(const std::string& prefix) const {
    for (const std::string& line : m_server.output())
        if (line.rfind(prefix, 0) == 0)
            return true;
    return false;
}

int childPid(const std::string& exe) {
    const auto wanted = std::filesystem::canonical(exe);
    for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
        const std::string name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos)
            continue;
        std::ifstream stat(entry.path() / "stat");
        std::string line;
        std::getline(stat, line);
        // "pid (comm) state ppid …": the comm may hold spaces, so read after its ')'.
        const auto close = line.rfind(')');
        if (close == std::string::npos)
            continue;
        std::istringstream rest(line.substr(close + 1));
        std::string state;
        int parent = 0;
        rest >> state >> parent;
        std::error_code ec;
        if (parent == getpid() && std::filesystem::read_symlink(entry.path() / "exe", ec) == wanted)
            return std::stoi(name);
    }
    return -1;
}

int storedTimes(const std::string& dataDir, core::PlayerId player, std::uint16_t question) {
    ResultsFile results(dataDir + "/results.sqlite");
    int times = 0;
    for (const StoredAnswer& a : results.answers(results.lastMatchId()))
        times += a.player == player && a.questionIndex == question ? 1 : 0;
    return times;
}

void finishMatch(ChildProcess& server) {
    server.writeLine("end");
    REQUIRE(server.waitForLine("PODIUM", 10000));
    server.writeLine("quit");
    const int status = server.wait(10000);
    CHECK_MESSAGE(WIFEXITED(status), "dovui-server did not exit cleanly: status " << status);
    CHECK(WEXITSTATUS(status) == 0);
}

void checkAnswerHeld(ChildLearners& learners, Learner& who, core::PlayerId id,
                     const std::string& words, const std::string& dataDir) {
    REQUIRE_MESSAGE(learners.pumpUntil([&] { return learners.note(words).has_value(); }, 4000),
                    "the terminal never said: " << words);
    MESSAGE(*learners.note(words));
    CHECK(learners.note("Không ghi được kết quả"));
    learners.pumpFor(1500);  // the retries go on, the answer stays held
    CHECK_FALSE(ackFor(who, 0));
    CHECK(storedTimes(dataDir, id, 0) == 0);
}

bool acked(const Learner& l, std::uint16_t index) {
    auto refusal = ackFor(l, index);
    return refusal && *refusal == core::AnswerRefusal::None;
}

}  // namespace dovui::server::test

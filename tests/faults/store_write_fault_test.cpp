// Store faults while a match is on (issue 12): another program holding the results file's
// write lock, a full disk, a file size limit (a read-only folder: store_read_only_test.cpp). Each
// against a real dovui-server child with learners over ENet: the server keeps serving, an answer is
// not acknowledged until it is stored, the terminal says what is wrong in plain words, and when the
// fault clears every held answer is stored exactly once and acknowledged.
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <doctest/doctest.h>

#include <thread>

#include "bots_ack_log.hpp"
#include "fault_support.hpp"

using namespace dovui;
using namespace dovui::server::test;

namespace {

using Clock = std::chrono::steady_clock;

long long msBetween(Clock::time_point from, Clock::time_point to) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(to - from).count();
}

/// A match of two learners (An, Bình) on a dovui-server child, its first question open.
struct TwoLearnerMatch {
    explicit TwoLearnerMatch(const std::string& dataDir)
        : ports(freeUdpPorts(2)),
          server(botServerArgs(writeCrashPack(packDir.path()), dataDir, ports, 2)) {
        REQUIRE(server.waitForLine("READY", 10000));
        learners = std::make_unique<ChildLearners>(server, ports[0]);
        an = &learners->join("An");
        binh = &learners->join("Bình");
        REQUIRE(learners->pumpUntil(
            [&] {
                return an->count<core::QuestionMsg>() == 1 && binh->count<core::QuestionMsg>() == 1;
            },
            5000));
    }
    void checkHeld(Learner& who, core::PlayerId id, const std::string& words,
                   const std::string& dataDir) {
        checkAnswerHeld(*learners, who, id, words, dataDir);
    }

    TempDir packDir;
    std::vector<std::uint16_t> ports;
    ChildProcess server;
    std::unique_ptr<ChildLearners> learners;
    Learner* an = nullptr;
    Learner* binh = nullptr;
};

/// After the fault cleared: the held answer acknowledged and stored once, the terminal says
/// so, a new answer goes through at once, and each is stored exactly once.
void checkRecovered(TwoLearnerMatch& m, const std::string& dataDir, Clock::time_point cleared) {
    REQUIRE(m.learners->pumpUntil([&] { return acked(*m.an, 0); }, 4000));
    MESSAGE("held acknowledgement sent " << msBetween(cleared, Clock::now())
                                         << " ms after the fault cleared");
    CHECK(m.an->count<core::AnswerAckMsg>() == 1);
    REQUIRE(m.learners->pumpUntil([&] { return m.learners->note("Đã ghi lại được").has_value(); },
                                  3000));
    const auto sent = Clock::now();
    answer(*m.binh, 0, {2});
    REQUIRE(m.learners->pumpUntil([&] { return acked(*m.binh, 0); }, 3000));
    CHECK(msBetween(sent, Clock::now()) < 1000);
    finishMatch(m.server);
    CHECK(storedTimes(dataDir, 1, 0) == 1);
    CHECK(storedTimes(dataDir, 2, 0) == 1);
}

}  // namespace

TEST_SUITE("store faults") {
    TEST_CASE(
        "another program holds the write lock for 5 s: the loop goes on, the answer's "
        "acknowledgement waits for its commit") {
        TempDir data;
        TwoLearnerMatch m(data.str());
        LockHolder lock(data.str() + "/results.sqlite", 5000);
        const auto lockedAt = Clock::now();
        answer(*m.an, 0, {1});
        // The loop is not frozen by the lock: a learner arriving now is welcomed at once.
        Learner& chi = m.learners->connect();
        REQUIRE(m.learners->pumpUntil([&] { return chi.connected(); }, 2000));
        const auto knocked = Clock::now();
        chi.client().send(core::JoinMsg{core::kProtocolVersion, kTestPin, {"Chi"}, false});
        REQUIRE(m.learners->pumpUntil([&] { return chi.count<core::WelcomeMsg>() == 1; }, 2000));
        const long long welcomeMs = msBetween(knocked, Clock::now());
        CHECK(welcomeMs < 1000);
        m.checkHeld(*m.an, 1, "chương trình khác", data.str());
        CHECK(msBetween(lockedAt, Clock::now()) < 4500);  // checked while it is still held
        const auto released = lock.waitReleased();
        MESSAGE("a learner joining during the lock was welcomed in " << welcomeMs << " ms");
        checkRecovered(m, data.str(), released);
    }

    TEST_CASE("a full disk (a small tmpfs filled up mid-question): held, then stored once") {
        if (auto why = mountsUnavailable(); !why.empty()) {
            MESSAGE("skipped: " << why);
            return;
        }
        TempDir dir;
        const auto data = dir.path() / "data";
        std::filesystem::create_directory(data);
        auto disk = Mount::tmpfs(data, 4 << 20);
        TwoLearnerMatch m(data.string());
        const std::size_t filled = fillUp(data / "filler");
        MESSAGE("tmpfs of 4 MiB filled with " << filled << " bytes");
        answer(*m.an, 0, {1});
        m.checkHeld(*m.an, 1, "ổ đĩa đầy", data.string());
        std::filesystem::remove(data / "filler");
        checkRecovered(m, data.string(), Clock::now());
    }

    TEST_CASE(
        "a file size limit (RLIMIT_FSIZE set on the running server at the WAL's size): held, "
        "the server is not killed by SIGXFSZ, stored once when the limit is lifted") {
        TempDir data;
        TwoLearnerMatch m(data.str());
        const auto wal = data.path() / "results.sqlite-wal";
        const auto walBytes = std::filesystem::file_size(wal);
        const auto dbBytes = std::filesystem::file_size(data.path() / "results.sqlite");
        MESSAGE("results file " << dbBytes << " bytes, its WAL " << walBytes << " bytes");
        const int serverPid = childPid(DOVUI_SERVER_EXE);
        REQUIRE(serverPid > 0);
        rlimit limit{static_cast<rlim_t>(walBytes), RLIM_INFINITY};
        REQUIRE(prlimit(serverPid, RLIMIT_FSIZE, &limit, nullptr) == 0);
        answer(*m.an, 0, {1});
        m.checkHeld(*m.an, 1, "Không ghi được kết quả", data.str());
        limit.rlim_cur = RLIM_INFINITY;
        REQUIRE(prlimit(serverPid, RLIMIT_FSIZE, &limit, nullptr) == 0);
        checkRecovered(m, data.str(), Clock::now());
    }

    TEST_CASE(
        "a write lock held across the question's end: no reveal tells a learner their answer "
        "counted before it is stored") {
        TempDir data;
        TempDir packDir;
        const auto ports = freeUdpPorts(2);
        ChildProcess server(botServerArgs(writeTestPack(packDir.path()), data.str(), ports, 2));
        REQUIRE(server.waitForLine("READY", 10000));
        ChildLearners learners(server, ports[0]);
        Learner& an = learners.join("An");
        Learner& binh = learners.join("Bình");
        REQUIRE(learners.pumpUntil([&] { return binh.count<core::QuestionMsg>() == 1; }, 5000));
        const auto opened = Clock::now();  // a 5 s question
        answer(an, 0, {1});
        REQUIRE(learners.pumpUntil([&] { return acked(an, 0); }, 2000));
        learners.pumpUntil([&] { return msBetween(opened, Clock::now()) > 2500; }, 3000);
        LockHolder lock(data.str() + "/results.sqlite", 5000);  // until well past the close
        answer(binh, 0, {0});
        REQUIRE(learners.pumpUntil([&] { return learners.printed("REVEAL 1"); }, 4000));
        learners.pumpFor(500);
        CHECK(msBetween(opened, Clock::now()) < 7000);  // still locked
        CHECK_FALSE(ackFor(binh, 0));
        CHECK(binh.count<core::RevealMsg>() == 0);  // nothing says Bình's answer counted
        CHECK(storedTimes(data.str(), 2, 0) == 0);
        lock.waitReleased();
        REQUIRE(learners.pumpUntil([&] { return binh.count<core::RevealMsg>() == 1; }, 4000));
        CHECK(acked(binh, 0));
        CHECK(binh.last<core::RevealMsg>()->answered);
        CHECK(an.count<core::RevealMsg>() == 1);
        finishMatch(server);
        CHECK(storedTimes(data.str(), 2, 0) == 1);
    }
}

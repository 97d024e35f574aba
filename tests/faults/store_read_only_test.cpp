// A read-only results folder (issue 12), both real cases: a USB stick that comes back
// write-protected after a crash (a read-only bind mount), and the folder and its files made
// read-only (chmod) while an unprivileged server is running. The running server keeps writing
// through the files it has open (the kernel checks permissions when a file is opened); resumed
// into the read-only folder it plays on, holds every answer unacknowledged and says why, and
// stores each once when the folder is writable again.
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include "bots_ack_log.hpp"
#include "fault_support.hpp"

using namespace dovui;
using namespace dovui::server::test;
namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

struct ReadOnlyCase {
    std::vector<std::string> runAs;  ///< put before dovui-server's command line
    fs::path data;                   ///< where the first server writes
    fs::path resumeDir;              ///< what the resumed server is given as its data folder
    std::function<void()> midMatch;  ///< made read-only while the first server runs, or null
    std::function<void()> afterCrash;
    std::function<void()> makeWritable;
};

std::vector<std::string> serverCommand(const ReadOnlyCase& c, const std::string& pack,
                                       const fs::path& dataDir,
                                       const std::vector<std::uint16_t>& ports, bool resume) {
    std::vector<std::string> args = c.runAs;
    for (std::string& a : botServerArgs(pack, dataDir.string(), ports, 2))
        args.push_back(std::move(a));
    if (resume)
        args.emplace_back("--resume");
    return args;
}

/// An answers and is acknowledged, the server is killed, resumed into the read-only folder:
/// Bình's answer is held until the folder is writable, then each answer is stored once.
void crashThenResumeReadOnly(const ReadOnlyCase& c) {
    TempDir packDir;
    fs::permissions(packDir.path(), fs::perms::all, fs::perm_options::add);
    const std::string pack = writeCrashPack(packDir.path());
    const auto ports = freeUdpPorts(2);
    std::string anToken, binhToken;
    {
        ChildProcess first(serverCommand(c, pack, c.data, ports, false));
        REQUIRE(first.waitForLine("READY", 10000));
        ChildLearners learners(first, ports[0]);
        Learner& an = learners.join("An");
        Learner& binh = learners.join("Bình");
        REQUIRE(learners.pumpUntil([&] { return an.count<core::QuestionMsg>() == 1; }, 5000));
        if (c.midMatch)
            c.midMatch();
        answer(an, 0, {1});
        REQUIRE(learners.pumpUntil([&] { return acked(an, 0); }, 3000));
        CHECK(storedTimes(c.data.string(), 1, 0) == 1);
        anToken = an.token;
        binhToken = binh.token;
        first.kill(SIGKILL);
        REQUIRE(WIFSIGNALED(first.wait(5000)));
    }
    c.afterCrash();
    ChildProcess server(serverCommand(c, pack, c.resumeDir, ports, true));
    REQUIRE_MESSAGE(server.waitForLine("READY", 10000),
                    "dovui-server did not resume from a read-only folder");
    ChildLearners learners(server, ports[0]);
    Learner& an = learners.rejoin(anToken);
    Learner& binh = learners.rejoin(binhToken);
    CHECK(an.last<core::WelcomeMsg>()->answeredCurrent);
    answer(binh, 0, {2});
    checkAnswerHeld(learners, binh, 2, "chỉ cho đọc", c.data.string());
    c.makeWritable();
    const auto writable = Clock::now();
    REQUIRE(learners.pumpUntil([&] { return acked(binh, 0); }, 4000));
    MESSAGE(
        "held acknowledgement sent "
        << std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - writable).count()
        << " ms after the folder became writable");
    REQUIRE(learners.pumpUntil([&] { return learners.note("Đã ghi lại được").has_value(); }, 3000));
    finishMatch(server);
    CHECK(storedTimes(c.data.string(), 1, 0) == 1);
    CHECK(storedTimes(c.data.string(), 2, 0) == 1);
    ResultsFile results(c.data.string() + "/results.sqlite");
    CHECK(results.lastMatchId() == 1);
}

/// chmod of the folder and of every file in it.
void chmodAll(const fs::path& dir, fs::perms folder, fs::perms files) {
    for (const auto& entry : fs::directory_iterator(dir))
        fs::permissions(entry.path(), files);
    fs::permissions(dir, folder);
}

}  // namespace

TEST_SUITE("store faults") {
    TEST_CASE("--resume into a read-only mount (a write-protected USB stick after a crash)") {
        if (auto why = mountsUnavailable(); !why.empty()) {
            MESSAGE("skipped: " << why);
            return;
        }
        TempDir dir;
        ReadOnlyCase c;
        c.data = dir.path() / "data";
        c.resumeDir = dir.path() / "seen";
        fs::create_directory(c.data);
        fs::create_directory(c.resumeDir);
        std::unique_ptr<Mount> mount;
        c.afterCrash = [&] { mount = Mount::bind(c.data, c.resumeDir, true); };
        c.makeWritable = [&] { REQUIRE(mount->setReadOnly(false)); };
        crashThenResumeReadOnly(c);
    }

    TEST_CASE(
        "the folder and its files chmod'ed read-only mid-match under an unprivileged server, "
        "then resumed there") {
        const passwd* nobody = getpwnam("nobody");
        if (geteuid() != 0 || !nobody || !fs::exists("/usr/bin/setpriv")) {
            MESSAGE(
                "skipped: needs root, the user nobody and setpriv to run the server "
                "unprivileged (root ignores file permissions)");
            return;
        }
        TempDir dir;
        fs::permissions(dir.path(), fs::perms::all, fs::perm_options::add);
        ReadOnlyCase c;
        c.data = c.resumeDir = dir.path() / "data";
        fs::create_directory(c.data);
        REQUIRE(chown(c.data.c_str(), nobody->pw_uid, nobody->pw_gid) == 0);
        c.runAs = {"/usr/bin/setpriv", "--reuid=" + std::to_string(nobody->pw_uid),
                   "--regid=" + std::to_string(nobody->pw_gid), "--clear-groups", "--"};
        const auto readOnly =
            fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read;
        const auto folder =
            readOnly | fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec;
        c.midMatch = [&] { chmodAll(c.data, folder, readOnly); };  // still stored: open files
        c.afterCrash = [] {};
        c.makeWritable = [&] {
            chmodAll(c.data, folder | fs::perms::owner_write, readOnly | fs::perms::owner_write);
        };
        crashThenResumeReadOnly(c);
    }
}

// A results file the game cannot use (issue 12): garbage, truncated, another program's
// database, a WAL with a damaged frame. `--resume` is refused in words (what is wrong, the
// file kept as it was, how to start a new match) and leaves every byte as it was; a new match
// starts in a new file with the old one kept aside, and stores its answers.
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <random>

#include "bots_ack_log.hpp"
#include "dovui/store/file_check.hpp"
#include "fault_support.hpp"

using namespace dovui;
using namespace dovui::server;
using dovui::store::walCommitsLost;
using namespace dovui::server::test;
namespace fs = std::filesystem;

namespace {

constexpr const char* kSuffixes[] = {"", "-wal", "-shm"};

std::string bytesOf(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// A match killed with SIGKILL mid-question (two learners, one answer acknowledged): the store
/// as the laptop left it, its WAL full of frames.
void crashedMatch(const fs::path& dataDir) {
    TempDir packDir;
    const auto ports = freeUdpPorts(2);
    ChildProcess server(botServerArgs(writeCrashPack(packDir.path()), dataDir.string(), ports, 2));
    REQUIRE(server.waitForLine("READY", 10000));
    ChildLearners learners(server, ports[0]);
    Learner& an = learners.join("An");
    learners.join("Bình");
    REQUIRE(learners.pumpUntil([&] { return an.count<core::QuestionMsg>() == 1; }, 5000));
    answer(an, 0, {1});
    REQUIRE(learners.pumpUntil([&] { return acked(an, 0); }, 3000));
    server.kill(SIGKILL);
    REQUIRE(WIFSIGNALED(server.wait(5000)));
    REQUIRE(fs::file_size(dataDir / "results.sqlite-wal") > 4096);
}

void copyStore(const fs::path& from, const fs::path& to) {
    fs::create_directory(to);
    for (const char* suffix : kSuffixes)
        if (fs::exists(from / (std::string("results.sqlite") + suffix)))
            fs::copy_file(from / (std::string("results.sqlite") + suffix),
                          to / (std::string("results.sqlite") + suffix));
}

void writeBytes(const fs::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

/// The store's files and their bytes.
std::map<std::string, std::string> snapshotFiles(const fs::path& dir) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::directory_iterator(dir))
        files[entry.path().filename().string()] = bytesOf(entry.path());
    return files;
}

/// --resume refused with `what` in its words and nothing touched; then a new match starts in
/// a new file, the old one kept aside byte for byte, and an answer is stored once.
void checkRefusedThenFresh(const fs::path& dataDir, const std::string& what) {
    TempDir packDir;
    const std::string pack = writeTestPack(packDir.path());
    const auto before = snapshotFiles(dataDir);
    ServerConfig config = testConfig(pack, dataDir.string());
    config.resume = true;
    const std::string message = startupError(config);
    MESSAGE(message);
    CHECK(message.find(what) != std::string::npos);
    CHECK(message.find("giữ nguyên") != std::string::npos);
    CHECK(message.find("không có --resume") != std::string::npos);
    CHECK(message.find("cất sang một bên") != std::string::npos);
    CHECK(snapshotFiles(dataDir) == before);  // not a byte changed, no file added

    config.resume = false;
    Harness h(config);
    const std::string note = h.snapshot()->lastError;
    MESSAGE(note);
    CHECK(note.find(what) != std::string::npos);
    CHECK(note.find("đã cất sang") != std::string::npos);
    // The old file (and its WAL) kept aside under a new name, unchanged.
    const std::string original = before.at("results.sqlite");
    int keptAside = 0;
    for (const auto& entry : fs::directory_iterator(dataDir)) {
        const std::string name = entry.path().filename().string();
        if (name.find(".hong-") == std::string::npos)
            continue;
        const std::string from = name.find("-wal") != std::string::npos   ? "results.sqlite-wal"
                                 : name.find("-shm") != std::string::npos ? "results.sqlite-shm"
                                                                          : "results.sqlite";
        CHECK(note.find(name.substr(0, name.find(".sqlite") + 7)) != std::string::npos);
        if (from != "results.sqlite-shm")  // SQLite's shared index, rebuilt from the WAL
            CHECK_MESSAGE(bytesOf(entry.path()) == before.at(from), name << " changed");
        ++keptAside;
    }
    CHECK(keptAside >= 1);
    Learner& an = h.join("An");
    h.command(CmdStart{});
    REQUIRE(h.waitPhase(core::Phase::Question, 0));
    answer(an, 0, {1});
    REQUIRE(h.pumpUntil([&] { return ackFor(an, 0).has_value(); }));
    CHECK(*ackFor(an, 0) == core::AnswerRefusal::None);
    ResultsFile results((dataDir / "results.sqlite").string());
    CHECK(results.lastMatchId() == 1);
    CHECK(results.answers(1).size() == 1);
}

}  // namespace

TEST_SUITE("store faults") {
    TEST_CASE("damaged results files: refused for --resume in words, kept aside for a new match") {
        TempDir dir;
        const fs::path crashed = dir.path() / "crashed";
        fs::create_directory(crashed);
        crashedMatch(crashed);

        SUBCASE("garbage where the results file was") {
            const fs::path d = dir.path() / "garbage";
            copyStore(crashed, d);
            std::mt19937 random(7);
            std::string noise(20000, '\0');
            for (char& c : noise)
                c = static_cast<char>(random());
            writeBytes(d / "results.sqlite", noise);
            checkRefusedThenFresh(d, "không phải tệp SQLite");
        }
        SUBCASE("a results file cut short (the WAL folded in first)") {
            const fs::path d = dir.path() / "truncated";
            copyStore(crashed, d);
            sqlite3* db = nullptr;
            REQUIRE(sqlite3_open((d / "results.sqlite").c_str(), &db) == SQLITE_OK);
            REQUIRE(sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE",
                                 nullptr, nullptr, nullptr) == SQLITE_OK);
            sqlite3_close(db);
            const auto size = fs::file_size(d / "results.sqlite");
            MESSAGE("results file of " << size << " bytes cut to " << size / 2);
            fs::resize_file(d / "results.sqlite", size / 2);
            checkRefusedThenFresh(d, "bị hỏng");
        }
        SUBCASE("another program's SQLite database") {
            const fs::path d = dir.path() / "foreign";
            fs::create_directory(d);
            sqlite3* db = nullptr;
            REQUIRE(sqlite3_open((d / "results.sqlite").c_str(), &db) == SQLITE_OK);
            REQUIRE(sqlite3_exec(db,
                                 "CREATE TABLE contacts(name TEXT, phone TEXT);"
                                 "INSERT INTO contacts VALUES('Bà Năm', '0912345678')",
                                 nullptr, nullptr, nullptr) == SQLITE_OK);
            sqlite3_close(db);
            checkRefusedThenFresh(d, "chương trình khác");
        }
        SUBCASE("a WAL with a damaged frame before saved writes") {
            const fs::path d = dir.path() / "wal";
            copyStore(crashed, d);
            CHECK(walCommitsLost(d / "results.sqlite-wal") == 0);  // as the crash left it
            std::string wal = bytesOf(d / "results.sqlite-wal");
            const std::size_t frame = 24 + 4096;
            REQUIRE(wal.size() >= 32 + 3 * frame);
            wal[32 + frame + 24 + 100] ^= 0x5a;  // a byte of the second frame's page
            writeBytes(d / "results.sqlite-wal", wal);
            const int lost = walCommitsLost(d / "results.sqlite-wal");
            MESSAGE("WAL of " << wal.size() / frame << " frames: " << lost
                              << " saved writes after the damaged frame");
            CHECK(lost > 0);
            checkRefusedThenFresh(d, "-wal");
        }
    }
}

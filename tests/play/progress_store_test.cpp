// Practice progress on disk (issue 5): saved per pack in the data folder, crash-safe, and a
// corrupted file gives a clear message, a fresh start, and is kept aside as ".bad".
#include <doctest/doctest.h>

#include <fstream>

#include "dovui/play/session/data_folder.hpp"
#include "dovui/play/session/progress_store.hpp"
#include "dovui/play/session/rejoin_ticket.hpp"
#include "play_test_support.hpp"

using namespace dovui;
using namespace dovui::play;

namespace {

core::PracticeProgress sampleProgress(const std::string& packId) {
    core::PracticeProgress p;
    p.packId = packId;
    p.turn = 3;
    p.cards["sms-01"] = core::CardState{2, 20001, 0, 0, 1, 0, false};
    p.cards["qr-02"] = core::CardState{1, 20001, 6, 2, 0, 1, true};
    return p;
}

std::string readAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("progress: the data folder follows XDG_DATA_HOME") {
    const char* old = std::getenv("XDG_DATA_HOME");
    std::string saved = old ? old : "";
    setenv("XDG_DATA_HOME", "/tmp/xdg-test", 1);
    CHECK(userDataFolder() == std::filesystem::path("/tmp/xdg-test/dovui"));
    if (old)
        setenv("XDG_DATA_HOME", saved.c_str(), 1);
    else
        unsetenv("XDG_DATA_HOME");
}

TEST_CASE("progress: a pack never practised starts fresh without a message") {
    test::TempDir dir;
    ProgressStore store(dir.path() / "practice");
    LoadedProgress loaded = store.load("vi-an-toan-so", core::Lang::Vi);
    CHECK(loaded.message.empty());
    CHECK(loaded.progress.packId == "vi-an-toan-so");
    CHECK(loaded.progress.cards.empty());
}

TEST_CASE("progress: saved and loaded back, one file per pack, no temporary left behind") {
    test::TempDir dir;
    ProgressStore store(dir.path() / "practice");
    store.save(sampleProgress("vi-an-toan-so"));
    store.save(sampleProgress("en-first-class"));
    CHECK(std::filesystem::exists(dir.path() / "practice" / "vi-an-toan-so.json"));
    CHECK(std::filesystem::exists(dir.path() / "practice" / "en-first-class.json"));
    CHECK_FALSE(std::filesystem::exists(dir.path() / "practice" / "vi-an-toan-so.json.tmp"));
    LoadedProgress loaded = store.load("vi-an-toan-so", core::Lang::Vi);
    CHECK(loaded.message.empty());
    CHECK(loaded.progress == sampleProgress("vi-an-toan-so"));
}

TEST_CASE("progress: an odd pack id cannot escape the folder") {
    test::TempDir dir;
    ProgressStore store(dir.path());
    CHECK(store.fileFor("../../etc/passwd").parent_path() == dir.path());
    CHECK(store.fileFor("").parent_path() == dir.path());
}

TEST_CASE("progress: a crash mid-write leaves the previous file whole") {
    test::TempDir dir;
    ProgressStore store(dir.path());
    store.save(sampleProgress("p"));
    const std::string before = readAll(store.fileFor("p"));
    // What a crash between write and rename leaves: a half-written temporary file.
    std::ofstream(store.fileFor("p").string() + ".tmp") << "{\"practice\": {\"format\": 1, \"pro";
    LoadedProgress loaded = store.load("p", core::Lang::Vi);
    CHECK(loaded.message.empty());
    CHECK(loaded.progress == sampleProgress("p"));
    CHECK(readAll(store.fileFor("p")) == before);
    // And the next save replaces the stale temporary.
    store.save(sampleProgress("p"));
    CHECK(store.load("p", core::Lang::Vi).progress == sampleProgress("p"));
}

TEST_CASE("progress: a corrupted file gives a clear message, a fresh start, and is kept aside") {
    test::TempDir dir;
    ProgressStore store(dir.path());
    const auto file = store.fileFor("p");
    const char* damage[] = {
        "",                                             // emptied by a crash of the disk
        "{\"practice\": {\"format\": 1, \"progress\"",  // cut short
        "\x01\x02garbage\xff",                          // not JSON at all
        "{\"practice\": {\"format\": 9, \"progress\": {\"packId\": \"p\", \"turn\": 0, "
        "\"cards\": []}}}",  // a future format
        "{\"practice\": {\"format\": 1, \"progress\": {\"packId\": \"other\", \"turn\": 0, "
        "\"cards\": []}}}",  // another pack's file
    };
    for (const char* bytes : damage) {
        CAPTURE(bytes);
        std::filesystem::remove(file.string() + ".bad");
        std::ofstream(file, std::ios::binary) << bytes;
        LoadedProgress loaded = store.load("p", core::Lang::Vi);
        CHECK(loaded.message.find("Không đọc được tiến độ") != std::string::npos);
        CHECK(loaded.message.find(".bad") != std::string::npos);
        CHECK(loaded.progress.packId == "p");
        CHECK(loaded.progress.cards.empty());
        CHECK(loaded.keptAside == std::filesystem::path(file.string() + ".bad"));
        CHECK(readAll(loaded.keptAside) == bytes);
        CHECK_FALSE(std::filesystem::exists(file));
        // A fresh start saves normally afterwards.
        store.save(loaded.progress);
        CHECK(store.load("p", core::Lang::En).message.empty());
        std::filesystem::remove(file);
    }
}

TEST_CASE("progress: impossible values are treated as corruption") {
    test::TempDir dir;
    ProgressStore store(dir.path());
    core::PracticeProgress bad = sampleProgress("p");
    bad.cards["sms-01"].box = 42;
    store.save(bad);
    LoadedProgress loaded = store.load("p", core::Lang::En);
    CHECK(loaded.message.find("damaged") != std::string::npos);
    CHECK(loaded.detail.find("impossible") != std::string::npos);
    CHECK(loaded.progress.cards.empty());
}

TEST_CASE("rejoin ticket: saved, loaded while fresh, ignored when stale or damaged") {
    test::TempDir dir;
    TicketStore store(dir.path() / "rejoin.json");
    CHECK_FALSE(store.load(1000).has_value());
    RejoinTicket t{"192.168.1.5", 27960, 246813, "tok", "Bà Tư", "Lớp thôn 3", 1000};
    REQUIRE(store.save(t));
    REQUIRE(store.load(1000 + 60).has_value());
    CHECK(*store.load(1000 + 60) == t);
    CHECK_FALSE(store.load(1000 + kTicketMaxAgeSeconds + 1).has_value());
    std::ofstream(store.file()) << "{ broken";
    CHECK_FALSE(store.load(1000).has_value());
    store.clear();
    CHECK_FALSE(std::filesystem::exists(store.file()));
}

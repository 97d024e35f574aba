// One reader of the results store (issue 12): `--resume` and the reports read the same rows
// of a real file the server wrote, and a damaged value is refused in words, never passed on.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include "dovui/store/store.hpp"
#include "dovui/store/store_reader.hpp"
#include "server_test_support.hpp"

using namespace dovui;
using namespace dovui::server;
using namespace dovui::server::test;

namespace {

/// A match that stops mid-question 2 after a revealed question 1, as after a crash: An
/// answered both questions (right, then wrong), Bình only the first (wrong).
std::string crashedMatch(const TempDir& dir) {
    std::string pack = writeTestPack(dir.path());
    Harness h(testConfig(pack, dir.str()));
    Learner& an = h.join("An");
    Learner& binh = h.join("Bình");
    h.command(CmdStart{});
    REQUIRE(h.waitPhase(core::Phase::Question, 0));
    answer(an, 0, {1});
    answer(binh, 0, {0});
    REQUIRE(h.pumpUntil([&] { return an.count<core::RevealMsg>() == 1; }));
    h.command(CmdNext{});
    h.command(CmdNext{});
    REQUIRE(h.waitPhase(core::Phase::Question, 1));
    answer(an, 1, {1});
    REQUIRE(h.pumpUntil([&] { return an.count<core::AnswerAckMsg>() == 2; }));
    return (dir.path() / "results.sqlite").string();
}

void damage(const std::string& path, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

/// What StoreReader(path).loadMatch of the latest match threw, or "" when it read the file.
std::string reportRefusal(const std::string& path, core::Lang lang) {
    try {
        store::StoreReader reader(path, lang);
        (void)reader.loadMatch(reader.latestMatchId().value());
    } catch (const store::DamagedStore& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("the report's reader and --resume read the same rows of one file") {
    TempDir dir;
    const std::string path = crashedMatch(dir);

    store::StoreReader reader(path, core::Lang::Vi);  // as dovui-report opens it: read-only
    const std::optional<std::int64_t> unfinished = reader.unfinishedMatchId();
    REQUIRE(unfinished);
    CHECK(reader.latestMatchId() == unfinished);
    const store::MatchRecord m = reader.loadMatch(*unfinished);
    REQUIRE(m.players.size() == 2);
    REQUIRE(m.answers.size() == 3);
    CHECK(m.pin == kTestPin);
    CHECK(m.phase == static_cast<int>(core::Phase::Question));
    CHECK(m.questionIndex == 1);
    CHECK(m.answers[0].choice == std::vector<int>{1});
    CHECK(m.answers[0].correct);
    CHECK(m.answers[1].choice == std::vector<int>{0});
    CHECK_FALSE(m.answers[1].correct);
    CHECK(m.answers[2].questionIndex == 1);
    CHECK_FALSE(m.answers[2].points);  // still open: graded on reading
    CHECK_FALSE(m.answers[2].correct);

    store::Store writer(path);  // as dovui-server --resume opens it
    const std::optional<store::SavedMatch> saved = writer.loadUnfinished();
    REQUIRE(saved);
    CHECK(saved->matchId == m.id);
    CHECK(saved->pin == m.pin);
    CHECK(saved->packJson == m.packJson);
    CHECK(saved->config.matchName == m.place);
    CHECK(static_cast<int>(saved->state.phase) == m.phase);
    CHECK(saved->state.questionIndex == m.questionIndex);
    REQUIRE(saved->state.players.size() == m.players.size());
    for (std::size_t i = 0; i < m.players.size(); ++i) {
        const core::Player& p = saved->state.players[i];
        CHECK(p.id == m.players[i].id);
        CHECK(p.nickname == m.players[i].nickname);
        CHECK(p.token == m.players[i].token);
        CHECK(p.score == m.players[i].score);
        CHECK(p.streak == m.players[i].streak);
    }
    CHECK(m.players[0].score > 0);  // An's right answer, revealed before the crash
    REQUIRE(saved->state.currentAnswers.size() == 1);  // the open question's, as the report's
    const core::AnswerRecord& open = saved->state.currentAnswers[0];
    CHECK(open.player == m.answers[2].playerId);
    CHECK(open.questionIndex == 1);
    CHECK(open.choice == core::Choice{1});
    CHECK(open.responseMs == m.answers[2].responseMs);
}

TEST_CASE("a stored choice that is not an option number is refused by the one reader") {
    TempDir dir;
    const std::string path = crashedMatch(dir);
    SUBCASE("not a number") {
        damage(path, "UPDATE answers SET choice='1;DROP' WHERE q_index=1");
        const std::string vi = reportRefusal(path, core::Lang::Vi);
        CHECK(vi.find(path) == 0);  // the report names the file
        CHECK(vi.find("tệp kết quả bị hỏng") != std::string::npos);
        CHECK(vi.find("câu 2, người chơi 1") != std::string::npos);
        CHECK(vi.find("\"1;DROP\" không phải danh sách số phương án") != std::string::npos);
        const std::string en = reportRefusal(path, core::Lang::En);
        CHECK(en.find("damaged results file") != std::string::npos);
        CHECK(en.find("\"1;DROP\" is not a list of option numbers") != std::string::npos);
        store::Store writer(path);
        CHECK_THROWS_WITH_AS(writer.loadUnfinished(), doctest::Contains("không phải danh sách"),
                             store::DamagedStore);
    }
    SUBCASE("an empty item") {
        damage(path, "UPDATE answers SET choice='1,' WHERE q_index=0 AND player_id=1");
        CHECK(reportRefusal(path, core::Lang::En).find("\"1,\" is not a list") !=
              std::string::npos);
    }
    SUBCASE("out of its question's range") {
        damage(path, "UPDATE answers SET choice='2' WHERE q_index=1");  // true/false: 0 or 1
        CHECK(reportRefusal(path, core::Lang::Vi).find("ngoài các phương án (2; câu có 2") !=
              std::string::npos);
        store::Store writer(path);
        CHECK_THROWS_AS(writer.loadUnfinished(), store::DamagedStore);
        ServerConfig config = testConfig(writeTestPack(dir.path()), dir.str());
        config.resume = true;
        CHECK_THROWS_WITH(MatchServer{config}, doctest::Contains("không có --resume"));
    }
    SUBCASE("a right answer out of range") {
        damage(path, "UPDATE questions SET correct='9' WHERE q_index=0");
        CHECK(reportRefusal(path, core::Lang::En).find("match 1, question 1: an answer outside") !=
              std::string::npos);
    }
    SUBCASE("an undamaged file reads") {
        CHECK(reportRefusal(path, core::Lang::Vi).empty());
    }
}

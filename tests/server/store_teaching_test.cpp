// The results store records what each question teaches (issue 13) and the easy-first choice,
// and opens stores written before those columns existed.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include "dovui/server/match_server.hpp"
#include "dovui/store/sql_statement.hpp"
#include "dovui/store/store.hpp"
#include "server_test_support.hpp"

using namespace dovui;
using namespace dovui::server;
using namespace dovui::store;
using namespace dovui::server::test;

namespace {

core::Question taughtQuestion() {
    core::Question q;
    q.id = "sms-01";
    q.kind = core::QuestionKind::Spot;
    q.text = "Chạm vào chỗ đáng ngờ";
    q.options = {"SenVangBank", "senvang-baomat[.]vip"};
    q.correct = {1};
    q.explanation = "Đường link lạ.";
    q.topics = {"sms"};
    q.card = core::ScenarioCard{core::SmsCard{"SenVangBank", "", "senvang-baomat[.]vip"}, {}};
    q.genuineCard = false;
    q.difficulty = 2;
    q.techniques = {core::Technique::Impersonation, core::Technique::LinkApp};
    return q;
}

}  // namespace

TEST_CASE("a question's techniques, difficulty and genuine card are stored; easy first resumes") {
    TempDir dir;
    const std::string path = (dir.path() / "results.sqlite").string();
    {
        Store store(path);
        core::MatchConfig config;
        config.easyFirst = true;
        core::Pack pack;
        pack.id = "p";
        pack.questions = {taughtQuestion()};
        store.begin();
        std::int64_t id = store.createMatch(123456, config, pack, "{}", 1);
        core::Player p;
        p.id = 1;
        p.nickname = "Bà Năm";
        store.addPlayer(id, p);
        store.questionOpened(id, 0, taughtQuestion(), 2);
        core::Question plain = taughtQuestion();
        plain.card.reset();
        plain.techniques.clear();
        store.questionOpened(id, 1, plain, 3);
        store.commit();
        auto saved = store.loadUnfinished();
        REQUIRE(saved);
        CHECK(saved->config.easyFirst);
    }
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    {
        SqlStatement rows(db,
                          "SELECT techniques, difficulty, genuine, kind, genuine IS NULL "
                          "FROM questions ORDER BY q_index");
        REQUIRE(rows.step());
        CHECK(rows.text(0) == "impersonation,link-app");
        CHECK(rows.int64(1) == 2);
        CHECK(rows.int64(2) == 0);
        CHECK(rows.int64(4) == 0);
        CHECK(rows.text(3) == "spot");
        REQUIRE(rows.step());
        CHECK(rows.text(0).empty());
        CHECK(rows.int64(4) == 1);  // no card: neither genuine nor scam
    }
    sqlite3_close(db);
}

TEST_CASE("a store written before issue 13 opens, gains the columns, and keeps its rows") {
    TempDir dir;
    const std::string path = (dir.path() / "old.sqlite").string();
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    // The issue-11 layout of the two tables that changed.
    const char* old = R"sql(
CREATE TABLE matches(id INTEGER PRIMARY KEY, pin INTEGER NOT NULL, name TEXT NOT NULL,
  pack_id TEXT NOT NULL, pack_title TEXT NOT NULL, pack_json TEXT NOT NULL, mode TEXT NOT NULL,
  time_scale INTEGER NOT NULL, max_players INTEGER NOT NULL, team_names TEXT NOT NULL,
  question_limit INTEGER NOT NULL, started_at INTEGER NOT NULL, ended_at INTEGER,
  phase INTEGER NOT NULL DEFAULT 0, question_index INTEGER NOT NULL DEFAULT 0,
  locked INTEGER NOT NULL DEFAULT 0, revived INTEGER NOT NULL DEFAULT 0);
CREATE TABLE questions(match_id INTEGER NOT NULL REFERENCES matches(id), q_index INTEGER NOT NULL,
  question_id TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, options TEXT NOT NULL,
  correct TEXT NOT NULL, topics TEXT NOT NULL, explanation TEXT NOT NULL, asked_at INTEGER NOT NULL,
  voided INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(match_id, q_index));
INSERT INTO matches VALUES(1, 111111, 'Thôn 3', 'p', 'P', '{}', 'classic', 100, 60, '', 0, 1,
  2, 4, 3, 0, 0);
INSERT INTO questions VALUES(1, 0, 'sms-01', 'single', 'T', '["a","b"]', '1', '["sms"]', 'E', 1, 0);
)sql";
    REQUIRE(sqlite3_exec(db, old, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    { Store store(path); }
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    {
        SqlStatement row(db,
                         "SELECT q.question_id, q.techniques IS NULL, q.difficulty IS NULL, "
                         "m.easy_first FROM questions q JOIN matches m ON m.id = q.match_id");
        REQUIRE(row.step());
        CHECK(row.text(0) == "sms-01");
        CHECK(row.int64(1) == 1);
        CHECK(row.int64(2) == 1);
        CHECK(row.int64(3) == 0);
    }
    sqlite3_close(db);
}

TEST_CASE("--resume from a damaged store is refused in words; the file is kept as it was") {
    TempDir dir;
    std::string pack = writeTestPack(dir.path());
    {
        Harness h(testConfig(pack, dir.str()));
        Learner& an = h.join("An");
        h.join("Bình");  // still thinking when the laptop dies
        h.command(CmdStart{});
        REQUIRE(h.waitPhase(core::Phase::Question, 0));
        answer(an, 0, {0});
        REQUIRE(h.pumpUntil([&] { return an.count<core::AnswerAckMsg>() == 1; }));
    }  // stops mid-question, as after a crash
    const std::string path = (dir.path() / "results.sqlite").string();
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    // A stored choice of 7 on a question with fewer options (with ASan this overflowed the heap).
    REQUIRE(sqlite3_exec(db, "UPDATE answers SET choice='7' WHERE points IS NULL", nullptr, nullptr,
                         nullptr) == SQLITE_OK);
    sqlite3_close(db);
    ServerConfig config = testConfig(pack, dir.str());
    config.resume = true;
    const std::string message = startupError(config);
    CHECK(message.find("tệp kết quả bị hỏng") != std::string::npos);
    CHECK(message.find("ngoài các phương án") != std::string::npos);
    CHECK(message.find("không có --resume") != std::string::npos);
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    {
        SqlStatement kept(db, "SELECT choice FROM answers");
        REQUIRE(kept.step());
        CHECK(kept.text(0) == "7");  // nothing overwritten
    }
    sqlite3_close(db);
}

TEST_CASE("a reveal resumed after a crash says exactly what the first one said") {
    TempDir dir;
    std::string pack = writeTestPack(dir.path());
    core::RevealMsg first;
    std::string token;
    {
        Harness h(testConfig(pack, dir.str()));
        Learner& an = h.join("An", true);
        Learner& binh = h.join("Bình", true);
        h.command(CmdStart{});
        REQUIRE(h.waitPhase(core::Phase::Question, 0));
        REQUIRE(h.pumpUntil([&] { return an.count<core::QuestionMsg>() == 1; }));
        answer(an, 0, {0});
        answer(binh, 0, {1});
        REQUIRE(h.pumpUntil([&] { return an.count<core::RevealMsg>() == 1; }));
        first = *an.last<core::RevealMsg>();
        token = an.token;
    }  // the laptop dies while the explanation is on the wall
    ServerConfig config = testConfig(pack, dir.str());
    config.resume = true;
    Harness h(config);
    Learner& back = h.connect();
    REQUIRE(h.pumpUntil([&] { return back.connected(); }));
    back.client().send(core::RejoinMsg{core::kProtocolVersion, kTestPin, {token}, true});
    REQUIRE(h.pumpUntil([&] { return back.count<core::RevealMsg>() == 1; }));
    core::RevealMsg again = *back.last<core::RevealMsg>();
    CHECK(first.answered);
    CHECK(again.answered == first.answered);
    CHECK(again.correctAnswer == first.correctAnswer);
    CHECK(again.pointsGained == first.pointsGained);
    CHECK(again.score == first.score);
    CHECK(again.counts == first.counts);
    CHECK(again.correct == first.correct);
    CHECK(again.explanation == first.explanation);
    CHECK(again.voided == first.voided);
}

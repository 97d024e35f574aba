// Store faults are values (design.md §6, issue 12): while another program holds the results
// file's write lock, an accepted answer is not acknowledged, the facilitator reads why in plain
// words, the match goes on; when the lock is released the held answer is stored once and its
// acknowledgement arrives.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <chrono>
#include <thread>

#include "web_test_support.hpp"

using namespace dovui;
using namespace dovui::server;
using namespace dovui::server::webtest;

namespace {

long long answersStored(sqlite3* db) {
    sqlite3_stmt* st = nullptr;
    long long n = -1;
    if (sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM answers", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

}  // namespace

SCENARIO(
    "a results file locked by another program: no acknowledgement until the answer is stored, "
    "once") {
    TempFolder data;
    RunningServer running(webTestConfig(data.path.string()));
    WsClient ws(running.webPort());
    REQUIRE(ws.ok());
    ws.send(core::JoinMsg{core::kProtocolVersion, kPin, {"Chú Tư"}, true});
    REQUIRE(ws.readUntil<core::WelcomeMsg>());
    running.server().post(CmdStart{});
    auto question = ws.readUntil<core::QuestionMsg>();
    REQUIRE(question);
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open((data.path / "results.sqlite").string().c_str(), &other) == SQLITE_OK);
    sqlite3_busy_timeout(other, 2000);
    REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    core::AnswerMsg answer{question->index, {{0}}};
    if (question->kind == core::QuestionKind::Order || question->kind == core::QuestionKind::Multi)
        for (std::uint8_t i = 1; i < question->optionCount; ++i)
            answer.choice.value.push_back(i);
    // A reader notes when the acknowledgement arrives: it must not before the lock is gone.
    std::optional<core::AnswerAckMsg> ack;
    std::chrono::steady_clock::time_point ackAt{};
    std::thread reader([&] {
        ack = ws.readUntil<core::AnswerAckMsg>(10000);
        ackAt = std::chrono::steady_clock::now();
    });
    ws.send(answer);
    REQUIRE(waitFor(
        [&] {
            return running.server().snapshot()->lastError.find("Không ghi được") !=
                   std::string::npos;
        },
        3000));
    CHECK(running.server().snapshot()->lastError.find("chương trình khác") != std::string::npos);
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));  // the match goes on, held
    CHECK(answersStored(other) == 0);
    const auto releasedAt = std::chrono::steady_clock::now();
    REQUIRE(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK);
    reader.join();
    REQUIRE(ack);
    CHECK(ackAt >= releasedAt);  // never acknowledged while it was not stored
    CHECK(ack->refusal == core::AnswerRefusal::None);
    CHECK(answersStored(other) == 1);
    CHECK(waitFor(
        [&] {
            return running.server().snapshot()->lastError.find("Đã ghi lại được") !=
                   std::string::npos;
        },
        3000));
    ws.send(answer);  // sent again (a phone that never saw the ack): refused, still one row
    auto again = ws.readUntil<core::AnswerAckMsg>(3000);
    REQUIRE(again);
    CHECK(again->refusal != core::AnswerRefusal::None);
    CHECK(answersStored(other) == 1);
    sqlite3_close(other);
}

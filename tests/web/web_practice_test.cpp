// Practice on the host's Wi-Fi (issue 14), against a real MatchServer: the packs index, the
// home file, and POST /practice bounded before anything is stored, stored once however often
// it is resent, and a flood from one address cut off.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <chrono>
#include <thread>

#include "web_test_support.hpp"

using namespace dovui;
using namespace dovui::server;
using namespace dovui::server::webtest;

namespace {

HttpReply post(std::uint16_t port, const std::string& body) {
    return rawHttp(port,
                   "POST /practice HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                   "Connection: close\r\nContent-Length: " +
                       std::to_string(body.size()) + "\r\n\r\n" + body);
}

std::string report(const std::string& learner, int turn, const std::string& question = "bhdt-02") {
    return "{\"learner\":\"" + learner +
           "\",\"pack\":\"vi-buoi-hoc-dau-tien\",\"answers\":[{\"turn\":" + std::to_string(turn) +
           ",\"question\":\"" + question + "\",\"correct\":true}]}";
}

long long storedPractice(const std::string& dataDir) {
    sqlite3* db = nullptr;
    long long n = -1;
    if (sqlite3_open_v2((dataDir + "/results.sqlite").c_str(), &db, SQLITE_OPEN_READONLY,
                        nullptr) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM practice_answers", -1, &st, nullptr) ==
                SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            n = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return n;
}

long long waitStored(const std::string& dataDir, long long wanted) {
    long long n = -1;
    for (int i = 0; i < 50 && n != wanted; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        n = storedPractice(dataDir);
    }
    return n;
}

}  // namespace

SCENARIO("the host offers its packs and the file to take home") {
    TempFolder data;
    RunningServer running(webTestConfig(data.path.string()));
    HttpReply index = httpGet(running.webPort(), "/packs/index.json");
    CHECK(index.status == 200);
    CHECK(index.body.find("\"id\":\"vi-buoi-hoc-dau-tien\"") != std::string::npos);
    CHECK(index.body.find("\"id\":\"vi-an-toan-so\"") != std::string::npos);
    HttpReply pack = httpGet(running.webPort(), "/packs/vi-buoi-hoc-dau-tien.json");
    CHECK(pack.status == 200);
    CHECK(pack.header("Content-Type") == "application/json; charset=utf-8");
    HttpReply home = httpGet(running.webPort(), "/home/vi-buoi-hoc-dau-tien.html");
    CHECK(home.status == 200);
    CHECK(home.header("Content-Disposition") == "attachment");
    CHECK(home.body.find("default-src 'none'") != std::string::npos);  // nothing may be fetched
    CHECK(home.body.find("<script src=") == std::string::npos);        // everything inline
    CHECK(home.body.find("id=\"homePack\"") != std::string::npos);
    CHECK(httpGet(running.webPort(), "/packs/missing.json").status == 404);
}

SCENARIO("the facilitator chooses the packs offered, or none") {
    TempFolder data;
    ServerConfig config = webTestConfig(data.path.string());
    config.practicePacks = {assetsDir() + "/packs/vi/buoi-hoc-dau-tien.json"};
    {
        RunningServer running(config);
        HttpReply index = httpGet(running.webPort(), "/packs/index.json");
        CHECK(index.body.find("vi-buoi-hoc-dau-tien") != std::string::npos);
        CHECK(index.body.find("vi-an-toan-so") == std::string::npos);
        CHECK(httpGet(running.webPort(), "/home/vi-an-toan-so.html").status == 404);
    }
    config.practice = false;
    RunningServer off(config);
    CHECK(httpGet(off.webPort(), "/packs/index.json").status == 404);
}

SCENARIO("practice reports are bounded, stored once, and a flood is cut off") {
    TempFolder data;
    RunningServer running(webTestConfig(data.path.string()));
    const std::uint16_t port = running.webPort();
    const std::string dir = data.path.string();

    CHECK(post(port, report("phone-0001", 0)).status == 202);
    CHECK(post(port, report("phone-0001", 0)).status == 202);  // resent after a lost reply
    CHECK(waitStored(dir, 1) == 1);

    CHECK(post(port, "{not json").status == 400);
    CHECK(
        post(port, "{\"learner\":\"x\",\"pack\":\"vi-buoi-hoc-dau-tien\",\"answers\":[]}").status ==
        400);
    CHECK(post(port, report("phone-0001", -1)).status == 400);
    CHECK(post(port, std::string(2000, ' ')).status == 413);  // over the body limit
    CHECK(post(port, report("phone-0002", 0, "no-such-question")).status == 202);
    CHECK(post(port,
               "{\"learner\":\"phone-0003\",\"pack\":\"no-such-pack\",\"answers\":[{\"turn\":0,"
               "\"question\":\"bhdt-02\",\"correct\":true}]}")
              .status == 202);
    CHECK(waitStored(dir, 1) == 1);  // nothing the host does not offer was stored

    // One address inventing learners: the burst passes, the rest is dropped.
    for (int i = 0; i < 100; ++i)
        post(port, report("flood-" + std::to_string(1000 + i), 0));
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    long long afterFlood = storedPractice(dir);
    CHECK(afterFlood <= 40);  // 1 + a burst of 30 (less what the first reports took) + refill
    CHECK(afterFlood >= 20);
    CHECK(running.server().snapshot()->practice.answers >= 20);
}

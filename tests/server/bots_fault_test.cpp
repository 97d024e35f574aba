// dovui-bots as a measuring tool across faults: links dropped or lost right after an answer,
// and 100 bots against a dovui-server killed with SIGKILL mid-question twice and resumed.
// What the bots say was acknowledged (--ack-log) must be, row by row, what the store holds.
#include <signal.h>
#include <sys/wait.h>

#include <doctest/doctest.h>

#include <chrono>

#include "bots_ack_log.hpp"

using namespace dovui;
using namespace dovui::server::test;

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kBots = 100;
constexpr int kQuestions = 3;

}  // namespace

TEST_CASE(
    "dovui-bots: an answer whose link dropped after it left is confirmed by the Welcome, one "
    "lost with its link is sent again; each counted once") {
    TempDir dir;
    const std::string pack = writeTestPack(dir.path());
    const std::string ackLog = (dir.path() / "acks.tsv").string();
    auto ports = freeUdpPorts(2);
    ChildProcess server(botServerArgs(pack, dir.str(), ports, 20));
    REQUIRE(server.waitForLine("READY", 10000));
    // Bots 5, 9, 13, 17 drop after their first answer left; bots 1, 6, 11, 16 lose it.
    ChildProcess bots(
        botsArgs(ports[0], 20, "100..2000", ackLog,
                 {"--seed", "3", "--timeout", "40", "--drop-every", "4", "--lose-every", "5"}));
    const std::string result = finishedBotsResult(bots, 45000);
    INFO(result);
    REQUIRE(server.waitForLine("PODIUM", 10000));
    server.writeLine("quit");
    CHECK(WIFEXITED(server.wait(5000)));
    CHECK(field(result, "sent") == "60");
    CHECK(field(result, "acked") == "60");
    CHECK(field(result, "lost") == "0");
    CHECK(field(result, "rejoins") == "8");
    CHECK(field(result, "resent") == "4");
    const auto acks = readAckLog(ackLog);
    CHECK(acks.size() == 60);
    auto hows = checkAgainstStore(acks, storedAnswers(dir.str(), 20));
    CHECK(hows["Welcome"] == 4);
    CHECK(hows["None"] == 56);
}

TEST_CASE(
    "dovui-bots across two server crashes: each (bot, question) acknowledged once, resent when "
    "lost, and every acknowledgement is in the store exactly once") {
    TempDir dir;
    const std::string pack = writeCrashPack(dir.path());
    const std::string ackLog = (dir.path() / "acks.tsv").string();
    auto ports = freeUdpPorts(2);
    const auto args = botServerArgs(pack, dir.str(), ports, kBots);
    auto resumedArgs = args;
    resumedArgs.emplace_back("--resume");

    auto server = std::make_unique<ChildProcess>(args);
    REQUIRE(server->waitForLine("READY", 10000));
    const auto start = Clock::now();
    // Every 9th bot also loses its first answer with its link (it never leaves the bot), so
    // the resend after a rejoin is exercised whatever the moments of the crashes.
    ChildProcess bots(botsArgs(
        ports[0], kBots, "100..6000", ackLog,
        {"--seed", "12", "--timeout", "80", "--link-timeout-ms", "1500", "--lose-every", "9"}));

    // Two crashes at different moments of the question: early (few answered yet) and late
    // (most acknowledged, some in flight).
    const std::pair<const char*, int> crashes[] = {{"QUESTION 1/3", 1500}, {"QUESTION 2/3", 3500}};
    for (const auto& [line, afterMs] : crashes) {
        REQUIRE_MESSAGE(server->waitForLine(line, 30000), "the server never showed " << line);
        std::this_thread::sleep_for(std::chrono::milliseconds(afterMs));
        server->kill(SIGKILL);
        int status = server->wait(5000);
        REQUIRE(WIFSIGNALED(status));
        server = std::make_unique<ChildProcess>(resumedArgs);
        REQUIRE(server->waitForLine("READY", 10000));
    }
    REQUIRE(server->waitForLine("PODIUM", 60000));
    const std::string result = finishedBotsResult(bots, 30000);
    INFO(result);
    MESSAGE(
        kBots << " bots, " << kQuestions << " questions, 2 crashes: "
              << std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count()
              << " ms");
    server->writeLine("quit");
    CHECK(WIFEXITED(server->wait(5000)));
    CHECK(field(result, "joined") == std::to_string(kBots));
    CHECK(field(result, "finished") == std::to_string(kBots));
    CHECK(field(result, "sent") == std::to_string(kBots * kQuestions));  // never answered twice
    CHECK(field(result, "lost") == "0");
    CHECK(field(result, "refused") == "0");
    CHECK(field(result, "unverified") == "0");
    CHECK(std::stoi(field(result, "rejoins")) >= 2 * kBots);  // everyone, after each crash
    CHECK(std::stoi(field(result, "resent")) >= kBots / 9);   // at least the lost answers

    const auto acks = readAckLog(ackLog);
    const auto stored = storedAnswers(dir.str(), kBots);
    auto hows = checkAgainstStore(acks, stored);
    MESSAGE(result << "; acknowledged by ack: " << hows["None"] << ", as a duplicate: "
                   << hows["Duplicate"] << ", by the Welcome: " << hows["Welcome"]
                   << ", by the reveal: " << hows["Reveal"]);
    // Nothing crashed away: every bot answered every question, and the totals agree.
    CHECK(field(result, "acked") == std::to_string(acks.size()));
    CHECK(acks.size() == std::size_t(kBots * kQuestions));
    std::size_t storedCount = 0;
    for (const auto& [key, times] : stored)
        storedCount += std::size_t(times);
    CHECK(storedCount == acks.size());
}

// dovui-server killed with SIGKILL at random moments of a 200-bot match (issue 12), restarted
// with --resume each time. The moments come from a seed printed at the start (set
// DOVUI_KILL_SEED to replay one). Whatever the moment (joins, mid-question, reveal, between
// questions), every answer a bot saw acknowledged (dovui-bots --ack-log) is in the store
// exactly once, and the bots' totals agree with the store.
#include <signal.h>
#include <sys/wait.h>

#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <random>
#include <thread>

#include "bots_ack_log.hpp"

using namespace dovui;
using namespace dovui::server::test;

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kBots = 200;
constexpr int kKills = 3;

std::uint32_t killSeed() {
    if (const char* given = std::getenv("DOVUI_KILL_SEED"))
        return static_cast<std::uint32_t>(std::strtoul(given, nullptr, 10));
    return std::random_device{}();
}

/// Reads the server's lines for `ms`; true when it printed PODIUM meanwhile.
bool readFor(ChildProcess& server, std::uint32_t ms) {
    const auto until = Clock::now() + std::chrono::milliseconds(ms);
    bool podium = false;
    while (Clock::now() < until)
        if (auto line = server.readLine(20); line && line->rfind("PODIUM", 0) == 0)
            podium = true;
    return podium;
}

/// The server's last phase line (QUESTION/REVEAL/LEADERBOARD/LOBBY/PLAYERS) before the kill.
std::string lastPhase(const ChildProcess& server) {
    for (auto it = server.output().rbegin(); it != server.output().rend(); ++it)
        if (it->rfind("QUESTION", 0) == 0 || it->rfind("REVEAL", 0) == 0 ||
            it->rfind("LEADERBOARD", 0) == 0 || it->rfind("LOBBY", 0) == 0 ||
            it->rfind("PLAYERS", 0) == 0)
            return *it;
    return "the phase it resumed in (a resumed server prints only what changes)";
}

}  // namespace

TEST_SUITE("kill and resume") {
    TEST_CASE(
        "200 bots, dovui-server SIGKILLed at random moments and resumed: every acknowledged "
        "answer stored exactly once") {
        const std::uint32_t seed = killSeed();
        MESSAGE("kill seed " << seed << " (DOVUI_KILL_SEED=" << seed << " replays it)");
        std::mt19937 random(seed);
        TempDir dir;
        const std::string pack = writeCrashPack(dir.path());
        const std::string ackLog = (dir.path() / "acks.tsv").string();
        const auto ports = freeUdpPorts(2);
        const auto args = botServerArgs(pack, dir.str(), ports, kBots);
        auto resumedArgs = args;
        resumedArgs.emplace_back("--resume");

        auto server = std::make_unique<ChildProcess>(args);
        REQUIRE(server->waitForLine("READY", 10000));
        const auto start = Clock::now();
        ChildProcess bots(botsArgs(ports[0], kBots, "100..6000", ackLog,
                                   {"--seed", std::to_string(seed % 1000), "--timeout", "80",
                                    "--link-timeout-ms", "1500", "--lose-every", "11"}));
        // Each kill a random 1.5–9 s after the (re)start: the first lands in the joins or the
        // first question, later ones anywhere in the match, never after its end.
        std::uniform_int_distribution<std::uint32_t> moment(1500, 9000);
        int kills = 0;
        bool podium = false;
        for (int k = 0; k < kKills && !podium; ++k) {
            const std::uint32_t afterMs = moment(random);
            if ((podium = readFor(*server, afterMs)))
                break;
            MESSAGE("kill " << k + 1 << " at " << afterMs << " ms after the (re)start, during "
                            << lastPhase(*server));
            server->kill(SIGKILL);
            REQUIRE(WIFSIGNALED(server->wait(5000)));
            ++kills;
            server = std::make_unique<ChildProcess>(resumedArgs);
            REQUIRE_MESSAGE(server->waitForLine("READY", 10000),
                            "--resume failed after kill " << k + 1);
        }
        if (!podium)
            REQUIRE(server->waitForLine("PODIUM", 70000));
        const std::string result = finishedBotsResult(bots, 30000);
        INFO(result);
        server->writeLine("quit");
        CHECK(WIFEXITED(server->wait(5000)));
        const auto spent =
            std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
        CHECK(field(result, "joined") == std::to_string(kBots));
        CHECK(field(result, "finished") == std::to_string(kBots));
        const auto acks = readAckLog(ackLog);
        const auto stored = storedAnswers(dir.str(), kBots);
        auto hows = checkAgainstStore(acks, stored);  // each acknowledged answer stored once
        std::size_t storedCount = 0;
        for (const auto& [key, times] : stored)
            storedCount += std::size_t(times);
        MESSAGE(kBots << " bots, " << kills << " kills, " << spent << " ms: acknowledged "
                      << acks.size() << " (by ack " << hows["None"] << ", duplicate "
                      << hows["Duplicate"] << ", Welcome " << hows["Welcome"] << ", reveal "
                      << hows["Reveal"] << "), stored " << storedCount << "; " << result);
        CHECK(field(result, "acked") == std::to_string(acks.size()));
        // Nothing stored behind a bot's back: an answer the crash kept from its ack is
        // confirmed after the rejoin (by the Welcome or the reveal).
        CHECK(storedCount == acks.size());
    }
}

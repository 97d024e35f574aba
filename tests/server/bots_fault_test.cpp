// dovui-bots as a measuring tool across faults: links dropped or lost right after an answer,
// and 100 bots against a dovui-server killed with SIGKILL mid-question twice and resumed.
// What the bots say was acknowledged (--ack-log) must be, row by row, what the store holds.
#include <signal.h>
#include <sys/wait.h>

#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "server_test_support.hpp"

using namespace dovui;
using namespace dovui::server::test;

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kBots = 100;
constexpr int kQuestions = 3;

/// Three 10 s questions: long enough that a bot which noticed the crash is back before the
/// resumed question closes.
constexpr const char* kCrashPack = R"json({
  "schemaVersion": 1,
  "id": "bots-crash-test",
  "language": "vi",
  "title": "Gói thử sự cố",
  "topics": [{"id": "sms", "name": "Tin nhắn"}],
  "questions": [
    {"id": "q1", "kind": "single", "text": "Câu một?", "options": ["A", "B", "C", "D"],
     "correct": [1], "time": 10, "explanation": "Vì B.", "topics": ["sms"]},
    {"id": "q2", "kind": "single", "text": "Câu hai?", "options": ["A", "B", "C"],
     "correct": [2], "time": 10, "explanation": "Vì C.", "topics": ["sms"]},
    {"id": "q3", "kind": "truefalse", "text": "Câu ba?", "correct": [0], "time": 10,
     "explanation": "Đúng.", "topics": ["sms"]}
  ]
})json";

struct AckLine {
    std::string nickname;
    int question = 0;
    std::string how;
};

std::vector<AckLine> readAckLog(const std::string& path) {
    std::ifstream in(path);
    std::vector<AckLine> lines;
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        AckLine a;
        std::string question;
        REQUIRE(std::getline(fields, a.nickname, '\t'));
        REQUIRE(std::getline(fields, question, '\t'));
        REQUIRE(std::getline(fields, a.how));
        a.question = std::stoi(question);
        lines.push_back(a);
    }
    return lines;
}

/// dovui-server on `ports`, starting by itself once `players` joined, moving on by itself.
std::vector<std::string> serverArgs(const std::string& pack, const TempDir& dir,
                                    const std::vector<std::uint16_t>& ports, int players) {
    std::vector<std::string> args = {DOVUI_SERVER_EXE, "--pack", pack, "--data-dir", dir.str()};
    args.insert(args.end(), {"--port", std::to_string(ports[0]), "--info-port",
                             std::to_string(ports[1]), "--pin", std::to_string(kTestPin)});
    args.insert(args.end(), {"--auto-start", std::to_string(players), "--auto-advance-ms", "150",
                             "--join-rate", "1000", "--join-burst", "1000"});
    args.insert(args.end(), {"--no-web", "--no-practice"});
    return args;
}

std::string resultLine(const ChildProcess& bots) {
    for (const std::string& l : bots.output())
        if (l.rfind("RESULT ", 0) == 0)
            return l;
    return "";
}

/// How many times each (nickname, question index) is in the store's answers.
std::map<std::pair<std::string, int>, int> storedAnswers(const std::string& dataDir,
                                                         std::size_t players) {
    ResultsFile results(dataDir + "/results.sqlite");
    const std::int64_t matchId = results.lastMatchId();
    CHECK(matchId == 1);  // resumed, never a second match
    CHECK(results.ended(matchId));
    std::map<core::PlayerId, std::string> nicknameOf;
    for (const StoredPlayer& p : results.players(matchId))
        nicknameOf[p.id] = p.nickname;
    CHECK(nicknameOf.size() == players);
    std::map<std::pair<std::string, int>, int> times;
    for (const StoredAnswer& a : results.answers(matchId))
        ++times[{nicknameOf.at(a.player), a.questionIndex}];
    return times;
}

/// Every line of the log is a distinct (bot, question), stored exactly once; returns how many
/// lines said each `how`.
std::map<std::string, int> checkAgainstStore(const std::vector<AckLine>& acks,
                                             std::map<std::pair<std::string, int>, int> stored) {
    std::set<std::pair<std::string, int>> seen;
    std::map<std::string, int> hows;
    for (const AckLine& a : acks) {
        INFO(a.nickname << " question " << a.question << " " << a.how);
        CHECK(seen.insert({a.nickname, a.question}).second);  // one line per answer
        CHECK(stored[{a.nickname, a.question}] == 1);         // stored, exactly once
        CHECK((a.how == "None" || a.how == "Duplicate" || a.how == "Welcome" || a.how == "Reveal"));
        ++hows[a.how];
    }
    return hows;
}

}  // namespace

TEST_CASE(
    "dovui-bots: an answer whose link dropped after it left is confirmed by the Welcome, one "
    "lost with its link is sent again; each counted once") {
    TempDir dir;
    const std::string pack = writeTestPack(dir.path());
    const std::string ackLog = (dir.path() / "acks.tsv").string();
    auto ports = freeUdpPorts(2);
    ChildProcess server(serverArgs(pack, dir, ports, 20));
    REQUIRE(server.waitForLine("READY", 10000));
    // Bots 5, 9, 13, 17 drop after their first answer left; bots 1, 6, 11, 16 lose it.
    ChildProcess bots({DOVUI_BOTS_EXE, "--port", std::to_string(ports[0]), "--pin",
                       std::to_string(kTestPin), "--players", "20", "--think-ms", "100..2000",
                       "--seed", "3", "--timeout", "40", "--drop-every", "4", "--lose-every", "5",
                       "--ack-log", ackLog});
    bots.readToEnd(45000);
    int status = bots.wait(5000);
    REQUIRE(server.waitForLine("PODIUM", 10000));
    server.writeLine("quit");
    CHECK(WIFEXITED(server.wait(5000)));

    const std::string result = resultLine(bots);
    REQUIRE_MESSAGE(!result.empty(), "dovui-bots printed no RESULT line");
    INFO(result);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
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
    const std::string pack = (dir.path() / "crash-pack.json").string();
    std::ofstream(pack, std::ios::binary) << kCrashPack;
    const std::string ackLog = (dir.path() / "acks.tsv").string();
    auto ports = freeUdpPorts(2);
    const auto args = serverArgs(pack, dir, ports, kBots);
    auto resumedArgs = args;
    resumedArgs.emplace_back("--resume");

    auto server = std::make_unique<ChildProcess>(args);
    REQUIRE(server->waitForLine("READY", 10000));
    const auto start = Clock::now();
    // Every 9th bot also loses its first answer with its link (it never leaves the bot), so
    // the resend after a rejoin is exercised whatever the moments of the crashes.
    ChildProcess bots({DOVUI_BOTS_EXE, "--port", std::to_string(ports[0]), "--pin",
                       std::to_string(kTestPin), "--players", std::to_string(kBots), "--think-ms",
                       "100..6000", "--seed", "12", "--timeout", "80", "--link-timeout-ms", "1500",
                       "--lose-every", "9", "--ack-log", ackLog});

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
    bots.readToEnd(30000);
    int status = bots.wait(5000);
    MESSAGE(
        kBots << " bots, " << kQuestions << " questions, 2 crashes: "
              << std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count()
              << " ms");
    server->writeLine("quit");
    CHECK(WIFEXITED(server->wait(5000)));

    const std::string result = resultLine(bots);
    REQUIRE_MESSAGE(!result.empty(), "dovui-bots printed no RESULT line");
    INFO(result);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
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

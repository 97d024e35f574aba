#include "bots_ack_log.hpp"

#include <sys/wait.h>

#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>

namespace dovui::server::test {
namespace {

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

}  // namespace

std::string writeCrashPack(const std::filesystem::path& folder) {
    const auto path = folder / "crash-pack.json";
    std::ofstream(path, std::ios::binary) << kCrashPack;
    return path.string();
}

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

std::vector<std::string> botServerArgs(const std::string& pack, const std::string& dataDir,
                                       const std::vector<std::uint16_t>& ports, int players) {
    std::vector<std::string> args = {DOVUI_SERVER_EXE, "--pack", pack, "--data-dir", dataDir};
    args.insert(args.end(), {"--port", std::to_string(ports[0]), "--info-port",
                             std::to_string(ports[1]), "--pin", std::to_string(kTestPin)});
    args.insert(args.end(), {"--auto-start", std::to_string(players), "--auto-advance-ms", "150",
                             "--join-rate", "1000", "--join-burst", "1000"});
    args.insert(args.end(), {"--no-web", "--no-practice"});
    return args;
}

std::vector<std::string> botsArgs(std::uint16_t port, int players, const std::string& thinkMs,
                                  const std::string& ackLog, std::vector<std::string> extra) {
    std::vector<std::string> args = {DOVUI_BOTS_EXE,
                                     "--port",
                                     std::to_string(port),
                                     "--pin",
                                     std::to_string(kTestPin),
                                     "--players",
                                     std::to_string(players),
                                     "--think-ms",
                                     thinkMs,
                                     "--ack-log",
                                     ackLog};
    args.insert(args.end(), std::make_move_iterator(extra.begin()),
                std::make_move_iterator(extra.end()));
    return args;
}

std::string finishedBotsResult(ChildProcess& bots, std::uint32_t timeoutMs) {
    bots.readToEnd(timeoutMs);
    const int status = bots.wait(5000);
    const std::string result = resultLine(bots);
    REQUIRE_MESSAGE(!result.empty(), "dovui-bots printed no RESULT line");
    REQUIRE_MESSAGE(WIFEXITED(status), "dovui-bots did not exit by itself: " << result);
    CHECK_MESSAGE(WEXITSTATUS(status) == 0, result);
    return result;
}

std::string resultLine(const ChildProcess& bots) {
    for (const std::string& l : bots.output())
        if (l.rfind("RESULT ", 0) == 0)
            return l;
    return "";
}

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

}  // namespace dovui::server::test

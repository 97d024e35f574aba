#pragma once
/// dovui-bots' acknowledgement log checked against the results store, and dovui-server's
/// command line for bot matches: shared by the bot crash tests (tests/server) and the store
/// fault and random-kill tests (tests/faults).
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "server_test_support.hpp"

namespace dovui::server::test {

/// Three 10 s questions (single of 4, single of 3, true/false): long enough that a bot which
/// noticed a crash is back before the resumed question closes.
std::string writeCrashPack(const std::filesystem::path& folder);

/// One line of `dovui-bots --ack-log`.
struct AckLine {
    std::string nickname;
    int question = 0;
    std::string how;  ///< None, Duplicate, Welcome or Reveal
};
std::vector<AckLine> readAckLog(const std::string& path);

/// dovui-server on `ports`, results in `dataDir`, starting by itself once `players` joined and
/// moving on by itself.
std::vector<std::string> botServerArgs(const std::string& pack, const std::string& dataDir,
                                       const std::vector<std::uint16_t>& ports, int players);

/// dovui-bots: `players` bots on 127.0.0.1:`port` with the test PIN, thinking `thinkMs`
/// ("100..6000"), logging every acknowledgement to `ackLog`; then `extra` options.
std::vector<std::string> botsArgs(std::uint16_t port, int players, const std::string& thinkMs,
                                  const std::string& ackLog, std::vector<std::string> extra);

/// dovui-bots' "RESULT …" line, or "" when it printed none.
std::string resultLine(const ChildProcess& bots);

/// Reads the bots' output to its end and waits for them; their RESULT line (fails the test
/// when there is none or they did not exit by themselves).
std::string finishedBotsResult(ChildProcess& bots, std::uint32_t timeoutMs);

/// How many times each (nickname, question index) is in the store's answers; checks the file
/// holds one match (resumed, never a second), ended, with `players` players.
std::map<std::pair<std::string, int>, int> storedAnswers(const std::string& dataDir,
                                                         std::size_t players);

/// Every line of the log is a distinct (bot, question), stored exactly once; returns how many
/// lines said each `how`.
std::map<std::string, int> checkAgainstStore(const std::vector<AckLine>& acks,
                                             std::map<std::pair<std::string, int>, int> stored);

}  // namespace dovui::server::test

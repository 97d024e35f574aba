#pragma once
/// Helpers for the learner-app suites: a temp folder, free UDP ports, and dovui-server run as
/// a child process whose output goes to a file (so it never blocks on a full pipe).
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace dovui::play::test {

/// A fresh folder under the system temp folder, removed at scope exit.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

/// `count` distinct UDP ports that were free a moment ago.
std::vector<std::uint16_t> freeUdpPorts(std::size_t count);

/// A program started with its stdout and stderr in `logFile`; SIGKILLed at scope exit.
class ServerProcess {
public:
    ServerProcess(std::vector<std::string> argv, std::filesystem::path logFile);
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;
    /// Waits until a line of the log starts with `prefix`; returns that line.
    std::optional<std::string> waitForLine(const std::string& prefix, std::uint32_t timeoutMs);
    void kill(int signal);
    std::string log() const;

private:
    int m_pid = -1;
    std::filesystem::path m_log;
};

/// Calls `step` every few ms until `done` or the timeout; returns done().
bool pumpUntil(const std::function<void()>& step, const std::function<bool()>& done,
               std::uint32_t timeoutMs);

/// The rows of `sql` run on the SQLite file `file` (read-only), as text; throws on failure.
std::vector<std::vector<std::string>> query(const std::filesystem::path& file,
                                            const std::string& sql);

/// Milliseconds on a monotonic clock (the session's clock in tests).
std::int64_t nowMs();

}  // namespace dovui::play::test

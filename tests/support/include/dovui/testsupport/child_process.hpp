#pragma once
/// Programs run by the suites (POSIX only: fork and exec; the Windows build has none of them):
/// a child on pipes, a child writing to a log file, a shell command's output, a function run
/// in a child process.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace dovui::testsupport {

/// A program run with pipes on stdin and stdout (stderr is inherited).
class ChildProcess {
public:
    explicit ChildProcess(std::vector<std::string> argv);
    ~ChildProcess();  ///< SIGKILLs a child still running
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    /// Throws when the child does not take the whole line (it has exited).
    void writeLine(const std::string& line);
    /// The next stdout line within `timeoutMs`; nullopt on timeout or end of output.
    std::optional<std::string> readLine(std::uint32_t timeoutMs);
    /// Reads lines until one starts with `prefix`; every line read is kept in output().
    std::optional<std::string> waitForLine(const std::string& prefix, std::uint32_t timeoutMs);
    /// Reads everything until the child closes stdout (or the timeout).
    void readToEnd(std::uint32_t timeoutMs);
    const std::vector<std::string>& output() const { return m_lines; }
    void kill(int signal);
    /// Waits for exit; returns the raw wait status (-1 on timeout).
    int wait(std::uint32_t timeoutMs);

private:
    int m_pid = -1;
    int m_in = -1;
    int m_out = -1;
    std::string m_buffer;
    bool m_eof = false;
    std::vector<std::string> m_lines;
};

/// A program started with stdin at end of file and its stdout and stderr in `logFile` (so it
/// never blocks on a full pipe); SIGKILLed at scope exit.
class LoggedProcess {
public:
    LoggedProcess(std::vector<std::string> argv, std::filesystem::path logFile);
    ~LoggedProcess();
    LoggedProcess(const LoggedProcess&) = delete;
    LoggedProcess& operator=(const LoggedProcess&) = delete;
    /// Waits until a line of the log starts with `prefix`; returns that line.
    std::optional<std::string> waitForLine(const std::string& prefix, std::uint32_t timeoutMs);
    /// Sends `signal`; after SIGKILL or SIGTERM also waits for the exit.
    void kill(int signal);
    std::string log() const;

private:
    int m_pid = -1;
    std::filesystem::path m_log;
};

struct CommandResult {
    int exitCode = -1;   ///< -1 when the command did not exit normally
    std::string output;  ///< what it wrote on stdout (add " 2>&1" to the command for stderr)
};
/// Runs `shellCommand` with /bin/sh and waits for it.
CommandResult runCommand(const std::string& shellCommand);

/// Runs `body` in a forked child (for state a library reads once per process, such as an
/// environment variable); its return value is the child's exit code, -1 if it did not exit.
int runInChildProcess(const std::function<int()>& body);

}  // namespace dovui::testsupport

#include "dovui/testsupport/child_process.hpp"

// POSIX only: on Windows the suites that run programs are not built (tools/windows).
#ifndef _WIN32

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace dovui::testsupport {
namespace {

using Clock = std::chrono::steady_clock;

std::uint32_t msSince(Clock::time_point start) {
    return static_cast<std::uint32_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count());
}

/// Forks and runs `argv` with stdin, stdout and stderr on the given descriptors (-1 keeps the
/// parent's); `closeInChild` are the parent's ends of its pipes. Returns the child's pid.
pid_t spawn(std::vector<std::string> argv, int in, int out, int err,
            std::initializer_list<int> closeInChild) {
    pid_t pid = fork();
    if (pid < 0)
        throw std::runtime_error("fork failed for " + argv.at(0));
    if (pid == 0) {
        for (auto [fd, target] : {std::pair{in, STDIN_FILENO}, std::pair{out, STDOUT_FILENO},
                                  std::pair{err, STDERR_FILENO}})
            if (fd >= 0)
                dup2(fd, target);
        for (int fd : closeInChild)
            close(fd);
        std::vector<char*> args;
        for (auto& a : argv)
            args.push_back(a.data());
        args.push_back(nullptr);
        execv(args[0], args.data());
        _exit(127);
    }
    return pid;
}

}  // namespace

// ---------------------------------------------------------------- a child on pipes

ChildProcess::ChildProcess(std::vector<std::string> argv) {
    int in[2], out[2];
    if (pipe(in) != 0 || pipe(out) != 0)
        throw std::runtime_error("cannot make pipes for " + argv.at(0));
    m_pid = spawn(std::move(argv), in[0], out[1], -1, {in[0], in[1], out[0], out[1]});
    close(in[0]);
    close(out[1]);
    m_in = in[1];
    m_out = out[0];
    fcntl(m_out, F_SETFL, fcntl(m_out, F_GETFL) | O_NONBLOCK);
    signal(SIGPIPE, SIG_IGN);  // a dead child must not kill the test through its stdin
}

ChildProcess::~ChildProcess() {
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        waitpid(m_pid, nullptr, 0);
    }
    close(m_in);
    close(m_out);
}

void ChildProcess::writeLine(const std::string& line) {
    std::string text = line + "\n";
    if (write(m_in, text.data(), text.size()) != static_cast<ssize_t>(text.size()))
        throw std::runtime_error("the child did not take the line: " + line);
}

std::optional<std::string> ChildProcess::readLine(std::uint32_t timeoutMs) {
    auto start = Clock::now();
    while (true) {
        if (auto nl = m_buffer.find('\n'); nl != std::string::npos) {
            std::string line = m_buffer.substr(0, nl);
            m_buffer.erase(0, nl + 1);
            m_lines.push_back(line);
            return line;
        }
        if (m_eof)
            return std::nullopt;
        std::uint32_t spent = msSince(start);
        if (spent >= timeoutMs)
            return std::nullopt;
        pollfd pfd{m_out, POLLIN, 0};
        ::poll(&pfd, 1, static_cast<int>(timeoutMs - spent));
        char chunk[4096];
        ssize_t got = read(m_out, chunk, sizeof chunk);
        if (got == 0)
            m_eof = true;
        else if (got > 0)
            m_buffer.append(chunk, static_cast<std::size_t>(got));
    }
}

std::optional<std::string> ChildProcess::waitForLine(const std::string& prefix,
                                                     std::uint32_t timeoutMs) {
    auto start = Clock::now();
    while (msSince(start) < timeoutMs) {
        auto line = readLine(timeoutMs - msSince(start));
        if (!line)
            return std::nullopt;
        if (line->rfind(prefix, 0) == 0)
            return line;
    }
    return std::nullopt;
}

void ChildProcess::readToEnd(std::uint32_t timeoutMs) {
    auto start = Clock::now();
    while (!m_eof && msSince(start) < timeoutMs)
        readLine(timeoutMs - msSince(start));
}

void ChildProcess::kill(int signal) {
    if (m_pid > 0)
        ::kill(m_pid, signal);
}

int ChildProcess::wait(std::uint32_t timeoutMs) {
    auto start = Clock::now();
    while (m_pid > 0) {
        int status = 0;
        pid_t done = waitpid(m_pid, &status, WNOHANG);
        if (done == m_pid) {
            m_pid = -1;
            return status;
        }
        if (msSince(start) > timeoutMs)
            return -1;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return -1;
}

// ---------------------------------------------------------------- a child writing to a log

LoggedProcess::LoggedProcess(std::vector<std::string> argv, std::filesystem::path logFile)
    : m_log(std::move(logFile)) {
    int fd = open(m_log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        throw std::runtime_error("cannot create " + m_log.string());
    // stdin at end of file: a server's command reader stops, the server runs on.
    int devNull = open("/dev/null", O_RDONLY);
    try {
        m_pid = spawn(std::move(argv), devNull, fd, fd, {});
    } catch (...) {
        close(fd);
        close(devNull);
        throw;
    }
    close(fd);
    close(devNull);
}

LoggedProcess::~LoggedProcess() {
    kill(SIGKILL);
}

void LoggedProcess::kill(int signal) {
    if (m_pid <= 0)
        return;
    ::kill(m_pid, signal);
    if (signal == SIGKILL || signal == SIGTERM) {
        waitpid(m_pid, nullptr, 0);
        m_pid = -1;
    }
}

std::string LoggedProcess::log() const {
    std::ifstream in(m_log);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::optional<std::string> LoggedProcess::waitForLine(const std::string& prefix,
                                                      std::uint32_t timeoutMs) {
    auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    while (Clock::now() < deadline) {
        std::istringstream lines(log());
        for (std::string line; std::getline(lines, line);)
            if (line.rfind(prefix, 0) == 0)
                return line;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return std::nullopt;
}

// ---------------------------------------------------------------- commands and functions

CommandResult runCommand(const std::string& shellCommand) {
    CommandResult result;
    FILE* pipe = popen(shellCommand.c_str(), "r");
    if (!pipe)
        return result;
    std::array<char, 4096> buffer;
    std::size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        result.output.append(buffer.data(), n);
    int status = pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

int runInChildProcess(const std::function<int()>& body) {
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0)
        _exit(body());
    int status = -1;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace dovui::testsupport

#endif

#pragma once
/// What an ENet host does when enet_host_service fails (a socket error: the interface went
/// away, ENOBUFS, …): it says so once with the cause, waits out the poll's timeout instead
/// of spinning, keeps serving, and says when the socket works again.
#include <cstdint>
#include <string>

namespace dovui::net {

class ServiceHealth {
public:
    /// `who` names the host in the log line ("game server", "learner app").
    explicit ServiceHealth(std::string who) : m_who(std::move(who)) {}
    /// `status` is enet_host_service's result for a poll that could wait `timeoutMs`, and
    /// `error` the errno (WSAGetLastError on Windows) read right after it.
    void note(int status, int error, std::uint32_t timeoutMs);
    [[nodiscard]] bool failing() const { return m_failing; }
    [[nodiscard]] std::uint64_t failedPolls() const { return m_failedPolls; }
    /// Lines written to the log: one per run of failures, one when it works again.
    [[nodiscard]] std::uint32_t logLines() const { return m_logLines; }
    [[nodiscard]] const std::string& lastCause() const { return m_lastCause; }

private:
    std::string m_who;
    bool m_failing = false;
    std::uint64_t m_failedPolls = 0;
    std::uint32_t m_logLines = 0;
    std::string m_lastCause;
};

/// The last socket error of this thread (errno, or WSAGetLastError on Windows).
int lastSocketError();

}  // namespace dovui::net

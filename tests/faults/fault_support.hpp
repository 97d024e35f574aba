#pragma once
/// Helpers for the store fault tests: mounts undone at scope exit (a small tmpfs, a read-only
/// bind mount), another process holding the results file's write lock, learners over real ENet
/// against a dovui-server child, and the server's terminal notes.
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dovui/net/enet_library.hpp"
#include "server_test_support.hpp"

namespace dovui::server::test {

/// Why mount-based tests cannot run here ("" when they can: root and tmpfs/bind mounts work).
std::string mountsUnavailable();

/// A mount on `target` (an existing folder), lazily unmounted at scope exit.
class Mount {
public:
    /// A tmpfs of `bytes` on `target`.
    static std::unique_ptr<Mount> tmpfs(const std::filesystem::path& target, std::size_t bytes);
    /// `source` seen again at `target`, read-only when `readOnly`.
    static std::unique_ptr<Mount> bind(const std::filesystem::path& source,
                                       const std::filesystem::path& target, bool readOnly);
    ~Mount();
    Mount(const Mount&) = delete;
    Mount& operator=(const Mount&) = delete;
    /// Remounts a bind mount read-only or writable again (false with errno when refused).
    bool setReadOnly(bool readOnly);

private:
    explicit Mount(std::filesystem::path target) : m_target(std::move(target)) {}
    std::filesystem::path m_target;
};

/// Writes `path` until the file system is full; returns how many bytes it took.
std::size_t fillUp(const std::filesystem::path& path);

/// Another process (a fork of the test) holding `BEGIN IMMEDIATE` on a results file for
/// `holdMs`, then committing and exiting.
class LockHolder {
public:
    LockHolder(const std::string& dbPath, std::uint32_t holdMs);  ///< returns once it holds
    ~LockHolder();
    LockHolder(const LockHolder&) = delete;
    LockHolder& operator=(const LockHolder&) = delete;
    /// Waits for the child's exit; returns when that was (it committed just before).
    std::chrono::steady_clock::time_point waitReleased();

private:
    int m_pid = -1;
};

/// Learners of a dovui-server child; the server's stdout lines are read while they poll.
class ChildLearners {
public:
    ChildLearners(ChildProcess& server, std::uint16_t port) : m_server(server), m_port(port) {}
    /// Connects, joins as `nickname` and waits for the Welcome (fails the test otherwise).
    Learner& join(const std::string& nickname);
    /// A learner that only connected.
    Learner& connect();
    /// Connects and rejoins with `token` (after a restart); waits for the Welcome.
    Learner& rejoin(const std::string& token);
    /// Polls every learner and reads the server's lines until `done` or the timeout.
    bool pumpUntil(const std::function<bool()>& done, std::uint32_t timeoutMs);
    void pumpFor(std::uint32_t ms);
    /// The server's NOTE line holding `words` (read so far), if one came.
    std::optional<std::string> note(const std::string& words) const;
    /// Whether the server printed a line starting with `prefix` (read so far).
    bool printed(const std::string& prefix) const;

private:
    /// Connects, sends `hello` (a join or a rejoin) and waits for the Welcome.
    Learner& welcomed(const core::ClientMsg& hello);

    ChildProcess& m_server;
    std::uint16_t m_port;
    net::EnetLibrary m_enet;
    std::vector<std::unique_ptr<Learner>> m_learners;
};

/// How many times (player, question) is in the results file in `dataDir` (its last match).
int storedTimes(const std::string& dataDir, core::PlayerId player, std::uint16_t question);

/// Ends the match from the server's terminal and quits; the server must exit by itself, with 0.
void finishMatch(ChildProcess& server);

/// Held: no acknowledgement of `who`'s answer to the first question yet, the server's terminal
/// says `words` (and "Không ghi được kết quả"), and nothing is stored for player `id`.
void checkAnswerHeld(ChildLearners& learners, Learner& who, core::PlayerId id,
                     const std::string& words, const std::string& dataDir);

/// The pid of this test's one running child started from `exe` (-1 when none).
int childPid(const std::string& exe);

/// Whether `l` holds an acknowledgement (accepted) of question `index`.
bool acked(const Learner& l, std::uint16_t index);

}  // namespace dovui::server::test

#pragma once
/// Where the match server reads the time (design.md §6: testable without wall time). The
/// server reads no clock of its own: tests hand it a ManualClock and move time by hand.
#include <atomic>
#include <chrono>
#include <cstdint>

#include "dovui/core/scoring.hpp"

namespace dovui::server {

class ServerClock {
public:
    virtual ~ServerClock() = default;
    /// Monotonic milliseconds on std::chrono::steady_clock's epoch: timers, rate limits,
    /// timeouts, and the age of a camera's card reading (CmdCardReading::firstSeenSteady).
    [[nodiscard]] virtual core::Millis steadyMs() const = 0;
    /// Milliseconds since 1970 (UTC): only the times the results store records.
    [[nodiscard]] virtual std::int64_t unixMs() const = 0;
};

/// The machine's clocks: what a real server runs on.
class SystemClock final : public ServerClock {
public:
    core::Millis steadyMs() const override {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }
    std::int64_t unixMs() const override {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
    }
};

/// A clock that moves only when told (tests). Safe to move from one thread while the server
/// reads it on another.
class ManualClock final : public ServerClock {
public:
    /// 2026-01-01 00:00 UTC, when steadyMs() reads 0: what the store records.
    static constexpr std::int64_t kUnixAtZero = 1'767'225'600'000;

    explicit ManualClock(core::Millis start = 0) : m_now(start) {}
    void advance(core::Millis ms) { m_now += ms; }
    void set(core::Millis at) { m_now = at; }
    core::Millis steadyMs() const override { return m_now; }
    std::int64_t unixMs() const override { return kUnixAtZero + m_now; }

private:
    std::atomic<core::Millis> m_now;
};

}  // namespace dovui::server

#pragma once
/// Token buckets for joins per address and messages per peer (design.md §6).
#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "dovui/core/scoring.hpp"

namespace dovui::server {

using core::Millis;

class TokenBucket {
public:
    TokenBucket(double perSecond, double burst)
        : m_rate(perSecond), m_burst(burst), m_tokens(burst) {}
    /// Takes one token if there is one.
    [[nodiscard]] bool take(Millis now) {
        if (m_last >= 0)
            m_tokens = std::min(m_burst, m_tokens + double(now - m_last) * m_rate / 1000.0);
        m_last = now;
        if (m_tokens < 1.0)
            return false;
        m_tokens -= 1.0;
        return true;
    }

private:
    double m_rate;
    double m_burst;
    double m_tokens;
    Millis m_last = -1;
};

/// One bucket per key (an IPv4 address), bounded in memory.
class KeyedRateLimiter {
public:
    KeyedRateLimiter(double perSecond, double burst) : m_rate(perSecond), m_burst(burst) {}
    [[nodiscard]] bool take(std::uint32_t key, Millis now) {
        if (m_buckets.size() > kMaxKeys)
            m_buckets.clear();  // a spoofing flood forgets, never grows
        return m_buckets.try_emplace(key, m_rate, m_burst).first->second.take(now);
    }

private:
    static constexpr std::size_t kMaxKeys = 65536;
    double m_rate;
    double m_burst;
    std::unordered_map<std::uint32_t, TokenBucket> m_buckets;
};

}  // namespace dovui::server

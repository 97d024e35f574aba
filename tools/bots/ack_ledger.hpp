#pragma once
/// The answers the server confirmed, at most once per (bot, question), so the swarm's totals
/// can be checked against the results store after faults.
#include <cstdint>
#include <fstream>
#include <set>
#include <string>
#include <string_view>
#include <utility>

namespace dovui::bots {

class AckLedger {
public:
    /// `logPath` empty: count only. Otherwise one line per confirmed answer goes there:
    /// `nickname <TAB> question index (0-based, as the store's q_index) <TAB> how`, where `how`
    /// is the acknowledgement's refusal (`None`, or `Duplicate` for a copy of an answer the
    /// server already had) or what said so after a rejoin (`Welcome`, `Reveal`).
    explicit AckLedger(const std::string& logPath);
    /// True when this is the first confirmation of (bot, question); later ones change nothing.
    bool record(int bot, const std::string& nickname, std::uint16_t question, std::string_view how);
    [[nodiscard]] bool has(int bot, std::uint16_t question) const {
        return m_acked.count({bot, question}) != 0;
    }
    [[nodiscard]] long count() const { return static_cast<long>(m_acked.size()); }
    void flush();

private:
    std::set<std::pair<int, std::uint16_t>> m_acked;
    std::ofstream m_log;
};

}  // namespace dovui::bots

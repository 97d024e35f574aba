#include "ack_ledger.hpp"

#include <stdexcept>

namespace dovui::bots {

AckLedger::AckLedger(const std::string& logPath) {
    if (logPath.empty())
        return;
    m_log.open(logPath, std::ios::binary | std::ios::trunc);
    if (!m_log)
        throw std::runtime_error("cannot write the acknowledgement log " + logPath);
}

bool AckLedger::record(int bot, const std::string& nickname, std::uint16_t question,
                       std::string_view how) {
    if (!m_acked.insert({bot, question}).second)
        return false;
    if (m_log.is_open())
        m_log << nickname << '\t' << question << '\t' << how << '\n';
    return true;
}

void AckLedger::flush() {
    if (m_log.is_open() && !m_log.flush())
        throw std::runtime_error("cannot write the acknowledgement log");
}

}  // namespace dovui::bots

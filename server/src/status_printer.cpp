#include "dovui/server/status_printer.hpp"

#include <algorithm>

namespace dovui::server {

void StatusPrinter::printBanner(const ServerSnapshot& s, const std::string& storePath,
                                bool resumed) {
    m_out << "Đố Vui Số — máy chủ" << (resumed ? " (tiếp tục trận đấu trước)" : "") << "\n"
          << "  Tên:          " << s.name << "\n"
          << "  Mã PIN:       " << s.pin << "\n"
          << "  Bộ câu hỏi:   " << s.pack->title << " (" << s.questionCount << " câu)\n"
          << "  Chế độ:       " << core::modeName(s.config.mode) << ", thời gian x"
          << s.config.timeScalePercent / 100.0 << "\n"
          << "  Địa chỉ LAN:  ";
    if (s.addresses.empty())
        m_out << "(không có mạng LAN; chỉ máy này: 127.0.0.1:" << s.port << ")";
    for (std::size_t i = 0; i < s.addresses.size(); ++i)
        m_out << (i ? ", " : "") << s.addresses[i] << ":" << s.port;
    m_out << "\n  Điện thoại:   ";
    if (s.webPort == 0)
        m_out << "(trang web tắt" << (s.webError.empty() ? "" : ": " + s.webError) << ")";
    for (std::size_t i = 0; i < std::max<std::size_t>(s.addresses.size(), 1); ++i)
        if (s.webPort != 0)
            m_out << (i ? ", " : "")
                  << joinUrl(s.addresses.empty() ? "127.0.0.1" : s.addresses[i], s.webPort, s.pin);
    m_out << "\n  Kết quả lưu:  " << storePath << "\n"
          << kHelp << "\n"
          << "READY pin=" << s.pin << " port=" << s.port << " web=" << s.webPort << std::endl;
    m_phase = s.phase;
    m_players = s.players.size();
    m_index = s.phase == core::Phase::Lobby ? -1 : s.questionIndex;
}

void StatusPrinter::printChanges(const ServerSnapshot& s) {
    if (s.players.size() != m_players) {
        m_out << "PLAYERS " << s.players.size() << std::endl;
        m_players = s.players.size();
    }
    if (s.phase != m_phase || (s.phase == core::Phase::Question && s.questionIndex != m_index)) {
        switch (s.phase) {
            case core::Phase::Lobby:
                m_out << "LOBBY";
                break;
            case core::Phase::Question:
                m_out << "QUESTION " << s.questionIndex + 1 << "/" << s.questionCount;
                break;
            case core::Phase::Reveal:
                m_out << "REVEAL " << s.questionIndex + 1 << " answers=" << s.answersReceived;
                break;
            case core::Phase::Leaderboard:
                m_out << "LEADERBOARD " << s.questionIndex + 1;
                break;
            case core::Phase::Podium:
                m_out << "PODIUM";
                break;
        }
        m_out << std::endl;
        m_phase = s.phase;
        m_index = s.questionIndex;
    }
    if (s.lastError != m_error) {
        m_error = s.lastError;
        if (!m_error.empty())
            m_out << "NOTE " << m_error << std::endl;
    }
}

void StatusPrinter::printStatus(const ServerSnapshot& s) {
    m_out << "STATUS phase=" << static_cast<int>(s.phase) << " question=" << s.questionIndex + 1
          << "/" << s.questionCount << " players=" << s.players.size()
          << " active=" << s.activePlayers << " answers=" << s.answersReceived
          << (s.paused ? " paused" : "") << (s.locked ? " locked" : "") << "\n";
    for (const core::BoardRow& row : s.top)
        m_out << "  #" << row.rank << " " << row.name << " " << row.score << "\n";
    for (const core::BoardRow& row : s.teams)
        m_out << "  team " << row.name << " " << row.score << "\n";
    for (const PlayerView& p : s.players)  // the number `kick #N` takes
        m_out << "  player #" << p.id << " " << p.nickname << (p.connected ? "" : " (offline)")
              << "\n";
    m_out << std::flush;
}

}  // namespace dovui::server

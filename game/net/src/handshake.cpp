#include "dovui/net/handshake.hpp"

namespace dovui::net {

std::uint32_t makeDisconnectData(CloseReason reason, std::uint16_t serverVersion) {
    return kDisconnectMagic | (std::uint32_t(serverVersion) << 8) | std::uint32_t(reason);
}

CloseInfo parseDisconnectData(std::uint32_t data) {
    if ((data & 0xF0000000u) != kDisconnectMagic)
        return {};
    auto reason = static_cast<std::uint8_t>(data & 0xFF);
    if (reason > static_cast<std::uint8_t>(CloseReason::ShuttingDown))
        return {};
    return {static_cast<CloseReason>(reason), static_cast<std::uint16_t>((data >> 8) & 0xFFFF)};
}

std::string describeClose(const CloseInfo& info, std::uint16_t ownVersion, core::Lang lang) {
    const bool vi = lang == core::Lang::Vi;
    switch (info.reason) {
        case CloseReason::WrongVersion: {
            std::string host = std::to_string(info.serverVersion), own = std::to_string(ownVersion);
            return vi ? "Máy chủ chạy phiên bản " + host + ", ứng dụng này chạy phiên bản " + own +
                            ": hãy cập nhật cho giống nhau."
                      : "The host runs version " + host + ", this app runs " + own + ": update.";
        }
        case CloseReason::Kicked:
            return vi ? "Người hướng dẫn đã mời bạn rời trò chơi."
                      : "The facilitator removed you from the game.";
        case CloseReason::Misbehaving:
            return vi ? "Kết nối bị đóng vì gửi dữ liệu không hợp lệ."
                      : "Connection closed: invalid data was sent.";
        case CloseReason::ServerFull:
            return vi ? "Phòng chơi đã đầy." : "The game is full.";
        case CloseReason::JoinTimeout:
            return vi ? "Hết thời gian chờ tham gia." : "Timed out waiting to join.";
        case CloseReason::MatchOver:
            return vi ? "Trò chơi đã kết thúc." : "The game is over.";
        case CloseReason::Leaving:
            return vi ? "Bạn đã rời trò chơi." : "You left the game.";
        case CloseReason::ShuttingDown:
            return vi ? "Máy chủ đã tắt." : "The host has shut down.";
        case CloseReason::None:
            break;
    }
    return vi ? "Mất kết nối với máy chủ." : "Lost the connection to the host.";
}

}  // namespace dovui::net

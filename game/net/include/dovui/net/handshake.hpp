#pragma once
/// What travels in ENet's connect and disconnect data (design.md §5): the protocol version
/// on connect; on disconnect, why, so the other side can say it in words.
#include <cstdint>
#include <string>

#include "dovui/core/lang.hpp"

namespace dovui::net {

/// Why the server closed a connection. Sent in the low byte of the disconnect data;
/// the server's protocol version rides in bits 8..23.
enum class CloseReason : std::uint8_t {
    None = 0,
    WrongVersion = 1,
    Kicked = 2,
    Misbehaving = 3,  ///< garbage, floods or messages not allowed in this state
    ServerFull = 4,
    JoinTimeout = 5,  ///< connected but never joined
    MatchOver = 6,
    Leaving = 7,  ///< the client said goodbye
    ShuttingDown = 8,
};

inline constexpr std::uint32_t kDisconnectMagic = 0xD0000000u;

std::uint32_t makeDisconnectData(CloseReason reason, std::uint16_t serverVersion);
/// Decodes disconnect data; `reason` None when the data is not ours (e.g. a timeout).
struct CloseInfo {
    CloseReason reason = CloseReason::None;
    std::uint16_t serverVersion = 0;
};
[[nodiscard]] CloseInfo parseDisconnectData(std::uint32_t data);

/// "Máy chủ chạy phiên bản 3, ứng dụng này chạy phiên bản 2: hãy cập nhật." and friends.
std::string describeClose(const CloseInfo& info, std::uint16_t ownVersion, core::Lang lang);

}  // namespace dovui::net

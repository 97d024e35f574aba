#pragma once
/// Nickname rules (design.md §6): 1–24 visible characters (a full Vietnamese name such as
/// "Trần Thị Thanh Hương" fits), trimmed, NFC, no control characters, only characters the
/// projector's bundled font draws (no emoji), not on the Vietnamese + English word list.
#include <optional>
#include <string>
#include <string_view>

#include "dovui/core/protocol.hpp"

namespace dovui::core {

inline constexpr std::size_t kMaxNicknameGraphemes = 24;

struct NicknameCheck {
    std::string nickname;  ///< cleaned form, valid when refusal is empty
    std::optional<JoinRefusal> refusal;
};

[[nodiscard]] NicknameCheck checkNickname(std::string_view raw);

}  // namespace dovui::core

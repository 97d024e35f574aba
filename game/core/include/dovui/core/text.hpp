#pragma once
/// UTF-8 helpers over utf8proc: validation, NFC, code-point and grapheme counts.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dovui::core {

/// True when `text` is well-formed UTF-8 (no surrogates, no overlong forms).
[[nodiscard]] bool isUtf8(std::string_view text);

/// NFC form of `text`, or nullopt when `text` is not valid UTF-8.
[[nodiscard]] std::optional<std::string> toNfc(std::string_view text);

/// Number of Unicode code points; `text` must be valid UTF-8.
std::size_t codePointCount(std::string_view text);

/// Number of user-perceived characters (extended grapheme clusters).
std::size_t graphemeCount(std::string_view text);

/// `text` without leading/trailing Unicode white space; inner runs collapsed to one space.
std::string collapseSpaces(std::string_view text);

/// Case-folded, accent-kept form used to compare nicknames ("Bà Năm" == "bà năm").
std::string foldCase(std::string_view text);

/// Case-folded form with Vietnamese marks stripped ("Đồ ngốc" -> "do ngoc"), for word lists.
std::string foldToAscii(std::string_view text);

}  // namespace dovui::core

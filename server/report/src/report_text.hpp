#pragma once
/// Words and number formats for reports: Vietnamese by default, English with --lang en.
#include <cstdint>
#include <string>
#include <string_view>

#include "dovui/core/lang.hpp"

namespace dovui::report {

using core::Lang;

using core::tr;

/// "14/11/2026 08:30" (vi) or "2026-11-14 08:30" (en), in local time.
std::string formatDateTime(std::int64_t unixSeconds, Lang lang);
/// "14/11/2026" or "2026-11-14", in local time.
std::string formatDate(std::int64_t unixSeconds, Lang lang);
/// "2026-11" (sorts well in a table and a spreadsheet).
std::string formatMonth(std::int64_t unixSeconds);
/// 0.734 -> "73%"; the same rounding in HTML and CSV.
std::string formatPercent(double share);
/// 2345 ms -> "2,3 s" (vi) or "2.3 s" (en).
std::string formatSeconds(double milliseconds, Lang lang);

/// "Cổ điển", "Rung chuông vàng", … from the store's mode name.
std::string modeLabel(std::string_view mode, Lang lang);
/// "Một đáp án", "Đúng/Sai", … from the store's kind name.
std::string kindLabel(std::string_view kind, Lang lang);
/// 0 -> "A", 1 -> "B", …
std::string optionLetter(int index);
/// A technique row's name: the core's name in `lang`, or what the special rows mean.
std::string techniqueLabel(std::string_view id, Lang lang);

}  // namespace dovui::report

#pragma once
/// UI/message language. Vietnamese is the default everywhere.
#include <string>
#include <string_view>

namespace dovui::core {
enum class Lang { Vi, En };

/// The words for `lang`: the Vietnamese ones unless English was asked for.
inline std::string tr(Lang lang, std::string_view vi, std::string_view en) {
    return std::string(lang == Lang::En ? en : vi);
}
}  // namespace dovui::core

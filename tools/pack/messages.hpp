#pragma once
/// Tool messages in the user's language: Vietnamese by default, English with --lang en.
#include <string>

#include "dovui/core/lang.hpp"

namespace dovui::pack {

using core::Lang;

using core::tr;

/// Reads "vi" / "en"; anything else is refused by the command line before this runs.
inline Lang parseLang(const std::string& code) {
    return code == "en" ? Lang::En : Lang::Vi;
}

}  // namespace dovui::pack

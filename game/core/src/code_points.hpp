#pragma once
/// Walking UTF-8 text code point by code point (utf8proc stays inside the core's sources).
#include <utf8proc.h>

#include <string_view>

namespace dovui::core {

/// True when the text is not valid UTF-8 or any code point satisfies `refused`.
template <class Refused>
bool anyCodePoint(std::string_view text, Refused refused) {
    auto* cur = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    auto left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
        utf8proc_int32_t cp = 0;
        auto n = utf8proc_iterate(cur, left, &cp);
        if (n <= 0 || refused(cp, utf8proc_category(cp)))
            return true;
        cur += n;
        left -= n;
    }
    return false;
}

}  // namespace dovui::core

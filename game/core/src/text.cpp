#include "dovui/core/text.hpp"
#include "code_points.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace dovui::core {
namespace {

struct FreeDeleter {
    void operator()(void* p) const { std::free(p); }
};

std::optional<std::string> mapText(std::string_view text, int options) {
    utf8proc_uint8_t* out = nullptr;
    auto len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                            static_cast<utf8proc_ssize_t>(text.size()), &out,
                            static_cast<utf8proc_option_t>(options));
    std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owned(out);
    if (len < 0)
        return std::nullopt;
    return std::string(reinterpret_cast<char*>(out), static_cast<std::size_t>(len));
}

bool isSpace(utf8proc_int32_t cp) {
    auto cat = utf8proc_category(cp);
    return cp == '\t' || cp == '\n' || cp == '\r' || cat == UTF8PROC_CATEGORY_ZS;
}

}  // namespace

bool isUtf8(std::string_view text) {
    // utf8proc refuses surrogates and overlong forms while it iterates.
    return !anyCodePoint(text, [](utf8proc_int32_t, utf8proc_category_t) { return false; });
}

std::optional<std::string> toNfc(std::string_view text) {
    return mapText(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

std::size_t codePointCount(std::string_view text) {
    std::size_t count = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80)
            ++count;
    return count;
}

std::size_t graphemeCount(std::string_view text) {
    std::size_t count = 0;
    utf8proc_int32_t state = 0;
    utf8proc_int32_t previous = -1;
    auto* cur = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    auto left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
        utf8proc_int32_t cp = 0;
        auto n = utf8proc_iterate(cur, left, &cp);
        if (n <= 0)
            return count + static_cast<std::size_t>(left);  // invalid: count bytes
        if (previous < 0 || utf8proc_grapheme_break_stateful(previous, cp, &state))
            ++count;
        previous = cp;
        cur += n;
        left -= n;
    }
    return count;
}

std::string collapseSpaces(std::string_view text) {
    std::string out;
    bool pendingSpace = false;
    auto* cur = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    auto left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
        utf8proc_int32_t cp = 0;
        auto n = utf8proc_iterate(cur, left, &cp);
        if (n <= 0) {
            n = 1;
            cp = 0xFFFD;
        }
        if (isSpace(cp)) {
            pendingSpace = !out.empty();
        } else {
            if (pendingSpace)
                out.push_back(' ');
            pendingSpace = false;
            out.append(reinterpret_cast<const char*>(cur), static_cast<std::size_t>(n));
        }
        cur += n;
        left -= n;
    }
    return out;
}

std::string foldCase(std::string_view text) {
    return mapText(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD).value_or("");
}

std::string foldToAscii(std::string_view text) {
    auto stripped =
        mapText(text, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK)
            .value_or("");
    // đ/Đ have no decomposition; map them by hand.
    std::string out;
    for (std::size_t i = 0; i < stripped.size(); ++i) {
        if (stripped.compare(i, 2, "\xC4\x91") == 0) {  // đ (Đ folds to đ)
            out.push_back('d');
            ++i;
        } else {
            out.push_back(stripped[i]);
        }
    }
    return out;
}

}  // namespace dovui::core

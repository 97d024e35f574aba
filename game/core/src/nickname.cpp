#include "dovui/core/nickname.hpp"
#include "code_points.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "dovui/core/text.hpp"

namespace dovui::core {
namespace {

/// Insults typed without accents (compared after folding to ASCII). Only forms that are
/// not also ordinary words once the accents are gone ("lon" could be "lớn").
constexpr std::array<std::string_view, 20> kBlockedAsciiWords = {
    "djt",  "dcm",  "dmm",   "dkm",  "vcl",  "vkl",    "clgt",  "dit me", "du ma",   "oc cho",
    "fuck", "shit", "bitch", "cunt", "dick", "nigger", "whore", "slut",   "asshole", "bastard",
};

/// Insults with their Vietnamese marks (compared after case folding, marks kept).
constexpr std::array<std::string_view, 10> kBlockedVietnameseWords = {
    "địt", "đụ", "lồn", "cặc", "buồi", "đĩ", "đéo", "óc chó", "súc vật", "ngu như bò",
};

bool hasControlOrInvisible(std::string_view text) {
    return anyCodePoint(text, [](utf8proc_int32_t, utf8proc_category_t cat) {
        return cat == UTF8PROC_CATEGORY_CC || cat == UTF8PROC_CATEGORY_CF ||
               cat == UTF8PROC_CATEGORY_CO || cat == UTF8PROC_CATEGORY_CS ||
               cat == UTF8PROC_CATEGORY_CN || cat == UTF8PROC_CATEGORY_ZL ||
               cat == UTF8PROC_CATEGORY_ZP;
    });
}

/// Only what the bundled DejaVu font draws without a box: Latin (Vietnamese included), Greek,
/// Cyrillic, spaces, punctuation, currency. Emoji, pictographs, other scripts and stray
/// combining marks (left after NFC, e.g. "Zalgo" text) are refused: no empty boxes on the wall.
bool hasUndrawable(std::string_view text) {
    return anyCodePoint(text, [](utf8proc_int32_t cp, utf8proc_category_t cat) {
        bool drawnRange = cp < 0x0530 || (cp >= 0x1E00 && cp <= 0x1FFF) ||
                          (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF);
        bool mark = cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_ME;
        return !drawnRange || mark || cat == UTF8PROC_CATEGORY_SO;
    });
}

/// Letters, digits and any byte of a multi-byte UTF-8 letter continue a word.
bool isWordByte(char c) {
    auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalnum(u);
}

/// True when `word` appears in `folded` as whole words (bounded by non-letters).
bool containsWord(std::string_view folded, std::string_view word) {
    for (std::size_t at = folded.find(word); at != std::string_view::npos;
         at = folded.find(word, at + 1)) {
        bool startOk = at == 0 || !isWordByte(folded[at - 1]);
        std::size_t endAt = at + word.size();
        bool endOk = endAt == folded.size() || !isWordByte(folded[endAt]);
        if (startOk && endOk)
            return true;
    }
    return false;
}

}  // namespace

NicknameCheck checkNickname(std::string_view raw) {
    NicknameCheck check;
    if (raw.size() > kMaxNicknameBytes * 2) {
        check.refusal = JoinRefusal::NicknameTooLong;
        return check;
    }
    auto nfc = toNfc(raw);
    if (!nfc) {
        check.refusal = JoinRefusal::NicknameInvalid;
        return check;
    }
    std::string cleaned = collapseSpaces(*nfc);
    if (cleaned.empty()) {
        check.refusal = JoinRefusal::NicknameEmpty;
        return check;
    }
    if (hasControlOrInvisible(cleaned) || hasUndrawable(cleaned)) {
        check.refusal = JoinRefusal::NicknameInvalid;
        return check;
    }
    if (graphemeCount(cleaned) > kMaxNicknameGraphemes || cleaned.size() > kMaxNicknameBytes) {
        check.refusal = JoinRefusal::NicknameTooLong;
        return check;
    }
    std::string ascii = foldToAscii(cleaned);
    std::string folded = foldCase(cleaned);
    auto blocked = [&](std::string_view text, auto& words) {
        return std::any_of(words.begin(), words.end(),
                           [&](std::string_view w) { return containsWord(text, w); });
    };
    {
        if (blocked(ascii, kBlockedAsciiWords) || blocked(folded, kBlockedVietnameseWords)) {
            check.refusal = JoinRefusal::NicknameRude;
            return check;
        }
    }
    check.nickname = std::move(cleaned);
    return check;
}

}  // namespace dovui::core

#pragma once
/// What the results file's writer (the server's store) and its readers (dovui-report) must agree
/// on (issue 17): the schema version kept in `PRAGMA user_version`, and the ids given to rows of
/// files written before matches had a stable id. Pure: the same old file gives the same ids on
/// every laptop, so a match copied into two files is still counted once.
#include <cstdint>
#include <string>
#include <string_view>

namespace dovui::core {

/// 0: before issue 17 (no match uid, no store_info). 1: matches.uid and store_info.site_uid.
inline constexpr int kResultsSchemaVersion = 1;

/// 32 hex digits: two FNV-1a 64-bit hashes of `text` (different offsets), for ids, not secrecy.
inline std::string contentUid(std::string_view text) {
    std::uint64_t a = 14695981039346656037ull, b = 0x84222325cbf29ce4ull;
    for (unsigned char c : text) {
        a = (a ^ c) * 1099511628211ull;
        b = (b ^ c) * 1099511628211ull;
        b ^= b >> 29;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (std::uint64_t v : {a, b})
        for (int shift = 60; shift >= 0; shift -= 4)
            out += kHex[(v >> shift) & 0xf];
    return out;
}

/// The uid of a match stored before matches had one: from what identifies it in the file.
inline std::string legacyMatchUid(std::int64_t pin, std::int64_t startedAt, std::string_view name,
                                  std::string_view packId) {
    return contentUid("match|" + std::to_string(pin) + "|" + std::to_string(startedAt) + "|" +
                      std::string(name) + "|" + std::string(packId));
}

/// The site uid of a file from before store_info: from its first match's uid.
inline std::string legacySiteUid(std::string_view firstMatchUid) {
    return contentUid("site|" + std::string(firstMatchUid));
}

}  // namespace dovui::core

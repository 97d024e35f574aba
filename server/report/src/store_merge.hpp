#pragma once
/// Many cultural houses' results files read into one list (issue 17): each file read-only and on
/// its own (a file that cannot be read is named in `problems`, the others still count), a match
/// counted once however many files hold it (by its uid), each match tagged with its file's site id.
#include <filesystem>
#include <string>
#include <vector>

#include "dovui/core/lang.hpp"
#include "match_data.hpp"

namespace dovui::report {

struct MergedStores {
    std::vector<MatchRecord> matches;      ///< once each, oldest first, siteUid set
    std::vector<PracticeRecord> practice;  ///< once each
    std::vector<std::string> filesRead;    ///< the files that could be read
    std::vector<std::string> problems;     ///< one message per file that could not, naming it
    int duplicateMatches = 0;              ///< copies of a match already counted from another file
};

/// Matches started (practice answers received) in [fromUnix, toUnix).
MergedStores mergeStores(const std::vector<std::filesystem::path>& stores, std::int64_t fromUnix,
                         std::int64_t toUnix, core::Lang lang);

}  // namespace dovui::report

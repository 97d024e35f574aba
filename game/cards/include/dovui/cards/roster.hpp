#pragma once
/// A class roster for cards: which learner holds which card number.
#include <string>
#include <string_view>
#include <vector>

namespace dovui::cards {

struct RosterEntry {
    int number = 0;
    std::string name;
};

/// Reads a roster saved from a spreadsheet (UTF-8, optional BOM; `,` `;` or tab): each line is
/// either `NAME` (the next free number) or `NUMBER,NAME`; a header line (`tên`, `name`, `số`…)
/// and empty lines are skipped. Throws std::runtime_error listing every bad line by number
/// (duplicate number or name, number outside 1..99, missing name).
std::vector<RosterEntry> parseRoster(std::string_view text);

/// parseRoster on a file's contents; throws when the file cannot be read.
std::vector<RosterEntry> loadRoster(const std::string& path);

}  // namespace dovui::cards

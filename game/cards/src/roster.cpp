#include "dovui/cards/roster.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include "dovui/cards/layout.hpp"

namespace dovui::cards {

namespace {

std::string trim(std::string_view s) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '"'; };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    return std::string(s);
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool isHeaderWord(const std::string& field) {
    static const std::set<std::string> words = {"tên",    "họ tên", "họ và tên", "name", "số",
                                                "số thẻ", "thẻ",    "number",    "card"};
    return words.count(lower(field)) > 0;
}

std::vector<std::string> splitFields(std::string_view line) {
    std::vector<std::string> fields;
    size_t start = 0;
    for (size_t i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == ',' || line[i] == ';' || line[i] == '\t') {
            fields.push_back(trim(line.substr(start, i - start)));
            start = i + 1;
        }
    }
    return fields;
}

bool parseNumber(const std::string& s, int& out) {
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size() && !s.empty();
}

}  // namespace

std::vector<RosterEntry> parseRoster(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    std::vector<RosterEntry> entries;
    std::vector<std::string> problems;
    std::set<int> numbers;
    std::set<std::string> names;
    int nextNumber = 1;
    int lineNo = 0;
    bool seenData = false;
    std::istringstream lines{std::string(text)};
    for (std::string line; std::getline(lines, line);) {
        ++lineNo;
        std::vector<std::string> fields = splitFields(line);
        fields.erase(std::remove(fields.begin(), fields.end(), std::string()), fields.end());
        if (fields.empty())
            continue;
        if (!seenData && isHeaderWord(fields[0])) {
            seenData = true;
            continue;
        }
        seenData = true;
        RosterEntry entry;
        if (parseNumber(fields[0], entry.number)) {
            entry.name = fields.size() > 1 ? fields[1] : "";
        } else {
            entry.number = nextNumber;
            entry.name = fields[0];
        }
        std::string where = "dòng " + std::to_string(lineNo) + ": ";
        if (entry.name.empty())
            problems.push_back(where + "thiếu tên");
        else if (!names.insert(lower(entry.name)).second)
            problems.push_back(where + "tên \"" + entry.name + "\" đã có");
        if (!isPrintableNumber(entry.number))
            problems.push_back(where + "số thẻ " + std::to_string(entry.number) +
                               " ngoài khoảng 1–" + std::to_string(kMaxCardNumber));
        else if (!numbers.insert(entry.number).second)
            problems.push_back(where + "số thẻ " + std::to_string(entry.number) + " đã có");
        while (numbers.count(nextNumber))
            ++nextNumber;
        entries.push_back(std::move(entry));
    }
    if (!problems.empty()) {
        std::string message = "danh sách lớp có lỗi:";
        for (const std::string& p : problems)
            message += "\n  " + p;
        throw std::runtime_error(message);
    }
    std::sort(entries.begin(), entries.end(),
              [](const RosterEntry& a, const RosterEntry& b) { return a.number < b.number; });
    return entries;
}

std::vector<RosterEntry> loadRoster(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("không mở được danh sách lớp " + path);
    std::stringstream text;
    text << in.rdbuf();
    return parseRoster(text.str());
}

}  // namespace dovui::cards

#pragma once
/// Golden text files the phone page's tests read (tests/golden/*.json): the core writes them and
/// a test fails when they differ, until rewritten with DOVUI_UPDATE_GOLDEN=1.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace dovui::core::test {

/// Checks tests/golden/`name` against `text` (rewriting it first when DOVUI_UPDATE_GOLDEN=1);
/// `changed` says what to do when they differ. Returns what the file holds.
inline std::string checkGoldenText(const std::string& name, const std::string& text,
                                   const std::string& changed) {
    const std::filesystem::path file = std::filesystem::path(DOVUI_GOLDEN_DIR) / name;
    if (const char* flag = std::getenv("DOVUI_UPDATE_GOLDEN"); flag && *flag == '1') {
        std::ofstream(file, std::ios::binary) << text;
        MESSAGE("rewrote " << file.string());
    }
    std::ifstream in(file, std::ios::binary);
    REQUIRE_MESSAGE(in, file.string()
                            << " is missing: run the core tests with DOVUI_UPDATE_GOLDEN=1");
    std::stringstream stored;
    stored << in.rdbuf();
    CHECK_MESSAGE(stored.str() == text, changed);
    return stored.str();
}

}  // namespace dovui::core::test

// paths:: — the one lookup of the programs' files (game/paths): the probe program is copied
// into an installed layout (<prefix>/bin beside <prefix>/share/dovui), the Windows zip's layout
// (assets/ beside the program) and a bare folder (the source tree's assets/, as in the build
// folder), and run there with a controlled environment.
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "dovui/testsupport/child_process.hpp"
#include "dovui/testsupport/temp_dir.hpp"

namespace fs = std::filesystem;

namespace {

using dovui::testsupport::TempDir;

/// `program` copied to `folder`, run from `/` with `env` ("NAME=value" or "-NAME" to unset).
std::vector<std::string> probe(const fs::path& folder, const std::string& env) {
    fs::create_directories(folder);
    const fs::path copy = folder / "dovui-paths-probe";
    fs::copy_file(DOVUI_PATHS_PROBE, copy, fs::copy_options::overwrite_existing);
    const std::string command = "cd / && env -u DOVUI_ASSETS -u XDG_DATA_HOME -u XDG_CONFIG_HOME " +
                                env + " '" + copy.string() + "'";
    const dovui::testsupport::CommandResult run = dovui::testsupport::runCommand(command);
    CHECK(run.exitCode == 0);
    std::vector<std::string> lines;
    std::istringstream out(run.output);
    for (std::string line; std::getline(out, line);)
        lines.push_back(line);
    REQUIRE(lines.size() == 3);
    return lines;
}

}  // namespace

TEST_CASE("installed: <prefix>/bin finds <prefix>/share/dovui, whatever the prefix") {
    TempDir root("dovui-paths");
    fs::create_directories(root.path() / "usr/share/dovui/packs");
    auto found = probe(root.path() / "usr/bin", "HOME=/home/hoa");
    CHECK(found[0] == (root.path() / "usr/share/dovui").string());
    CHECK(found[1] == "/home/hoa/.local/share/dovui");
    CHECK(found[2] == "/home/hoa/.config/dovui");
}

TEST_CASE("the Windows zip's layout: assets/ beside the program") {
    TempDir root("dovui-paths");
    fs::create_directories(root.path() / "Đố Vui Số/assets/packs");
    auto found = probe(root.path() / "Đố Vui Số", "HOME=/home/hoa");
    CHECK(found[0] == (root.path() / "Đố Vui Số/assets").string());
}

TEST_CASE(
    "a share/dovui without packs/ is not taken; the source tree's assets/ is (build folder)") {
    TempDir root("dovui-paths");
    fs::create_directories(root.path() / "share/dovui/web");
    auto found = probe(root.path() / "bin", "HOME=/home/hoa");
    CHECK(found[0] == DOVUI_ASSETS_DIR);
}

TEST_CASE("$DOVUI_ASSETS wins; $XDG_DATA_HOME and $XDG_CONFIG_HOME are the user's folders") {
    TempDir root("dovui-paths");
    fs::create_directories(root.path() / "usr/share/dovui/packs");
    auto found = probe(root.path() / "usr/bin",
                       "DOVUI_ASSETS=/srv/kiem-thu XDG_DATA_HOME=/d XDG_CONFIG_HOME=/c HOME=/h");
    CHECK(found[0] == "/srv/kiem-thu");
    CHECK(found[1] == "/d/dovui");
    CHECK(found[2] == "/c/dovui");
}

TEST_CASE("no HOME and no XDG folders: ./dovui-data") {
    TempDir root("dovui-paths");
    auto found = probe(root.path() / "bin", "-u HOME");
    CHECK(found[1] == "dovui-data");
    CHECK(found[2] == "dovui-data");
}

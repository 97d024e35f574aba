#pragma once
/// Where the bundled assets are: paths::assetsDir() (installed, Windows zip or build folder).
#include <filesystem>
#include <vector>

namespace dovui::pack {

std::filesystem::path assetsDir();

/// Every *.json under `folder` (recursively), sorted so output is stable.
std::vector<std::filesystem::path> findPackFiles(const std::filesystem::path& folder);

}  // namespace dovui::pack

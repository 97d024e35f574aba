#pragma once
/// Where the bundled assets are: $DOVUI_ASSETS, else the folder CMake compiled in.
#include <filesystem>
#include <vector>

namespace dovui::pack {

std::filesystem::path assetsDir();

/// Every *.json under `folder` (recursively), sorted so output is stable.
std::vector<std::filesystem::path> findPackFiles(const std::filesystem::path& folder);

}  // namespace dovui::pack

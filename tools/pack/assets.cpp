#include "assets.hpp"

#include <algorithm>
#include <cstdlib>

#ifndef DOVUI_ASSETS_DIR
#error "DOVUI_ASSETS_DIR must be defined by CMake"
#endif

namespace dovui::pack {

std::filesystem::path assetsDir() {
    if (const char* env = std::getenv("DOVUI_ASSETS"); env && *env)
        return env;
    return DOVUI_ASSETS_DIR;
}

std::vector<std::filesystem::path> findPackFiles(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(folder, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file() && it->path().extension() == ".json")
            files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace dovui::pack

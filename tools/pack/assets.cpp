#include "assets.hpp"

#include <algorithm>

#include "dovui/paths/paths.hpp"

namespace dovui::pack {

std::filesystem::path assetsDir() {
    return paths::assetsDir();
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

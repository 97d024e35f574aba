#pragma once
/// The packs a facilitator can pick: bundled ones under assets/packs/** and their own under
/// $XDG_DATA_HOME/dovui/packs. A broken pack is listed with its first problem, not hidden.
#include <string>
#include <vector>

namespace dovui::host {

struct PackEntry {
    std::string path;
    std::string title;     ///< the pack's title, or the file name when it does not load
    std::string language;  ///< "vi" / "en"
    std::size_t questionCount = 0;
    std::string problem;  ///< first line of what is wrong; empty when the pack loads
    bool bundled = true;
};

/// $XDG_DATA_HOME/dovui/packs, or ~/.local/share/dovui/packs.
std::string userPackDir();

/// Every *.json under the two folders, bundled first, each group sorted by path.
std::vector<PackEntry> scanPacks(const std::string& assetsDir, const std::string& userDir);

}  // namespace dovui::host

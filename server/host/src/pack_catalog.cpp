#include "dovui/host/pack_catalog.hpp"

#include <algorithm>
#include <filesystem>

#include "dovui/paths/paths.hpp"
#include "dovui/server/match_server.hpp"

namespace dovui::host {
namespace {

namespace fs = std::filesystem;

std::vector<PackEntry> scanFolder(const fs::path& folder, bool bundled) {
    std::vector<PackEntry> entries;
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        return entries;
    for (auto it = fs::recursive_directory_iterator(folder, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec) || it->path().extension() != ".json")
            continue;
        PackEntry entry;
        entry.path = it->path().string();
        entry.bundled = bundled;
        try {
            server::LoadedPack loaded = server::loadPackFile(entry.path);
            entry.title = loaded.pack.title;
            entry.language = loaded.pack.language;
            entry.questionCount = loaded.pack.questions.size();
        } catch (const std::exception& e) {
            entry.title = it->path().filename().string();
            std::string what = e.what();
            entry.problem = what.substr(0, what.find('\n'));
        }
        entries.push_back(std::move(entry));
    }
    std::sort(entries.begin(), entries.end(),
              [](const PackEntry& a, const PackEntry& b) { return a.path < b.path; });
    return entries;
}

}  // namespace

std::string userPackDir() {
    return (paths::userDataDir() / "packs").string();
}

std::vector<PackEntry> scanPacks(const std::string& assetsDir, const std::string& userDir) {
    std::vector<PackEntry> all = scanFolder(fs::path(assetsDir) / "packs", true);
    std::vector<PackEntry> user = scanFolder(userDir, false);
    all.insert(all.end(), user.begin(), user.end());
    return all;
}

}  // namespace dovui::host

#include "dovui/host/practice_choice.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "dovui/host/pack_catalog.hpp"

namespace dovui::host {
namespace {

namespace fs = std::filesystem;

/// The key of a pack under assets/packs; nullopt for a pack elsewhere.
std::optional<std::string> bundledKey(const std::string& path) {
    std::error_code ec;
    fs::path root = fs::weakly_canonical(fs::path(server::assetsDir()) / "packs", ec);
    fs::path file = fs::weakly_canonical(path, ec);
    if (ec)
        return std::nullopt;
    fs::path relative = file.lexically_relative(root);
    if (relative.empty() || *relative.begin() == "..")
        return std::nullopt;
    return relative.generic_string();
}

bool isOff(const HostSettings& settings, const std::string& key) {
    return std::find(settings.practiceOff.begin(), settings.practiceOff.end(), key) !=
           settings.practiceOff.end();
}

}  // namespace

std::string practicePackKey(const std::string& path) {
    return bundledKey(path).value_or(path);
}

std::vector<PracticeChoice> practiceChoices(const std::string& assetsDir,
                                            const HostSettings& settings) {
    std::vector<PracticeChoice> choices;
    for (const PackEntry& entry : scanPacks(assetsDir, {})) {
        if (!entry.problem.empty())
            continue;  // the server leaves a broken pack out too
        std::string key = practicePackKey(entry.path);
        choices.push_back({key, entry.title, entry.questionCount, !isOff(settings, key)});
    }
    return choices;
}

void setPracticeOn(HostSettings& settings, const std::string& key, bool on) {
    auto& off = settings.practiceOff;
    off.erase(std::remove(off.begin(), off.end(), key), off.end());
    if (!on)
        off.push_back(key);
}

void applyPracticeOverrides(const HostOptions& options, HostSettings& settings) {
    if (!options.noPractice && options.practicePacks.empty())
        return;
    std::vector<std::string> named;
    for (const std::string& path : options.practicePacks)
        if (auto key = bundledKey(path))
            named.push_back(*key);
    for (const std::string& path : server::bundledPackPaths()) {
        std::string key = practicePackKey(path);
        bool on = !options.noPractice && std::find(named.begin(), named.end(), key) != named.end();
        setPracticeOn(settings, key, on);
    }
}

void applyPracticeChoice(const HostSettings& settings, const HostOptions& options,
                         server::ServerConfig& config) {
    std::vector<std::string> paths;
    for (const std::string& path : server::bundledPackPaths())
        if (!isOff(settings, practicePackKey(path)))
            paths.push_back(path);
    for (const std::string& path : options.practicePacks)
        if (!bundledKey(path))
            paths.push_back(path);
    config.practice = !paths.empty();  // --no-practice switched every bundled pack off
    const std::string& own = settings.packPath;
    if (!own.empty() && !bundledKey(own) &&
        std::find(paths.begin(), paths.end(), own) == paths.end())
        paths.push_back(own);
    config.practicePacks = config.practice ? paths : std::vector<std::string>{};
}

}  // namespace dovui::host

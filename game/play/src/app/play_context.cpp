#include "dovui/play/app/play_context.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>

#include "dovui/core/pack_rules.hpp"
#include "dovui/ui/sound_device.hpp"

namespace dovui::play {
namespace {

constexpr std::uintmax_t kMaxPackBytes = 4 * 1024 * 1024;

std::int32_t localDay() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
#ifdef _WIN32  // no localtime_r and no tm_gmtoff: count the local calendar day from 1970-01-01
    localtime_s(&local, &now);
    using namespace std::chrono;
    const year_month_day date{year(local.tm_year + 1900), month(unsigned(local.tm_mon + 1)),
                              day(unsigned(local.tm_mday))};
    return static_cast<std::int32_t>(sys_days(date).time_since_epoch().count());
#else
    localtime_r(&now, &local);
    return static_cast<std::int32_t>((now + local.tm_gmtoff) / 86400);
#endif
}

PackEntry loadOne(const std::filesystem::path& path, core::Lang lang) {
    PackEntry entry{path, nullptr, {}};
    std::error_code ec;
    auto size = std::filesystem::file_size(path, ec);
    if (ec || size > kMaxPackBytes) {
        entry.problem =
            path.filename().string() +
            (lang == core::Lang::Vi ? ": không đọc được tệp." : ": cannot read the file.");
        return entry;
    }
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    core::PackLoadResult result = core::parsePack(text.str());
    std::vector<std::string> ruleErrors;
    if (result.pack)
        ruleErrors = core::packRuleErrors(*result.pack, lang);  // as `dovui-pack check` does
    if (!ruleErrors.empty())
        entry.problem = path.filename().string() + ": " + ruleErrors[0];
    else if (result.pack)
        entry.pack = std::make_shared<const core::Pack>(std::move(*result.pack));
    else if (!result.problems.empty())
        entry.problem = path.filename().string() + ": " + core::describe(result.problems[0], lang);
    return entry;
}

}  // namespace

std::vector<PackEntry> loadPackLibrary(const std::vector<std::filesystem::path>& folders,
                                       core::Lang lang) {
    std::vector<std::filesystem::path> files;
    for (const auto& folder : folders) {
        std::error_code ec;
        for (auto it = std::filesystem::recursive_directory_iterator(folder, ec);
             !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
            if (it->is_regular_file() && it->path().extension() == ".json")
                files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    std::vector<PackEntry> packs;
    for (const auto& file : files)
        packs.push_back(loadOne(file, lang));
    // Packs in the learner's language first.
    const char* code = lang == core::Lang::Vi ? "vi" : "en";
    std::stable_partition(packs.begin(), packs.end(),
                          [&](const PackEntry& e) { return e.pack && e.pack->language == code; });
    return packs;
}

PlayContext::PlayContext(std::filesystem::path folder, std::string assets, std::uint16_t infoPort)
    : dataFolder(std::move(folder)),
      assetsDir(std::move(assets)),
      fonts(ui::Fonts::load(assetsDir)),
      tickets(dataFolder / "rejoin.json"),
      progress(dataFolder / "practice"),
      session(
          SessionConfig{core::Lang::Vi, 6000, 1500, 45000, core::kProtocolVersion, &tickets, {}}),
      browser(infoPort),
      today(localDay),
      wallSeconds([] { return static_cast<std::int64_t>(std::time(nullptr)); }) {}

void PlayContext::ensurePacksLoaded() {
    if (packs.empty())
        packs = loadPackLibrary({std::filesystem::path(assetsDir) / "packs", dataFolder / "packs"},
                                settings.lang);
}

LoadedProgress& PlayContext::progressOf(const std::string& packId) {
    auto it = m_progress.find(packId);
    if (it == m_progress.end())
        it = m_progress.emplace(packId, progress.load(packId, settings.lang)).first;
    return it->second;
}

void PlayContext::readAloud(const std::string& text, const std::vector<std::string>& options) {
    if (!voice) {  // asked on first use; no device: one line, then silence
        std::string why;
        bool sound = ui::soundDeviceAvailable(why);
        if (!sound)
            std::cerr << "dovui-play: no sound device, reading aloud is off (" << why << ")\n";
        voice = std::make_unique<ui::Voice>(sound);
    }
    std::string all = text;
    for (std::size_t i = 0; i < options.size(); ++i)
        all += ". " + std::to_string(i + 1) + ": " + options[i];
    voice->speak(all, lang());
}

}  // namespace dovui::play

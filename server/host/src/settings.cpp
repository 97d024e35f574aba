#include "dovui/host/settings.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dovui/paths/paths.hpp"

namespace dovui::host {

std::string defaultSettingsPath() {
    return (paths::userConfigDir() / "host.conf").string();
}

HostSettings loadSettings(const std::string& path) {
    HostSettings s;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        auto eq = line.find('=');
        if (eq == std::string::npos || line.starts_with('#'))
            continue;
        std::string key = line.substr(0, eq), value = line.substr(eq + 1);
        try {
            if (key == "pack")
                s.packPath = value;
            else if (key == "mode")
                s.mode = core::parseMode(value).value_or(s.mode);
            else if (key == "timeScale" && (value == "100" || value == "150" || value == "200"))
                s.timeScalePercent = std::stoi(value);
            else if (key == "readAloud")
                s.readAloud = value == "1";
            else if (key == "easyFirst")
                s.easyFirst = value == "1";
            else if (key == "lang")
                s.lang = value == "en" ? core::Lang::En : core::Lang::Vi;
            else if (key == "volume")
                s.volume = std::clamp(std::stof(value), 0.f, 100.f);
            else if (key == "muted")
                s.muted = value == "1";
            else if (key == "practiceOff" && !value.empty())
                s.practiceOff.push_back(value);
        } catch (const std::exception&) {
            // a hand-edited bad number: keep the default
        }
    }
    return s;
}

std::string saveSettings(const HostSettings& s, const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::create_directories(fs::path(path).parent_path(), ec);
    std::string temp = path + ".tmp";
    {
        std::ofstream out(temp, std::ios::trunc);
        out << "# Đố Vui Số: the host's last choices\n"
            << "pack=" << s.packPath << "\n"
            << "mode=" << core::modeName(s.mode) << "\n"
            << "timeScale=" << s.timeScalePercent << "\n"
            << "readAloud=" << (s.readAloud ? 1 : 0) << "\n"
            << "easyFirst=" << (s.easyFirst ? 1 : 0) << "\n"
            << "lang=" << (s.lang == core::Lang::En ? "en" : "vi") << "\n"
            << "volume=" << static_cast<int>(s.volume) << "\n"
            << "muted=" << (s.muted ? 1 : 0) << "\n";
        for (const std::string& key : s.practiceOff)  // one line a pack kept from practice
            out << "practiceOff=" << key << "\n";
        out.flush();
        if (!out)
            return "cannot write " + temp;
    }
    fs::rename(temp, path, ec);
    if (ec)
        return "cannot replace " + path + ": " + ec.message();
    return {};
}

}  // namespace dovui::host

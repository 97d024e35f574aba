#pragma once
/// The facilitator's last choices, remembered between classes in a small key=value file.
#include <string>
#include <vector>

#include "dovui/core/lang.hpp"
#include "dovui/core/match.hpp"

namespace dovui::host {

struct HostSettings {
    std::string packPath;  ///< empty = the bundled default pack
    core::MatchMode mode = core::MatchMode::Classic;
    int timeScalePercent = 100;  ///< 100, 150, 200
    bool readAloud = true;
    bool easyFirst = false;  ///< questions ordered plain → disguised → expert (stable)
    core::Lang lang = core::Lang::Vi;
    float volume = 80.f;  ///< 0–100
    bool muted = false;
    /// Bundled packs NOT offered to phones for practice, by practicePackKey ("vi/x.json"):
    /// remembering what is off keeps a newly bundled pack on by default.
    std::vector<std::string> practiceOff;
};

/// $XDG_CONFIG_HOME/dovui/host.conf, or ~/.config/dovui/host.conf.
std::string defaultSettingsPath();

/// Reads `path`; unknown keys and bad values are ignored (defaults stay).
HostSettings loadSettings(const std::string& path);

/// Writes to a temporary file then renames it over `path`, so a crash never leaves half a
/// file. Returns an error message, or an empty string on success.
std::string saveSettings(const HostSettings& settings, const std::string& path);

}  // namespace dovui::host

#pragma once
/// Which packs phones may practise with from this host (issue 14). The facilitator switches
/// bundled packs on and off (all on by default, remembered in the settings) or names them on
/// the command line (--practice-packs a.json,b.json, --no-practice).
#include <cstddef>
#include <string>
#include <vector>

#include "dovui/host/host_options.hpp"
#include "dovui/host/settings.hpp"
#include "dovui/server/match_server.hpp"

namespace dovui::host {

/// A bundled pack as the practice list shows it.
struct PracticeChoice {
    std::string key;  ///< practicePackKey of its file
    std::string title;
    std::size_t questionCount = 0;
    bool on = true;
};

/// How a pack is remembered: a bundled one by its path under assets/packs
/// ("vi/an-toan-so.json"), so the choice survives the program moving; any other path as given.
std::string practicePackKey(const std::string& path);

/// The bundled packs that load, in path order, each on or off as `settings` say.
std::vector<PracticeChoice> practiceChoices(const std::string& assetsDir,
                                            const HostSettings& settings);

/// Switches the pack remembered as `key` on or off.
void setPracticeOn(HostSettings& settings, const std::string& key, bool on);

/// --no-practice switches every bundled pack off; --practice-packs switches on exactly the
/// bundled packs it names. Saved for next time, like the other command-line choices.
void applyPracticeOverrides(const HostOptions& options, HostSettings& settings);

/// Fills ServerConfig::practicePacks: the bundled packs switched on, the packs named with
/// --practice-packs that are not bundled, and the match's own pack when it is not bundled (it
/// has no switch). With none of the first two, practice is off (ServerConfig::practice);
/// --no-practice acts through the settings (applyPracticeOverrides), so a switch turned back
/// on in the practice corner works in the same session.
void applyPracticeChoice(const HostSettings& settings, const HostOptions& options,
                         server::ServerConfig& config);

}  // namespace dovui::host

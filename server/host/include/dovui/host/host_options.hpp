#pragma once
/// dovui-host's command line, and how it becomes a ServerConfig.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dovui/host/settings.hpp"
#include "dovui/server/match_server.hpp"

namespace dovui::host {

struct HostOptions {
    std::string packPath;  ///< overrides the remembered pack
    std::optional<std::string> mode;
    std::optional<double> timeScale;
    std::optional<std::string> lang;
    std::optional<bool> readAloud;
    bool easyFirst = false;  ///< --easy-first: plain questions first (remembered)
    std::string name = "Đố Vui Số";
    std::string teams;  ///< comma-separated team names
    std::uint16_t port = server::kDefaultGamePort;
    std::uint16_t infoPort = 0;    ///< 0 = the default discovery port
    std::uint16_t webPort = 8080;  ///< the phones' browser page (HTTP + WebSocket)
    bool noWeb = false;            ///< --no-web: no browser page
    std::uint32_t pin = 0;
    std::string dataDir;
    std::uint16_t questions = 0;
    std::uint32_t maxPlayers = 1000;
    bool resume = false;
    std::string wifiSsid, wifiPassword;
    std::uint32_t autoStart = 0;
    std::int64_t autoAdvanceMs = 0;
    bool startNow = false;      ///< skip the setup screen
    bool exitAtPodium = false;  ///< tests: print the results and quit at the podium
    std::uint32_t benchFrames = 0;
    unsigned width = 0, height = 0;  ///< 0: fit the desktop (90 % of it, centred)
    bool fullscreen = false;
    bool noSound = false;
    std::string settingsPath;     ///< empty = defaultSettingsPath()
    std::string camera;           ///< --camera N|FILE: the webcam (or a video) for answer cards
    std::string cardsRoster;      ///< --cards FILE: this roster's card players join each match
    int cardPlayers = 0;          ///< --card-players N: cards 1..N, named "Thẻ 1" …
    bool practiceCorner = false;  ///< start in the practice corner (no match)
    std::vector<std::string> practicePacks;  ///< --practice-packs: the packs phones practise
    bool noPractice = false;                 ///< --no-practice: phones cannot practise
};

/// Parses argv. Returns an exit code when the program should stop (help, bad option).
std::optional<int> parseOptions(int argc, char** argv, HostOptions& options);

/// Command-line choices win over remembered ones; the result is saved for next time.
void applyOverrides(const HostOptions& options, HostSettings& settings);

/// The server configuration for a new match (or --resume) with these settings.
server::ServerConfig makeServerConfig(const HostSettings& settings, const HostOptions& options);

}  // namespace dovui::host

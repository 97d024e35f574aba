#pragma once
/// What the host's screens share: fonts, settings, the embedded server, sound and voice,
/// and the screen stack. Owned by the App; screens hold a reference.
#include <string>
#include "dovui/ui/voice.hpp"

#include "dovui/host/host_options.hpp"
#include "dovui/host/screen_stack.hpp"
#include "dovui/host/server_runner.hpp"
#include "dovui/host/settings.hpp"
#include "dovui/ui/fonts.hpp"

namespace dovui::host {

class SoundBank;
class CardScanner;
using ui::Voice;

struct HostContext {
    const ui::Fonts& fonts;
    HostSettings& settings;
    const HostOptions& options;
    ServerRunner& runner;
    SoundBank& sounds;
    Voice& voice;
    ScreenStack& stack;
    std::string assetsDir;
    std::string settingsPath;
    bool quitRequested = false;
    bool fullscreenRequested = false;
    std::string warning;           ///< a start-up problem worth a banner (font, sound)
    int exitCode = 0;              ///< what the process returns (tests: 1 when the match never ran)
    CardScanner* cards = nullptr;  ///< the answer-card camera (null: no cards this session)
    /// The server runs with no match to play (the practice corner): no card players are seated.
    bool matchless = false;

    core::Lang lang() const { return settings.lang; }
};

}  // namespace dovui::host

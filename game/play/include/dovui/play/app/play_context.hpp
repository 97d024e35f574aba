#pragma once
/// What the learner app's screens share: settings, fonts, the class session, the LAN game
/// list, the practice packs and progress stores. Owned by the app; screens borrow it.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dovui/core/lang.hpp"
#include "dovui/core/pack.hpp"
#include "dovui/play/session/class_session.hpp"
#include "dovui/play/session/game_browser.hpp"
#include "dovui/play/session/progress_store.hpp"
#include "dovui/play/session/rejoin_ticket.hpp"
#include "dovui/ui/card_view.hpp"
#include "dovui/ui/fonts.hpp"
#include "dovui/ui/voice.hpp"

namespace dovui::play {

struct Settings {
    core::Lang lang = core::Lang::Vi;
    bool largeText = false;
    bool timedPractice = false;  ///< untimed by default: nothing punishes a slow reader
};

/// A pack file found for practice: loaded, or the problem that stopped it.
struct PackEntry {
    std::filesystem::path path;
    std::shared_ptr<const core::Pack> pack;  ///< null when it failed to load
    std::string problem;                     ///< the first problem, in words
};

/// Every *.json pack under `folders` (sorted by path). Never throws.
std::vector<PackEntry> loadPackLibrary(const std::vector<std::filesystem::path>& folders,
                                       core::Lang lang);

struct PlayContext {
    PlayContext(std::filesystem::path dataFolder, std::string assetsDir,
                std::uint16_t infoPort = net::kDiscoveryPort);

    Settings settings;
    std::filesystem::path dataFolder;
    std::string assetsDir;
    ui::Fonts fonts;
    ui::CardView cardView;
    TicketStore tickets;
    ProgressStore progress;
    ClassSession session;
    GameBrowser browser;
    std::vector<PackEntry> packs;  ///< loaded when practice is first opened
    /// Today as a day number (local days since 1970); tests inject a fixed day.
    std::function<std::int32_t()> today;
    std::function<std::int64_t()> wallSeconds;
    std::int64_t nowMs = 0;  ///< the frame's monotonic time, set by the app loop

    /// Screenshots and demos: shown instead of the live LAN list / the live session.
    std::optional<std::vector<FoundGame>> fakeGames;
    std::optional<SessionState> fakeSession;

    /// Read-aloud (espeak-ng), started on first use so screens that never speak pay nothing.
    std::unique_ptr<ui::Voice> voice;
    /// Reads a question and its options aloud (key R, or the "Đọc to" hint).
    void readAloud(const std::string& text, const std::vector<std::string>& options);

    core::Lang lang() const { return settings.lang; }
    const SessionState& sessionState() const {
        return fakeSession ? *fakeSession : session.state();
    }
    std::vector<FoundGame> games() const {
        return fakeGames ? *fakeGames : browser.games(settings.lang);
    }
    void ensurePacksLoaded();
    /// A pack's practice progress, read from disk once and then kept here (the practice
    /// screen saves it after every answer). `.message` tells of a corrupted file.
    LoadedProgress& progressOf(const std::string& packId);

private:
    std::map<std::string, LoadedProgress> m_progress;
};

}  // namespace dovui::play

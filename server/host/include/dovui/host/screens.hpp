#pragma once
/// Factories for the host's screens (their classes stay private to their .cpp files).
#include <functional>
#include <memory>
#include <string>

#include "dovui/host/host_context.hpp"
#include "dovui/host/screen.hpp"

namespace dovui::host {

/// Pack, mode, time scale, read-aloud and language; Start launches the match.
std::unique_ptr<Screen> makeSetupScreen(HostContext& ctx);
/// The running match: lobby → questions → reveal → leaderboard → podium, from snapshots.
std::unique_ptr<Screen> makeMatchScreen(HostContext& ctx);
/// A problem that stopped the match from starting, and what to fix; Back returns to setup.
std::unique_ptr<Screen> makeErrorScreen(HostContext& ctx, std::string message);
/// A yes/no question over the current screen.
std::unique_ptr<Screen> makeConfirmOverlay(HostContext& ctx, std::string question,
                                           std::function<void()> onYes);
/// Esc: continue, end the match (asks first), quit.
std::unique_ptr<Screen> makeMenuOverlay(HostContext& ctx);
/// K: pick a player to remove.
std::unique_ptr<Screen> makeKickOverlay(HostContext& ctx);

/// The practice corner: no match, a QR for the page's practice, the class's weakest topics
/// and the packs offered, each a switch; Esc returns to setup.
std::unique_ptr<Screen> makePracticeCornerScreen(HostContext& ctx);
/// Starts the server for the practice corner (no match starts) and shows the corner; on
/// failure shows the error screen.
void openPracticeCorner(HostContext& ctx);

/// Starts a match with the current settings (or resumes the unfinished one); on failure
/// shows the error screen.
void startMatch(HostContext& ctx, bool resume);

}  // namespace dovui::host

#pragma once
/// The learner app's screens (design.md §7). Each lives in src/screens/<name>.cpp.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include "dovui/play/app/screen.hpp"
#include "dovui/play/session/game_browser.hpp"

namespace dovui::play {

/// Home: "Chơi cùng lớp" / "Tự luyện tập", language and large-text switches, and the offer
/// to rejoin a match left by an app restart.
std::unique_ptr<Screen> makeHomeScreen();
/// Games found on the LAN, refreshed live; other versions greyed with the reason.
std::unique_ptr<Screen> makeGamesScreen();

/// What the join form starts with.
struct JoinForm {
    std::optional<FoundGame> game;  ///< nullopt: the learner types the address
    std::string address;
    std::string pin;
    std::string nickname;
    std::string message;  ///< a refusal to show
};
std::unique_ptr<Screen> makeJoinScreen(JoinForm form);
/// The match as the server drives it: lobby, question, sent, reveal, board, podium, drops.
std::unique_ptr<Screen> makeMatchScreen();

/// Self-practice: choose a pack (packs that failed to load say why).
std::unique_ptr<Screen> makePackListScreen();
/// Choose a topic or "mixed" in a pack; timed switch; progress.
std::unique_ptr<Screen> makeTopicScreen(std::size_t packIndex);
/// One question at a time, the explanation after every answer.
std::unique_ptr<Screen> makePracticeScreen(std::size_t packIndex,
                                           std::optional<std::string> topicId);
/// Per-topic progress: "Lừa đảo qua tin nhắn: 8/10 đã thuộc".
std::unique_ptr<Screen> makeProgressScreen(std::size_t packIndex);

}  // namespace dovui::play

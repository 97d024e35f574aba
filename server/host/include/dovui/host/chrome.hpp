#pragma once
/// The frame every projected screen shares: a top bar, a hint line at the bottom, a banner
/// for problems, and the content area between them.
#include <string>

#include "dovui/ui/canvas.hpp"
#include "dovui/ui/theme.hpp"

namespace dovui::host {

inline constexpr float kTopBarHeight = 76.f;
inline constexpr float kHintBarHeight = 50.f;
/// The smallest text on the wall, in logical units: 18 px on a 1024×768 projector (the
/// logical view is 1600 wide there, 0.64 px per unit), readable from the back of a hall.
inline constexpr float kMinText = ui::theme::kMinText;
/// The floor the host's canvas enforces, in device pixels, at any window size.
inline constexpr float kMinTextPixels = 18.f;

/// Fills the background.
void drawBackground(ui::Canvas& canvas);
/// Left title, centred middle text, right status (each may be empty).
void drawTopBar(ui::Canvas& canvas, const std::string& left, const std::string& middle,
                const std::string& right);
/// Key hints at the bottom.
void drawHintBar(ui::Canvas& canvas, const std::string& hints);
/// A red banner just under the top bar (a problem the facilitator should see).
void drawBanner(ui::Canvas& canvas, const std::string& text);
/// The area between the top bar and the hint bar, inside the margins.
sf::FloatRect contentArea(const ui::Canvas& canvas);

}  // namespace dovui::host

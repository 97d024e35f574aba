#pragma once
/// Window sizes that suit the desktop they open on: a 1280×720 window on a 1024×768
/// projector would spill off the screen.
#include <SFML/System/Vector2.hpp>

namespace dovui::ui {

/// The size of a window that fits `desktop`: `wanted` scaled down (its shape kept) until it
/// is at most `share` of the desktop each way; `wanted` {0, 0}: `share` of the desktop.
sf::Vector2u fitWindow(sf::Vector2u wanted, sf::Vector2u desktop, float share = 0.9f);

/// The top-left corner that centres a window of `size` on `desktop`.
sf::Vector2i centredOn(sf::Vector2u size, sf::Vector2u desktop);

}  // namespace dovui::ui

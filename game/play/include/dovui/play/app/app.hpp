#pragma once
/// The learner app's window loop, and one frame drawn into any target (screenshot tests
/// render into a RenderTexture through the same function).
#include <SFML/Graphics/RenderTarget.hpp>

#include "dovui/play/app/play_context.hpp"
#include "dovui/play/app/screen.hpp"

namespace dovui::play {

/// Draws `screen` into `target` (`pixels` big) with one logical view scaled to fit: the
/// short side is kShortSide units, the long side follows the aspect.
void renderFrame(PlayContext& ctx, Screen& screen, sf::RenderTarget& target, sf::Vector2u pixels,
                 HitMap& hits, ui::LayoutProbe* probe = nullptr);

/// Opens the window and runs until it is closed. Returns the process exit code.
int runApp(PlayContext& ctx, sf::Vector2u windowSize);

}  // namespace dovui::play

#pragma once
/// Drawing for printed answer cards on the projector (issue 15): the small card icon beside a
/// card player's name, and the scan view (camera picture with the cards outlined, and the grid
/// of card players that ticks as each is read; answers stay hidden until the reveal).
#include <memory>

#include "dovui/host/host_context.hpp"
#include "dovui/host/screen.hpp"
#include "dovui/server/snapshot.hpp"

namespace dovui::host {

/// The card number of player `id`, or 0 when they play on a phone.
int cardNumberOf(const server::ServerSnapshot& snap, core::PlayerId id);

/// A tiny printed card (white square, black marker) in `box`.
void drawCardIcon(ui::Canvas& canvas, sf::FloatRect box);

/// The scan view, opened with C (or its button) during a question; C or Esc closes it, and it
/// closes by itself when the question does.
std::unique_ptr<Screen> makeScanOverlay(HostContext& ctx);

/// T (or its button) in the lobby: add card players by number and name, or the whole roster.
std::unique_ptr<Screen> makeCardSeatOverlay(HostContext& ctx);

}  // namespace dovui::host

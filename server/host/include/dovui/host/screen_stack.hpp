#pragma once
/// The host's screens on the one screen stack (dovui/ui/screen_stack.hpp), plus the host's
/// rule for overlays: input goes to the top screen; the topmost full screen and the overlays
/// above it update and draw.
#include "dovui/host/screen.hpp"
#include "dovui/ui/screen_stack.hpp"

namespace dovui::host {

class ScreenStack : public ui::ScreenStack<Screen> {
public:
    void handleEvent(const sf::Event& event, sf::Vector2f mouse);
    void update(float seconds);
    /// Draws from the topmost full screen upwards.
    void draw(ui::Canvas& canvas);
    /// True when a visible screen's picture would differ from the one last drawn.
    [[nodiscard]] bool needsRedraw() const;

private:
    /// Index of the topmost full screen (0 when every screen is an overlay).
    std::size_t firstVisible() const;
};

}  // namespace dovui::host

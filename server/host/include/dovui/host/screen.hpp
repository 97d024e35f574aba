#pragma once
/// A host screen. Screens live on a stack; an overlay (menu, confirm) draws over the screen
/// below it and takes the input.
#include <SFML/Window/Event.hpp>

#include "dovui/ui/canvas.hpp"

namespace dovui::host {

class Screen {
public:
    virtual ~Screen() = default;
    /// `mouse` is the pointer in logical coordinates.
    virtual void handleEvent(const sf::Event& event, sf::Vector2f mouse) = 0;
    virtual void update(float seconds) { (void)seconds; }
    virtual void draw(ui::Canvas& canvas) = 0;
    /// True: the screen below stays visible (and keeps updating).
    virtual bool isOverlay() const { return false; }
    /// The window's close button: true to close now; false when the screen asks first.
    virtual bool allowClose() { return true; }
    /// After update(): true when the picture would differ from the one last drawn (a new
    /// snapshot, a running animation, a clock whose shown second changed). Input and stack
    /// changes redraw anyway. The default redraws every frame.
    virtual bool needsRedraw() const { return true; }
};

}  // namespace dovui::host

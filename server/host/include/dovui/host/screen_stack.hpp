#pragma once
/// Screens as a stack with deferred push/pop: a screen may ask for a change while it handles
/// an event; the change happens between frames, never under its feet.
#include <functional>
#include <memory>
#include <vector>

#include "dovui/host/screen.hpp"

namespace dovui::host {

class ScreenStack {
public:
    void push(std::unique_ptr<Screen> screen);
    void pop();
    /// Empties the stack, then pushes `screen`.
    void replaceAll(std::unique_ptr<Screen> screen);
    /// Applies the queued changes, in order.
    void applyPending();

    bool empty() const { return m_screens.empty(); }
    Screen* top() const { return m_screens.empty() ? nullptr : m_screens.back().get(); }

    void handleEvent(const sf::Event& event, sf::Vector2f mouse);
    void update(float seconds);
    /// Draws from the topmost full screen upwards.
    void draw(ui::Canvas& canvas);

private:
    std::vector<std::unique_ptr<Screen>> m_screens;
    std::vector<std::function<void()>> m_pending;
};

}  // namespace dovui::host

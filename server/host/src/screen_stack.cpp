#include "dovui/host/screen_stack.hpp"

namespace dovui::host {

void ScreenStack::handleEvent(const sf::Event& event, sf::Vector2f mouse) {
    if (Screen* screen = top())
        screen->handleEvent(event, mouse);
}

std::size_t ScreenStack::firstVisible() const {
    std::size_t first = size();
    while (first > 0) {
        --first;
        if (!at(first).isOverlay())
            break;
    }
    return first;
}

void ScreenStack::update(float seconds) {
    for (std::size_t i = firstVisible(); i < size(); ++i)
        at(i).update(seconds);
}

void ScreenStack::draw(ui::Canvas& canvas) {
    for (std::size_t i = firstVisible(); i < size(); ++i)
        at(i).draw(canvas);
}

bool ScreenStack::needsRedraw() const {
    for (std::size_t i = firstVisible(); i < size(); ++i)
        if (at(i).needsRedraw())
            return true;
    return false;
}

}  // namespace dovui::host

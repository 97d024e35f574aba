#include "dovui/host/screen_stack.hpp"

namespace dovui::host {

void ScreenStack::push(std::unique_ptr<Screen> screen) {
    auto shared = std::make_shared<std::unique_ptr<Screen>>(std::move(screen));
    m_pending.push_back([this, shared] { m_screens.push_back(std::move(*shared)); });
}

void ScreenStack::pop() {
    m_pending.push_back([this] {
        if (!m_screens.empty())
            m_screens.pop_back();
    });
}

void ScreenStack::replaceAll(std::unique_ptr<Screen> screen) {
    auto shared = std::make_shared<std::unique_ptr<Screen>>(std::move(screen));
    m_pending.push_back([this, shared] {
        // Top first: an overlay may refer to the screen under it.
        while (!m_screens.empty())
            m_screens.pop_back();
        m_screens.push_back(std::move(*shared));
    });
}

void ScreenStack::applyPending() {
    auto pending = std::move(m_pending);
    m_pending.clear();
    for (auto& change : pending)
        change();
}

void ScreenStack::handleEvent(const sf::Event& event, sf::Vector2f mouse) {
    if (Screen* screen = top())
        screen->handleEvent(event, mouse);
}

void ScreenStack::update(float seconds) {
    std::size_t first = m_screens.size();
    while (first > 0) {
        --first;
        if (!m_screens[first]->isOverlay())
            break;
    }
    for (std::size_t i = first; i < m_screens.size(); ++i)
        m_screens[i]->update(seconds);
}

void ScreenStack::draw(ui::Canvas& canvas) {
    std::size_t first = m_screens.size();
    while (first > 0) {
        --first;
        if (!m_screens[first]->isOverlay())
            break;
    }
    for (std::size_t i = first; i < m_screens.size(); ++i)
        m_screens[i]->draw(canvas);
}

}  // namespace dovui::host

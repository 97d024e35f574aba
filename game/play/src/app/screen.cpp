#include "dovui/play/app/screen.hpp"

namespace dovui::play {

std::optional<Intent> HitMap::at(sf::Vector2f point) const {
    for (auto it = m_hits.rbegin(); it != m_hits.rend(); ++it)
        if (it->first.contains(point))
            return it->second;
    return std::nullopt;
}

std::optional<Intent> Screen::keyIntent(sf::Keyboard::Key key) const {
    if (key == sf::Keyboard::Escape)
        return Intent{Intent::Kind::Back};
    return std::nullopt;
}

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
        m_screens.clear();
        m_screens.push_back(std::move(*shared));
    });
}

void ScreenStack::applyPending() {
    auto pending = std::move(m_pending);
    m_pending.clear();
    for (auto& change : pending)
        change();
}

}  // namespace dovui::play

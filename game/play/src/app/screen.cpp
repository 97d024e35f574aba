#include "dovui/play/app/screen.hpp"

#include <algorithm>
#include <cmath>

namespace dovui::play {

namespace {

/// Distance from `p` to the nearest point of `r` (0 inside).
float distanceTo(sf::FloatRect r, sf::Vector2f p) {
    float dx = std::max({r.left - p.x, 0.f, p.x - (r.left + r.width)});
    float dy = std::max({r.top - p.y, 0.f, p.y - (r.top + r.height)});
    return std::sqrt(dx * dx + dy * dy);
}

}  // namespace

std::optional<Intent> HitMap::at(sf::Vector2f point) const {
    for (auto it = m_hits.rbegin(); it != m_hits.rend(); ++it) {
        if (!it->rect.contains(point))
            continue;
        if (it->core.width <= 0.f)
            return it->intent;
        // A grown target: of all grown ones under the point, the nearest words.
        const Hit* best = &*it;
        for (const Hit& other : m_hits)
            if (other.core.width > 0.f && other.rect.contains(point) &&
                distanceTo(other.core, point) < distanceTo(best->core, point))
                best = &other;
        return best->intent;
    }
    return std::nullopt;
}

std::optional<Intent> Screen::keyIntent(sf::Keyboard::Key key) const {
    if (key == sf::Keyboard::Escape)
        return Intent{Intent::Kind::Back};
    return std::nullopt;
}

}  // namespace dovui::play

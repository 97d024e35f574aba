#include "dovui/ui/window_fit.hpp"

#include <algorithm>
#include <cmath>

namespace dovui::ui {

sf::Vector2u fitWindow(sf::Vector2u wanted, sf::Vector2u desktop, float share) {
    const float maxW = std::max(1.f, static_cast<float>(desktop.x) * share);
    const float maxH = std::max(1.f, static_cast<float>(desktop.y) * share);
    if (wanted.x == 0 || wanted.y == 0)
        return {static_cast<unsigned>(maxW), static_cast<unsigned>(maxH)};
    const float w = static_cast<float>(wanted.x), h = static_cast<float>(wanted.y);
    const float scale = std::min({1.f, maxW / w, maxH / h});
    return {std::max(1u, static_cast<unsigned>(std::floor(w * scale))),
            std::max(1u, static_cast<unsigned>(std::floor(h * scale)))};
}

sf::Vector2i centredOn(sf::Vector2u size, sf::Vector2u desktop) {
    auto half = [](unsigned whole, unsigned part) {
        return whole > part ? static_cast<int>((whole - part) / 2) : 0;
    };
    return {half(desktop.x, size.x), half(desktop.y, size.y)};
}

}  // namespace dovui::ui

#pragma once
/// What every draw call needs: the target, the fonts, the logical size and how many device
/// pixels one logical unit is, plus an optional probe that records layout for tests.
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <string>
#include <vector>

#include "dovui/ui/fonts.hpp"

namespace dovui::ui {

/// Records where text and regions ended up, so tests can check that nothing spills out of its
/// box and that tiles do not overlap.
struct LayoutProbe {
    struct TextEntry {
        std::string label;
        sf::FloatRect box;   ///< the box the text was given
        sf::FloatRect text;  ///< the measured bounds of the laid-out text
        bool truncated = false;
    };
    struct Region {
        std::string group;  ///< regions of one group must not overlap ("tiles")
        sf::FloatRect rect;
    };
    std::vector<TextEntry> texts;
    std::vector<Region> regions;
    void addRegion(std::string group, sf::FloatRect rect) {
        regions.push_back({std::move(group), rect});
    }
};

struct Canvas {
    sf::RenderTarget& target;
    const Fonts& fonts;
    sf::Vector2f size;       ///< logical size of the view
    float pixelScale = 1.f;  ///< device pixels per logical unit (keeps text crisp)
    LayoutProbe* probe = nullptr;
};

}  // namespace dovui::ui

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
/// box, that tiles do not overlap and that no text is too small to read. Every drawn text is
/// recorded (unlabelled ones as "text").
struct LayoutProbe {
    struct TextEntry {
        std::string label;
        sf::FloatRect box;   ///< the box the text was given
        sf::FloatRect text;  ///< the measured bounds of the laid-out text
        bool truncated = false;
        /// The character size handed to SFML, in device pixels (the logical size chosen
        /// times the view's scale): what a learner at the back of the room has to read.
        unsigned pixelSize = 0;
        std::string content;  ///< the text itself (UTF-8), as laid out before any cut
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
    /// The text drawn at the smallest character size (null when nothing was drawn).
    const TextEntry* smallestText() const {
        const TextEntry* smallest = nullptr;
        for (const auto& t : texts)
            if (!smallest || t.pixelSize < smallest->pixelSize)
                smallest = &t;
        return smallest;
    }
};

struct Canvas {
    sf::RenderTarget& target;
    const Fonts& fonts;
    sf::Vector2f size;       ///< logical size of the view
    float pixelScale = 1.f;  ///< device pixels per logical unit (keeps text crisp)
    LayoutProbe* probe = nullptr;
    /// No text is laid out smaller than this many device pixels (0: no floor): what the
    /// back row of a hall can still read. Layouts that would need less cut with "…".
    float minTextPx = 0.f;

    /// The floor above in logical units (0 when there is none).
    float minTextSize() const { return minTextPx > 0.f ? minTextPx / pixelScale : 0.f; }
};

}  // namespace dovui::ui

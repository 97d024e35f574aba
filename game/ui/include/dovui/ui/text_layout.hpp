#pragma once
/// Text that fits its box: wrap at word boundaries, shrink down to a minimum size, and only
/// then cut with "…". Every measurement is in logical units; glyphs are rasterised at the
/// device size so text stays sharp on a projector.
#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/System/String.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "dovui/ui/canvas.hpp"
#include "dovui/ui/theme.hpp"

namespace dovui::ui {

enum class Align { Left, Center, Right };
enum class VAlign { Top, Middle, Bottom };

struct TextStyle {
    float size = 32.f;     ///< wanted size (logical units)
    float minSize = 16.f;  ///< shrink no further; then cut with "…"
    bool bold = false;
    sf::Color color = theme::kText;
    Align align = Align::Left;
    VAlign valign = VAlign::Top;
    int maxLines = 0;  ///< 0 = as many as fit the box
};

struct TextLayout {
    std::vector<sf::String> lines;
    std::vector<float> widths;
    float size = 0.f;        ///< the size chosen
    float lineHeight = 0.f;  ///< logical units per line
    sf::FloatRect bounds;    ///< where the text lands, inside the box
    bool truncated = false;  ///< even the minimum size did not fit: the end was cut
};

/// UTF-8 → sf::String (SFML wants code points; std::string would be read as Latin-1).
sf::String fromUtf8(std::string_view utf8);
/// sf::String → UTF-8.
std::string toUtf8(const sf::String& text);

/// Width of one line of text at `size`, in logical units.
float measureWidth(const Canvas& canvas, const sf::String& text, float size, bool bold);

/// Lays out `text` in `box`: the largest size from style.size down to style.minSize that fits.
TextLayout layoutText(const Canvas& canvas, const sf::String& text, sf::FloatRect box,
                      const TextStyle& style);

/// Draws a finished layout.
void drawLayout(Canvas& canvas, const TextLayout& layout, const TextStyle& style);

/// Lays out, draws, and reports the bounds to the canvas's probe under `label`.
TextLayout drawText(Canvas& canvas, std::string_view utf8, sf::FloatRect box,
                    const TextStyle& style, std::string_view label = {});
TextLayout drawString(Canvas& canvas, const sf::String& text, sf::FloatRect box,
                      const TextStyle& style, std::string_view label = {});

}  // namespace dovui::ui

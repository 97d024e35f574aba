#pragma once
/// Answer tiles: each option has a colour AND a shape (red triangle, blue diamond, yellow
/// circle, green square), so colour-blind learners and grey-scale projectors still work.
#include <SFML/Graphics/Rect.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "dovui/core/lang.hpp"
#include "dovui/ui/canvas.hpp"
#include "dovui/ui/shapes.hpp"

namespace dovui::ui {

struct TileLook {
    sf::Color fill;
    sf::Color ink;  ///< text colour with enough contrast on `fill`
    TileShape shape;
};

/// The look of option `index` (wraps after four; ordering packs may have five).
const TileLook& tileLook(std::size_t index);
/// "đỏ" / "red" and so on, for read-aloud and hints.
const char* tileColourName(std::size_t index, core::Lang lang);

enum class TileState {
    Normal,   ///< question open
    Correct,  ///< revealed right answer: bright, with a check mark
    Dimmed,   ///< revealed wrong answer
};

/// Draws one tile. `textSize` > 0: the text is drawn at most that size (evenTileTextSize), so
/// a set of tiles reads as one; 0: as large as this tile allows.
void drawAnswerTile(Canvas& canvas, sf::FloatRect rect, std::size_t index, std::string_view text,
                    TileState state, std::string_view label, float textSize = 0.f);

/// The largest text size at which every tile's text fits its tile: tiles of one question
/// share it instead of each shrinking on its own (a ragged set is hard to read).
float evenTileTextSize(const Canvas& canvas, const std::vector<sf::FloatRect>& rects,
                       const std::vector<std::string>& texts, const std::vector<TileState>& states);

/// True when every tile's text fits its tile at some size, without being cut with "…".
bool tileTextsFit(const Canvas& canvas, const std::vector<sf::FloatRect>& rects,
                  const std::vector<std::string>& texts, const std::vector<TileState>& states);

/// Places `count` tiles in `area`: one row for two, a 2×2 grid for four, 3+2 for five; a
/// narrow area (under 1100 units) stacks up to four; three go in a row when wide (1300
/// units), else stacked.
std::vector<sf::FloatRect> tileGrid(sf::FloatRect area, std::size_t count, float gap);

}  // namespace dovui::ui

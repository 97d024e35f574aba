#pragma once
/// Print-ready PDF of answer cards (cairo): one card per A4 or A5 page for the back of a hall,
/// or four A6 cards per A4 page with cut lines.
#include <string>
#include <vector>

#include "dovui/cards/card_drawing.hpp"

namespace dovui::cards {

enum class PaperSize { A4, A5, A6 };

/// "a4", "a5", "a6" (any case); throws std::invalid_argument otherwise.
PaperSize parsePaperSize(const std::string& text);

/// Writes `cards` to `path`. Throws std::runtime_error with a message a facilitator can act on
/// (folder missing, file not writable).
void writeCardsPdf(const std::string& path, const std::vector<CardFace>& cards, PaperSize size);

/// Cards 1..count, with the names of `names` in order (a shorter list leaves the rest blank).
std::vector<CardFace> numberedCards(int count, const std::vector<std::string>& names = {});

}  // namespace dovui::cards

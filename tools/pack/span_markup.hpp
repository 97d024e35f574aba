#pragma once
/// A card's marked spans written in the spreadsheet's card columns: "[[words]]" marks a span
/// (an option of a spot question), numbered in reading order: card_from, card_detail, then
/// card_text, left to right, line by line. An optional tag before a bar gives the span's
/// option number and/or id when reading order is not enough: "[[2|words]]", "[[link|words]]",
/// "[[2 link|words]]". Runs of brackets belong to the text: "[[[VCB]]]" marks "[VCB]".
#include <string>
#include <vector>

#include "card_columns.hpp"
#include "messages.hpp"

namespace dovui::pack {

/// One "[[…]]" as written, before the card is built.
struct SpanMarker {
    int number = 0;  ///< 1-based option number from the tag; 0 = by reading order
    std::string id;  ///< from the tag; "" = the loader's default (s1, s2, …)
};

/// The card columns with each marker's brackets replaced by private-use sentinels (so the
/// card can be built from them as from plain columns), and the markers in reading order.
struct MarkedColumns {
    CardColumns columns;
    std::vector<SpanMarker> markers;
    std::vector<std::string> problems;  ///< "cột card_text: …"; empty when readable
};

MarkedColumns readSpanMarkup(const CardColumns& written, Lang lang);

/// Turns the sentinels in `card` (built from MarkedColumns::columns) into card.spans in option
/// order and removes them from the text. Problems go to `problems`.
void attachSpans(core::ScenarioCard& card, const std::vector<SpanMarker>& markers, Lang lang,
                 std::vector<std::string>& problems);

/// The card's columns with its spans marked, so readSpanMarkup + attachSpans give it back.
CardColumns markedCardColumns(const core::ScenarioCard& card);

}  // namespace dovui::pack

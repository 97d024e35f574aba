#pragma once
/// Card text with a `spot` question's spans marked on it: each span gets a tinted highlight in
/// the colour of the answer tile of its index and, in front of it, a badge with the tile's
/// shape and number (room for the badge is left in the text itself, so it never covers a
/// word). Where each span landed is recorded for tapping and for the tests.
#include <SFML/Graphics/Rect.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "dovui/core/card.hpp"
#include "dovui/ui/card_view.hpp"
#include "dovui/ui/text_layout.hpp"

namespace dovui::ui::cards {

/// The spans to mark while a card is drawn, and where they went (one list of line pieces per
/// span, in logical units). A card drawn without marks passes nullptr.
struct SpanMarks {
    const std::vector<core::CardSpan>& spans;
    const std::vector<SpanState>& states;  ///< one per span
    std::vector<std::vector<sf::FloatRect>> pieces;
};

/// A field's text as laid out: `prefix` + the field (badge room inserted) + `suffix`, and for
/// each code point of `shown` the code point of the field it came from (-1: not the field's).
struct MarkedText {
    sf::String shown;
    std::vector<int> source;
    struct Span {
        std::size_t index;  ///< which span (= option index)
        int begin, end;     ///< code points of the field
        int badgeAt;        ///< index in `shown` of the badge room's first code point
    };
    std::vector<Span> spans;
};

/// Builds the text to lay out for card field `field` (its UTF-8 `text`); `text` may be a part
/// of the field starting at byte `fieldOffset` (the account inside a QR payload).
MarkedText markText(const SpanMarks* marks, std::string_view field, std::string_view text,
                    std::string_view prefix = {}, std::string_view suffix = {},
                    std::size_t fieldOffset = 0);

/// Draws a layout of `marked.shown` with its spans marked (highlight under the words, badge
/// in its room) and records the pieces in `marks`; reports the text to the probe.
void drawMarked(Canvas& canvas, SpanMarks* marks, const MarkedText& marked,
                const TextLayout& layout, sf::FloatRect box, const TextStyle& style,
                std::string_view label);

/// markText + layoutText + drawMarked for a field drawn in a box of its own.
TextLayout drawField(Canvas& canvas, SpanMarks* marks, std::string_view field,
                     std::string_view text, sf::FloatRect box, const TextStyle& style,
                     std::string_view label, std::string_view prefix = {},
                     std::string_view suffix = {}, std::size_t fieldOffset = 0);

}  // namespace dovui::ui::cards

#include "cards/marked_text.hpp"

#include <algorithm>
#include <optional>

#include "dovui/ui/answer_tile.hpp"
#include "dovui/ui/shapes.hpp"

namespace dovui::ui::cards {
namespace {

/// Room left in front of a span for its badge: two em spaces (word wrap keeps them with the
/// span's first word, so a badge never ends a line alone).
constexpr sf::Uint32 kBadgeRoom = 0x2003;
constexpr int kBadgeRoomCount = 2;

bool isSpace(sf::Uint32 cp) {
    return cp == ' ' || cp == '\n' || cp == '\t';
}

/// Code points before byte `offset` of UTF-8 `text`.
int codePointsBefore(std::string_view text, std::size_t offset) {
    int count = 0;
    for (std::size_t i = 0; i < std::min(offset, text.size()); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            ++count;
    return count;
}

void append(MarkedText& out, std::string_view utf8) {
    for (sf::Uint32 cp : fromUtf8(utf8)) {
        out.shown += cp;
        out.source.push_back(-1);
    }
}

/// For each line of `layout`, the index in `marked.shown` of each of its code points (-1 for
/// the single space word wrap puts between words, and for a cut's "…"). The wrap keeps every
/// non-space code point in order, so walking both side by side lines them up.
std::vector<std::vector<int>> alignLines(const MarkedText& marked, const TextLayout& layout) {
    std::vector<std::vector<int>> lines;
    std::size_t at = 0;
    const std::size_t n = marked.shown.getSize();
    for (const sf::String& line : layout.lines) {
        std::vector<int> map;
        for (sf::Uint32 cp : line) {
            if (cp == ' ') {
                map.push_back(-1);
                continue;
            }
            while (at < n && isSpace(marked.shown[at]))
                ++at;
            if (at < n && marked.shown[at] == cp) {
                map.push_back(static_cast<int>(at++));
            } else {
                map.push_back(-1);  // the cut's ellipsis: nothing of the text after it
                at = n;
            }
        }
        lines.push_back(std::move(map));
    }
    return lines;
}

/// What a span looks like in each state: tint under the words, the line under or around them.
struct SpanPaint {
    sf::Color tint, edge, badge, badgeInk;
    float edgeWidth;
    bool outline;  ///< a box around the words, not only a line under them
};

SpanPaint paintFor(std::size_t index, SpanState state, float lineHeight) {
    const TileLook& look = tileLook(index);
    sf::Color tint = look.fill;
    switch (state) {
        case SpanState::Open:
            tint.a = 70;
            return {tint, look.fill, look.fill, look.ink, lineHeight * 0.1f, false};
        case SpanState::Picked:
            tint.a = 140;
            return {tint, theme::kInk, look.fill, look.ink, lineHeight * 0.12f, true};
        case SpanState::Right: {
            sf::Color green = theme::kGood;
            green.a = 110;
            return {green,
                    sf::Color(0, 140, 60),
                    sf::Color(0, 140, 60),
                    sf::Color::White,
                    lineHeight * 0.14f,
                    true};
        }
        case SpanState::Dimmed:
            break;
    }
    return {sf::Color(120, 120, 130, 40), sf::Color(150, 150, 160),
            sf::Color(150, 150, 160),     sf::Color::White,
            lineHeight * 0.06f,           false};
}

float xOf(const Canvas& canvas, const sf::String& line, std::size_t count, float size, bool bold) {
    return measureWidth(canvas, line.substring(0, count), size, bold);
}

void drawBadge(Canvas& canvas, sf::FloatRect room, std::size_t index, const SpanPaint& paint,
               SpanState state, float textSize) {
    // From the room's very left: SFML draws an em space's empty glyph as a stray dot there.
    sf::FloatRect badge{room.left - 1.5f, room.top + room.height * 0.06f,
                        room.width - room.height * 0.18f + 1.5f, room.height * 0.88f};
    fillRoundedRect(canvas.target, badge, badge.height * 0.3f, paint.badge);
    float icon = badge.height * 0.5f;
    sf::FloatRect shapeBox{badge.left + badge.height * 0.14f, badge.top + (badge.height - icon) / 2,
                           icon, icon};
    if (state == SpanState::Right)
        drawCheck(canvas.target, shapeBox, paint.badgeInk);
    else
        drawTileShape(canvas.target, tileLook(index).shape, shapeBox, paint.badgeInk);
    TextStyle digit;
    digit.size = textSize;
    digit.minSize = textSize;
    digit.bold = true;
    digit.color = paint.badgeInk;
    digit.align = Align::Center;
    digit.valign = VAlign::Middle;
    digit.maxLines = 1;
    float left = shapeBox.left + shapeBox.width;
    drawText(canvas, std::to_string(index + 1),
             {left, room.top, badge.left + badge.width - left, room.height}, digit,
             "card:span-number");
}

}  // namespace

MarkedText markText(const SpanMarks* marks, std::string_view field, std::string_view text,
                    std::string_view prefix, std::string_view suffix, std::size_t fieldOffset) {
    MarkedText out;
    append(out, prefix);
    if (marks)
        for (std::size_t i = 0; i < marks->spans.size(); ++i) {
            const core::CardSpan& s = marks->spans[i];
            if (s.field == field && s.begin < s.end && s.begin >= fieldOffset &&
                s.end <= fieldOffset + text.size())
                out.spans.push_back({i, codePointsBefore(text, s.begin - fieldOffset),
                                     codePointsBefore(text, s.end - fieldOffset), -1});
        }
    int index = 0;
    for (sf::Uint32 cp : fromUtf8(text)) {
        for (auto& span : out.spans)
            if (span.begin == index) {
                span.badgeAt = static_cast<int>(out.shown.getSize());
                for (int k = 0; k < kBadgeRoomCount; ++k) {
                    out.shown += kBadgeRoom;
                    out.source.push_back(-1);
                }
            }
        out.shown += cp;
        out.source.push_back(index++);
    }
    append(out, suffix);
    return out;
}

void drawMarked(Canvas& canvas, SpanMarks* marks, const MarkedText& marked,
                const TextLayout& layout, sf::FloatRect box, const TextStyle& style,
                std::string_view label) {
    struct Piece {
        std::size_t span;
        sf::FloatRect rect;
        bool badge;
    };
    std::vector<Piece> pieces;
    if (marks && !marked.spans.empty()) {
        auto lines = alignLines(marked, layout);
        float y = layout.bounds.top;
        for (std::size_t l = 0; l < lines.size(); ++l, y += layout.lineHeight) {
            float lineLeft = layout.bounds.left;
            if (style.align == Align::Center)
                lineLeft += (layout.bounds.width - layout.widths[l]) / 2.f;
            else if (style.align == Align::Right)
                lineLeft += layout.bounds.width - layout.widths[l];
            auto pieceOf = [&](auto inside) -> std::optional<sf::FloatRect> {
                int first = -1, last = -1;
                for (std::size_t k = 0; k < lines[l].size(); ++k)
                    if (lines[l][k] >= 0 && inside(lines[l][k])) {
                        first = first < 0 ? static_cast<int>(k) : first;
                        last = static_cast<int>(k);
                    }
                if (first < 0)
                    return std::nullopt;
                float x0 = xOf(canvas, layout.lines[l], static_cast<std::size_t>(first),
                               layout.size, style.bold);
                float x1 = xOf(canvas, layout.lines[l], static_cast<std::size_t>(last + 1),
                               layout.size, style.bold);
                return sf::FloatRect{lineLeft + x0, y, x1 - x0, layout.lineHeight};
            };
            for (const auto& span : marked.spans) {
                if (auto r = pieceOf([&](int shown) {
                        return shown >= span.badgeAt && shown < span.badgeAt + kBadgeRoomCount;
                    }))
                    pieces.push_back({span.index, *r, true});
                if (auto r = pieceOf([&](int shown) {
                        int src = marked.source[static_cast<std::size_t>(shown)];
                        return src >= span.begin && src < span.end;
                    }))
                    pieces.push_back({span.index, *r, false});
            }
        }
    }
    auto stateOf = [&](std::size_t span) {
        return span < marks->states.size() ? marks->states[span] : SpanState::Open;
    };
    // Under the words: the tint and the line (or box) in the tile's colour.
    for (const Piece& p : pieces) {
        if (p.badge)
            continue;
        SpanPaint paint = paintFor(p.span, stateOf(p.span), layout.lineHeight);
        sf::FloatRect r{p.rect.left - 3.f, p.rect.top + layout.lineHeight * 0.04f,
                        p.rect.width + 6.f, layout.lineHeight * 0.96f};
        fillRoundedRect(canvas.target, r, layout.lineHeight * 0.18f, paint.tint,
                        paint.outline ? paint.edgeWidth : 0.f, paint.edge);
        if (!paint.outline)
            fillRect(canvas.target,
                     {r.left, r.top + r.height - paint.edgeWidth, r.width, paint.edgeWidth},
                     paint.edge);
    }
    drawLayout(canvas, layout, style);
    if (canvas.probe)
        canvas.probe->texts.push_back(
            {std::string(label), box, layout.bounds, layout.truncated,
             static_cast<unsigned>(layout.size * canvas.pixelScale + 0.5f), toUtf8(marked.shown)});
    const float digitSize = std::max(layout.size * 0.8f, canvas.minTextSize());
    for (const Piece& p : pieces) {
        if (!p.badge)
            continue;
        SpanState state = stateOf(p.span);
        drawBadge(canvas, p.rect, p.span, paintFor(p.span, state, layout.lineHeight), state,
                  digitSize);
    }
    if (!marks)
        return;
    if (marks->pieces.size() < marks->spans.size())
        marks->pieces.resize(marks->spans.size());
    for (const Piece& p : pieces) {  // one rectangle per span and line, its badge included
        auto& list = marks->pieces[p.span];
        auto same = std::find_if(list.begin(), list.end(),
                                 [&](const sf::FloatRect& r) { return r.top == p.rect.top; });
        if (same == list.end()) {
            list.push_back(p.rect);
            continue;
        }
        float left = std::min(same->left, p.rect.left);
        float right = std::max(same->left + same->width, p.rect.left + p.rect.width);
        *same = {left, same->top, right - left, same->height};
    }
}

TextLayout drawField(Canvas& canvas, SpanMarks* marks, std::string_view field,
                     std::string_view text, sf::FloatRect box, const TextStyle& style,
                     std::string_view label, std::string_view prefix, std::string_view suffix,
                     std::size_t fieldOffset) {
    MarkedText marked = markText(marks, field, text, prefix, suffix, fieldOffset);
    TextLayout layout = layoutText(canvas, marked.shown, box, style);
    drawMarked(canvas, marks, marked, layout, box, style, label);
    return layout;
}

}  // namespace dovui::ui::cards

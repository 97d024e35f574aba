#include "dovui/ui/text_layout.hpp"

#include <SFML/Graphics/Text.hpp>
#include <algorithm>
#include <cmath>

namespace dovui::ui {
namespace {

constexpr float kLineGap = 1.08f;  ///< room for Vietnamese stacked marks above capitals

unsigned devicePixels(const Canvas& canvas, float size) {
    return std::max(1u, static_cast<unsigned>(std::lround(size * canvas.pixelScale)));
}

const sf::Font& fontFor(const Canvas& canvas, bool bold) {
    return bold ? canvas.fonts.bold : canvas.fonts.regular;
}

float lineHeightOf(const Canvas& canvas, float size, bool bold) {
    unsigned px = devicePixels(canvas, size);
    return fontFor(canvas, bold).getLineSpacing(px) * kLineGap / canvas.pixelScale;
}

/// Greedy word wrap; a word wider than the line is broken between characters.
std::vector<sf::String> wrap(const Canvas& canvas, const sf::String& text, float width, float size,
                             bool bold) {
    std::vector<sf::String> lines;
    sf::String line;
    auto fits = [&](const sf::String& s) { return measureWidth(canvas, s, size, bold) <= width; };
    auto pushWord = [&](const sf::String& word) {
        sf::String candidate = line.isEmpty() ? word : line + " " + word;
        if (fits(candidate)) {
            line = candidate;
            return;
        }
        if (!line.isEmpty()) {
            lines.push_back(line);
            line.clear();
        }
        if (fits(word)) {
            line = word;
            return;
        }
        sf::Uint32 previous = 0;
        for (sf::Uint32 cp : word) {  // one very long word (a URL): break anywhere
            sf::String next = line + sf::String(cp);
            // Not after an em space: card marks leave a span's badge room with them, and the
            // badge stays with the span's first letter.
            const bool keep = previous == 0x2003;
            previous = cp;
            if (!line.isEmpty() && !fits(next) && !keep) {
                lines.push_back(line);
                line = sf::String(cp);
            } else {
                line = next;
            }
        }
    };
    sf::String word;
    for (sf::Uint32 cp : text) {
        if (cp == ' ' || cp == '\n' || cp == '\t') {
            if (!word.isEmpty())
                pushWord(word);
            word.clear();
            if (cp == '\n') {
                lines.push_back(line);
                line.clear();
            }
        } else {
            word += cp;
        }
    }
    if (!word.isEmpty())
        pushWord(word);
    if (!line.isEmpty() || lines.empty())
        lines.push_back(line);
    return lines;
}

/// Cuts `lines` to `count`, ending the last kept line with "…" inside `width`.
void cut(const Canvas& canvas, std::vector<sf::String>& lines, std::size_t count, float width,
         float size, bool bold) {
    lines.resize(std::max<std::size_t>(count, 1));
    sf::String& last = lines.back();
    const sf::String ellipsis(static_cast<sf::Uint32>(0x2026));
    while (!last.isEmpty() && measureWidth(canvas, last + ellipsis, size, bold) > width)
        last.erase(last.getSize() - 1);
    last += ellipsis;
}

}  // namespace

sf::String fromUtf8(std::string_view utf8) {
    return sf::String::fromUtf8(utf8.begin(), utf8.end());
}

std::string toUtf8(const sf::String& text) {
    auto bytes = text.toUtf8();
    return std::string(bytes.begin(), bytes.end());
}

float measureWidth(const Canvas& canvas, const sf::String& text, float size, bool bold) {
    const sf::Font& font = fontFor(canvas, bold);
    unsigned px = devicePixels(canvas, size);
    float width = 0.f;
    sf::Uint32 previous = 0;
    for (sf::Uint32 cp : text) {
        width += font.getKerning(previous, cp, px);
        width += font.getGlyph(cp, px, false).advance;
        previous = cp;
    }
    return width / canvas.pixelScale;
}

TextLayout layoutText(const Canvas& canvas, const sf::String& text, sf::FloatRect box,
                      const TextStyle& style) {
    TextLayout layout;
    const float minSize = std::max(style.minSize, canvas.minTextSize());
    float size = std::max(style.size, minSize);  // the minimum is a floor, always
    for (;;) {
        layout.lines = wrap(canvas, text, box.width, size, style.bold);
        layout.lineHeight = lineHeightOf(canvas, size, style.bold);
        std::size_t room = static_cast<std::size_t>(
            std::max(0.f, std::floor((box.height + 0.5f) / layout.lineHeight)));
        if (style.maxLines > 0)
            room = std::min<std::size_t>(room, static_cast<std::size_t>(style.maxLines));
        bool widthOk = true;
        for (const auto& line : layout.lines)
            widthOk = widthOk && measureWidth(canvas, line, size, style.bold) <= box.width + 0.5f;
        if (layout.lines.size() <= room && widthOk)
            break;
        if (size <= minSize) {
            cut(canvas, layout.lines, std::max<std::size_t>(room, 1), box.width, size, style.bold);
            layout.truncated = true;
            break;
        }
        size = std::max(minSize, size * 0.92f);
    }
    layout.size = size;
    float widest = 0.f;
    for (const auto& line : layout.lines) {
        layout.widths.push_back(measureWidth(canvas, line, size, style.bold));
        widest = std::max(widest, layout.widths.back());
    }
    float height = layout.lineHeight * static_cast<float>(layout.lines.size());
    float top = box.top;
    if (style.valign == VAlign::Middle)
        top = box.top + (box.height - height) / 2.f;
    else if (style.valign == VAlign::Bottom)
        top = box.top + box.height - height;
    float left = box.left;
    if (style.align == Align::Center)
        left = box.left + (box.width - widest) / 2.f;
    else if (style.align == Align::Right)
        left = box.left + box.width - widest;
    layout.bounds = {left, top, widest, height};
    return layout;
}

void drawLayout(Canvas& canvas, const TextLayout& layout, const TextStyle& style) {
    const sf::Font& font = fontFor(canvas, style.bold);
    unsigned px = devicePixels(canvas, layout.size);
    float inverse = 1.f / canvas.pixelScale;
    float y = layout.bounds.top;
    for (std::size_t i = 0; i < layout.lines.size(); ++i) {
        float x = layout.bounds.left;
        if (style.align == Align::Center)
            x += (layout.bounds.width - layout.widths[i]) / 2.f;
        else if (style.align == Align::Right)
            x += layout.bounds.width - layout.widths[i];
        sf::Text text(layout.lines[i], font, px);
        text.setFillColor(style.color);
        text.setScale(inverse, inverse);
        // Snap to whole device pixels so glyphs are not resampled.
        text.setPosition(std::round(x * canvas.pixelScale) * inverse,
                         std::round(y * canvas.pixelScale) * inverse);
        canvas.target.draw(text);
        y += layout.lineHeight;
    }
}

TextLayout drawString(Canvas& canvas, const sf::String& text, sf::FloatRect box,
                      const TextStyle& style, std::string_view label) {
    TextLayout layout = layoutText(canvas, text, box, style);
    drawLayout(canvas, layout, style);
    if (canvas.probe)
        canvas.probe->texts.push_back({label.empty() ? std::string("text") : std::string(label),
                                       box, layout.bounds, layout.truncated,
                                       devicePixels(canvas, layout.size), toUtf8(text)});
    return layout;
}

TextLayout drawText(Canvas& canvas, std::string_view utf8, sf::FloatRect box,
                    const TextStyle& style, std::string_view label) {
    return drawString(canvas, fromUtf8(utf8), box, style, label);
}

}  // namespace dovui::ui

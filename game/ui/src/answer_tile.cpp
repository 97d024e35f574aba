#include "dovui/ui/answer_tile.hpp"

#include <array>

#include "dovui/ui/text_layout.hpp"

namespace dovui::ui {
namespace {

const std::array<TileLook, 5> kLooks = {{
    {sf::Color(204, 22, 50), sf::Color::White, TileShape::Triangle},
    {sf::Color(20, 96, 200), sf::Color::White, TileShape::Diamond},
    {sf::Color(236, 178, 0), theme::kInk, TileShape::Circle},
    {sf::Color(30, 130, 30), sf::Color::White, TileShape::Square},
    {sf::Color(120, 60, 170), sf::Color::White, TileShape::Star},  // as on the phones
}};

sf::Color dim(sf::Color c) {
    return sf::Color(static_cast<sf::Uint8>(c.r / 3 + 20), static_cast<sf::Uint8>(c.g / 3 + 24),
                     static_cast<sf::Uint8>(c.b / 3 + 36));
}

float iconSideOf(sf::FloatRect rect) {
    return std::min(rect.height * 0.5f, 72.f);
}

float padOf(sf::FloatRect rect) {
    return std::max(14.f, rect.height * 0.12f);
}

/// Where a tile's text goes: right of the shape, left of the check mark when there is one.
sf::FloatRect textBoxOf(sf::FloatRect rect, TileState state) {
    float iconSide = iconSideOf(rect), pad = padOf(rect);
    float right = rect.left + rect.width - pad;
    if (state == TileState::Correct)
        right -= iconSide + pad / 2.f;
    float textLeft = rect.left + pad + iconSide + pad;
    return {textLeft, rect.top + 8.f, right - textLeft, rect.height - 16.f};
}

TextStyle textStyleOf(sf::FloatRect rect) {
    TextStyle style;
    style.bold = true;
    style.valign = VAlign::Middle;
    style.size = std::min(40.f, rect.height * 0.3f);
    style.minSize = 16.f;
    return style;
}

}  // namespace

float evenTileTextSize(const Canvas& canvas, const std::vector<sf::FloatRect>& rects,
                       const std::vector<std::string>& texts,
                       const std::vector<TileState>& states) {
    float even = 0.f;
    for (std::size_t i = 0; i < rects.size() && i < texts.size(); ++i) {
        TileState state = i < states.size() ? states[i] : TileState::Normal;
        float size = layoutText(canvas, fromUtf8(texts[i]), textBoxOf(rects[i], state),
                                textStyleOf(rects[i]))
                         .size;
        even = i == 0 ? size : std::min(even, size);
    }
    return even;
}

bool tileTextsFit(const Canvas& canvas, const std::vector<sf::FloatRect>& rects,
                  const std::vector<std::string>& texts, const std::vector<TileState>& states) {
    for (std::size_t i = 0; i < rects.size() && i < texts.size(); ++i) {
        TileState state = i < states.size() ? states[i] : TileState::Normal;
        if (layoutText(canvas, fromUtf8(texts[i]), textBoxOf(rects[i], state),
                       textStyleOf(rects[i]))
                .truncated)
            return false;
    }
    return true;
}

const TileLook& tileLook(std::size_t index) {
    return kLooks[index % kLooks.size()];
}

const char* tileColourName(std::size_t index, core::Lang lang) {
    static const char* vi[] = {"Đỏ", "Xanh", "Vàng", "Lục", "Tím"};
    static const char* en[] = {"Red", "Blue", "Yellow", "Green", "Purple"};
    return (lang == core::Lang::Vi ? vi : en)[index % 5];
}

void drawAnswerTile(Canvas& canvas, sf::FloatRect rect, std::size_t index, std::string_view text,
                    TileState state, std::string_view label, float textSize) {
    const TileLook& look = tileLook(index);
    sf::Color fill = state == TileState::Dimmed ? dim(look.fill) : look.fill;
    sf::Color ink = state == TileState::Dimmed ? theme::kTextDim : look.ink;
    float outline = state == TileState::Correct ? 7.f : 0.f;
    fillRoundedRect(canvas.target, rect, 16.f, fill, outline, sf::Color::White);

    float iconSide = iconSideOf(rect);
    float pad = padOf(rect);
    sf::FloatRect icon{rect.left + pad, rect.top + (rect.height - iconSide) / 2.f, iconSide,
                       iconSide};
    drawTileShape(canvas.target, look.shape, icon, state == TileState::Dimmed ? ink : look.ink);

    if (state == TileState::Correct)
        drawCheck(canvas.target,
                  {rect.left + rect.width - pad - iconSide, icon.top, iconSide, iconSide},
                  look.ink);
    TextStyle style = textStyleOf(rect);
    style.color = ink;
    if (textSize > 0.f)
        style.size = std::min(style.size, textSize);
    drawText(canvas, text, textBoxOf(rect, state), style, label);
    if (canvas.probe)
        canvas.probe->addRegion("tiles", rect);
}

std::vector<sf::FloatRect> tileGrid(sf::FloatRect area, std::size_t count, float gap) {
    std::vector<sf::FloatRect> rects;
    if (count == 0)
        return rects;
    // Narrow areas stack the tiles (long options stay on one or two lines); wide ones put
    // three in a row rather than leave a hole in a 2×2 grid.
    std::size_t columns = count <= 2 ? count : (count == 5 ? 3 : 2);
    if (area.width < 1100.f && count <= 4)
        columns = 1;
    else if (count == 3)
        columns = area.width >= 1300.f ? 3 : 1;  // never two over one, with a hole beside it
    std::size_t rows = (count + columns - 1) / columns;
    float w = (area.width - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    float h = (area.height - gap * static_cast<float>(rows - 1)) / static_cast<float>(rows);
    for (std::size_t i = 0; i < count; ++i) {
        std::size_t r = i / columns, c = i % columns;
        rects.push_back({area.left + static_cast<float>(c) * (w + gap),
                         area.top + static_cast<float>(r) * (h + gap), w, h});
    }
    return rects;
}

}  // namespace dovui::ui

#include "dovui/play/app/widgets.hpp"

#include <algorithm>

#include "dovui/ui/button.hpp"
#include "dovui/ui/shapes.hpp"
#include "dovui/ui/theme.hpp"

namespace dovui::play {

sf::Vector2f logicalSize(sf::Vector2u px) {
    const float w = static_cast<float>(std::max(1u, px.x));
    const float h = static_cast<float>(std::max(1u, px.y));
    return w >= h ? sf::Vector2f{kShortSide * w / h, kShortSide}
                  : sf::Vector2f{kShortSide, kShortSide * h / w};
}

void drawBackground(ViewEnv& env) {
    ui::fillRect(env.canvas.target, {0.f, 0.f, env.canvas.size.x, env.canvas.size.y},
                 ui::theme::kBackground);
}

sf::FloatRect drawHeader(ViewEnv& env, std::string_view title, bool back) {
    const float h = 96.f;
    ui::fillRect(env.canvas.target, {0.f, 0.f, env.canvas.size.x, h}, ui::theme::kPanel);
    float left = kPad;
    if (back) {
        sf::FloatRect button{kPad / 2.f, 12.f, 200.f, h - 24.f};
        bigButton(env, button, env.tr("‹ Quay lại", "‹ Back"), {Intent::Kind::Back});
        left = button.left + button.width + kGap;
    }
    text(env, title, {left, 8.f, env.canvas.size.x - left - kPad, h - 16.f}, 38.f, "header", true,
         ui::theme::kText, ui::Align::Left, ui::VAlign::Middle);
    return {kPad, h + kPad, env.canvas.size.x - 2 * kPad, env.canvas.size.y - h - 2 * kPad};
}

sf::FloatRect formColumn(sf::FloatRect area) {
    if (area.width <= kMaxFormWidth)
        return area;
    return {area.left + (area.width - kMaxFormWidth) / 2.f, area.top, kMaxFormWidth, area.height};
}

void bigButton(ViewEnv& env, sf::FloatRect rect, std::string_view label, Intent intent,
               bool primary, std::string_view shortcut) {
    ui::Button button;
    button.rect = rect;
    button.label = std::string(label);
    button.shortcut = std::string(shortcut);
    button.primary = primary;
    ui::drawButton(env.canvas, button);
    env.hits.add(rect, intent);
}

ui::TextLayout text(ViewEnv& env, std::string_view utf8, sf::FloatRect box, float size,
                    std::string_view label, bool bold, sf::Color color, ui::Align align,
                    ui::VAlign valign) {
    ui::TextStyle style;
    style.size = env.text(size);
    style.minSize = std::min(style.size, env.text(18.f));
    style.bold = bold;
    style.color = color;
    style.align = align;
    style.valign = valign;
    return ui::drawText(env.canvas, utf8, box, style, label);
}

void panel(ViewEnv& env, sf::FloatRect rect, sf::Color color) {
    ui::fillRoundedRect(env.canvas.target, rect, 18.f, color);
}

void textField(ViewEnv& env, sf::FloatRect rect, std::string_view label, std::string_view value,
               std::string_view placeholder, bool focused, Intent focus) {
    const float labelH = env.text(40.f);
    text(env, label, {rect.left, rect.top, rect.width, labelH}, 28.f, "field-label", true,
         ui::theme::kTextDim);
    sf::FloatRect box{rect.left, rect.top + labelH, rect.width, rect.height - labelH};
    ui::fillRoundedRect(env.canvas.target, box, 12.f, sf::Color::White, focused ? 6.f : 2.f,
                        focused ? ui::theme::kAccent : ui::theme::kTextDim);
    sf::FloatRect inner = ui::inset(box, 16.f);
    if (value.empty())
        text(env, placeholder, inner, 34.f, "field-placeholder", false, sf::Color(120, 120, 130),
             ui::Align::Left, ui::VAlign::Middle);
    else
        text(env, std::string(value) + (focused ? "|" : ""), inner, 38.f, "field-value", true,
             ui::theme::kInk, ui::Align::Left, ui::VAlign::Middle);
    env.hits.add(rect, focus);
}

sf::FloatRect Column::take(float height, float gap) {
    sf::FloatRect r{area.left, y, area.width, height};
    y += height + gap;
    return r;
}

void progressBar(ViewEnv& env, sf::FloatRect rect, int part, int whole, sf::Color color) {
    ui::fillRoundedRect(env.canvas.target, rect, rect.height / 2.f, ui::theme::kPanelLight);
    if (whole <= 0 || part <= 0)
        return;
    float w = rect.width * static_cast<float>(std::min(part, whole)) / static_cast<float>(whole);
    ui::fillRoundedRect(env.canvas.target,
                        {rect.left, rect.top, std::max(w, rect.height), rect.height},
                        rect.height / 2.f, color);
}

PageSlice pageSlice(std::size_t total, float available, float rowH, float gap, int page) {
    PageSlice slice;
    auto fit = static_cast<std::size_t>(std::max(1.f, (available + gap) / (rowH + gap)));
    if (total <= fit) {
        slice.count = total;
        return slice;
    }
    std::size_t perPage = std::max<std::size_t>(1, fit - 1);  // one slot for "more"
    slice.pages = static_cast<int>((total + perPage - 1) / perPage);
    slice.page = ((page % slice.pages) + slice.pages) % slice.pages;
    slice.first = static_cast<std::size_t>(slice.page) * perPage;
    slice.count = std::min(perPage, total - slice.first);
    slice.more = true;
    return slice;
}

void moreRow(ViewEnv& env, sf::FloatRect row, const PageSlice& slice) {
    std::string label = std::string(env.tr("Xem thêm", "More")) + "  (" +
                        env.tr("trang ", "page ") + std::to_string(slice.page + 1) + "/" +
                        std::to_string(slice.pages) + ")  ›";
    bigButton(env, row, label, {Intent::Kind::Next});
}

}  // namespace dovui::play

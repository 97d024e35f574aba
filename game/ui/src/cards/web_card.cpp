#include "cards/card_parts.hpp"
#include "cards/marked_text.hpp"
#include "dovui/ui/shapes.hpp"

namespace dovui::ui::cards {

void drawWeb(Canvas& canvas, const core::WebCard& card, sf::FloatRect area, core::Lang lang,
             SpanMarks* marks) {
    sf::FloatRect screen = drawPhone(canvas, area, sf::Color::White, true);
    float unit = unitFor(canvas, screen);
    // URL bar: a warning triangle (not a padlock) and the address.
    float barH = unit * 2.6f;
    fillRect(canvas.target, {screen.left, screen.top, screen.width, barH + unit * 0.6f},
             sf::Color(241, 243, 244));
    sf::FloatRect bar{screen.left + unit * 0.5f, screen.top + unit * 0.3f,
                      screen.width - unit * 1.0f, barH};
    fillRoundedRect(canvas.target, bar, barH / 2.f, sf::Color(222, 225, 230));
    float icon = barH * 0.5f;
    drawTileShape(canvas.target, TileShape::Triangle,
                  {bar.left + unit * 0.6f, bar.top + (barH - icon) / 2.f, icon, icon},
                  sf::Color(200, 60, 40));
    TextStyle url;
    url.size = unit * 0.95f;
    url.minSize = 8.f;
    url.color = theme::kInk;
    url.valign = VAlign::Middle;
    url.maxLines = 2;
    float urlLeft = bar.left + unit * 0.9f + icon;
    drawField(canvas, marks, "url", card.url,
              {urlLeft, bar.top + 2.f, bar.left + bar.width - urlLeft - unit * 0.6f, barH - 4.f},
              url, "card:url");

    // The page: a title banner, what it asks for, two empty fields and a button (held
    // sideways, wider than tall: a lower banner and no empty fields).
    const bool wide = screen.width > screen.height;
    float y = bar.top + barH + unit * (wide ? 0.7f : 1.0f);
    float pad = unit * 0.9f;
    sf::FloatRect titleBox{screen.left + pad, y, screen.width - 2 * pad,
                           unit * (wide ? 2.6f : 5.2f)};
    fillRect(canvas.target, {screen.left, y - unit * 0.4f, screen.width, titleBox.height + unit},
             sf::Color(190, 30, 45));
    TextStyle title;
    title.size = unit * 1.3f;
    title.minSize = 9.f;
    title.bold = true;
    title.color = sf::Color::White;
    title.valign = VAlign::Middle;
    drawField(canvas, marks, "title", card.title, titleBox, title, "card:title");
    y += titleBox.height + unit * (wide ? 0.9f : 1.4f);

    const int fields = wide ? 0 : 2;
    float fieldsH = wide ? 0.f : unit * (2.8f * static_cast<float>(fields) + 3.4f);
    TextStyle asks;
    asks.size = unit * 1.1f;
    asks.minSize = 9.f;
    asks.color = theme::kInk;
    float asksH = screen.top + screen.height - fieldsH - y;
    auto asksLayout = drawField(
        canvas, marks, "asks", card.asks,
        {screen.left + pad, y, screen.width - 2 * pad, std::max(unit, asksH)}, asks, "card:asks");
    y = asksLayout.bounds.top + asksLayout.bounds.height + unit * 0.8f;
    for (int i = 0; i < fields; ++i) {
        sf::FloatRect field{screen.left + pad, y, screen.width - 2 * pad, unit * 2.2f};
        fillRoundedRect(canvas.target, field, 6.f, sf::Color::White, 2.f, sf::Color(160, 160, 170));
        y += unit * 2.8f;
    }
    sf::FloatRect button{screen.left + pad, y, screen.width - 2 * pad, unit * 2.4f};
    if (button.top + button.height > screen.top + screen.height)
        return;  // held sideways, what the page asks for comes first
    fillRoundedRect(canvas.target, button, 8.f, sf::Color(190, 30, 45));
    TextStyle go;
    go.size = unit * 1.0f;
    go.minSize = 8.f;
    go.bold = true;
    go.align = Align::Center;
    go.valign = VAlign::Middle;
    go.maxLines = 1;
    drawText(canvas, label(Label::Continue, lang), inset(button, 4.f), go, "card:button");
}

}  // namespace dovui::ui::cards

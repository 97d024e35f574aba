#include "dovui/ui/button.hpp"

#include "dovui/ui/shapes.hpp"
#include "dovui/ui/text_layout.hpp"

namespace dovui::ui {

void drawButton(Canvas& canvas, const Button& button) {
    sf::Color fill = button.primary ? theme::kAccent : theme::kPanelLight;
    if (button.hovered && !button.primary)
        fill = sf::Color(64, 84, 126);
    sf::Color ink = button.primary ? theme::kInk : theme::kText;
    float outline = button.selected ? 5.f : 0.f;
    fillRoundedRect(canvas.target, button.rect, 14.f, fill, outline,
                    button.primary ? sf::Color::White : theme::kAccent);
    sf::FloatRect inner = inset(button.rect, 10.f);
    TextStyle style;
    style.bold = true;
    style.color = ink;
    style.align = Align::Center;
    style.valign = VAlign::Middle;
    style.size = std::min(34.f, inner.height * 0.5f);
    style.minSize = 14.f;
    style.maxLines = 2;
    if (!button.shortcut.empty()) {
        sf::FloatRect hintBox{inner.left, inner.top + inner.height * 0.68f, inner.width,
                              inner.height * 0.32f};
        inner.height *= 0.66f;
        TextStyle hint;
        hint.size = std::min(20.f, hintBox.height);
        hint.minSize = 10.f;
        hint.align = Align::Center;
        hint.valign = VAlign::Middle;
        hint.maxLines = 1;
        hint.color = button.primary ? sf::Color(60, 50, 0) : theme::kTextDim;
        drawText(canvas, button.shortcut, hintBox, hint, "button-key:" + button.shortcut);
        style.size = std::min(style.size, inner.height * 0.8f);
    }
    drawText(canvas, button.label, inner, style, "button:" + button.label);
}

}  // namespace dovui::ui

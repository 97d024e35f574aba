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
    // The canvas's floor when it has one (it follows the window), else the widgets' own.
    const float floor = canvas.minTextSize() > 0.f ? canvas.minTextSize() : theme::kMinText;
    style.size = std::max(floor, std::min(36.f, inner.height * 0.5f));
    style.minSize = floor;
    style.maxLines = 2;
    if (!button.shortcut.empty()) {
        // The key sits in a key cap at the right end, as large as the label allows: a
        // separate line under the label would be too small to read from the back.
        TextStyle key;
        key.size = std::max(floor, style.size * 0.8f);
        key.minSize = key.size;
        key.align = Align::Center;
        key.valign = VAlign::Middle;
        key.maxLines = 1;
        key.color = ink;
        float keyW = measureWidth(canvas, fromUtf8(button.shortcut), key.size, false) + 24.f;
        float keyH = std::min(inner.height, key.size * 1.5f);
        sf::FloatRect cap{inner.left + inner.width - keyW, inner.top + (inner.height - keyH) / 2.f,
                          keyW, keyH};
        sf::Color capFill = button.primary ? sf::Color(255, 230, 120) : theme::kPanel;
        fillRoundedRect(canvas.target, cap, 8.f, capFill, 2.f, ink);
        drawText(canvas, button.shortcut, cap, key, "button-key:" + button.shortcut);
        inner.width -= keyW + 10.f;
    }
    drawText(canvas, button.label, inner, style, "button:" + button.label);
}

}  // namespace dovui::ui

#include "dovui/ui/button.hpp"

#include <algorithm>

#include "dovui/ui/shapes.hpp"
#include "dovui/ui/text_layout.hpp"

namespace dovui::ui {

namespace {

/// The label's box and style, and the key cap's, for `button` (shared by drawing and sizing).
struct ButtonLayout {
    sf::FloatRect label;
    TextStyle style;
    sf::FloatRect cap;
    TextStyle key;
};

ButtonLayout layoutButton(const Canvas& canvas, const Button& button) {
    ButtonLayout out;
    sf::Color ink = button.primary ? theme::kInk : theme::kText;
    out.label = inset(button.rect, 10.f);
    out.style.bold = true;
    out.style.color = ink;
    out.style.align = Align::Center;
    out.style.valign = VAlign::Middle;
    // The canvas's floor when it has one (it follows the window), else the widgets' own.
    const float floor = canvas.minTextSize() > 0.f ? canvas.minTextSize() : theme::kMinText;
    out.style.size = std::max(floor, std::min(36.f, out.label.height * 0.5f));
    out.style.minSize = floor;
    out.style.maxLines = 2;
    if (!button.shortcut.empty()) {
        // The key sits in a key cap at the right end, as large as the label allows: a
        // separate line under the label would be too small to read from the back.
        out.key.size = std::max(floor, out.style.size * 0.8f);
        out.key.minSize = out.key.size;
        out.key.align = Align::Center;
        out.key.valign = VAlign::Middle;
        out.key.maxLines = 1;
        out.key.color = ink;
        float keyW = measureWidth(canvas, fromUtf8(button.shortcut), out.key.size, false) + 24.f;
        float keyH = std::min(out.label.height, out.key.size * 1.5f);
        out.cap = {out.label.left + out.label.width - keyW,
                   out.label.top + (out.label.height - keyH) / 2.f, keyW, keyH};
        out.label.width -= keyW + 10.f;
    }
    return out;
}

}  // namespace

void drawButton(Canvas& canvas, const Button& button) {
    sf::Color fill = button.primary ? theme::kAccent : theme::kPanelLight;
    if (button.hovered && !button.primary)
        fill = sf::Color(64, 84, 126);
    float outline = button.selected ? 5.f : 0.f;
    fillRoundedRect(canvas.target, button.rect, 14.f, fill, outline,
                    button.primary ? sf::Color::White : theme::kAccent);
    ButtonLayout layout = layoutButton(canvas, button);
    if (!button.shortcut.empty()) {
        sf::Color capFill = button.primary ? sf::Color(255, 230, 120) : theme::kPanel;
        fillRoundedRect(canvas.target, layout.cap, 8.f, capFill, 2.f, layout.key.color);
        drawText(canvas, button.shortcut, layout.cap, layout.key, "button-key:" + button.shortcut);
    }
    if (button.maxTextSize > 0.f)
        layout.style.size =
            std::max(layout.style.minSize, std::min(layout.style.size, button.maxTextSize));
    drawText(canvas, button.label, layout.label, layout.style, "button:" + button.label);
}

float evenButtonTextSize(const Canvas& canvas, const std::vector<Button>& buttons) {
    float even = 0.f;
    for (std::size_t i = 0; i < buttons.size(); ++i) {
        ButtonLayout layout = layoutButton(canvas, buttons[i]);
        float size =
            layoutText(canvas, fromUtf8(buttons[i].label), layout.label, layout.style).size;
        even = i == 0 ? size : std::min(even, size);
    }
    return even;
}

}  // namespace dovui::ui

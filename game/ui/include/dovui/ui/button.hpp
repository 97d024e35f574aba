#pragma once
/// A clickable labelled box with its keyboard shortcut shown, for mouse and keyboard alike.
#include <SFML/Graphics/Rect.hpp>
#include <string>
#include <vector>

#include "dovui/ui/canvas.hpp"

namespace dovui::ui {

struct Button {
    sf::FloatRect rect;
    std::string label;      ///< UTF-8
    std::string shortcut;   ///< shown in a key cap at the right end ("Space"); may be empty
    bool primary = false;   ///< the accent colour: the action most wanted on this screen
    bool selected = false;  ///< keyboard focus
    bool hovered = false;
    float maxTextSize = 0.f;  ///< > 0: the label is drawn no larger (evenButtonTextSize)

    bool hit(sf::Vector2f point) const { return rect.contains(point); }
};

/// Draws `button`; its text is reported to the probe as "button:<label>".
void drawButton(Canvas& canvas, const Button& button);

/// The largest label size at which every button's label fits: a row of choices shares it
/// instead of each label shrinking on its own.
float evenButtonTextSize(const Canvas& canvas, const std::vector<Button>& buttons);

}  // namespace dovui::ui

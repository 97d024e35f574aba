#include "cards/card_parts.hpp"
#include "dovui/ui/shapes.hpp"

namespace dovui::ui::cards {

void drawSms(Canvas& canvas, const core::SmsCard& card, sf::FloatRect area, core::Lang lang) {
    sf::FloatRect screen = drawPhone(canvas, area, sf::Color(245, 245, 247), true);
    float unit = unitFor(screen);
    // Header: avatar circle with the sender's initial, sender name, "Messages".
    float headerH = unit * 4.2f;
    fillRect(canvas.target, {screen.left, screen.top, screen.width, headerH},
             sf::Color(232, 232, 236));
    float avatar = unit * 1.3f;
    sf::Vector2f centre{screen.left + screen.width / 2.f, screen.top + avatar + unit * 0.2f};
    fillCircle(canvas.target, centre, avatar, sf::Color(150, 156, 170));
    sf::String initial = fromUtf8(card.sender.empty() ? std::string("?") : card.sender);
    TextStyle letter;
    letter.size = avatar * 1.1f;
    letter.minSize = 8.f;
    letter.bold = true;
    letter.align = Align::Center;
    letter.valign = VAlign::Middle;
    drawString(canvas, sf::String(initial[0]),
               {centre.x - avatar, centre.y - avatar, 2 * avatar, 2 * avatar}, letter,
               "card:avatar");
    TextStyle name;
    name.size = unit * 1.0f;
    name.minSize = 8.f;
    name.bold = true;
    name.color = theme::kInk;
    name.align = Align::Center;
    name.maxLines = 1;
    drawText(
        canvas, card.sender,
        {screen.left + unit, centre.y + avatar + unit * 0.2f, screen.width - 2 * unit, unit * 1.4f},
        name, "card:sender");

    // Time stamp, then the incoming bubble.
    TextStyle stamp;
    stamp.size = unit * 0.75f;
    stamp.minSize = 8.f;
    stamp.color = sf::Color(110, 110, 120);
    stamp.align = Align::Center;
    stamp.maxLines = 1;
    std::string when = std::string(label(Label::Today, lang)) + " " + card.time;
    drawText(canvas, when,
             {screen.left, screen.top + headerH + unit * 0.5f, screen.width, unit * 1.2f}, stamp,
             "card:time");
    float inputH = unit * 2.4f;
    sf::FloatRect thread{screen.left, screen.top + headerH + unit * 1.8f, screen.width,
                         screen.height - headerH - unit * 1.8f - inputH};
    drawBubbles(canvas, thread, {{card.body, false}},
                {sf::Color(229, 229, 234), theme::kInk, sf::Color(0, 122, 255), sf::Color::White},
                unit * 1.05f);
    // Input field.
    sf::FloatRect input{screen.left + unit * 0.6f, screen.top + screen.height - inputH,
                        screen.width - unit * 1.2f, inputH * 0.8f};
    fillRoundedRect(canvas.target, input, inputH * 0.4f, sf::Color::White, 1.5f,
                    sf::Color(200, 200, 206));
    TextStyle hint = stamp;
    hint.align = Align::Left;
    hint.valign = VAlign::Middle;
    drawText(canvas, label(Label::TypeMessage, lang), inset(input, unit * 0.5f), hint,
             "card:input");
}

}  // namespace dovui::ui::cards

#include "cards/card_parts.hpp"
#include "cards/marked_text.hpp"
#include "dovui/ui/shapes.hpp"

namespace dovui::ui::cards {

void drawSms(Canvas& canvas, const core::SmsCard& card, sf::FloatRect area, core::Lang lang,
             SpanMarks* marks) {
    sf::FloatRect screen = drawPhone(canvas, area, sf::Color(245, 245, 247), true);
    float unit = unitFor(canvas, screen);
    // Header: avatar circle with the sender's initial above the sender's name; on a phone
    // held sideways (wider than tall) side by side, to leave the message its room.
    const bool wide = screen.width > screen.height;
    float headerH = unit * (wide ? 2.6f : 4.2f);
    fillRect(canvas.target, {screen.left, screen.top, screen.width, headerH},
             sf::Color(232, 232, 236));
    float avatar = unit * (wide ? 1.0f : 1.3f);
    sf::Vector2f centre{screen.left + screen.width / 2.f, screen.top + avatar + unit * 0.2f};
    if (wide)
        centre = {screen.left + unit * 0.8f + avatar, screen.top + headerH / 2.f};
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
    sf::FloatRect nameBox{screen.left + unit, centre.y + avatar + unit * 0.2f,
                          screen.width - 2 * unit, unit * 1.4f};
    if (wide) {
        name.align = Align::Left;
        name.valign = VAlign::Middle;
        float left = centre.x + avatar + unit * 0.6f;
        nameBox = {left, screen.top, screen.left + screen.width - unit - left, headerH};
    }
    drawField(canvas, marks, "sender", card.sender, nameBox, name, "card:sender");

    // Time stamp, then the incoming bubble, then the input field. Held sideways the stamp
    // goes into the header and there is no input field: the message keeps the height.
    TextStyle stamp;
    stamp.size = unit * 0.9f;
    stamp.minSize = stamp.size;
    stamp.color = sf::Color(110, 110, 120);
    stamp.align = wide ? Align::Right : Align::Center;
    stamp.valign = wide ? VAlign::Middle : VAlign::Top;
    stamp.maxLines = 1;
    sf::FloatRect stampBox{screen.left, screen.top + headerH + unit * 0.3f, screen.width,
                           unit * 1.2f};
    if (wide)
        stampBox = {screen.left + screen.width * 0.55f, screen.top,
                    screen.width * 0.45f - unit * 0.8f, headerH};
    drawField(canvas, marks, "time", card.time, stampBox, stamp, "card:time",
              std::string(label(Label::Today, lang)) + " ");
    float inputH = wide ? 0.f : unit * 1.8f;
    float threadTop = screen.top + headerH + (wide ? 0.f : unit * 1.5f);
    sf::FloatRect thread{screen.left, threadTop, screen.width,
                         screen.top + screen.height - threadTop - inputH};
    drawBubbles(canvas, thread, {{card.body, false, "body", "", ""}},
                {sf::Color(229, 229, 234), theme::kInk, sf::Color(0, 122, 255), sf::Color::White},
                unit * (wide ? 1.5f : 1.25f), marks);  // sideways: as large as the room allows
    if (wide)
        return;
    sf::FloatRect input{screen.left + unit * 0.6f, screen.top + screen.height - inputH,
                        screen.width - unit * 1.2f, inputH * 0.9f};
    fillRoundedRect(canvas.target, input, inputH * 0.4f, sf::Color::White, 1.5f,
                    sf::Color(200, 200, 206));
    TextStyle hint = stamp;
    hint.align = Align::Left;
    hint.valign = VAlign::Middle;
    drawText(canvas, label(Label::TypeMessage, lang),
             {input.left + unit * 0.5f, input.top, input.width - unit, input.height}, hint,
             "card:input");
}

}  // namespace dovui::ui::cards

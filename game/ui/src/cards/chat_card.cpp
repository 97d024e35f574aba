#include <algorithm>

#include "cards/card_parts.hpp"
#include "cards/marked_text.hpp"
#include "dovui/core/text.hpp"
#include "dovui/ui/shapes.hpp"

namespace dovui::ui::cards {
namespace {

sf::Color appColour(const std::string& app) {
    std::string folded = core::foldToAscii(app);
    if (folded.find("zalo") != std::string::npos)
        return sf::Color(0, 104, 255);
    if (folded.find("messenger") != std::string::npos ||
        folded.find("facebook") != std::string::npos)
        return sf::Color(120, 60, 230);
    if (folded.find("viber") != std::string::npos)
        return sf::Color(115, 96, 242);
    if (folded.find("telegram") != std::string::npos)
        return sf::Color(36, 161, 222);
    return sf::Color(0, 128, 110);
}

}  // namespace

void drawChat(Canvas& canvas, const core::ChatCard& card, sf::FloatRect area, core::Lang lang,
              SpanMarks* marks) {
    sf::FloatRect screen = drawPhone(canvas, area, sf::Color(226, 233, 241), true);
    float unit = unitFor(canvas, screen);
    sf::Color colour = appColour(card.app);
    // The status bar sits on the app colour, as in the real apps.
    std::string online = std::string(" · ") + label(Label::Online, lang);
    sf::FloatRect body = drawAppHeader(canvas, screen, colour, card.contact, card.app,
                                       sf::Color::White, marks, "contact", "app", online);
    float inputH = unit * 1.8f;
    std::vector<Bubble> bubbles;
    for (std::size_t i = 0; i < card.bubbles.size(); ++i)
        bubbles.push_back(
            {card.bubbles[i].text, card.bubbles[i].fromMe, "bubbles." + std::to_string(i), "", ""});
    drawBubbles(canvas, {body.left, body.top, body.width, body.height - inputH}, bubbles,
                {sf::Color::White, theme::kInk, sf::Color(213, 235, 255), theme::kInk},
                unit * (screen.width > screen.height ? 1.4f : 1.15f), marks);  // sideways: larger
    sf::FloatRect input{body.left, body.top + body.height - inputH, body.width, inputH};
    fillRect(canvas.target, input, sf::Color::White);
    TextStyle hint;
    hint.size = unit * 0.9f;
    hint.minSize = hint.size;
    hint.color = sf::Color(120, 120, 130);
    hint.valign = VAlign::Middle;
    hint.maxLines = 1;
    drawText(canvas, label(Label::TypeMessage, lang),
             {input.left + unit * 0.6f, input.top, input.width - unit * 1.2f, input.height}, hint,
             "card:input");
}

}  // namespace dovui::ui::cards

#include "cards/card_parts.hpp"
#include "cards/marked_text.hpp"
#include "dovui/ui/shapes.hpp"

namespace dovui::ui::cards {

void drawCall(Canvas& canvas, const core::CallCard& card, sf::FloatRect area, core::Lang lang,
              SpanMarks* marks) {
    sf::FloatRect screen = drawPhone(canvas, area, sf::Color(28, 36, 52), false);
    float unit = unitFor(canvas, screen);
    const bool wide = screen.width > screen.height;  // held sideways: the words get the room
    TextStyle small;
    small.size = unit * 0.9f;
    small.minSize = small.size;
    small.color = sf::Color(200, 210, 225);
    small.align = Align::Center;
    small.maxLines = 1;
    float y = screen.top + unit * (wide ? 0.2f : 0.6f);
    std::string number = card.number.empty() ? label(Label::Mobile, lang) : card.number;
    // Held sideways: "Cuộc gọi đến · Di động" on one line above the caller.
    std::string heading = label(Label::IncomingCall, lang);
    if (wide && card.number.empty())
        heading += " · " + number;
    if (wide && !card.number.empty())
        drawField(canvas, marks, "number", card.number, {screen.left, y, screen.width, unit * 1.3f},
                  small, "card:call-label", heading + " · ");
    else
        drawText(canvas, heading, {screen.left, y, screen.width, unit * 1.3f}, small,
                 "card:call-label");
    y += unit * 1.5f;
    TextStyle caller;
    caller.size = unit * (wide ? 1.3f : 1.6f);
    caller.minSize = 9.f;
    caller.bold = true;
    caller.align = Align::Center;
    caller.maxLines = wide ? 1 : 2;
    // Held sideways the answer buttons flank the caller, leaving the height to the words.
    const float side = wide ? unit * 3.6f : unit;
    auto callerLayout = drawField(canvas, marks, "caller", card.caller,
                                  {screen.left + side, y, screen.width - 2 * side, unit * 4.0f},
                                  caller, "card:caller");
    const float callerMid = callerLayout.bounds.top + callerLayout.bounds.height / 2.f;
    y = callerLayout.bounds.top + callerLayout.bounds.height + unit * 0.2f;
    if (!wide) {
        drawField(canvas, marks, "number", number, {screen.left, y, screen.width, unit * 1.3f},
                  small, "card:number");
        y += unit * 1.8f;
    }

    // What the caller says, as caption bubbles.
    float buttonsH = wide ? unit * 0.3f : unit * 5.0f;
    std::vector<Bubble> lines;
    for (std::size_t i = 0; i < card.transcript.size(); ++i)
        lines.push_back({card.transcript[i], false, "transcript." + std::to_string(i), "“", "”"});
    drawBubbles(canvas, {screen.left, y, screen.width, screen.top + screen.height - buttonsH - y},
                lines,
                {sf::Color(52, 64, 88), sf::Color::White, sf::Color(52, 64, 88), sf::Color::White},
                unit * (wide ? 1.3f : 1.05f), marks);  // sideways: as large as the room allows

    // Decline (red) and accept (green) buttons.
    float r = unit * (wide ? 1.1f : 1.5f);
    float cy = wide ? callerMid : screen.top + screen.height - buttonsH + r + unit * 0.3f;
    float lx = wide ? screen.left + unit * 1.8f : screen.left + screen.width * 0.25f;
    float rx = wide ? screen.left + screen.width - unit * 1.8f : screen.left + screen.width * 0.75f;
    fillCircle(canvas.target, {lx, cy}, r, sf::Color(230, 60, 60));
    fillCircle(canvas.target, {rx, cy}, r, sf::Color(50, 190, 90));
    drawCross(canvas.target, {lx - r * 0.55f, cy - r * 0.55f, r * 1.1f, r * 1.1f},
              sf::Color::White);
    drawCheck(canvas.target, {rx - r * 0.55f, cy - r * 0.55f, r * 1.1f, r * 1.1f},
              sf::Color::White);
    if (wide)
        return;  // no room for the words under the buttons
    TextStyle under = small;
    drawText(canvas, label(Label::Decline, lang),
             {lx - screen.width * 0.24f, cy + r + unit * 0.2f, screen.width * 0.48f, unit * 1.3f},
             under, "card:decline");
    drawText(canvas, label(Label::Accept, lang),
             {rx - screen.width * 0.24f, cy + r + unit * 0.2f, screen.width * 0.48f, unit * 1.3f},
             under, "card:accept");
}

}  // namespace dovui::ui::cards

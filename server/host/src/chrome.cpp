#include "dovui/host/chrome.hpp"

#include "dovui/ui/shapes.hpp"
#include "dovui/ui/text_layout.hpp"

namespace dovui::host {

using namespace ui;

void drawBackground(Canvas& canvas) {
    // A clear costs far less than a full-screen quad on a software rasteriser.
    canvas.target.clear(theme::kBackground);
}

void drawTopBar(Canvas& canvas, const std::string& left, const std::string& middle,
                const std::string& right) {
    fillRect(canvas.target, {0, 0, canvas.size.x, kTopBarHeight}, theme::kPanel);
    float m = theme::kMargin;
    TextStyle style;
    style.size = 36.f;
    style.minSize = kMinText;
    style.bold = true;
    style.maxLines = 1;
    style.valign = VAlign::Middle;
    float third = (canvas.size.x - 2 * m) / 3.f;
    drawText(canvas, left, {m, 6.f, third - 10.f, kTopBarHeight - 12.f}, style, "top:left");
    style.align = Align::Center;
    style.color = theme::kAccent;
    drawText(canvas, middle, {m + third, 6.f, third, kTopBarHeight - 12.f}, style, "top:middle");
    style.align = Align::Right;
    style.color = theme::kText;
    drawText(canvas, right, {m + 2 * third + 10.f, 6.f, third - 10.f, kTopBarHeight - 12.f}, style,
             "top:right");
}

void drawHintBar(Canvas& canvas, const std::string& hints) {
    float top = canvas.size.y - kHintBarHeight;
    fillRect(canvas.target, {0, top, canvas.size.x, kHintBarHeight}, sf::Color(8, 14, 28));
    TextStyle style;
    style.size = kMinText;
    style.minSize = kMinText;
    style.color = theme::kTextDim;
    style.align = Align::Center;
    style.valign = VAlign::Middle;
    style.maxLines = 1;
    drawText(canvas, hints,
             {theme::kMargin, top + 4.f, canvas.size.x - 2 * theme::kMargin, kHintBarHeight - 8.f},
             style, "hints");
}

void drawBanner(Canvas& canvas, const std::string& text) {
    if (text.empty())
        return;
    sf::FloatRect band{0, kTopBarHeight, canvas.size.x, 84.f};
    fillRect(canvas.target, band, theme::kBad);
    TextStyle style;
    style.size = 32.f;
    style.minSize = kMinText;
    style.bold = true;
    style.align = Align::Center;
    style.valign = VAlign::Middle;
    style.maxLines = 2;
    drawText(canvas, text, inset(band, 4.f), style, "banner");
}

sf::FloatRect contentArea(const Canvas& canvas) {
    float m = theme::kMargin;
    float top = kTopBarHeight + m * 0.75f;
    return {m, top, canvas.size.x - 2 * m, canvas.size.y - kHintBarHeight - m * 0.75f - top};
}

}  // namespace dovui::host

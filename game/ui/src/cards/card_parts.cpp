#include "cards/card_parts.hpp"

#include "cards/marked_text.hpp"

#include <algorithm>

#include "dovui/ui/shapes.hpp"

namespace dovui::ui::cards {

sf::FloatRect drawPhone(Canvas& canvas, sf::FloatRect area, sf::Color screen, bool darkStatus) {
    sf::FloatRect body = area;
    float w = std::min(body.width, body.height * kPhoneAspect);  // bezel and corners as a phone's
    float bezel = w * 0.035f;
    fillRoundedRect(canvas.target, body, w * 0.09f, sf::Color(8, 8, 10), 3.f,
                    sf::Color(120, 130, 150));
    sf::FloatRect glass = inset(body, bezel);
    fillRoundedRect(canvas.target, glass, w * 0.06f, screen);
    // Status bar: clock on the left, signal bars and battery on the right.
    float barH = std::max(std::min(glass.height * 0.045f, glass.width * 0.077f),
                          canvas.minTextSize() * 1.5f);
    sf::Color ink = darkStatus ? theme::kInk : sf::Color::White;
    TextStyle clock;
    clock.size = barH * 0.72f;
    clock.minSize = clock.size;
    clock.bold = true;
    clock.color = ink;
    clock.valign = VAlign::Middle;
    sf::FloatRect bar{glass.left + glass.width * 0.08f, glass.top + barH * 0.3f,
                      glass.width * 0.84f, barH};
    drawText(canvas, "9:41", bar, clock, "card:clock");
    float bx = bar.left + bar.width - barH * 1.6f;
    fillRoundedRect(canvas.target, {bx, bar.top + barH * 0.25f, barH * 1.4f, barH * 0.55f}, 3.f,
                    ink);
    for (int i = 0; i < 4; ++i) {
        float bh = barH * (0.25f + 0.15f * static_cast<float>(i));
        fillRect(canvas.target,
                 {bx - barH * 1.4f + static_cast<float>(i) * barH * 0.3f,
                  bar.top + barH * 0.8f - bh, barH * 0.2f, bh},
                 ink);
    }
    // Notch.
    fillRoundedRect(canvas.target,
                    {glass.left + glass.width * 0.38f, glass.top, glass.width * 0.24f, barH * 0.8f},
                    barH * 0.4f, sf::Color(8, 8, 10));
    float top = glass.top + barH * 1.5f;
    return {glass.left, top, glass.width, glass.top + glass.height - top - w * 0.03f};
}

sf::FloatRect drawAppHeader(Canvas& canvas, sf::FloatRect screen, sf::Color color,
                            std::string_view title, std::string_view subtitle, sf::Color ink,
                            SpanMarks* marks, std::string_view titleField,
                            std::string_view subtitleField, std::string_view subtitleSuffix) {
    float unit = unitFor(canvas, screen);
    float h = unit * (subtitle.empty() ? 2.4f : 3.5f);
    fillRect(canvas.target, {screen.left, screen.top, screen.width, h}, color);
    float pad = unit * 0.8f;
    TextStyle titleStyle;
    titleStyle.size = unit * 1.15f;
    titleStyle.minSize = unit * 0.9f;
    titleStyle.bold = true;
    titleStyle.color = ink;
    titleStyle.maxLines = 1;
    titleStyle.valign = VAlign::Middle;
    sf::FloatRect titleBox{screen.left + pad, screen.top + unit * 0.3f, screen.width - 2 * pad,
                           unit * 1.5f};
    drawField(canvas, marks, titleField, title, titleBox, titleStyle, "card:header");
    if (!subtitle.empty()) {
        TextStyle sub = titleStyle;
        sub.bold = false;
        sub.size = unit * 0.9f;
        sub.color = sf::Color(ink.r, ink.g, ink.b, 210);
        drawField(canvas, marks, subtitleField, subtitle,
                  {titleBox.left, titleBox.top + titleBox.height, titleBox.width, unit * 1.2f}, sub,
                  "card:subheader", "", subtitleSuffix);
    }
    return {screen.left, screen.top + h, screen.width, screen.height - h};
}

namespace {
bool marksEmpty(const SpanMarks* marks) {
    return !marks || marks->spans.empty();
}
}  // namespace

void drawBubbles(Canvas& canvas, sf::FloatRect area, const std::vector<Bubble>& bubbles,
                 const BubbleColours& colours, float maxSize, SpanMarks* marks) {
    float gap = maxSize * 0.5f;
    // A phone held sideways has width to spare and little height: longer bubbles.
    const float maxWidth = area.width * (area.width > area.height ? 0.92f : 0.8f);
    float size = maxSize;
    std::vector<TextLayout> layouts;
    std::vector<MarkedText> texts;
    for (const auto& b : bubbles)
        texts.push_back(markText(marks, b.field, b.text, b.prefix, b.suffix));
    const float floor = std::max(9.f, canvas.minTextSize());
    TextStyle style;
    for (;;) {
        style.size = size;
        style.minSize = size;
        layouts.clear();
        float total = 0.f;
        float pad = size * 0.55f;
        for (const auto& t : texts) {
            layouts.push_back(
                layoutText(canvas, t.shown, {0, 0, maxWidth - 2 * pad, 10000.f}, style));
            total += layouts.back().bounds.height + 2 * pad + gap;
        }
        if (total <= area.height || size <= floor)
            break;
        size = std::max(floor, size * 0.92f);
    }
    float pad = size * 0.55f;
    // Even at the floor too many: bubbles without a marked span give way first (from the
    // end), so the spans a spot question asks about stay on the card.
    std::vector<bool> shown(bubbles.size(), true);
    auto heightOf = [&](std::size_t i) { return layouts[i].bounds.height + 2 * pad + gap; };
    auto totalHeight = [&] {
        float sum = gap;
        for (std::size_t i = 0; i < bubbles.size(); ++i)
            sum += shown[i] ? heightOf(i) : 0.f;
        return sum;
    };
    float total = totalHeight();
    if (total > area.height) {  // at the floor: bubbles closer together first
        gap *= 0.35f;
        total = totalHeight();
    }
    // Then (on a reveal) bubbles whose spans are all dimmed: the right one stays.
    auto onlyDimmed = [&](std::size_t i) {
        for (const auto& span : texts[i].spans)
            if (span.index >= marks->states.size() ||
                marks->states[span.index] != SpanState::Dimmed)
                return false;
        return true;
    };
    for (int pass = 0; pass < 2 && !marksEmpty(marks); ++pass)
        for (std::size_t i = bubbles.size(); i-- > 0 && total > area.height;)
            if (shown[i] && (pass == 0 ? texts[i].spans.empty() : onlyDimmed(i))) {
                shown[i] = false;
                total -= heightOf(i);
            }
    float y = area.top + gap;
    for (std::size_t i = 0; i < bubbles.size(); ++i) {
        if (!shown[i])
            continue;
        const TextLayout& l = layouts[i];
        float w = l.bounds.width + 2 * pad;
        float h = l.bounds.height + 2 * pad;
        if (y + h > area.top + area.height)
            break;  // only at the floor: the last bubbles are left out, not spilled
        bool right = bubbles[i].right;
        float x = right ? area.left + area.width - w - gap : area.left + gap;
        fillRoundedRect(canvas.target, {x, y, w, h}, size * 0.7f,
                        right ? colours.right : colours.left);
        TextStyle ink = style;
        ink.color = right ? colours.rightInk : colours.leftInk;
        // The layout measured above, placed in the bubble (the same size and line breaks).
        TextLayout placed = l;
        placed.bounds.left = x + pad;
        placed.bounds.top = y + pad;
        drawMarked(canvas, marks, texts[i], placed, {x + pad, y + pad, w - 2 * pad + 1.f, h}, ink,
                   "card:bubble");
        y += h + gap;
    }
}

const char* label(Label which, core::Lang lang) {
    struct Pair {
        const char* vi;
        const char* en;
    };
    static const Pair kLabels[] = {
        {"Tin nhắn", "Messages"},
        {"Hôm nay", "Today"},
        {"Cuộc gọi đến", "Incoming call"},
        {"Di động", "Mobile"},
        {"Từ chối", "Decline"},
        {"Trả lời", "Answer"},
        {"Nhập tin nhắn", "Type a message"},
        {"Chuyển tiền", "Transfer"},
        {"Ngân hàng", "Bank"},
        {"Số tài khoản", "Account"},
        {"Tên người nhận", "Recipient"},
        {"Số tiền", "Amount"},
        {"Nội dung", "Message"},
        {"Người chuyển tự nhập", "Payer types it"},
        {"Xác nhận chuyển", "Confirm transfer"},
        {"Quét mã để thanh toán", "Scan to pay"},
        {"Mã QR không hợp lệ", "Invalid QR code"},
        {"Ngân hàng chưa biết", "Unknown bank"},
        {"Đang hoạt động", "Online"},
        {"Tiếp tục", "Continue"},
        {"MẪU — KHÔNG QUÉT", "SAMPLE — DO NOT SCAN"},
    };
    const Pair& p = kLabels[static_cast<int>(which)];
    return lang == core::Lang::Vi ? p.vi : p.en;
}

}  // namespace dovui::ui::cards

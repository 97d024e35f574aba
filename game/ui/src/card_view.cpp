#include "dovui/ui/card_view.hpp"

#include <algorithm>
#include <type_traits>

#include "cards/card_parts.hpp"
#include "cards/marked_text.hpp"
#include "dovui/ui/shapes.hpp"

namespace dovui::ui {

float CardView::preferredAspect(const core::ScenarioCard& card) {
    if (std::holds_alternative<core::QrPaymentCard>(card.body))
        return cards::kPhoneAspect * 1.75f;
    return cards::kPhoneAspect;
}

const QrImage& CardView::qrFor(const std::string& payload) {
    if (payload != m_qrPayload || !m_qr.ok()) {
        m_qrPayload = payload;
        m_qr = QrImage(payload, QrImage::Use::Sample);
    }
    return m_qr;
}

void CardView::draw(Canvas& canvas, const core::ScenarioCard& card, sf::FloatRect area,
                    core::Lang lang, bool fill, const std::vector<SpanState>& spans) {
    // Centre a box of the preferred shape in `area`.
    float aspect = preferredAspect(card);
    float h = std::min(area.height, area.width / aspect);
    float w = h * aspect;
    sf::FloatRect box{area.left + (area.width - w) / 2.f, area.top + (area.height - h) / 2.f, w, h};
    if (fill)
        box = area;
    m_box = box;
    cards::SpanMarks marks{card.spans, spans, {}};
    cards::SpanMarks* mark = spans.empty() || card.spans.empty() ? nullptr : &marks;
    std::visit(
        [&](const auto& body) {
            using T = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<T, core::SmsCard>)
                cards::drawSms(canvas, body, box, lang, mark);
            else if constexpr (std::is_same_v<T, core::CallCard>)
                cards::drawCall(canvas, body, box, lang, mark);
            else if constexpr (std::is_same_v<T, core::ChatCard>)
                cards::drawChat(canvas, body, box, lang, mark);
            else if constexpr (std::is_same_v<T, core::WebCard>)
                cards::drawWeb(canvas, body, box, lang, mark);
            else
                cards::drawQrPayment(canvas, body, qrFor(body.payload), box, lang, fill, mark);
        },
        card.body);
    m_spanRects = std::move(marks.pieces);
    if (mark)
        m_spanRects.resize(card.spans.size());
    if (canvas.probe) {
        canvas.probe->addRegion("card", box);
        for (std::size_t i = 0; i < m_spanRects.size(); ++i)
            for (const auto& piece : m_spanRects[i])
                canvas.probe->addRegion("card:span" + std::to_string(i), piece);
    }
}

std::vector<std::vector<sf::FloatRect>> CardView::spanHitRects(float minHeight) const {
    auto rects = m_spanRects;
    for (auto& pieces : rects)
        for (auto& r : pieces) {
            float grow = std::max(0.f, (minHeight - r.height) / 2.f);
            float side = std::max(0.f, (minHeight - r.width) / 2.f);
            sf::FloatRect big{r.left - side, r.top - grow, r.width + 2 * side, r.height + 2 * grow};
            // Kept on the card: a finger below it means the tiles, not the card.
            float left = std::max(big.left, m_box.left);
            float top = std::max(big.top, m_box.top);
            float right = std::min(big.left + big.width, m_box.left + m_box.width);
            float bottom = std::min(big.top + big.height, m_box.top + m_box.height);
            r = {left, top, std::max(0.f, right - left), std::max(0.f, bottom - top)};
        }
    return rects;
}

const char* cardVerdictWord(bool genuine, core::Lang lang) {
    if (lang == core::Lang::Vi)
        return genuine ? "TIN THẬT" : "LỪA ĐẢO";
    return genuine ? "GENUINE" : "SCAM";
}

void drawCardVerdict(Canvas& canvas, sf::FloatRect band, bool genuine, core::Lang lang) {
    const sf::Color fill = genuine ? sf::Color(20, 130, 60) : sf::Color(196, 28, 40);
    fillRoundedRect(canvas.target, band, band.height * 0.22f, fill, 4.f, sf::Color::White);
    float side = band.height * 0.62f;
    sf::FloatRect mark{band.left + band.height * 0.25f, band.top + (band.height - side) / 2.f, side,
                       side};
    if (genuine)
        drawCheck(canvas.target, mark, sf::Color::White);
    else
        drawCross(canvas.target, mark, sf::Color::White);
    TextStyle word;
    word.size = band.height * 0.6f;
    word.minSize = std::min(word.size, std::max(16.f, canvas.minTextSize()));
    word.bold = true;
    word.color = sf::Color::White;
    word.align = Align::Center;
    word.valign = VAlign::Middle;
    word.maxLines = 1;
    float left = mark.left + mark.width + band.height * 0.15f;
    drawText(canvas, cardVerdictWord(genuine, lang),
             {left, band.top, band.left + band.width - left - band.height * 0.25f, band.height},
             word, "card:verdict");
}

}  // namespace dovui::ui

#include "dovui/ui/card_view.hpp"

#include <type_traits>

#include "cards/card_parts.hpp"

namespace dovui::ui {

float CardView::preferredAspect(const core::ScenarioCard& card) {
    if (std::holds_alternative<core::QrPaymentCard>(card.body))
        return cards::kPhoneAspect * 1.75f;
    return cards::kPhoneAspect;
}

const QrImage& CardView::qrFor(const std::string& payload) {
    if (payload != m_qrPayload || !m_qr.ok()) {
        m_qrPayload = payload;
        m_qr = QrImage(payload);
    }
    return m_qr;
}

void CardView::draw(Canvas& canvas, const core::ScenarioCard& card, sf::FloatRect area,
                    core::Lang lang, bool fill) {
    // Centre a box of the preferred shape in `area`.
    float aspect = preferredAspect(card);
    float h = std::min(area.height, area.width / aspect);
    float w = h * aspect;
    sf::FloatRect box{area.left + (area.width - w) / 2.f, area.top + (area.height - h) / 2.f, w, h};
    if (fill)
        box = area;
    std::visit(
        [&](const auto& body) {
            using T = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<T, core::SmsCard>)
                cards::drawSms(canvas, body, box, lang);
            else if constexpr (std::is_same_v<T, core::CallCard>)
                cards::drawCall(canvas, body, box, lang);
            else if constexpr (std::is_same_v<T, core::ChatCard>)
                cards::drawChat(canvas, body, box, lang);
            else if constexpr (std::is_same_v<T, core::WebCard>)
                cards::drawWeb(canvas, body, box, lang);
            else
                cards::drawQrPayment(canvas, body, qrFor(body.payload), box, lang, fill);
        },
        card.body);
    if (canvas.probe)
        canvas.probe->addRegion("card", box);
}

}  // namespace dovui::ui

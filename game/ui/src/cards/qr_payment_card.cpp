#include "cards/card_parts.hpp"
#include "dovui/core/vietqr.hpp"
#include "dovui/ui/shapes.hpp"

namespace dovui::ui::cards {
namespace {

/// The printed stand a shop puts on its counter: shop name, the QR, "VietQR".
void drawStand(Canvas& canvas, const core::QrPaymentCard& card, const QrImage& qr,
               sf::FloatRect area, core::Lang lang) {
    float w = std::min(area.width, area.height * 0.78f);
    float h = w / 0.78f;
    sf::FloatRect stand{area.left + (area.width - w) / 2.f, area.top + (area.height - h) / 2.f, w,
                        h};
    fillRoundedRect(canvas.target, stand, w * 0.05f, sf::Color(250, 250, 250), 4.f,
                    sf::Color(0, 90, 170));
    float pad = w * 0.07f;
    TextStyle title;
    title.size = w * 0.075f;
    title.minSize = 9.f;
    title.bold = true;
    title.color = sf::Color(0, 70, 150);
    title.align = Align::Center;
    title.valign = VAlign::Middle;
    title.maxLines = 2;
    std::string heading = card.shopName.empty() ? label(Label::ScanToPay, lang) : card.shopName;
    drawText(canvas, heading, {stand.left + pad, stand.top + pad * 0.5f, w - 2 * pad, w * 0.2f},
             title, "card:shop");
    float side = w - 2 * pad;
    qr.draw(canvas, {stand.left + pad, stand.top + w * 0.24f, side, side});
    TextStyle brand = title;
    brand.size = w * 0.07f;
    brand.color = sf::Color(200, 30, 40);
    brand.maxLines = 1;
    drawText(canvas, "VietQR · NAPAS 247",
             {stand.left + pad, stand.top + w * 0.26f + side, w - 2 * pad,
              stand.top + h - (stand.top + w * 0.26f + side) - pad * 0.3f},
             brand, "card:brand");
}

struct Row {
    Label name;
    std::string value;
    bool strong = false;
};

}  // namespace

void drawQrPayment(Canvas& canvas, const core::QrPaymentCard& card, const QrImage& qr,
                   sf::FloatRect area, core::Lang lang) {
    float phoneW = std::min(area.width * 0.56f, area.height * kPhoneAspect);
    sf::FloatRect standArea{area.left, area.top, area.width - phoneW - area.width * 0.03f,
                            area.height};
    sf::FloatRect phoneArea{area.left + area.width - phoneW, area.top, phoneW, area.height};
    drawStand(canvas, card, qr, standArea, lang);

    sf::FloatRect screen = drawPhone(canvas, phoneArea, sf::Color(246, 248, 250), true);
    float unit = unitFor(screen);
    sf::FloatRect body = drawAppHeader(canvas, screen, sf::Color(0, 122, 80),
                                       label(Label::Transfer, lang), "", sf::Color::White);
    core::VietQrDecodeResult decoded = core::decodeVietQr(card.payload);
    float pad = unit * 0.8f;
    TextStyle name;
    name.size = unit * 0.8f;
    name.minSize = 8.f;
    name.color = sf::Color(100, 105, 115);
    name.maxLines = 1;
    TextStyle value;
    value.size = unit * 1.1f;
    value.minSize = 8.f;
    value.color = theme::kInk;
    value.bold = true;
    value.maxLines = 2;
    if (!decoded.ok()) {
        TextStyle bad = value;
        bad.color = theme::kBad;
        bad.maxLines = 0;
        std::string why =
            std::string(label(Label::BadQr, lang)) + ": " + core::describe(*decoded.error, lang);
        drawText(canvas, why, inset(body, pad), bad, "card:qr-error");
        return;
    }
    const core::VietQr& q = decoded.decoded->qr;
    std::string bank = decoded.decoded->bank
                           ? std::string(decoded.decoded->bank->shortName)
                           : std::string(label(Label::UnknownBank, lang)) + " (" + q.bin + ")";
    std::vector<Row> rows = {
        {Label::Bank, bank},
        {Label::Account, q.account},
        {Label::Recipient, card.accountName, true},
        {Label::Amount, q.amount ? core::formatVnd(*q.amount) : label(Label::PayerTypes, lang),
         true},
        {Label::Message, q.message ? *q.message : "—"},
    };
    float buttonH = unit * 2.6f;
    float rowH = std::min(unit * 3.4f, (body.height - buttonH - pad * 2) / rows.size());
    float y = body.top + pad * 0.6f;
    for (const Row& row : rows) {
        drawText(canvas, label(row.name, lang),
                 {body.left + pad, y, body.width - 2 * pad, rowH * 0.36f}, name, "card:field");
        TextStyle v = value;
        if (row.strong)
            v.color = row.name == Label::Amount ? sf::Color(190, 30, 45) : sf::Color(0, 90, 60);
        drawText(canvas, row.value,
                 {body.left + pad, y + rowH * 0.36f, body.width - 2 * pad, rowH * 0.58f}, v,
                 "card:value");
        fillRect(canvas.target, {body.left + pad, y + rowH - 1.f, body.width - 2 * pad, 1.f},
                 sf::Color(220, 222, 228));
        y += rowH;
    }
    sf::FloatRect button{body.left + pad, body.top + body.height - buttonH - pad * 0.5f,
                         body.width - 2 * pad, buttonH};
    fillRoundedRect(canvas.target, button, 10.f, sf::Color(0, 122, 80));
    TextStyle go = value;
    go.color = sf::Color::White;
    go.align = Align::Center;
    go.valign = VAlign::Middle;
    go.maxLines = 1;
    drawText(canvas, label(Label::Confirm, lang), inset(button, 4.f), go, "card:button");
}

}  // namespace dovui::ui::cards

#include <algorithm>
#include <cmath>

#include "cards/card_parts.hpp"
#include "cards/marked_text.hpp"
#include "dovui/core/vietqr.hpp"
#include "dovui/ui/shapes.hpp"

namespace dovui::ui::cards {
namespace {

/// The printed stand a shop puts on its counter: shop name, the QR, "VietQR".
void drawStand(Canvas& canvas, const core::QrPaymentCard& card, const QrImage& qr,
               sf::FloatRect area, core::Lang lang, SpanMarks* marks) {
    float w = std::min(area.width, area.height * 0.78f);
    float h = w / 0.78f;
    sf::FloatRect stand{area.left + (area.width - w) / 2.f, area.top + (area.height - h) / 2.f, w,
                        h};
    fillRoundedRect(canvas.target, stand, w * 0.05f, sf::Color(250, 250, 250), 4.f,
                    sf::Color(0, 90, 170));
    float pad = w * 0.07f;
    const float floor = canvas.minTextSize();
    TextStyle title;
    title.size = std::max(w * 0.075f, floor);
    title.minSize = floor;
    title.bold = true;
    title.color = sf::Color(0, 70, 150);
    title.align = Align::Center;
    title.valign = VAlign::Middle;
    title.maxLines = 2;
    std::string heading = card.shopName.empty() ? label(Label::ScanToPay, lang) : card.shopName;
    // Room for the heading and the brand line at a readable size; the QR takes the rest.
    // A heading with marked spans (their badges take room) may take a third line.
    bool marked = false;
    if (marks)
        for (const auto& s : marks->spans)
            marked = marked || s.field == "shop";
    if (marked)
        title.maxLines = 3;
    float headingH = std::max(w * 0.2f, title.size * (marked ? 3.8f : 2.6f));
    TextStyle brand = title;
    brand.size = std::max(w * 0.07f, floor);
    brand.color = sf::Color(200, 30, 40);
    // "VietQR · NAPAS 247" on one line when it fits, else "VietQR" over "NAPAS 247".
    const std::string brandText = "VietQR · NAPAS 247";
    const bool oneLine = measureWidth(canvas, fromUtf8(brandText), brand.size, true) <= w - 2 * pad;
    brand.maxLines = oneLine ? 1 : 2;
    float brandH = std::max(w * 0.12f, brand.size * (oneLine ? 1.4f : 2.6f));
    drawField(canvas, marks, card.shopName.empty() ? "" : "shop", heading,
              {stand.left + pad, stand.top + pad * 0.5f, w - 2 * pad, headingH}, title,
              "card:shop");
    float qrTop = stand.top + pad * 0.5f + headingH + pad * 0.3f;
    float side = std::min(w - 2 * pad, stand.top + h - brandH - pad * 0.5f - qrTop);
    qr.draw(canvas, {stand.left + (w - side) / 2.f, qrTop, side, side},
            label(Label::SampleQr, lang));
    drawText(canvas, oneLine ? brandText : std::string("VietQR\nNAPAS 247"),
             {stand.left + pad, qrTop + side + pad * 0.2f, w - 2 * pad,
              stand.top + h - (qrTop + side + pad * 0.2f) - pad * 0.3f},
             brand, "card:brand");
}

struct Row {
    Label name;
    std::string value;
    bool strong = false;
    std::string field;   ///< the card field the value shows (spans can mark it), or empty
    std::size_t at = 0;  ///< where the value starts in that field (bytes)
};

bool rowMarked(const SpanMarks* marks, const Row& row) {
    if (!marks || row.field.empty())
        return false;
    for (const auto& span : marks->spans)
        if (span.field == row.field && span.begin >= row.at &&
            span.end <= row.at + row.value.size())
            return true;
    return false;
}

/// A row's value read from the payload itself (the account, the message): spans on the
/// payload's bytes mark it where it sits in the payload.
Row payloadRow(Label name, const std::string& value, const std::string& payload, std::size_t from,
               bool last) {
    std::size_t at = last ? payload.rfind(value) : payload.find(value, from);
    if (value.empty() || at == std::string::npos)
        return {name, value.empty() ? "—" : value, false, "", 0};
    return {name, value, false, "payload", at};
}

}  // namespace

void drawQrPayment(Canvas& canvas, const core::QrPaymentCard& card, const QrImage& qr,
                   sf::FloatRect area, core::Lang lang, bool fill, SpanMarks* marks) {
    float phoneW =
        fill ? area.width * 0.6f : std::min(area.width * 0.56f, area.height * kPhoneAspect);
    float phoneH = fill ? area.height : std::min(area.height, phoneW / kPhoneAspect);
    sf::FloatRect standArea{area.left, area.top, area.width - phoneW - area.width * 0.03f,
                            area.height};
    sf::FloatRect phoneArea{area.left + area.width - phoneW,
                            area.top + (area.height - phoneH) / 2.f, phoneW, phoneH};
    drawStand(canvas, card, qr, standArea, lang, marks);

    sf::FloatRect screen = drawPhone(canvas, phoneArea, sf::Color(246, 248, 250), true);
    float unit = unitFor(canvas, screen);
    sf::FloatRect body = drawAppHeader(canvas, screen, sf::Color(0, 122, 80),
                                       label(Label::Transfer, lang), "", sf::Color::White);
    core::VietQrDecodeResult decoded = core::decodeVietQr(card.payload);
    float pad = unit * 0.8f;
    TextStyle name;
    name.size = unit * 0.9f;
    name.minSize = name.size;
    name.color = sf::Color(100, 105, 115);
    name.maxLines = 1;
    TextStyle value;
    value.size = unit * 1.1f;
    value.minSize = unit * 0.9f;
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
        {Label::Bank, bank, false, "", 0},
        payloadRow(Label::Account, q.account, card.payload,
                   card.payload.find(q.bin) == std::string::npos
                       ? 0
                       : card.payload.find(q.bin) + q.bin.size(),
                   false),
        {Label::Recipient, card.accountName, true, "accountName", 0},
        {Label::Amount, q.amount ? core::formatVnd(*q.amount) : label(Label::PayerTypes, lang),
         true, "", 0},
        payloadRow(Label::Message, q.message ? *q.message : "", card.payload, 0, true),
    };
    float buttonH = unit * 2.2f;
    const float rowsH = body.height - buttonH - pad * 2;
    float rowH = std::min(unit * 3.4f, rowsH / static_cast<float>(rows.size()));
    float y = body.top + pad * 0.6f;
    // A short screen: "Ngân hàng: Agribank" on one row instead of a label over its value, and
    // when even that leaves too little room, what the lesson needs most: who gets the money
    // and how much, then the bank; two lines a row when there is room.
    const bool compact = rowH < (name.size + value.size) * 1.3f;
    const float line = value.size * 0.9f * 1.3f;
    std::vector<float> heights(rows.size(), rowH);
    if (compact) {
        std::vector<Row> kept;
        heights.clear();
        float used = 0.f;
        // A row a spot question marks comes first: the learner must be able to tap it.
        std::vector<std::size_t> order;
        for (bool markedPass : {true, false})
            for (std::size_t i : {2u, 3u, 0u, 1u, 4u})  // recipient, amount, bank, account, message
                if (rowMarked(marks, rows[i]) == markedPass)
                    order.push_back(i);
        for (std::size_t i : order) {
            std::string text = std::string(label(rows[i].name, lang)) + ": " + rows[i].value;
            bool two = measureWidth(canvas, fromUtf8(text), value.size * 0.9f, true) >
                       body.width - 2 * pad;
            float h = line * (two ? 2.f : 1.f) + 6.f;
            if (used + h > rowsH)
                continue;
            kept.push_back(rows[i]);
            heights.push_back(h);
            used += h;
        }
        rows = kept;
    }
    std::size_t at = 0;
    for (const Row& row : rows) {
        if (compact) {
            rowH = heights[at++];
            TextStyle v = value;
            v.size = value.size * 0.9f;
            v.maxLines = rowH >= line * 2.f ? 2 : 1;
            v.valign = VAlign::Middle;
            if (row.strong)
                v.color = row.name == Label::Amount ? sf::Color(190, 30, 45) : sf::Color(0, 90, 60);
            drawField(canvas, marks, row.field, row.value,
                      {body.left + pad, y, body.width - 2 * pad, rowH - 2.f}, v, "card:value",
                      std::string(label(row.name, lang)) + ": ", "", row.at);
            fillRect(canvas.target, {body.left + pad, y + rowH - 1.f, body.width - 2 * pad, 1.f},
                     sf::Color(220, 222, 228));
            y += rowH;
            continue;
        }
        drawText(canvas, label(row.name, lang),
                 {body.left + pad, y, body.width - 2 * pad, rowH * 0.42f}, name, "card:field");
        TextStyle v = value;
        if (row.strong)
            v.color = row.name == Label::Amount ? sf::Color(190, 30, 45) : sf::Color(0, 90, 60);
        drawField(canvas, marks, row.field, row.value,
                  {body.left + pad, y + rowH * 0.42f, body.width - 2 * pad, rowH * 0.56f}, v,
                  "card:value", "", "", row.at);
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

#pragma once
/// Scenario cards drawn as a realistic phone screen (design.md §4): SMS thread, incoming
/// call, chat app, browser page, and a QR payment (the printed QR plus the banking app's
/// confirmation screen decoded from the VietQR payload).
#include <SFML/Graphics/Rect.hpp>
#include <string>

#include "dovui/core/card.hpp"
#include "dovui/core/lang.hpp"
#include "dovui/ui/canvas.hpp"
#include "dovui/ui/qr_image.hpp"

namespace dovui::ui {

class CardView {
public:
    /// Draws `card` inside `area`, centred at its preferred shape, or filling `area` when
    /// `fill` (a phone held sideways: a portrait learner screen draws it full width, so its
    /// text is not shrunk to a narrow phone's). Text is reported to the probe as "card:…".
    void draw(Canvas& canvas, const core::ScenarioCard& card, sf::FloatRect area, core::Lang lang,
              bool fill = false);

    /// Width / height the card looks best at (a phone; wider for a QR payment).
    static float preferredAspect(const core::ScenarioCard& card);

private:
    const QrImage& qrFor(const std::string& payload);

    std::string m_qrPayload;
    QrImage m_qr;  ///< cached: encoding and uploading a texture every frame is wasteful
};

}  // namespace dovui::ui

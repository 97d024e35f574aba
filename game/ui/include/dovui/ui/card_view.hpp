#pragma once
/// Scenario cards drawn as a realistic phone screen (design.md §4): SMS thread, incoming
/// call, chat app, browser page, and a QR payment (the printed QR plus the banking app's
/// confirmation screen decoded from the VietQR payload).
#include <SFML/Graphics/Rect.hpp>
#include <string>
#include <vector>

#include "dovui/core/card.hpp"
#include "dovui/core/lang.hpp"
#include "dovui/ui/canvas.hpp"
#include "dovui/ui/qr_image.hpp"

namespace dovui::ui {

/// How a `spot` question's span is marked on its card: numbered in the colour and shape of
/// the answer tile of its index (Open), chosen by the learner (Picked), the right one on the
/// reveal (Right), or a wrong one on the reveal (Dimmed).
enum class SpanState { Open, Picked, Right, Dimmed };

class CardView {
public:
    /// Draws `card` inside `area`, centred at its preferred shape, or filling `area` when
    /// `fill` (a phone held sideways: a portrait learner screen draws it full width, so its
    /// text is not shrunk to a narrow phone's). Text is reported to the probe as "card:…".
    /// `spans` (one state per card span; empty: no marks) marks the card's spans; where they
    /// were drawn is kept for spanRects(). A QR code on a card is drawn as a sample no
    /// scanner reads (QrImage::Use::Sample): a card is a lesson, never a real payment.
    void draw(Canvas& canvas, const core::ScenarioCard& card, sf::FloatRect area, core::Lang lang,
              bool fill = false, const std::vector<SpanState>& spans = {});

    /// Width / height the card looks best at (a phone; wider for a QR payment).
    static float preferredAspect(const core::ScenarioCard& card);

    /// Where each span was drawn by the last draw(): its line pieces (a span that wraps has
    /// one per line, its number badge included), in logical units; empty without marks.
    const std::vector<std::vector<sf::FloatRect>>& spanRects() const { return m_spanRects; }
    /// The same pieces grown to at least `minHeight` tall (an easy target for a finger),
    /// kept inside the card.
    std::vector<std::vector<sf::FloatRect>> spanHitRects(float minHeight) const;
    /// The rectangle the last draw() covered.
    sf::FloatRect box() const { return m_box; }

private:
    const QrImage& qrFor(const std::string& payload);

    std::string m_qrPayload;
    QrImage m_qr;  ///< cached: encoding and uploading a texture every frame is wasteful
    std::vector<std::vector<sf::FloatRect>> m_spanRects;
    sf::FloatRect m_box;
};

/// "TIN THẬT" / "LỪA ĐẢO" ("GENUINE" / "SCAM"): what a card turned out to be.
const char* cardVerdictWord(bool genuine, core::Lang lang);

/// After the reveal, the card's verdict as a stamp in `band` (drawn right above or on the
/// card): a check mark and "TIN THẬT" on green, or a cross and "LỪA ĐẢO" on red; words and
/// a mark, never colour alone. Reported to the probe as "card:verdict".
void drawCardVerdict(Canvas& canvas, sf::FloatRect band, bool genuine, core::Lang lang);

}  // namespace dovui::ui

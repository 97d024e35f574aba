#pragma once
/// Pieces every phone-screen card shares: the phone body, the status bar, an app header,
/// chat-style bubbles and the few labels a phone shows (in Vietnamese or English).
#include <SFML/Graphics/Rect.hpp>
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "dovui/core/card.hpp"
#include "dovui/core/lang.hpp"
#include "dovui/ui/canvas.hpp"
#include "dovui/ui/qr_image.hpp"
#include "dovui/ui/text_layout.hpp"

namespace dovui::ui::cards {

inline constexpr float kPhoneAspect = 0.58f;  ///< a little wider than real: readable text

/// Draws the phone body filling `area` and returns its screen (below the status bar).
sf::FloatRect drawPhone(Canvas& canvas, sf::FloatRect area, sf::Color screen, bool darkStatus);

struct SpanMarks;

/// A coloured bar with a title and a subtitle; returns the screen area under it. The title
/// shows card field `titleField` and the subtitle starts with `subtitleField` (for marks).
sf::FloatRect drawAppHeader(Canvas& canvas, sf::FloatRect screen, sf::Color color,
                            std::string_view title, std::string_view subtitle, sf::Color ink,
                            SpanMarks* marks = nullptr, std::string_view titleField = {},
                            std::string_view subtitleField = {},
                            std::string_view subtitleSuffix = {});

struct Bubble {
    std::string text;
    bool right = false;  ///< sent by the phone's owner
    std::string field;   ///< the card field it shows ("body", "bubbles.2"), for marked spans
    std::string prefix, suffix;  ///< drawn around the field's text (a call's quotation marks)
};

struct BubbleColours {
    sf::Color left, leftInk, right, rightInk;
};

/// Stacks bubbles from the top of `area`, shrinking text until all fit.
void drawBubbles(Canvas& canvas, sf::FloatRect area, const std::vector<Bubble>& bubbles,
                 const BubbleColours& colours, float maxSize, SpanMarks* marks = nullptr);

enum class Label {
    Messages,
    Today,
    IncomingCall,
    Mobile,
    Decline,
    Accept,
    TypeMessage,
    Transfer,
    Bank,
    Account,
    Recipient,
    Amount,
    Message,
    PayerTypes,
    Confirm,
    ScanToPay,
    BadQr,
    UnknownBank,
    Online,
    Continue,
    SampleQr
};
const char* label(Label which, core::Lang lang);

/// Each draws its card in `area`; `marks` (may be null) are the spans to mark on its text.
void drawSms(Canvas& canvas, const core::SmsCard& card, sf::FloatRect area, core::Lang lang,
             SpanMarks* marks);
void drawCall(Canvas& canvas, const core::CallCard& card, sf::FloatRect area, core::Lang lang,
              SpanMarks* marks);
void drawChat(Canvas& canvas, const core::ChatCard& card, sf::FloatRect area, core::Lang lang,
              SpanMarks* marks);
void drawWeb(Canvas& canvas, const core::WebCard& card, sf::FloatRect area, core::Lang lang,
             SpanMarks* marks);
/// `fill`: the banking app takes the whole right part of `area`, not a phone's shape.
void drawQrPayment(Canvas& canvas, const core::QrPaymentCard& card, const QrImage& qr,
                   sf::FloatRect area, core::Lang lang, bool fill, SpanMarks* marks);

/// Base text size for a phone screen: from its width (or its height, for a card drawn wide),
/// and never so small that the smallest label (0.9 of it) goes under the canvas's floor.
inline float unitFor(const Canvas& canvas, sf::FloatRect screen) {
    const bool wide = screen.width > screen.height;  // held sideways: fewer, larger lines
    return std::max(std::min(screen.width * 0.062f, screen.height * (wide ? 0.05f : 0.0365f)),
                    canvas.minTextSize() / 0.9f);
}

}  // namespace dovui::ui::cards

#pragma once
/// Pieces every phone-screen card shares: the phone body, the status bar, an app header,
/// chat-style bubbles and the few labels a phone shows (in Vietnamese or English).
#include <SFML/Graphics/Rect.hpp>
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

/// Draws the phone body in `area` and returns its screen (below the status bar).
sf::FloatRect drawPhone(Canvas& canvas, sf::FloatRect area, sf::Color screen, bool darkStatus);

/// A coloured bar with a title and a subtitle; returns the screen area under it.
sf::FloatRect drawAppHeader(Canvas& canvas, sf::FloatRect screen, sf::Color color,
                            std::string_view title, std::string_view subtitle, sf::Color ink);

struct Bubble {
    std::string text;
    bool right = false;  ///< sent by the phone's owner
};

struct BubbleColours {
    sf::Color left, leftInk, right, rightInk;
};

/// Stacks bubbles from the top of `area`, shrinking text until all fit.
void drawBubbles(Canvas& canvas, sf::FloatRect area, const std::vector<Bubble>& bubbles,
                 const BubbleColours& colours, float maxSize);

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
    Continue
};
const char* label(Label which, core::Lang lang);

void drawSms(Canvas& canvas, const core::SmsCard& card, sf::FloatRect area, core::Lang lang);
void drawCall(Canvas& canvas, const core::CallCard& card, sf::FloatRect area, core::Lang lang);
void drawChat(Canvas& canvas, const core::ChatCard& card, sf::FloatRect area, core::Lang lang);
void drawWeb(Canvas& canvas, const core::WebCard& card, sf::FloatRect area, core::Lang lang);
void drawQrPayment(Canvas& canvas, const core::QrPaymentCard& card, const QrImage& qr,
                   sf::FloatRect area, core::Lang lang);

/// Base text size for a phone screen of this width.
inline float unitFor(sf::FloatRect screen) {
    return screen.width * 0.062f;
}

}  // namespace dovui::ui::cards

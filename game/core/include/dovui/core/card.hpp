#pragma once
/// Scenario cards: typed data the UI draws as a realistic phone screen (design.md §4).
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <cereal/cereal.hpp>  // CEREAL_NVP: field names for the browser's JSON

namespace dovui::core {

/// A bank or brand SMS thread with one incoming message.
struct SmsCard {
    std::string sender;  ///< what the phone shows as sender ("VCB-Bank", "0912 xxx xxx")
    std::string time;    ///< shown above the bubble ("08:15")
    std::string body;
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(sender), CEREAL_NVP(time), CEREAL_NVP(body));
    }
    bool operator==(const SmsCard&) const = default;
};

/// An incoming call: who the screen says is calling, and what the caller says.
struct CallCard {
    std::string caller;  ///< display name or number
    std::string number;  ///< the number shown under the name (may be empty)
    std::vector<std::string> transcript;
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(caller), CEREAL_NVP(number), CEREAL_NVP(transcript));
    }
    bool operator==(const CallCard&) const = default;
};

/// One chat bubble; `fromMe` puts it on the right.
struct ChatBubble {
    bool fromMe = false;
    std::string text;
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(fromMe), CEREAL_NVP(text));
    }
    bool operator==(const ChatBubble&) const = default;
};

/// A chat app conversation (Zalo, Messenger, …).
struct ChatCard {
    std::string app;
    std::string contact;
    std::vector<ChatBubble> bubbles;
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(app), CEREAL_NVP(contact), CEREAL_NVP(bubbles));
    }
    bool operator==(const ChatCard&) const = default;
};

/// A browser page: the URL bar, the page title, and what the page asks for.
struct WebCard {
    std::string url;
    std::string title;
    std::string asks;  ///< "Nhập số tài khoản và mã OTP"
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(url), CEREAL_NVP(title), CEREAL_NVP(asks));
    }
    bool operator==(const WebCard&) const = default;
};

/// A QR payment: the VietQR payload plus the account holder's name a bank look-up returns.
struct QrPaymentCard {
    std::string payload;      ///< EMVCo/VietQR string, encoded into the drawn QR
    std::string accountName;  ///< what the banking app shows after scanning
    std::string shopName;     ///< where the learner thinks they are paying (may be empty)
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(payload), CEREAL_NVP(accountName), CEREAL_NVP(shopName));
    }
    bool operator==(const QrPaymentCard&) const = default;
};

/// A marked span of card text: an option of a `spot` question, tapped on the card itself.
struct CardSpan {
    std::string id;      ///< option id the span answers to ("sender", "link")
    std::string field;   ///< card field name ("body", "sender", "url", "transcript.1")
    uint16_t begin = 0;  ///< byte offset into the field's UTF-8 text
    uint16_t end = 0;    ///< one past the last byte
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(id), CEREAL_NVP(field), CEREAL_NVP(begin), CEREAL_NVP(end));
    }
    bool operator==(const CardSpan&) const = default;
};

using CardBody = std::variant<SmsCard, CallCard, ChatCard, WebCard, QrPaymentCard>;

/// A scenario card with optional marked spans.
struct ScenarioCard {
    CardBody body;
    std::vector<CardSpan> spans;
    template <class A>
    void serialize(A& ar) {
        ar(CEREAL_NVP(body), CEREAL_NVP(spans));
    }
    bool operator==(const ScenarioCard&) const = default;
};

/// The pack-file name of a card type ("sms", "call", "chat", "web", "qr_payment").
const char* cardTypeName(const CardBody& body);

/// One named text field of a card, as spans name it.
struct CardField {
    std::string name;  ///< "body", "transcript.1", "bubbles.0"
    std::string text;
    bool required = true;  ///< docs/pack-format.md marks the others optional
};

/// Every text field of the card; list fields give one entry per item.
[[nodiscard]] std::vector<CardField> cardFields(const CardBody& body);

/// The text of field `name` of the card, or nullptr when the card has no such field.
[[nodiscard]] const std::string* cardFieldText(const CardBody& body, std::string_view name);

}  // namespace dovui::core

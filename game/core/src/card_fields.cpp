#include "dovui/core/card.hpp"

#include <optional>
#include <variant>

namespace dovui::core {
namespace {

struct FieldLister {
    std::vector<CardField> operator()(const SmsCard& c) const {
        return {{"sender", c.sender}, {"time", c.time}, {"body", c.body}};
    }
    std::vector<CardField> operator()(const CallCard& c) const {
        std::vector<CardField> out{{"caller", c.caller}, {"number", c.number, false}};
        for (std::size_t i = 0; i < c.transcript.size(); ++i)
            out.push_back({"transcript." + std::to_string(i), c.transcript[i]});
        return out;
    }
    std::vector<CardField> operator()(const ChatCard& c) const {
        std::vector<CardField> out{{"app", c.app}, {"contact", c.contact}};
        for (std::size_t i = 0; i < c.bubbles.size(); ++i)
            out.push_back({"bubbles." + std::to_string(i), c.bubbles[i].text});
        return out;
    }
    std::vector<CardField> operator()(const WebCard& c) const {
        return {{"url", c.url}, {"title", c.title}, {"asks", c.asks}};
    }
    std::vector<CardField> operator()(const QrPaymentCard& c) const {
        return {
            {"payload", c.payload}, {"accountName", c.accountName}, {"shop", c.shopName, false}};
    }
};

/// Pointers into the card itself (cardFields copies).
const std::string* fieldOf(const SmsCard& c, std::string_view n) {
    return n == "sender" ? &c.sender : n == "time" ? &c.time : n == "body" ? &c.body : nullptr;
}
/// The index in a list field's name ("transcript.2" -> 2), or nullopt.
std::optional<std::size_t> indexAfter(std::string_view name, std::string_view prefix) {
    if (name.substr(0, prefix.size()) != prefix || name.size() == prefix.size() ||
        name.size() > prefix.size() + 3)
        return std::nullopt;
    std::size_t i = 0;
    for (char ch : name.substr(prefix.size())) {
        if (ch < '0' || ch > '9')
            return std::nullopt;
        i = i * 10 + static_cast<std::size_t>(ch - '0');
    }
    return i;
}
const std::string* fieldOf(const CallCard& c, std::string_view n) {
    if (n == "caller")
        return &c.caller;
    if (n == "number")
        return &c.number;
    auto i = indexAfter(n, "transcript.");
    return i && *i < c.transcript.size() ? &c.transcript[*i] : nullptr;
}
const std::string* fieldOf(const ChatCard& c, std::string_view n) {
    if (n == "app")
        return &c.app;
    if (n == "contact")
        return &c.contact;
    auto i = indexAfter(n, "bubbles.");
    return i && *i < c.bubbles.size() ? &c.bubbles[*i].text : nullptr;
}
const std::string* fieldOf(const WebCard& c, std::string_view n) {
    return n == "url" ? &c.url : n == "title" ? &c.title : n == "asks" ? &c.asks : nullptr;
}
const std::string* fieldOf(const QrPaymentCard& c, std::string_view n) {
    return n == "payload"       ? &c.payload
           : n == "accountName" ? &c.accountName
           : n == "shop"        ? &c.shopName
                                : nullptr;
}

}  // namespace

std::vector<CardField> cardFields(const CardBody& body) {
    return std::visit(FieldLister{}, body);
}

const std::string* cardFieldText(const CardBody& body, std::string_view name) {
    return std::visit(
        [name](const auto& card) -> const std::string* { return fieldOf(card, name); }, body);
}

}  // namespace dovui::core

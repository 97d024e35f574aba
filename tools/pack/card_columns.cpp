#include "card_columns.hpp"

#include <vector>

#include "sheet_layout.hpp"

namespace dovui::pack {
namespace {

using namespace dovui::core;

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at <= text.size()) {
        std::size_t nl = text.find('\n', at);
        if (nl == std::string::npos)
            nl = text.size();
        std::string line = text.substr(at, nl - at);
        auto first = line.find_first_not_of(" \t\r");
        if (first != std::string::npos)
            out.push_back(line.substr(first, line.find_last_not_of(" \t\r") - first + 1));
        at = nl + 1;
    }
    return out;
}

std::string joinLines(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& s : items)
        out += (out.empty() ? "" : "\n") + s;
    return out;
}

constexpr std::string_view kMine = "> ";

struct ToColumns {
    CardColumns operator()(const SmsCard& c) const { return {c.sender, c.time, c.body}; }
    CardColumns operator()(const CallCard& c) const {
        return {c.caller, c.number, joinLines(c.transcript)};
    }
    CardColumns operator()(const ChatCard& c) const {
        std::vector<std::string> bubbles;
        for (const ChatBubble& b : c.bubbles)
            bubbles.push_back(b.fromMe ? std::string(kMine) + b.text : b.text);
        return {c.contact, c.app, joinLines(bubbles)};
    }
    CardColumns operator()(const WebCard& c) const { return {c.url, c.title, c.asks}; }
    CardColumns operator()(const QrPaymentCard& c) const {
        return {c.accountName, c.shopName, c.payload};
    }
};

}  // namespace

std::optional<ScenarioCard> cardFromColumns(std::string_view type, const CardColumns& c) {
    std::string key = headerKey(type);
    ScenarioCard card;
    if (key == "sms" || key == "tinnhan") {
        // An SMS body keeps its line breaks (the loader trims only the ends).
        card.body = SmsCard{c.from, c.detail, c.text};
    } else if (key == "call" || key == "cuocgoi") {
        card.body = CallCard{c.from, c.detail, lines(c.text)};
    } else if (key == "chat" || key == "trochuyen") {
        ChatCard chat{c.detail, c.from, {}};
        for (const std::string& line : lines(c.text)) {
            bool mine = line.rfind('>', 0) == 0;
            std::size_t start = mine ? line.find_first_not_of("> ") : 0;
            std::string text = start == std::string::npos ? std::string() : line.substr(start);
            chat.bubbles.push_back({mine, text});
        }
        card.body = std::move(chat);
    } else if (key == "web" || key == "trangweb") {
        card.body = WebCard{c.from, c.detail, c.text};
    } else if (key == "qrpayment" || key == "qr" || key == "maqr") {
        card.body = QrPaymentCard{c.text, c.from, c.detail};
    } else {
        return std::nullopt;
    }
    return card;
}

CardColumns cardToColumns(const ScenarioCard& card) {
    return std::visit(ToColumns{}, card.body);
}

std::string columnForField(std::string_view field) {
    auto startsWith = [&](std::string_view p) { return field.substr(0, p.size()) == p; };
    if (startsWith("options[")) {
        int index = std::atoi(std::string(field.substr(8)).c_str());
        return "option" + std::to_string(index + 1);
    }
    if (field == "options")
        return "option1…option5";
    if (field == "text")
        return "question";
    if (startsWith("topics"))
        return "topic";
    if (field == "card.type")
        return "card_type";
    for (std::string_view from :
         {"card.sender", "card.caller", "card.contact", "card.url", "card.accountName"})
        if (field == from)
            return "card_from";
    for (std::string_view detail :
         {"card.time", "card.number", "card.app", "card.title", "card.shop"})
        if (field == detail)
            return "card_detail";
    if (startsWith("card."))
        return "card_text";
    return std::string(field);
}

}  // namespace dovui::pack

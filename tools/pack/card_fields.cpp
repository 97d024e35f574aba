#include "card_fields.hpp"

#include <variant>

namespace dovui::pack {
namespace {

using namespace dovui::core;

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

}  // namespace

std::vector<CardField> cardFields(const CardBody& body) {
    return std::visit(FieldLister{}, body);
}

}  // namespace dovui::pack

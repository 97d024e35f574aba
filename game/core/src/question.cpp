#include "dovui/core/question.hpp"

#include <algorithm>

namespace dovui::core {

const char* kindName(QuestionKind kind) {
    switch (kind) {
        case QuestionKind::Single:
            return "single";
        case QuestionKind::TrueFalse:
            return "truefalse";
        case QuestionKind::Multi:
            return "multi";
        case QuestionKind::Order:
            return "order";
        case QuestionKind::Poll:
            return "poll";
        case QuestionKind::Spot:
            return "spot";
    }
    return "?";
}

const char* cardTypeName(const CardBody& body) {
    static constexpr const char* kNames[] = {"sms", "call", "chat", "web", "qr_payment"};
    return kNames[body.index()];
}

bool isWellFormedChoice(const Question& q, const Choice& choice) {
    const auto n = q.options.size();
    if (std::any_of(choice.begin(), choice.end(), [n](uint8_t i) { return i >= n; }))
        return false;
    Choice sorted = choice;
    std::sort(sorted.begin(), sorted.end());
    if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
        return false;
    switch (q.kind) {
        case QuestionKind::Single:
        case QuestionKind::TrueFalse:
        case QuestionKind::Poll:
        case QuestionKind::Spot:
            return choice.size() == 1;
        case QuestionKind::Multi:
            return !choice.empty();
        case QuestionKind::Order:
            return choice.size() == n;
    }
    return false;
}

}  // namespace dovui::core

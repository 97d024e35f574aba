// Reading scenario cards and their marked spans for the pack validator.
#include <algorithm>
#include <set>

#include "dovui/core/text.hpp"
#include "pack_validator.hpp"

namespace dovui::core::detail {
namespace {

constexpr std::size_t kMaxListItems = 20;
constexpr std::size_t kMinSpotSpans = 2;
constexpr std::size_t kMaxSpotSpans = 4;

bool midCharacter(const std::string& text, std::size_t at) {
    return at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80;
}

}  // namespace

void PackValidator::readCard(const Value& cv, Question& q) {
    if (!cv.IsObject()) {
        add(Code::WrongType, "", "expected { \"type\": … }");
        return;
    }
    std::string type = text(cv, "type", 20, true);
    if (type.empty())
        return;
    static const std::set<std::string> kTypes = {"sms", "call", "chat", "web", "qr_payment"};
    if (!kTypes.count(type)) {
        add(Code::UnknownCard, "type", type);
        return;
    }
    auto genuine = cv.FindMember("genuine");
    if (genuine == cv.MemberEnd()) {
        if (m_schema >= 2)
            add(Code::MissingField, "genuine", "true (a real message) or false (a scam)");
    } else if (!genuine->value.IsBool()) {
        add(Code::WrongType, "genuine", "true or false");
    } else {
        q.genuineCard = genuine->value.GetBool();
    }
    CardBody body = readCardBody(cv, type);
    std::vector<CardSpan> spans = readSpans(cv, body);
    q.card = ScenarioCard{std::move(body), std::move(spans)};
}

CardBody PackValidator::readCardBody(const Value& cv, std::string_view type) {
    if (type == "sms") {
        checkFields(cv, {"type", "genuine", "sender", "time", "body", "spans"});
        return SmsCard{text(cv, "sender", 60, true), text(cv, "time", 30, false),
                       text(cv, "body", kMaxTextChars, true)};
    }
    if (type == "call") {
        checkFields(cv, {"type", "genuine", "caller", "number", "transcript", "spans"});
        return CallCard{text(cv, "caller", 60, true), text(cv, "number", 40, false),
                        textList(cv, "transcript", 300, 8, true)};
    }
    if (type == "chat") {
        checkFields(cv, {"type", "genuine", "app", "contact", "bubbles", "spans"});
        ChatCard chat{text(cv, "app", 30, true), text(cv, "contact", 60, true), {}};
        auto it = cv.FindMember("bubbles");
        if (it == cv.MemberEnd() || !it->value.IsArray() || it->value.Empty()) {
            add(it == cv.MemberEnd() ? Code::MissingField : Code::WrongType, "bubbles");
            return chat;
        }
        if (it->value.Size() > kMaxListItems)
            add(Code::TooMany, "bubbles");
        for (rapidjson::SizeType i = 0; i < it->value.Size() && i < kMaxListItems; ++i) {
            const Value& b = it->value[i];
            std::string saved = m_prefix;
            m_prefix += "bubbles[" + std::to_string(i) + "].";
            if (!b.IsObject()) {
                add(Code::WrongType, "", "expected { \"me\": false, \"text\": … }");
            } else {
                checkFields(b, {"me", "text"});
                auto me = b.FindMember("me");
                bool fromMe = me != b.MemberEnd() && me->value.IsBool() && me->value.GetBool();
                if (me != b.MemberEnd() && !me->value.IsBool())
                    add(Code::WrongType, "me", "true/false");
                chat.bubbles.push_back({fromMe, text(b, "text", 300, true)});
            }
            m_prefix = saved;
        }
        return chat;
    }
    if (type == "web") {
        checkFields(cv, {"type", "genuine", "url", "title", "asks", "spans"});
        return WebCard{text(cv, "url", 120, true), text(cv, "title", 120, true),
                       text(cv, "asks", 300, false)};
    }
    checkFields(cv, {"type", "genuine", "payload", "accountName", "shop", "spans"});
    return QrPaymentCard{text(cv, "payload", 512, true), text(cv, "accountName", 60, true),
                         text(cv, "shop", 60, false)};
}

std::vector<CardSpan> PackValidator::readSpans(const Value& cv, const CardBody& body) {
    std::vector<CardSpan> spans;
    auto it = cv.FindMember("spans");
    if (it == cv.MemberEnd())
        return spans;
    if (!it->value.IsArray()) {
        add(Code::WrongType, "spans", "expected a list");
        return spans;
    }
    if (it->value.Size() > kMaxListItems)
        add(Code::TooMany, "spans");
    for (rapidjson::SizeType i = 0; i < it->value.Size() && i < kMaxListItems; ++i) {
        std::string saved = std::exchange(m_prefix, m_prefix + "spans[" + std::to_string(i) + "].");
        if (auto span = readSpan(it->value[i], body)) {
            if (span->id.empty())
                span->id = "s" + std::to_string(i + 1);
            spans.push_back(std::move(*span));
        }
        m_prefix = saved;
    }
    return spans;
}

/// `{ "field": "body", "text": "exact words" }` (first occurrence) or byte offsets
/// `{ "field": "body", "begin": 10, "end": 32 }`; `id` is optional.
std::optional<CardSpan> PackValidator::readSpan(const Value& sv, const CardBody& body) {
    if (!sv.IsObject()) {
        add(Code::WrongType, "", "expected { \"field\": …, \"text\": … }");
        return std::nullopt;
    }
    checkFields(sv, {"id", "field", "text", "begin", "end"});
    CardSpan span;
    span.id = text(sv, "id", 40, false);
    span.field = text(sv, "field", 40, true);
    const std::string* fieldText = cardFieldText(body, span.field);
    if (!span.field.empty() && !fieldText) {
        add(Code::BadSpan, "field", "the card has no field \"" + span.field + "\"");
        return std::nullopt;
    }
    if (!fieldText)
        return std::nullopt;
    if (sv.HasMember("text")) {
        std::string words = text(sv, "text", kMaxOptionChars, true);
        std::size_t at = words.empty() ? std::string::npos : fieldText->find(words);
        if (at == std::string::npos) {
            if (!words.empty())
                add(Code::BadSpan, "text", "\"" + words + "\" is not in " + span.field);
            return std::nullopt;
        }
        span.begin = static_cast<std::uint16_t>(at);
        span.end = static_cast<std::uint16_t>(at + words.size());
        return span;
    }
    auto begin = intField(sv, "begin", -1), end = intField(sv, "end", -1);
    if (!begin || !end || *begin < 0 || *end <= *begin ||
        static_cast<std::size_t>(*end) > fieldText->size() ||
        midCharacter(*fieldText, static_cast<std::size_t>(*begin)) ||
        midCharacter(*fieldText, static_cast<std::size_t>(*end))) {
        add(Code::BadSpan, "begin",
            "give \"text\", or byte offsets 0 ≤ begin < end ≤ " +
                std::to_string(fieldText->size()) + " on character boundaries");
        return std::nullopt;
    }
    span.begin = static_cast<std::uint16_t>(*begin);
    span.end = static_cast<std::uint16_t>(*end);
    return span;
}

/// A spot question: 2–4 spans that do not overlap; they become the options, in order.
void PackValidator::checkSpotSpans(Question& q, const Value& qv) {
    if (!q.card) {
        if (!qv.HasMember("card"))
            add(Code::MissingField, "card", "a spot question marks spans on its card");
        return;
    }
    const auto& spans = q.card->spans;
    if (spans.size() < kMinSpotSpans || spans.size() > kMaxSpotSpans)
        add(Code::BadSpan, "card.spans",
            std::to_string(spans.size()) + " (" + std::to_string(kMinSpotSpans) + "–" +
                std::to_string(kMaxSpotSpans) + ")");
    for (std::size_t i = 0; i < spans.size(); ++i)
        for (std::size_t j = i + 1; j < spans.size(); ++j)
            if (spans[i].field == spans[j].field && spans[i].begin < spans[j].end &&
                spans[j].begin < spans[i].end)
                add(Code::BadSpan, "card.spans[" + std::to_string(j) + "]",
                    "overlaps span " + std::to_string(i));
    std::set<std::string> ids;
    for (const CardSpan& s : spans) {
        if (!ids.insert(s.id).second)
            add(Code::BadSpan, "card.spans", "id \"" + s.id + "\" used twice");
        const std::string* field = cardFieldText(q.card->body, s.field);
        q.options.push_back(field ? field->substr(s.begin, s.end - s.begin) : std::string());
    }
    readCorrect(qv, q);
}

}  // namespace dovui::core::detail

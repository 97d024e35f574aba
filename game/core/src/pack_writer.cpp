#include "dovui/core/pack_writer.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

namespace dovui::core {
namespace {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void field(JsonWriter& w, const char* name, const std::string& value) {
    w.Key(name);
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void optionalField(JsonWriter& w, const char* name, const std::string& value) {
    if (!value.empty())
        field(w, name, value);
}

void stringList(JsonWriter& w, const char* name, const std::vector<std::string>& values) {
    w.Key(name);
    w.StartArray();
    for (const std::string& v : values)
        w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
    w.EndArray();
}

struct CardBodyWriter {
    JsonWriter& w;
    void operator()(const SmsCard& c) {
        field(w, "sender", c.sender);
        optionalField(w, "time", c.time);
        field(w, "body", c.body);
    }
    void operator()(const CallCard& c) {
        field(w, "caller", c.caller);
        optionalField(w, "number", c.number);
        stringList(w, "transcript", c.transcript);
    }
    void operator()(const ChatCard& c) {
        field(w, "app", c.app);
        field(w, "contact", c.contact);
        w.Key("bubbles");
        w.StartArray();
        for (const ChatBubble& b : c.bubbles) {
            w.StartObject();
            w.Key("me");
            w.Bool(b.fromMe);
            field(w, "text", b.text);
            w.EndObject();
        }
        w.EndArray();
    }
    void operator()(const WebCard& c) {
        field(w, "url", c.url);
        field(w, "title", c.title);
        optionalField(w, "asks", c.asks);
    }
    void operator()(const QrPaymentCard& c) {
        field(w, "payload", c.payload);
        field(w, "accountName", c.accountName);
        optionalField(w, "shop", c.shopName);
    }
};

/// The spot kind's span by its words when they first occur where it begins (the readable form),
/// else by byte offsets; the id only when it is not the loader's default ("s1", "s2", …).
void writeSpan(JsonWriter& w, const CardBody& body, const CardSpan& s, std::size_t index) {
    w.StartObject();
    if (s.id != "s" + std::to_string(index + 1))
        field(w, "id", s.id);
    field(w, "field", s.field);
    const std::string* text = cardFieldText(body, s.field);
    if (text && s.begin < s.end && s.end <= text->size() &&
        text->find(text->substr(s.begin, s.end - s.begin)) == s.begin) {
        field(w, "text", text->substr(s.begin, s.end - s.begin));
    } else {
        w.Key("begin");
        w.Uint(s.begin);
        w.Key("end");
        w.Uint(s.end);
    }
    w.EndObject();
}

void writeCard(JsonWriter& w, const ScenarioCard& card, bool genuine) {
    w.Key("card");
    w.StartObject();
    field(w, "type", cardTypeName(card.body));
    w.Key("genuine");
    w.Bool(genuine);
    std::visit(CardBodyWriter{w}, card.body);
    if (!card.spans.empty()) {
        w.Key("spans");
        w.StartArray();
        for (std::size_t i = 0; i < card.spans.size(); ++i)
            writeSpan(w, card.body, card.spans[i], i);
        w.EndArray();
    }
    w.EndObject();
}

void writeQuestion(JsonWriter& w, const Question& q) {
    w.StartObject();
    field(w, "id", q.id);
    field(w, "kind", kindName(q.kind));
    field(w, "text", q.text);
    if (q.kind != QuestionKind::Spot)  // a spot question's options are its card's spans
        stringList(w, "options", q.options);
    if (q.kind != QuestionKind::Poll) {
        w.Key("correct");
        w.StartArray();
        for (std::uint8_t index : q.correct)
            w.Uint(index);
        w.EndArray();
    }
    w.Key("time");
    w.Uint(q.timeLimitSec);
    w.Key("points");
    w.Uint(q.pointsMultiplier);
    w.Key("difficulty");
    w.Uint(q.difficulty);
    w.Key("techniques");
    w.StartArray();
    for (Technique t : q.techniques) {
        std::string_view id = techniqueInfo(t).id;
        w.String(id.data(), static_cast<rapidjson::SizeType>(id.size()));
    }
    w.EndArray();
    optionalField(w, "series", q.series);
    field(w, "explanation", q.explanation);
    stringList(w, "topics", q.topics);
    optionalField(w, "media", q.media);
    if (q.card)
        writeCard(w, *q.card, q.genuineCard);
    w.EndObject();
}

}  // namespace

std::string packToJson(const Pack& pack) {
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    w.SetIndent(' ', 2);
    w.StartObject();
    w.Key("schemaVersion");
    w.Int(kPackSchemaVersion);  // every field of the newest schema is written
    field(w, "id", pack.id);
    field(w, "language", pack.language);
    field(w, "title", pack.title);
    optionalField(w, "description", pack.description);
    w.Key("topics");
    w.StartArray();
    for (const Topic& t : pack.topics) {
        w.StartObject();
        field(w, "id", t.id);
        field(w, "name", t.name);
        w.EndObject();
    }
    w.EndArray();
    if (!pack.sources.empty())
        stringList(w, "sources", pack.sources);
    w.Key("questions");
    w.StartArray();
    for (const Question& q : pack.questions)
        writeQuestion(w, q);
    w.EndArray();
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace dovui::core

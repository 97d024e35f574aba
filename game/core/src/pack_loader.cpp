// Pack loading: rapidjson DOM for syntax positions, then a validator that records every
// problem it finds and builds the Pack only when there are none.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "dovui/core/pack.hpp"
#include "dovui/core/text.hpp"

namespace dovui::core {
namespace {

using Code = PackProblem::Code;
using Value = rapidjson::Value;

constexpr int kMinTimeSec = 5;
constexpr int kMaxTimeSec = 240;
constexpr std::size_t kMaxTopics = 100;
constexpr std::size_t kMaxListItems = 20;

class PackValidator {
public:
    PackLoadResult run(const Value& root) {
        Pack pack;
        if (!root.IsObject()) {
            add(Code::NotObject, "");
            return finish(std::move(pack));
        }
        checkFields(root, {"schemaVersion", "id", "language", "title", "description", "topics",
                           "sources", "questions"});
        auto schema = root.FindMember("schemaVersion");
        if (schema == root.MemberEnd() || !schema->value.IsInt() ||
            schema->value.GetInt() != kPackSchemaVersion)
            add(Code::BadSchema, "schemaVersion", "expected " + std::to_string(kPackSchemaVersion));
        pack.id = text(root, "id", 80, true);
        pack.language = text(root, "language", 8, true);
        if (!pack.language.empty() && pack.language != "vi" && pack.language != "en")
            add(Code::WrongType, "language", "\"vi\" or \"en\"");
        pack.title = text(root, "title", 120, true);
        pack.description = text(root, "description", kMaxTextChars, false);
        readTopics(root, pack);
        pack.sources = textList(root, "sources", 500, 200, false);
        readQuestions(root, pack);
        return finish(std::move(pack));
    }

private:
    PackLoadResult finish(Pack pack) {
        PackLoadResult result;
        result.problems = std::move(m_problems);
        if (result.problems.empty())
            result.pack = std::move(pack);
        return result;
    }

    void add(Code code, std::string field, std::string detail = {}) {
        PackProblem p;
        p.code = code;
        p.questionNumber = m_questionNumber;
        p.questionId = m_questionId;
        p.field = m_prefix + field;
        p.detail = std::move(detail);
        m_problems.push_back(std::move(p));
    }

    void checkFields(const Value& obj, std::initializer_list<const char*> known) {
        for (auto it = obj.MemberBegin(); it != obj.MemberEnd(); ++it) {
            std::string_view name(it->name.GetString(), it->name.GetStringLength());
            if (std::none_of(known.begin(), known.end(), [&](const char* k) { return name == k; }))
                add(Code::UnknownField, std::string(name));
        }
    }

    /// NFC text with a code-point limit; "" when absent (reported if required).
    std::string text(const Value& obj, const char* field, std::size_t maxChars, bool required) {
        auto it = obj.FindMember(field);
        if (it == obj.MemberEnd()) {
            if (required)
                add(Code::MissingField, field);
            return {};
        }
        return textValue(it->value, field, maxChars, required);
    }

    std::string textValue(const Value& v, const std::string& field, std::size_t maxChars,
                          bool required) {
        if (!v.IsString()) {
            add(Code::WrongType, field, "expected text");
            return {};
        }
        auto nfc = toNfc(std::string_view(v.GetString(), v.GetStringLength()));
        if (!nfc) {
            add(Code::BadUtf8, field);
            return {};
        }
        std::string out = collapseSpacesKeepLines(*nfc);
        if (required && out.empty())
            add(Code::Empty, field);
        std::size_t chars = codePointCount(out);
        if (chars > maxChars)
            add(Code::TooLong, field, std::to_string(chars) + " > " + std::to_string(maxChars));
        return out;
    }

    /// Trims the ends; keeps inner line breaks (an SMS body has them).
    static std::string collapseSpacesKeepLines(const std::string& s) {
        auto first = s.find_first_not_of(" \t\r\n");
        if (first == std::string::npos)
            return {};
        auto last = s.find_last_not_of(" \t\r\n");
        return s.substr(first, last - first + 1);
    }

    std::vector<std::string> textList(const Value& obj, const char* field, std::size_t maxChars,
                                      std::size_t maxItems, bool required) {
        std::vector<std::string> out;
        auto it = obj.FindMember(field);
        if (it == obj.MemberEnd()) {
            if (required)
                add(Code::MissingField, field);
            return out;
        }
        if (!it->value.IsArray()) {
            add(Code::WrongType, field, "expected a list");
            return out;
        }
        if (it->value.Size() > maxItems)
            add(Code::TooMany, field,
                std::to_string(it->value.Size()) + " > " + std::to_string(maxItems));
        for (rapidjson::SizeType i = 0; i < it->value.Size() && i < maxItems; ++i)
            out.push_back(textValue(
                it->value[i], std::string(field) + "[" + std::to_string(i) + "]", maxChars, true));
        if (required && out.empty())
            add(Code::Empty, field);
        return out;
    }

    void readTopics(const Value& root, Pack& pack) {
        auto it = root.FindMember("topics");
        if (it == root.MemberEnd()) {
            add(Code::MissingField, "topics");
            return;
        }
        if (!it->value.IsArray()) {
            add(Code::WrongType, "topics", "expected a list");
            return;
        }
        if (it->value.Size() > kMaxTopics)
            add(Code::TooMany, "topics");
        for (rapidjson::SizeType i = 0; i < it->value.Size() && i < kMaxTopics; ++i) {
            const Value& t = it->value[i];
            std::string saved = std::exchange(m_prefix, "topics[" + std::to_string(i) + "].");
            if (!t.IsObject()) {
                add(Code::WrongType, "", "expected { \"id\": …, \"name\": … }");
            } else {
                checkFields(t, {"id", "name"});
                pack.topics.push_back({text(t, "id", 40, true), text(t, "name", 120, true)});
            }
            m_prefix = saved;
        }
    }

    void readQuestions(const Value& root, Pack& pack) {
        auto it = root.FindMember("questions");
        if (it == root.MemberEnd()) {
            add(Code::MissingField, "questions");
            return;
        }
        if (!it->value.IsArray()) {
            add(Code::WrongType, "questions", "expected a list");
            return;
        }
        if (it->value.Empty())
            add(Code::Empty, "questions");
        if (it->value.Size() > kMaxQuestions)
            add(Code::TooMany, "questions",
                std::to_string(it->value.Size()) + " > " + std::to_string(kMaxQuestions));
        std::set<std::string> ids;
        for (rapidjson::SizeType i = 0; i < it->value.Size() && i < kMaxQuestions; ++i) {
            m_questionNumber = static_cast<int>(i) + 1;
            m_questionId.clear();
            const Value& qv = it->value[i];
            if (!qv.IsObject()) {
                add(Code::WrongType, "", "expected { … }");
                continue;
            }
            Question q = readQuestion(qv, pack);
            if (!q.id.empty() && !ids.insert(q.id).second)
                add(Code::DuplicateId, "id", q.id);
            pack.questions.push_back(std::move(q));
        }
        m_questionNumber = 0;
        m_questionId.clear();
    }

    Question readQuestion(const Value& qv, const Pack& pack);
    void readChoices(const Value& qv, Question& q, const Pack& pack);
    void readCorrect(const Value& qv, Question& q);
    std::optional<ScenarioCard> readCard(const Value& cv);
    CardBody readCardBody(const Value& cv, std::string_view type);
    std::vector<CardSpan> readSpans(const Value& cv);

    std::vector<PackProblem> m_problems;
    int m_questionNumber = 0;
    std::string m_questionId;
    std::string m_prefix;
};

std::optional<QuestionKind> parseKind(std::string_view s) {
    for (auto k : {QuestionKind::Single, QuestionKind::TrueFalse, QuestionKind::Multi,
                   QuestionKind::Order, QuestionKind::Poll})
        if (s == kindName(k))
            return k;
    return std::nullopt;
}

int intField(const Value& qv, const char* field, int fallback, bool& ok) {
    auto it = qv.FindMember(field);
    ok = true;
    if (it == qv.MemberEnd())
        return fallback;
    if (!it->value.IsInt()) {
        ok = false;
        return fallback;
    }
    return it->value.GetInt();
}

Question PackValidator::readQuestion(const Value& qv, const Pack& pack) {
    Question q;
    // The id first, so that every later problem (a misspelt field too) names the question.
    q.id = text(qv, "id", 60, true);
    m_questionId = q.id;
    checkFields(qv, {"id", "kind", "text", "options", "correct", "time", "points", "explanation",
                     "topics", "media", "card"});
    std::string kind = text(qv, "kind", 20, true);
    auto parsed = parseKind(kind);
    if (!parsed && !kind.empty())
        add(Code::UnknownKind, "kind", kind);
    q.kind = parsed.value_or(QuestionKind::Single);
    q.text = text(qv, "text", kMaxTextChars, true);
    readChoices(qv, q, pack);
    bool ok = true;
    int time = intField(qv, "time", 20, ok);
    if (!ok || time < kMinTimeSec || time > kMaxTimeSec)
        add(Code::BadTime, "time");
    q.timeLimitSec = static_cast<std::uint16_t>(std::clamp(time, kMinTimeSec, kMaxTimeSec));
    int points = intField(qv, "points", 1, ok);
    if (!ok || points < 0 || points > 2)
        add(Code::BadPoints, "points");
    q.pointsMultiplier = static_cast<std::uint8_t>(std::clamp(points, 0, 2));
    q.explanation = text(qv, "explanation", kMaxTextChars, true);
    q.topics = textList(qv, "topics", 40, 10, true);
    for (const std::string& t : q.topics)
        if (!t.empty() && !pack.findTopic(t))
            add(Code::UnknownTopic, "topics", t);
    q.media = text(qv, "media", 200, false);
    if (auto card = qv.FindMember("card"); card != qv.MemberEnd()) {
        std::string saved = std::exchange(m_prefix, "card.");
        q.card = readCard(card->value);
        m_prefix = saved;
    }
    return q;
}

void PackValidator::readChoices(const Value& qv, Question& q, const Pack& pack) {
    bool hasOptions = qv.HasMember("options");
    if (q.kind == QuestionKind::TrueFalse && !hasOptions) {
        q.options = pack.language == "en" ? std::vector<std::string>{"True", "False"}
                                          : std::vector<std::string>{"Đúng", "Sai"};
    } else {
        q.options = textList(qv, "options", kMaxOptionChars, kMaxOptions, true);
    }
    std::size_t n = q.options.size();
    std::size_t lo = 2, hi = 4;
    if (q.kind == QuestionKind::TrueFalse)
        lo = hi = 2;
    if (q.kind == QuestionKind::Order)
        lo = 3, hi = 5;
    if (n < lo || n > hi)
        add(Code::OptionCount, "options",
            std::to_string(n) + " (" + std::to_string(lo) + "–" + std::to_string(hi) + ")");
    readCorrect(qv, q);
}

void PackValidator::readCorrect(const Value& qv, Question& q) {
    auto it = qv.FindMember("correct");
    if (q.kind == QuestionKind::Poll) {
        if (it != qv.MemberEnd() && !(it->value.IsArray() && it->value.Empty()))
            add(Code::BadCorrect, "correct", "a poll has no correct answer");
        return;
    }
    if (it == qv.MemberEnd() || (it->value.IsArray() && it->value.Empty())) {
        add(Code::NoCorrect, "correct");
        return;
    }
    if (!it->value.IsArray()) {
        add(Code::WrongType, "correct", "expected a list of option numbers from 0, e.g. [1]");
        return;
    }
    const std::size_t n = q.options.size();
    for (const Value& v : it->value.GetArray()) {
        if (!v.IsUint() || v.GetUint() >= n || v.GetUint() > 255) {
            add(Code::BadCorrect, "correct",
                "option numbers go from 0 to " + std::to_string(n ? n - 1 : 0));
            return;
        }
        q.correct.push_back(static_cast<std::uint8_t>(v.GetUint()));
    }
    std::vector<std::uint8_t> sorted = q.correct;
    std::sort(sorted.begin(), sorted.end());
    bool repeats = std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end();
    bool single = q.kind == QuestionKind::Single || q.kind == QuestionKind::TrueFalse;
    if (repeats)
        add(Code::BadCorrect, "correct", "an option is listed twice");
    else if (single && q.correct.size() != 1)
        add(Code::BadCorrect, "correct", "exactly one");
    else if (q.kind == QuestionKind::Order && q.correct.size() != n)
        add(Code::BadCorrect, "correct", "the order must list every step once");
    if (q.kind == QuestionKind::Multi)
        std::sort(q.correct.begin(), q.correct.end());
}

std::optional<ScenarioCard> PackValidator::readCard(const Value& cv) {
    if (!cv.IsObject()) {
        add(Code::WrongType, "", "expected { \"type\": … }");
        return std::nullopt;
    }
    std::string type = text(cv, "type", 20, true);
    if (type.empty())
        return std::nullopt;
    static const std::set<std::string> kTypes = {"sms", "call", "chat", "web", "qr_payment"};
    if (!kTypes.count(type)) {
        add(Code::UnknownCard, "type", type);
        return std::nullopt;
    }
    ScenarioCard card{readCardBody(cv, type), readSpans(cv)};
    return card;
}

CardBody PackValidator::readCardBody(const Value& cv, std::string_view type) {
    if (type == "sms") {
        checkFields(cv, {"type", "sender", "time", "body", "spans"});
        return SmsCard{text(cv, "sender", 60, true), text(cv, "time", 30, false),
                       text(cv, "body", kMaxTextChars, true)};
    }
    if (type == "call") {
        checkFields(cv, {"type", "caller", "number", "transcript", "spans"});
        return CallCard{text(cv, "caller", 60, true), text(cv, "number", 40, false),
                        textList(cv, "transcript", 300, 8, true)};
    }
    if (type == "chat") {
        checkFields(cv, {"type", "app", "contact", "bubbles", "spans"});
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
        checkFields(cv, {"type", "url", "title", "asks", "spans"});
        return WebCard{text(cv, "url", 120, true), text(cv, "title", 120, true),
                       text(cv, "asks", 300, false)};
    }
    checkFields(cv, {"type", "payload", "accountName", "shop", "spans"});
    return QrPaymentCard{text(cv, "payload", 512, true), text(cv, "accountName", 60, true),
                         text(cv, "shop", 60, false)};
}

std::vector<CardSpan> PackValidator::readSpans(const Value& cv) {
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
        const Value& s = it->value[i];
        std::string field = "spans[" + std::to_string(i) + "]";
        if (!s.IsObject() || !s.HasMember("begin") || !s.HasMember("end") || !s["begin"].IsUint() ||
            !s["end"].IsUint() || s["begin"].GetUint() >= s["end"].GetUint() ||
            s["end"].GetUint() > 4000) {
            add(Code::WrongType, field, "expected { id, field, begin < end }");
            continue;
        }
        std::string saved = std::exchange(m_prefix, m_prefix + field + ".");
        spans.push_back({text(s, "id", 40, true), text(s, "field", 40, true),
                         static_cast<std::uint16_t>(s["begin"].GetUint()),
                         static_cast<std::uint16_t>(s["end"].GetUint())});
        m_prefix = saved;
    }
    return spans;
}

/// 1-based line and column (in code points) of a byte offset.
std::pair<int, int> lineColumn(std::string_view json, std::size_t offset) {
    int line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < json.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(json[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

}  // namespace

const Topic* Pack::findTopic(std::string_view topicId) const {
    for (const Topic& t : topics)
        if (t.id == topicId)
            return &t;
    return nullptr;
}

PackLoadResult parsePack(std::string_view json) {
    if (json.size() >= 3 && json.substr(0, 3) == "\xEF\xBB\xBF")
        json.remove_prefix(3);  // BOM
    rapidjson::Document doc;
    constexpr unsigned kFlags =
        rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag |
        rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;
    doc.Parse<kFlags>(json.data(), json.size());
    if (doc.HasParseError()) {
        PackLoadResult result;
        PackProblem p;
        p.code = PackProblem::Code::Syntax;
        std::tie(p.line, p.column) = lineColumn(json, doc.GetErrorOffset());
        p.detail = rapidjson::GetParseError_En(doc.GetParseError());
        result.problems.push_back(std::move(p));
        return result;
    }
    return PackValidator().run(doc);
}

}  // namespace dovui::core

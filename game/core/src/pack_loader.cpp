// Pack loading: rapidjson DOM for syntax positions, then a validator that records every
// problem it finds and builds the Pack only when there are none.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "dovui/core/pack.hpp"
#include "pack_validator.hpp"

namespace dovui::core {
namespace detail {
namespace {

constexpr int kMinTimeSec = 5;
constexpr int kMaxTimeSec = 240;
constexpr std::size_t kMaxTopics = 100;

std::optional<QuestionKind> parseKind(std::string_view s) {
    for (auto k : {QuestionKind::Single, QuestionKind::TrueFalse, QuestionKind::Multi,
                   QuestionKind::Order, QuestionKind::Poll, QuestionKind::Spot})
        if (s == kindName(k))
            return k;
    return std::nullopt;
}

}  // namespace

PackLoadResult PackValidator::run(const Value& root) {
    Pack pack;
    if (!root.IsObject()) {
        add(Code::NotObject, "");
        return finish(std::move(pack));
    }
    checkFields(root, {"schemaVersion", "id", "language", "title", "description", "topics",
                       "sources", "questions"});
    auto schema = root.FindMember("schemaVersion");
    if (schema == root.MemberEnd() || !schema->value.IsInt() ||
        schema->value.GetInt() < kOldestPackSchemaVersion ||
        schema->value.GetInt() > kPackSchemaVersion)
        add(Code::BadSchema, "schemaVersion",
            std::to_string(kOldestPackSchemaVersion) + "–" + std::to_string(kPackSchemaVersion));
    else
        m_schema = schema->value.GetInt();
    pack.schemaVersion = kPackSchemaVersion;  // a loaded pack holds every field of the newest
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

void PackValidator::readTopics(const Value& root, Pack& pack) {
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

void PackValidator::readQuestions(const Value& root, Pack& pack) {
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

Question PackValidator::readQuestion(const Value& qv, const Pack& pack) {
    Question q;
    // The id first, so that every later problem (a misspelt field too) names the question.
    q.id = text(qv, "id", 60, true);
    m_questionId = q.id;
    checkFields(qv, {"id", "kind", "text", "options", "correct", "time", "points", "explanation",
                     "topics", "media", "card", "difficulty", "techniques", "series"});
    std::string kind = text(qv, "kind", 20, true);
    auto parsed = parseKind(kind);
    if (!parsed && !kind.empty())
        add(Code::UnknownKind, "kind", kind);
    q.kind = parsed.value_or(QuestionKind::Single);
    q.text = text(qv, "text", kMaxTextChars, true);
    if (q.kind != QuestionKind::Spot)
        readChoices(qv, q, pack);
    else if (qv.HasMember("options"))
        add(Code::BadSpan, "options", "a spot question's options are the card's spans");
    auto time = intField(qv, "time", 20);
    if (!time || *time < kMinTimeSec || *time > kMaxTimeSec)
        add(Code::BadTime, "time");
    q.timeLimitSec =
        static_cast<std::uint16_t>(std::clamp(time.value_or(20), kMinTimeSec, kMaxTimeSec));
    auto points = intField(qv, "points", 1);
    if (!points || *points < 0 || *points > 2)
        add(Code::BadPoints, "points");
    q.pointsMultiplier = static_cast<std::uint8_t>(std::clamp(points.value_or(1), 0, 2));
    q.explanation = text(qv, "explanation", kMaxTextChars, true);
    q.topics = textList(qv, "topics", 40, 10, true);
    for (const std::string& t : q.topics)
        if (!t.empty() && !pack.findTopic(t))
            add(Code::UnknownTopic, "topics", t);
    q.media = text(qv, "media", 200, false);
    readTeaching(qv, q);
    if (auto card = qv.FindMember("card"); card != qv.MemberEnd()) {
        std::string saved = std::exchange(m_prefix, "card.");
        readCard(card->value, q);
        m_prefix = saved;
    }
    if (q.kind == QuestionKind::Spot)
        checkSpotSpans(q, qv);
    return q;
}

/// What the question teaches: difficulty, techniques, series (required from schema 2).
void PackValidator::readTeaching(const Value& qv, Question& q) {
    const bool required = m_schema >= 2;
    if (required && !qv.HasMember("difficulty"))
        add(Code::MissingField, "difficulty");
    auto difficulty = intField(qv, "difficulty", 1);
    if (!difficulty || *difficulty < 1 || *difficulty > kMaxDifficulty)
        add(Code::BadDifficulty, "difficulty");
    q.difficulty = static_cast<std::uint8_t>(std::clamp(difficulty.value_or(1), 1, 3));
    std::vector<std::string> ids = textList(qv, "techniques", 40, kTechniqueCount, false);
    if (required && !qv.HasMember("techniques"))
        add(Code::MissingField, "techniques");
    for (const std::string& id : ids) {
        auto t = parseTechnique(id);
        if (!t)
            add(Code::UnknownTechnique, "techniques", id);
        else if (std::find(q.techniques.begin(), q.techniques.end(), *t) != q.techniques.end())
            add(Code::UnknownTechnique, "techniques", id + " listed twice");
        else
            q.techniques.push_back(*t);
    }
    q.series = text(qv, "series", 60, false);
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
    bool single = q.kind == QuestionKind::Single || q.kind == QuestionKind::TrueFalse ||
                  q.kind == QuestionKind::Spot;
    if (repeats)
        add(Code::BadCorrect, "correct", "an option is listed twice");
    else if (single && q.correct.size() != 1)
        add(Code::BadCorrect, "correct", "exactly one");
    else if (q.kind == QuestionKind::Order && q.correct.size() != n)
        add(Code::BadCorrect, "correct", "the order must list every step once");
    if (q.kind == QuestionKind::Multi)
        std::sort(q.correct.begin(), q.correct.end());
}

namespace {

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
}  // namespace detail

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
        std::tie(p.line, p.column) = detail::lineColumn(json, doc.GetErrorOffset());
        p.detail = rapidjson::GetParseError_En(doc.GetParseError());
        result.problems.push_back(std::move(p));
        return result;
    }
    return detail::PackValidator().run(doc);
}

}  // namespace dovui::core

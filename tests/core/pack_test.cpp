// Pack loading (design.md §4, docs/pack-format.md): every problem reported, located precisely,
// text normalised to NFC, limits enforced, nothing half-loaded.
#include <doctest/doctest.h>

#include <algorithm>

#include "core_test_support.hpp"
#include "dovui/core/pack.hpp"

using namespace dovui::core;
using Code = PackProblem::Code;

namespace {

const char* kValidQuestion = R"({
  "id": "sms-01", "kind": "single", "text": "Tin nhắn này có đáng tin không?",
  "options": ["Đáng tin", "Lừa đảo"], "correct": [1],
  "explanation": "Ngân hàng không gửi link qua SMS.", "topics": ["sms"] })";

/// A pack around `questions` (a JSON list body); `extra` is spliced into the top object.
std::string packJson(const std::string& questions, const std::string& extra = "") {
    return R"({ "schemaVersion": 1, "id": "test-pack", "language": "vi",
  "title": "Gói thử", "description": "Mô tả",
  "topics": [ { "id": "sms", "name": "Tin nhắn" }, { "id": "call", "name": "Cuộc gọi" } ],
  "sources": [ "https://example.invalid" ],)" +
           extra + R"( "questions": [ )" + questions + " ] }";
}

/// A question object with `fields` appended to the valid question's fields (later keys
/// are ignored by nothing: we build objects whose fields we control completely).
std::string question(const std::string& fields) {
    return "{ " + fields + " }";
}

std::string baseFields(const std::string& id = "q-1") {
    return R"("id": ")" + id +
           R"(", "text": "Câu hỏi", "explanation": "Vì thế", "topics": ["sms"])";
}

std::string singleQ(const std::string& id, const std::string& more = "") {
    return question(baseFields(id) +
                    R"(, "kind": "single", "options": ["A", "B"], "correct": [0])" + more);
}

bool hasProblem(const PackLoadResult& r, Code code, const std::string& field = "",
                int questionNumber = -1) {
    return std::any_of(r.problems.begin(), r.problems.end(), [&](const PackProblem& p) {
        return p.code == code && (field.empty() || p.field == field) &&
               (questionNumber < 0 || p.questionNumber == questionNumber);
    });
}

std::string allProblems(const PackLoadResult& r) {
    std::string out;
    for (const PackProblem& p : r.problems)
        out += describe(p, Lang::En) + "\n";
    return out;
}

/// Loads a pack with one question built from `fields` and expects exactly one problem.
PackProblem onlyProblem(const std::string& questionObject) {
    PackLoadResult r = parsePack(packJson(questionObject));
    INFO(allProblems(r));
    REQUIRE(r.problems.size() == 1);
    CHECK_FALSE(r.pack);
    return r.problems.front();
}

std::string repeat(std::string_view s, std::size_t times) {
    std::string out;
    for (std::size_t i = 0; i < times; ++i)
        out += s;
    return out;
}

}  // namespace

TEST_CASE("a pack with every question kind and every card type loads") {
    std::string questions =
        std::string(kValidQuestion) + "," +
        question(baseFields("tf-1") + R"(, "kind": "truefalse", "correct": [1], "time": 30,
            "card": { "type": "call", "caller": "Công an", "number": "09xx", "transcript": ["A", "B"] })") +
        "," + question(baseFields("multi-1") + R"(, "kind": "multi", "options": ["A","B","C","D"],
            "correct": [3, 1], "points": 2, "media": "anh.png",
            "card": { "type": "chat", "app": "Zalo", "contact": "Mẹ", "bubbles": [ { "me": true, "text": "Chào" }, { "text": "Gửi mã" } ] })") +
        "," +
        question(baseFields("order-1") + R"(, "kind": "order", "options": ["A","B","C","D","E"],
            "correct": [4, 3, 2, 1, 0], "points": 0,
            "card": { "type": "web", "url": "vcb-xacminh[.]top", "title": "VCB", "asks": "OTP" })") +
        "," +
        question(baseFields("poll-1") + R"(, "kind": "poll", "options": ["A","B","C"], "time": 5,
            "card": { "type": "qr_payment", "payload": "000201", "accountName": "NGUYEN VAN A", "shop": "Quán",
                      "spans": [ { "id": "name", "field": "accountName", "begin": 0, "end": 6 } ] })") +
        "," +
        question(baseFields("sms-2") +
                 R"(, "kind": "single", "options": ["A","B","C","D"], "correct": [2], "time": 240,
            "card": { "type": "sms", "sender": "VCB-Bank", "time": "08:15", "body": "Bấm link" })");
    PackLoadResult r = parsePack(packJson(questions));
    INFO(allProblems(r));
    REQUIRE(r.problems.empty());
    REQUIRE(r.pack);
    const Pack& pack = *r.pack;
    CHECK(pack.id == "test-pack");
    CHECK(pack.title == "Gói thử");
    CHECK(pack.topics.size() == 2);
    CHECK(pack.findTopic("call")->name == "Cuộc gọi");
    CHECK(pack.findTopic("nope") == nullptr);
    REQUIRE(pack.questions.size() == 6);

    const Question& single = pack.questions[0];
    CHECK(single.kind == QuestionKind::Single);
    CHECK(single.correct == std::vector<std::uint8_t>{1});
    CHECK(single.timeLimitSec == 20);     // default
    CHECK(single.pointsMultiplier == 1);  // default
    CHECK_FALSE(single.card);

    const Question& tf = pack.questions[1];
    CHECK(tf.options == std::vector<std::string>{"Đúng", "Sai"});  // default for a vi pack
    CHECK(tf.timeLimitSec == 30);
    REQUIRE(tf.card);
    CHECK(std::string(cardTypeName(tf.card->body)) == "call");
    CHECK(std::get<CallCard>(tf.card->body).transcript.size() == 2);

    const Question& multi = pack.questions[2];
    CHECK(multi.correct == std::vector<std::uint8_t>{1, 3});  // sorted
    CHECK(multi.pointsMultiplier == 2);
    CHECK(multi.media == "anh.png");
    const auto& chat = std::get<ChatCard>(multi.card->body);
    CHECK(chat.bubbles.size() == 2);
    CHECK(chat.bubbles[0].fromMe);
    CHECK_FALSE(chat.bubbles[1].fromMe);

    const Question& order = pack.questions[3];
    CHECK(order.correct == std::vector<std::uint8_t>{4, 3, 2, 1, 0});  // a sequence: not sorted
    CHECK(order.pointsMultiplier == 0);
    CHECK(std::get<WebCard>(order.card->body).asks == "OTP");

    const Question& poll = pack.questions[4];
    CHECK(poll.correct.empty());
    const auto& qr = std::get<QrPaymentCard>(poll.card->body);
    CHECK(qr.accountName == "NGUYEN VAN A");
    CHECK(qr.shopName == "Quán");
    REQUIRE(poll.card->spans.size() == 1);
    CHECK(poll.card->spans[0] == CardSpan{"name", "accountName", 0, 6});

    CHECK(std::get<SmsCard>(pack.questions[5].card->body).sender == "VCB-Bank");
}

TEST_CASE("an English true/false question defaults to True/False") {
    std::string json =
        packJson(question(baseFields() + R"(, "kind": "truefalse", "correct": [0])"));
    json.replace(json.find("\"vi\""), 4, "\"en\"");
    PackLoadResult r = parsePack(json);
    REQUIRE(r.pack);
    CHECK(r.pack->questions[0].options == std::vector<std::string>{"True", "False"});
}

TEST_CASE("a byte-order mark, comments and trailing commas are tolerated") {
    std::string json = "\xEF\xBB\xBF// gói thử\n" + packJson(std::string(kValidQuestion) + ",");
    PackLoadResult r = parsePack(json);
    INFO(allProblems(r));
    CHECK(r.pack);
}

SCENARIO("JSON syntax errors carry the line and column") {
    WHEN("a comma is missing") {
        PackLoadResult r = parsePack("{\n  \"schemaVersion\": 1\n  \"id\": \"x\"\n}");
        REQUIRE(r.problems.size() == 1);
        const PackProblem& p = r.problems[0];
        THEN("the problem points at the line and column where the comma belongs") {
            CHECK(p.code == Code::Syntax);
            CHECK(p.line == 3);
            CHECK(p.column == 3);
            CHECK(describe(p, Lang::Vi).rfind("dòng 3, cột 3: lỗi cú pháp JSON", 0) == 0);
            CHECK(describe(p, Lang::En).rfind("line 3, column 3: JSON syntax error", 0) == 0);
            CHECK_FALSE(r.pack);
        }
    }
    WHEN("Vietnamese text precedes the error on its line") {
        // Columns count characters, not bytes: "ồ" is three bytes but one column.
        PackLoadResult r = parsePack("{ \"title\": \"Đồ\" \"x\": 1 }");
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].line == 1);
        CHECK(r.problems[0].column == 17);
    }
    WHEN("the file stops in the middle") {
        PackLoadResult r = parsePack(packJson(kValidQuestion).substr(0, 80));
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].code == Code::Syntax);
    }
    WHEN("the file is empty") {
        PackLoadResult r = parsePack("");
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].code == Code::Syntax);
        CHECK(r.problems[0].line == 1);
    }
    WHEN("a stray character follows the pack (an extra closing brace)") {
        PackLoadResult r = parsePack(packJson(kValidQuestion) + "\n}");
        THEN("it is a syntax error on the last line, not silently ignored") {
            REQUIRE(r.problems.size() == 1);
            CHECK(r.problems[0].code == Code::Syntax);
            CHECK(r.problems[0].line == 8);
            CHECK_FALSE(r.pack);
        }
    }
    WHEN("the bytes are not UTF-8") {
        PackLoadResult r = parsePack("{\n \"title\": \"ab\xFF\" }");
        THEN("it is reported with its position") {
            REQUIRE(r.problems.size() == 1);
            CHECK(r.problems[0].code == Code::Syntax);
            CHECK(r.problems[0].line == 2);
        }
    }
    WHEN("the nesting is absurdly deep") {
        PackLoadResult r = parsePack(R"({ "questions": )" + repeat("[", 3000000));
        THEN("it is a syntax error, not a crash") {
            REQUIRE(r.problems.size() == 1);
            CHECK(r.problems[0].code == Code::Syntax);
        }
    }
}

TEST_CASE("the top level must be an object with a supported schemaVersion") {
    CHECK(parsePack("[1, 2]").problems.at(0).code == Code::NotObject);
    CHECK(parsePack("\"pack\"").problems.at(0).code == Code::NotObject);

    std::string json = packJson(kValidQuestion);
    std::string v3 = json;
    v3.replace(v3.find("\"schemaVersion\": 1"), 18, "\"schemaVersion\": 3");
    CHECK(hasProblem(parsePack(v3), Code::BadSchema, "schemaVersion"));
    std::string missing = json;
    missing.replace(missing.find("\"schemaVersion\": 1,"), 19, "");
    CHECK(hasProblem(parsePack(missing), Code::BadSchema, "schemaVersion"));
}

TEST_CASE("pack-level fields are checked") {
    PackLoadResult r = parsePack(R"({ "schemaVersion": 1, "language": "fr", "title": "  ",
        "topics": "sms", "sources": [ 3 ], "questions": [], "autor": "x" })");
    INFO(allProblems(r));
    CHECK(hasProblem(r, Code::UnknownField, "autor"));
    CHECK(hasProblem(r, Code::MissingField, "id"));
    CHECK(hasProblem(r, Code::WrongType, "language"));
    CHECK(hasProblem(r, Code::Empty, "title"));
    CHECK(hasProblem(r, Code::WrongType, "topics"));
    CHECK(hasProblem(r, Code::WrongType, "sources[0]"));
    CHECK(hasProblem(r, Code::Empty, "questions"));
    CHECK_FALSE(r.pack);

    PackLoadResult noLists =
        parsePack(R"({ "schemaVersion": 1, "id": "x", "language": "vi", "title": "T" })");
    CHECK(hasProblem(noLists, Code::MissingField, "topics"));
    CHECK(hasProblem(noLists, Code::MissingField, "questions"));

    std::string typoTopic = packJson(kValidQuestion);
    std::string callTopic = R"({ "id": "call", "name": "Cuộc gọi" })";
    typoTopic.replace(typoTopic.find(callTopic), callTopic.size(),
                      R"({ "id": "call", "nam": "x" })");
    PackLoadResult badTopic = parsePack(typoTopic);
    INFO(allProblems(badTopic));
    CHECK(hasProblem(badTopic, Code::UnknownField, "topics[1].nam"));
    CHECK(hasProblem(badTopic, Code::MissingField, "topics[1].name"));
}

SCENARIO("content errors name the question number, its id and the field") {
    GIVEN("a pack whose 12th question (sms-07) has no correct answer") {
        std::string questions;
        for (int i = 1; i <= 11; ++i)
            questions += singleQ("q-" + std::to_string(i)) + ",";
        questions +=
            question(baseFields("sms-07") + R"(, "kind": "single", "options": ["A", "B"])");
        PackLoadResult r = parsePack(packJson(questions));
        THEN("the one problem reads as a facilitator would fix it") {
            REQUIRE(r.problems.size() == 1);
            const PackProblem& p = r.problems[0];
            CHECK(p.code == Code::NoCorrect);
            CHECK(p.questionNumber == 12);
            CHECK(p.questionId == "sms-07");
            CHECK(p.field == "correct");
            CHECK(describe(p, Lang::Vi).rfind("câu 12 (sms-07): thiếu đáp án đúng", 0) == 0);
            CHECK(describe(p, Lang::En).rfind("question 12 (sms-07): no correct option", 0) == 0);
            CHECK_FALSE(r.pack);
        }
    }
    GIVEN("three broken questions and a broken pack field") {
        std::string questions = singleQ("a", R"(, "time": 2)") + "," + singleQ("b") + "," +
                                singleQ("c", R"(, "points": 5)") + "," +
                                question(R"("kind": "single")");
        PackLoadResult r = parsePack(packJson(questions, R"( "title2": "x",)"));
        INFO(allProblems(r));
        THEN("every problem is reported, in file order") {
            REQUIRE(r.problems.size() >= 5);
            CHECK(r.problems[0].code == Code::UnknownField);
            CHECK(r.problems[0].questionNumber == 0);
            CHECK(hasProblem(r, Code::BadTime, "time", 1));
            CHECK(hasProblem(r, Code::BadPoints, "points", 3));
            CHECK(hasProblem(r, Code::MissingField, "id", 4));
            CHECK(hasProblem(r, Code::MissingField, "text", 4));
            CHECK(hasProblem(r, Code::MissingField, "explanation", 4));
            CHECK(std::is_sorted(r.problems.begin(), r.problems.end(),
                                 [](const PackProblem& x, const PackProblem& y) {
                                     return x.questionNumber < y.questionNumber;
                                 }));
        }
    }
    GIVEN("a misspelt field in a question") {
        PackLoadResult r = parsePack(packJson(question(
            baseFields("sms-3") + R"(, "kind": "single", "options": ["A", "B"], "corect": [0])")));
        THEN("the typo is named with the question's id, and the missing answer too") {
            INFO(allProblems(r));
            REQUIRE(r.problems.size() == 2);
            CHECK(r.problems[0].code == Code::UnknownField);
            CHECK(r.problems[0].field == "corect");
            CHECK(r.problems[0].questionId == "sms-3");
            CHECK(r.problems[1].code == Code::NoCorrect);
        }
    }
}

TEST_CASE("question field problems, one by one") {
    SUBCASE("unknown kind") {
        PackProblem p = onlyProblem(
            question(baseFields() + R"(, "kind": "essay", "options": ["A", "B"], "correct": [0])"));
        CHECK(p.code == Code::UnknownKind);
        CHECK(p.detail == "essay");
    }
    SUBCASE("missing kind") {
        PackProblem p =
            onlyProblem(question(baseFields() + R"(, "options": ["A", "B"], "correct": [0])"));
        CHECK(p.code == Code::MissingField);
        CHECK(p.field == "kind");
    }
    SUBCASE("text of the wrong type") {
        PackProblem p = onlyProblem(singleQ("q", R"(, "media": 5)"));
        CHECK(p.code == Code::WrongType);
        CHECK(p.field == "media");
    }
    SUBCASE("an empty option") {
        PackProblem p = onlyProblem(question(
            baseFields() + R"(, "kind": "single", "options": ["A", "  "], "correct": [0])"));
        CHECK(p.code == Code::Empty);
        CHECK(p.field == "options[1]");
    }
    SUBCASE("one option is too few for a single choice") {
        PackProblem p = onlyProblem(
            question(baseFields() + R"(, "kind": "single", "options": ["A"], "correct": [0])"));
        CHECK(p.code == Code::OptionCount);
    }
    SUBCASE("five options are too many for a single choice") {
        PackProblem p = onlyProblem(
            question(baseFields() +
                     R"(, "kind": "single", "options": ["A","B","C","D","E"], "correct": [0])"));
        CHECK(p.code == Code::OptionCount);
    }
    SUBCASE("six steps are too many even for ordering") {
        PackLoadResult r = parsePack(packJson(question(
            baseFields() +
            R"(, "kind": "order", "options": ["A","B","C","D","E","F"], "correct": [0,1,2,3,4])")));
        CHECK(hasProblem(r, Code::TooMany, "options"));
    }
    SUBCASE("two steps are too few for ordering") {
        PackProblem p = onlyProblem(question(
            baseFields() + R"(, "kind": "order", "options": ["A","B"], "correct": [1, 0])"));
        CHECK(p.code == Code::OptionCount);
    }
    SUBCASE("true/false with three options") {
        PackProblem p = onlyProblem(question(
            baseFields() + R"(, "kind": "truefalse", "options": ["A","B","C"], "correct": [0])"));
        CHECK(p.code == Code::OptionCount);
    }
    SUBCASE("options missing") {
        PackLoadResult r =
            parsePack(packJson(question(baseFields() + R"(, "kind": "single", "correct": [0])")));
        CHECK(hasProblem(r, Code::MissingField, "options"));
    }
    SUBCASE("an empty correct list") {
        CHECK(onlyProblem(singleQ("q", "").replace(singleQ("q", "").find("[0]"), 3, "[]")).code ==
              Code::NoCorrect);
    }
    SUBCASE("correct given as a bare number") {
        PackProblem p = onlyProblem(
            question(baseFields() + R"(, "kind": "single", "options": ["A","B"], "correct": 1)"));
        CHECK(p.code == Code::WrongType);
        CHECK(p.field == "correct");
    }
    SUBCASE("a correct index past the options") {
        PackProblem p = onlyProblem(
            question(baseFields() + R"(, "kind": "single", "options": ["A","B"], "correct": [2])"));
        CHECK(p.code == Code::BadCorrect);
        CHECK(p.detail == "option numbers go from 0 to 1");
    }
    SUBCASE("a negative or text correct index") {
        CHECK(onlyProblem(question(baseFields() +
                                   R"(, "kind": "single", "options": ["A","B"], "correct": [-1])"))
                  .code == Code::BadCorrect);
        CHECK(onlyProblem(question(baseFields() +
                                   R"(, "kind": "single", "options": ["A","B"], "correct": ["A"])"))
                  .code == Code::BadCorrect);
    }
    SUBCASE("two correct answers for a single choice") {
        PackProblem p = onlyProblem(question(
            baseFields() + R"(, "kind": "single", "options": ["A","B"], "correct": [0, 1])"));
        CHECK(p.code == Code::BadCorrect);
    }
    SUBCASE("a multi-select answer listed twice") {
        PackProblem p = onlyProblem(question(
            baseFields() + R"(, "kind": "multi", "options": ["A","B","C"], "correct": [1, 1])"));
        CHECK(p.code == Code::BadCorrect);
    }
    SUBCASE("an order that skips a step") {
        PackProblem p = onlyProblem(question(
            baseFields() + R"(, "kind": "order", "options": ["A","B","C"], "correct": [2, 0])"));
        CHECK(p.code == Code::BadCorrect);
    }
    SUBCASE("a poll with a correct answer") {
        PackProblem p = onlyProblem(
            question(baseFields() + R"(, "kind": "poll", "options": ["A","B"], "correct": [0])"));
        CHECK(p.code == Code::BadCorrect);
    }
    SUBCASE("a poll with an empty correct list is fine") {
        PackLoadResult r = parsePack(packJson(
            question(baseFields() + R"(, "kind": "poll", "options": ["A","B"], "correct": [])")));
        CHECK(r.pack);
    }
    SUBCASE("time limits outside 5..240 seconds, or not a whole number") {
        for (const char* t : {"4", "241", "0", "-5", "20.5", "\"20\""}) {
            CAPTURE(t);
            PackProblem p = onlyProblem(singleQ("q", std::string(R"(, "time": )") + t));
            CHECK(p.code == Code::BadTime);
        }
        CHECK(parsePack(packJson(singleQ("q", R"(, "time": 5)"))).pack);
        CHECK(parsePack(packJson(singleQ("q", R"(, "time": 240)"))).pack);
    }
    SUBCASE("points multipliers other than 0, 1, 2") {
        for (const char* pts : {"3", "-1", "1.5", "\"2\""}) {
            CAPTURE(pts);
            CHECK(onlyProblem(singleQ("q", std::string(R"(, "points": )") + pts)).code ==
                  Code::BadPoints);
        }
    }
    SUBCASE("a duplicate id") {
        PackLoadResult r = parsePack(packJson(singleQ("dup") + "," + singleQ("dup")));
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].code == Code::DuplicateId);
        CHECK(r.problems[0].questionNumber == 2);
        CHECK(r.problems[0].questionId == "dup");
    }
    SUBCASE("a topic that is not in the pack's list") {
        PackProblem p = onlyProblem(question(
            R"("id": "q", "text": "T", "explanation": "E", "topics": ["shop"], "kind": "single", "options": ["A","B"], "correct": [0])"));
        CHECK(p.code == Code::UnknownTopic);
        CHECK(p.detail == "shop");
    }
    SUBCASE("no topics") {
        PackProblem p = onlyProblem(question(
            R"("id": "q", "text": "T", "explanation": "E", "topics": [], "kind": "single", "options": ["A","B"], "correct": [0])"));
        CHECK(p.code == Code::Empty);
        CHECK(p.field == "topics");
    }
    SUBCASE("a question that is not an object") {
        PackLoadResult r = parsePack(packJson(std::string(kValidQuestion) + ", 42"));
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].code == Code::WrongType);
        CHECK(r.problems[0].questionNumber == 2);
    }
}

TEST_CASE("scenario card problems name the card field") {
    SUBCASE("an unknown card type") {
        PackProblem p = onlyProblem(singleQ("q", R"(, "card": { "type": "email" })"));
        CHECK(p.code == Code::UnknownCard);
        CHECK(p.field == "card.type");
        CHECK(p.detail == "email");
    }
    SUBCASE("a card without a type") {
        PackProblem p = onlyProblem(singleQ("q", R"(, "card": { "sender": "x" })"));
        CHECK(p.code == Code::MissingField);
        CHECK(p.field == "card.type");
    }
    SUBCASE("a card that is not an object") {
        CHECK(onlyProblem(singleQ("q", R"(, "card": "sms")")).code == Code::WrongType);
    }
    SUBCASE("an SMS card without a sender") {
        PackProblem p = onlyProblem(singleQ("q", R"(, "card": { "type": "sms", "body": "x" })"));
        CHECK(p.code == Code::MissingField);
        CHECK(p.field == "card.sender");
        CHECK(describe(p, Lang::Vi) == "câu 1 (q): thiếu trường [card.sender]");
    }
    SUBCASE("a misspelt card field") {
        PackLoadResult r = parsePack(packJson(
            singleQ("q", R"(, "card": { "type": "web", "url": "u", "title": "t", "ask": "x" })")));
        CHECK(hasProblem(r, Code::UnknownField, "card.ask"));
    }
    SUBCASE("a chat card without bubbles, or with a bad bubble") {
        CHECK(onlyProblem(
                  singleQ("q", R"(, "card": { "type": "chat", "app": "Zalo", "contact": "A" })"))
                  .field == "card.bubbles");
        PackProblem p = onlyProblem(singleQ(
            "q",
            R"(, "card": { "type": "chat", "app": "Zalo", "contact": "A", "bubbles": [ { "me": "yes", "text": "x" } ] })"));
        CHECK(p.code == Code::WrongType);
        CHECK(p.field == "card.bubbles[0].me");
        PackProblem notObject = onlyProblem(singleQ(
            "q",
            R"(, "card": { "type": "chat", "app": "Zalo", "contact": "A", "bubbles": [ "hi" ] })"));
        CHECK(notObject.field == "card.bubbles[0].");
    }
    SUBCASE("a call card whose transcript is not a list") {
        PackProblem p = onlyProblem(
            singleQ("q", R"(, "card": { "type": "call", "caller": "A", "transcript": "x" })"));
        CHECK(p.code == Code::WrongType);
        CHECK(p.field == "card.transcript");
    }
    SUBCASE("a QR card without the account holder's name") {
        PackProblem p =
            onlyProblem(singleQ("q", R"(, "card": { "type": "qr_payment", "payload": "0002" })"));
        CHECK(p.field == "card.accountName");
    }
    SUBCASE("a span with begin after end") {
        PackProblem p =
            onlyProblem(singleQ("q", R"(, "card": { "type": "sms", "sender": "A", "body": "B",
            "spans": [ { "id": "s", "field": "body", "begin": 3, "end": 1 } ] })"));
        CHECK(p.code == Code::BadSpan);
        CHECK(p.field == "card.spans[0].begin");
    }
    SUBCASE("a span without its id is numbered") {
        PackLoadResult r = parsePack(
            packJson(singleQ("q", R"(, "card": { "type": "sms", "sender": "A", "body": "B",
            "spans": [ { "field": "body", "begin": 0, "end": 1 } ] })")));
        REQUIRE(r.pack);
        CHECK(r.pack->questions[0].card->spans.at(0).id == "s1");
    }
    SUBCASE("spans that are not a list") {
        CHECK(onlyProblem(
                  singleQ("q",
                          R"(, "card": { "type": "sms", "sender": "A", "body": "B", "spans": 1 })"))
                  .field == "card.spans");
    }
    SUBCASE("more than 20 spans are reported, not silently dropped") {
        std::string spans;
        for (int i = 0; i < 21; ++i)
            spans += std::string(i ? "," : "") +
                     R"({ "id": "s", "field": "body", "begin": 0, "end": 1 })";
        PackLoadResult r = parsePack(packJson(
            singleQ("q", R"(, "card": { "type": "sms", "sender": "A", "body": "B", "spans": [)" +
                             spans + "] }")));
        CHECK(hasProblem(r, Code::TooMany, "card.spans"));
        CHECK_FALSE(r.pack);
    }
}

TEST_CASE("text is normalised to NFC on load") {
    // "Lừa" typed with combining marks in the question text and an option.
    std::string decomposed =
        "Lu\xCC\x9B\xCC\x80"
        "a";
    std::string json = packJson(
        question(R"("id": "q", "text": ")" + decomposed +
                 R"(", "explanation": "E", "topics": ["sms"], "kind": "single", "options": [")" +
                 decomposed + R"(", "B"], "correct": [0])"));
    PackLoadResult r = parsePack(json);
    REQUIRE(r.pack);
    CHECK(r.pack->questions[0].text ==
          "L\xE1\xBB\xAB"
          "a");
    CHECK(r.pack->questions[0].options[0] ==
          "L\xE1\xBB\xAB"
          "a");
}

TEST_CASE("text limits: 500 characters of text, 120 per option, counted after NFC") {
    auto withText = [](const std::string& text, const std::string& option) {
        return parsePack(packJson(question(
            R"("id": "q", "text": ")" + text +
            R"(", "explanation": "E", "topics": ["sms"], "kind": "single", "options": [")" +
            option + R"(", "B"], "correct": [0])")));
    };
    CHECK(withText(repeat("a", 500), "A").pack);
    PackLoadResult tooLong = withText(repeat("a", 501), "A");
    REQUIRE(tooLong.problems.size() == 1);
    CHECK(tooLong.problems[0].code == Code::TooLong);
    CHECK(tooLong.problems[0].field == "text");
    CHECK(tooLong.problems[0].detail == "501 > 500");
    // 500 "ễ" typed decomposed are 1500 code points but 500 characters once composed.
    CHECK(withText(repeat("e\xCC\x82\xCC\x83", 500), "A").pack);
    CHECK(withText(repeat("\xE1\xBB\x85", 501), "A").problems.at(0).code == Code::TooLong);

    CHECK(withText("T", repeat("\xE1\xBB\x85", 120)).pack);
    PackLoadResult longOption = withText("T", repeat("o", 121));
    REQUIRE(longOption.problems.size() == 1);
    CHECK(longOption.problems[0].code == Code::TooLong);
    CHECK(longOption.problems[0].field == "options[0]");
}

TEST_CASE("at most 1000 questions") {
    auto packOf = [](int count) {
        std::string questions;
        for (int i = 0; i < count; ++i)
            questions += (i ? "," : "") + singleQ("q" + std::to_string(i));
        return parsePack(packJson(questions));
    };
    PackLoadResult full = packOf(1000);
    REQUIRE(full.pack);
    CHECK(full.pack->questions.size() == 1000);
    PackLoadResult over = packOf(1001);
    INFO(allProblems(over));
    REQUIRE(over.problems.size() == 1);
    CHECK(over.problems[0].code == Code::TooMany);
    CHECK(over.problems[0].field == "questions");
    CHECK(over.problems[0].detail == "1001 > 1000");
    CHECK_FALSE(over.pack);
}

TEST_CASE("every problem code has a message in both languages") {
    for (int c = static_cast<int>(Code::Syntax); c <= static_cast<int>(Code::UnknownField); ++c) {
        PackProblem p;
        p.code = static_cast<Code>(c);
        p.line = 1;
        p.column = 1;
        CAPTURE(c);
        std::string vi = describe(p, Lang::Vi);
        std::string en = describe(p, Lang::En);
        CHECK(vi.back() != '?');  // describe() falls back to "?" for a code it forgot
        CHECK(en.back() != '?');
        CHECK(vi != en);
    }
    PackProblem packLevel;
    packLevel.code = Code::MissingField;
    packLevel.field = "title";
    CHECK(describe(packLevel, Lang::Vi) == "thiếu trường [title]");
    PackProblem noId;
    noId.code = Code::TooLong;
    noId.questionNumber = 3;
    noId.field = "text";
    noId.detail = "501 > 500";
    CHECK(describe(noId, Lang::En) == "question 3: too long [text]: 501 > 500");
}

TEST_CASE("the bundled packs load without a single problem") {
    int loaded = 0;
    for (const auto& [path, text] : test::bundledPackTexts()) {
        PackLoadResult r = parsePack(text);
        CAPTURE(path.string());
        INFO(allProblems(r));
        CHECK(r.problems.empty());
        ++loaded;
    }
    CHECK(loaded >= 2);
}

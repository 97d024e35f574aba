// Pack loading (design.md §4, docs/pack-format.md): what loads, JSON syntax errors with their
// line and column, the top level and the pack-level fields.
#include <doctest/doctest.h>

#include "dovui/core/pack.hpp"
#include "pack_json.hpp"

using namespace dovui::core;
using namespace dovui::core::test;
using Code = PackProblem::Code;

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

// Pack loading (docs/pack-format.md): content errors name the question number, its id and the
// field; every question field checked one by one.
#include <doctest/doctest.h>

#include "dovui/core/pack.hpp"
#include "pack_json.hpp"

using namespace dovui::core;
using namespace dovui::core::test;
using Code = PackProblem::Code;

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

// Pack loading (design.md §4): text normalised to NFC, the length and count limits, every
// problem's message in both languages, and the bundled packs load clean.
#include <doctest/doctest.h>

#include "core_test_support.hpp"
#include "dovui/core/pack.hpp"
#include "pack_json.hpp"

using namespace dovui::core;
using namespace dovui::core::test;
using Code = PackProblem::Code;

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

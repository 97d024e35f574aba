#pragma once
/// Shared by the pack loader suites (pack_*_test.cpp): packs and questions written as JSON text,
/// and readers of the problems a load reports.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include "dovui/core/pack.hpp"

namespace dovui::core::test {

inline const char* const kValidQuestion = R"({
  "id": "sms-01", "kind": "single", "text": "Tin nhắn này có đáng tin không?",
  "options": ["Đáng tin", "Lừa đảo"], "correct": [1],
  "explanation": "Ngân hàng không gửi link qua SMS.", "topics": ["sms"] })";

/// A pack around `questions` (a JSON list body); `extra` is spliced into the top object.
inline std::string packJson(const std::string& questions, const std::string& extra = "") {
    return R"({ "schemaVersion": 1, "id": "test-pack", "language": "vi",
  "title": "Gói thử", "description": "Mô tả",
  "topics": [ { "id": "sms", "name": "Tin nhắn" }, { "id": "call", "name": "Cuộc gọi" } ],
  "sources": [ "https://example.invalid" ],)" +
           extra + R"( "questions": [ )" + questions + " ] }";
}

/// A question object with `fields` appended to the valid question's fields (later keys
/// are ignored by nothing: we build objects whose fields we control completely).
inline std::string question(const std::string& fields) {
    return "{ " + fields + " }";
}

inline std::string baseFields(const std::string& id = "q-1") {
    return R"("id": ")" + id +
           R"(", "text": "Câu hỏi", "explanation": "Vì thế", "topics": ["sms"])";
}

inline std::string singleQ(const std::string& id, const std::string& more = "") {
    return question(baseFields(id) +
                    R"(, "kind": "single", "options": ["A", "B"], "correct": [0])" + more);
}

inline bool hasProblem(const PackLoadResult& r, PackProblem::Code code,
                       const std::string& field = "", int questionNumber = -1) {
    return std::any_of(r.problems.begin(), r.problems.end(), [&](const PackProblem& p) {
        return p.code == code && (field.empty() || p.field == field) &&
               (questionNumber < 0 || p.questionNumber == questionNumber);
    });
}

inline std::string allProblems(const PackLoadResult& r) {
    std::string out;
    for (const PackProblem& p : r.problems)
        out += describe(p, Lang::En) + "\n";
    return out;
}

/// Loads a pack with one question built from `fields` and expects exactly one problem.
inline PackProblem onlyProblem(const std::string& questionObject) {
    PackLoadResult r = parsePack(packJson(questionObject));
    INFO(allProblems(r));
    REQUIRE(r.problems.size() == 1);
    CHECK_FALSE(r.pack);
    return r.problems.front();
}

inline std::string repeat(std::string_view s, std::size_t times) {
    std::string out;
    for (std::size_t i = 0; i < times; ++i)
        out += s;
    return out;
}

}  // namespace dovui::core::test

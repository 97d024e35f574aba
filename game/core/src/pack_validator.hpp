#pragma once
// Private to the pack loader: the validator that records every problem it finds and builds
// the Pack only when there are none. Split over pack_loader.cpp (the pack and its questions),
// pack_values.cpp (text, lists, numbers) and card_reader.cpp (cards and their spans).
#include <rapidjson/document.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "dovui/core/pack.hpp"

namespace dovui::core::detail {

class PackValidator {
public:
    PackLoadResult run(const rapidjson::Value& root);

private:
    using Value = rapidjson::Value;
    using Code = PackProblem::Code;

    PackLoadResult finish(Pack pack);
    void add(Code code, std::string field, std::string detail = {});
    void checkFields(const Value& obj, std::initializer_list<const char*> known);
    /// NFC text with a code-point limit; "" when absent (reported if required).
    std::string text(const Value& obj, const char* field, std::size_t maxChars, bool required);
    std::string textValue(const Value& v, const std::string& field, std::size_t maxChars,
                          bool required);
    std::vector<std::string> textList(const Value& obj, const char* field, std::size_t maxChars,
                                      std::size_t maxItems, bool required);
    /// An integer field; `fallback` when absent; nullopt (reported) when not an integer.
    std::optional<int> intField(const Value& obj, const char* field, int fallback);

    void readTopics(const Value& root, Pack& pack);
    void readQuestions(const Value& root, Pack& pack);
    Question readQuestion(const Value& qv, const Pack& pack);
    void readTeaching(const Value& qv, Question& q);
    void readChoices(const Value& qv, Question& q, const Pack& pack);
    void readCorrect(const Value& qv, Question& q);

    void readCard(const Value& cv, Question& q);
    CardBody readCardBody(const Value& cv, std::string_view type);
    std::vector<CardSpan> readSpans(const Value& cv, const CardBody& body);
    std::optional<CardSpan> readSpan(const Value& sv, const CardBody& body);
    void checkSpotSpans(Question& q, const Value& qv);

    std::vector<PackProblem> m_problems;
    int m_schema = kPackSchemaVersion;
    int m_questionNumber = 0;
    std::string m_questionId;
    std::string m_prefix;
};

}  // namespace dovui::core::detail

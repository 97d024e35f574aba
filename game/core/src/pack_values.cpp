// Reading plain values (text, lists, integers) for the pack validator.
#include <algorithm>

#include "dovui/core/text.hpp"
#include "pack_validator.hpp"

namespace dovui::core::detail {
namespace {

/// Trims the ends; keeps inner line breaks (an SMS body has them).
std::string trimKeepLines(const std::string& s) {
    auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

}  // namespace

PackLoadResult PackValidator::finish(Pack pack) {
    PackLoadResult result;
    result.problems = std::move(m_problems);
    if (result.problems.empty())
        result.pack = std::move(pack);
    return result;
}

void PackValidator::add(Code code, std::string field, std::string detail) {
    PackProblem p;
    p.code = code;
    p.questionNumber = m_questionNumber;
    p.questionId = m_questionId;
    p.field = m_prefix + field;
    p.detail = std::move(detail);
    m_problems.push_back(std::move(p));
}

void PackValidator::checkFields(const Value& obj, std::initializer_list<const char*> known) {
    for (auto it = obj.MemberBegin(); it != obj.MemberEnd(); ++it) {
        std::string_view name(it->name.GetString(), it->name.GetStringLength());
        if (std::none_of(known.begin(), known.end(), [&](const char* k) { return name == k; }))
            add(Code::UnknownField, std::string(name));
    }
}

std::string PackValidator::text(const Value& obj, const char* field, std::size_t maxChars,
                                bool required) {
    auto it = obj.FindMember(field);
    if (it == obj.MemberEnd()) {
        if (required)
            add(Code::MissingField, field);
        return {};
    }
    return textValue(it->value, field, maxChars, required);
}

std::string PackValidator::textValue(const Value& v, const std::string& field, std::size_t maxChars,
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
    std::string out = trimKeepLines(*nfc);
    if (required && out.empty())
        add(Code::Empty, field);
    std::size_t chars = codePointCount(out);
    if (chars > maxChars)
        add(Code::TooLong, field, std::to_string(chars) + " > " + std::to_string(maxChars));
    return out;
}

std::vector<std::string> PackValidator::textList(const Value& obj, const char* field,
                                                 std::size_t maxChars, std::size_t maxItems,
                                                 bool required) {
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
        out.push_back(textValue(it->value[i], std::string(field) + "[" + std::to_string(i) + "]",
                                maxChars, true));
    if (required && out.empty())
        add(Code::Empty, field);
    return out;
}

std::optional<int> PackValidator::intField(const Value& obj, const char* field, int fallback) {
    auto it = obj.FindMember(field);
    if (it == obj.MemberEnd())
        return fallback;
    if (!it->value.IsInt())
        return std::nullopt;
    return it->value.GetInt();
}

}  // namespace dovui::core::detail

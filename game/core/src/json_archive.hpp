#pragma once
/// JSON archives that walk the same serialize functions as the binary wire archive, using the
/// CEREAL_NVP names as keys. Private to protocol_json.cpp (rapidjson stays out of headers).
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <limits>
#include <optional>
#include <span>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "dovui/core/text.hpp"

#include "dovui/core/protocol.hpp"

namespace dovui::core::json {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

// Enum names on the JSON side, in enum order.
inline constexpr const char* kKindNames[] = {"single", "truefalse", "multi",
                                             "order",  "poll",      "spot"};
inline constexpr const char* kPhaseNames[] = {"lobby", "question", "reveal", "leaderboard",
                                              "podium"};
inline constexpr const char* kJoinRefusalNames[] = {
    "wrongPin",        "wrongVersion",    "nicknameEmpty",
    "nicknameTooLong", "nicknameInvalid", "nicknameTaken",
    "nicknameRude",    "locked",          "full",
    "unknownToken",    "kicked",          "rateLimited",
    "matchOver"};
inline constexpr const char* kAnswerRefusalNames[] = {"none",   "noQuestion", "wrongQuestion",
                                                      "late",   "duplicate",  "malformed",
                                                      "paused", "eliminated", "notJoined"};
inline constexpr const char* kCardTypeNames[] = {"sms", "call", "chat", "web", "qr_payment"};
inline constexpr const char* kCardVerdictNames[] = {"noCard", "scam", "genuine"};
/// The pack-file ids, so the page names techniques as the packs do.
inline constexpr const char* kTechniqueNames[] = {"impersonation", "urgency",    "secrecy",
                                                  "bait",          "app-switch", "link-app",
                                                  "otp-password",  "transfer"};
// One name per enum value, up to the bound the decoders check.
template <class E, std::size_t N>
constexpr bool namesEvery(const char* const (&)[N]) {
    return N == static_cast<std::size_t>(lastEnumValue(E{})) + 1;
}
static_assert(namesEvery<QuestionKind>(kKindNames));
static_assert(namesEvery<Phase>(kPhaseNames));
static_assert(namesEvery<JoinRefusal>(kJoinRefusalNames));
static_assert(namesEvery<AnswerRefusal>(kAnswerRefusalNames));
static_assert(namesEvery<CardVerdict>(kCardVerdictNames));
static_assert(namesEvery<Technique>(kTechniqueNames));
static_assert(std::size(kCardTypeNames) == std::variant_size_v<CardBody>);

inline std::span<const char* const> enumNames(QuestionKind) {
    return kKindNames;
}
inline std::span<const char* const> enumNames(Phase) {
    return kPhaseNames;
}
inline std::span<const char* const> enumNames(JoinRefusal) {
    return kJoinRefusalNames;
}
inline std::span<const char* const> enumNames(AnswerRefusal) {
    return kAnswerRefusalNames;
}
inline std::span<const char* const> enumNames(CardVerdict) {
    return kCardVerdictNames;
}
inline std::span<const char* const> enumNames(Technique) {
    return kTechniqueNames;
}

template <class T>
using IsVector = core::detail::IsStdVector<T>;
template <class T>
using IsOptional = core::detail::IsStdOptional<T>;

/// Writes `key: value` pairs into the object the caller opened.
class WriteArchive {
public:
    explicit WriteArchive(Writer& writer) : m_w(writer) {}

    template <class... Fields>
    void operator()(Fields&&... fields) {
        (field(fields), ...);
    }

    template <class T>
    void value(const T& v) {
        if constexpr (std::is_same_v<T, bool>) {
            m_w.Bool(v);
        } else if constexpr (std::is_enum_v<T>) {
            auto names = enumNames(v);
            auto i = static_cast<std::size_t>(v);
            m_w.String(i < names.size() ? names[i] : "?");
        } else if constexpr (std::is_integral_v<T> && std::is_signed_v<T>) {
            m_w.Int64(v);
        } else if constexpr (std::is_integral_v<T>) {
            m_w.Uint64(v);
        } else if constexpr (std::is_same_v<T, std::string>) {
            m_w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
        } else if constexpr (IsVector<T>::value) {
            m_w.StartArray();
            for (const auto& item : v)
                value(item);
            m_w.EndArray();
        } else if constexpr (IsOptional<T>::value) {
            if (v)
                value(*v);
            else
                m_w.Null();
        } else if constexpr (std::is_same_v<T, CardBody>) {
            m_w.StartObject();
            m_w.Key("type");
            m_w.String(kCardTypeNames[v.index()]);
            std::visit(
                [this](const auto& card) {
                    const_cast<std::decay_t<decltype(card)>&>(card).serialize(*this);
                },
                v);
            m_w.EndObject();
        } else if constexpr (requires {
                                 v.value;
                                 T::kMaxBytes;
                             }) {
            value(v.value);  // BoundedString
        } else if constexpr (requires {
                                 v.value;
                                 T::kMaxCount;
                             }) {
            value(v.value);  // BoundedVector
        } else {
            m_w.StartObject();
            const_cast<T&>(v).serialize(*this);
            m_w.EndObject();
        }
    }

private:
    template <class T>
    void field(const cereal::NameValuePair<T>& f) {
        m_w.Key(f.name);
        value(f.value);
    }
    template <class T, class Rule>
    void field(const RuledField<T, Rule>& f) {
        m_w.Key(f.name);
        value(f.value);
    }

    Writer& m_w;
};

/// Reads the named fields of one JSON object; every check failure throws DecodeFailure.
class ReadArchive {
public:
    explicit ReadArchive(const rapidjson::Value& object) : m_object(object) {}

    template <class... Fields>
    void operator()(Fields&&... fields) {
        (field(fields), ...);
    }

    template <class T>
    static void value(const rapidjson::Value& v, T& out, const char* name,
                      std::size_t maxCount = kMaxWireCount) {
        if constexpr (std::is_same_v<T, bool>) {
            if (!v.IsBool())
                fail(DecodeErrorCode::BadValue, name, "is not true/false");
            out = v.GetBool();
        } else if constexpr (std::is_enum_v<T>) {
            if (!v.IsString())
                fail(DecodeErrorCode::BadValue, name, "is not a name");
            auto names = enumNames(out);
            for (std::size_t i = 0; i < names.size(); ++i)
                if (std::string_view(v.GetString(), v.GetStringLength()) == names[i]) {
                    out = static_cast<T>(i);
                    return;
                }
            fail(DecodeErrorCode::BadValue, name, "is not a known name");
        } else if constexpr (std::is_integral_v<T> && std::is_signed_v<T>) {
            if (!v.IsInt64() || v.GetInt64() < std::numeric_limits<T>::min() ||
                v.GetInt64() > std::numeric_limits<T>::max())
                fail(DecodeErrorCode::BadValue, name, "is not an integer in range");
            out = static_cast<T>(v.GetInt64());
        } else if constexpr (std::is_integral_v<T>) {
            if (!v.IsUint64() || v.GetUint64() > std::numeric_limits<T>::max())
                fail(DecodeErrorCode::BadValue, name, "is not a whole number in range");
            out = static_cast<T>(v.GetUint64());
        } else if constexpr (std::is_same_v<T, std::string>) {
            if (!v.IsString())
                fail(DecodeErrorCode::BadValue, name, "is not a string");
            if (v.GetStringLength() > maxCount)
                fail(DecodeErrorCode::Oversize, name, "is too long");
            // rapidjson turns a lone surrogate escape ("\uDDDD") into bytes that are not
            // UTF-8: refuse it here, so whatever decodes also encodes back the same.
            if (!isUtf8(std::string_view(v.GetString(), v.GetStringLength())))
                fail(DecodeErrorCode::BadValue, name, "is not valid text (a lone surrogate?)");
            out.assign(v.GetString(), v.GetStringLength());
        } else if constexpr (IsVector<T>::value) {
            if (!v.IsArray())
                fail(DecodeErrorCode::BadValue, name, "is not a list");
            if (v.Size() > maxCount)
                fail(DecodeErrorCode::Oversize, name, "has too many items");
            out.clear();
            out.resize(v.Size());
            for (rapidjson::SizeType i = 0; i < v.Size(); ++i)
                value(v[i], out[i], name);
        } else if constexpr (IsOptional<T>::value) {
            if (v.IsNull()) {
                out.reset();
                return;
            }
            out.emplace();
            value(v, *out, name, maxCount);
        } else if constexpr (std::is_same_v<T, CardBody>) {
            if (!v.IsObject())
                fail(DecodeErrorCode::BadValue, name, "is not an object");
            auto type = v.FindMember("type");
            if (type == v.MemberEnd() || !type->value.IsString())
                fail(DecodeErrorCode::BadValue, name, "has no card type");
            loadCard<0>(v, type->value.GetString(), out, name);
        } else if constexpr (requires {
                                 out.value;
                                 T::kMaxBytes;
                             }) {
            value(v, out.value, name, T::kMaxBytes);
        } else if constexpr (requires {
                                 out.value;
                                 T::kMaxCount;
                             }) {
            value(v, out.value, name, T::kMaxCount);
        } else {
            if (!v.IsObject())
                fail(DecodeErrorCode::BadValue, name, "is not an object");
            ReadArchive nested(v);
            out.serialize(nested);
        }
    }

    [[noreturn]] static void fail(DecodeErrorCode code, const char* name, const char* what) {
        throw DecodeFailure(code, std::string("field \"") + name + "\" " + what);
    }

private:
    // Each field is checked as soon as it is read, as the wire archive does (field_rules.hpp).
    template <class T>
    void field(const cereal::NameValuePair<T>& f) {
        value(member(f.name), f.value, f.name);
        checkField(f.name, f.value);
    }
    template <class T, class Rule>
    void field(const RuledField<T, Rule>& f) {
        value(member(f.name), f.value, f.name);
        checkField(f);
    }
    const rapidjson::Value& member(const char* name) const {
        auto found = m_object.FindMember(name);
        if (found == m_object.MemberEnd())
            fail(DecodeErrorCode::Truncated, name, "is missing");
        return found->value;
    }

    template <std::size_t I>
    static void loadCard(const rapidjson::Value& v, std::string_view type, CardBody& out,
                         const char* name) {
        if constexpr (I < std::variant_size_v<CardBody>) {
            if (type == kCardTypeNames[I]) {
                std::variant_alternative_t<I, CardBody> card{};
                ReadArchive nested(v);
                card.serialize(nested);
                out = std::move(card);
                return;
            }
            loadCard<I + 1>(v, type, out, name);
        } else {
            fail(DecodeErrorCode::BadValue, name, "has an unknown card type");
        }
    }

    const rapidjson::Value& m_object;
};

}  // namespace dovui::core::json

#pragma once
/// The message table validates itself (design.md §5, as Teeworlds' network table does): a
/// field's limit is declared where its message lists it in `serialize`, and every archive that
/// reads messages (the wire, the browser's JSON) checks it as soon as that field is read, so no
/// decoder can forget a check. Enums carry their bound with them: every enum on the wire
/// declares `constexpr E lastEnumValue(E)` beside it, or the decoders do not compile.
#include <concepts>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include <cereal/details/helpers.hpp>

namespace dovui::core {

/// Why bytes could not be decoded.
enum class DecodeErrorCode : std::uint8_t {
    Empty,          ///< no bytes at all
    UnknownId,      ///< message id not in the table
    Truncated,      ///< fewer bytes than the message needs
    Oversize,       ///< a size tag over its limit
    TrailingBytes,  ///< bytes left after the message
    BadValue,       ///< a value out of range (enum, variant index)
    WrongVersion,   ///< peer speaks another protocol version
};

/// Thrown inside decoding; caught at the decoder boundary and turned into a value.
struct DecodeFailure : std::runtime_error {
    DecodeErrorCode code;
    std::uint32_t peerVersion = 0;  ///< WrongVersion: the version the peer runs
    DecodeFailure(DecodeErrorCode c, const std::string& what) : std::runtime_error(what), code(c) {}
};

template <class E>
concept BoundedEnum = std::is_enum_v<E> && requires(E e) {
    { lastEnumValue(e) } -> std::same_as<E>;
};

/// A limit on a number (its value) or on a list or text (its size): `AtMost{kMaxOptions}`.
struct AtMost {
    std::uint64_t limit;
};

/// The first field of a join: anything but `ours` is WrongVersion, reported with its number
/// before the rest is read (its shape may differ in another version).
struct SameProtocolVersion {
    std::uint16_t ours;
};

/// A table field with a rule beyond its type: `ar(ruled(CEREAL_NVP(choice), AtMost{4}))`.
/// Archives write it as the plain field (the rule adds no byte).
template <class T, class Rule>
struct RuledField {
    const char* name;
    T& value;
    Rule rule;
};

template <class T, class Rule>
RuledField<T, Rule> ruled(cereal::NameValuePair<T&>&& field, Rule rule) {
    return {field.name, field.value, rule};
}

namespace detail {
template <class T>
struct IsStdVector : std::false_type {};
template <class T>
struct IsStdVector<std::vector<T>> : std::true_type {};
template <class T>
struct IsStdOptional : std::false_type {};
template <class T>
struct IsStdOptional<std::optional<T>> : std::true_type {};

[[noreturn]] inline void failField(DecodeErrorCode code, const char* name,
                                   const std::string& what) {
    throw DecodeFailure(code, std::string("field \"") + name + "\" " + what);
}
}  // namespace detail

/// The checks every field gets from its type alone: enums within their declared bound (in
/// lists and optionals too). Structs check their own fields as they are read.
template <class T>
void checkField(const char* name, const T& value) {
    if constexpr (std::is_enum_v<T>) {
        static_assert(BoundedEnum<T>, "declare constexpr E lastEnumValue(E) beside the enum");
        using Raw = std::underlying_type_t<T>;
        static_assert(std::is_unsigned_v<Raw>, "wire enums count from 0");
        auto raw = static_cast<std::uint64_t>(static_cast<Raw>(value));
        if (raw > static_cast<std::uint64_t>(static_cast<Raw>(lastEnumValue(value))))
            detail::failField(DecodeErrorCode::BadValue, name,
                              "is out of range (" + std::to_string(raw) + ")");
    } else if constexpr (detail::IsStdVector<T>::value) {
        for (const auto& item : value)
            checkField(name, item);
    } else if constexpr (detail::IsStdOptional<T>::value) {
        if (value)
            checkField(name, *value);
    }
}

template <class T>
void checkRule(const char* name, const T& value, AtMost rule) {
    if constexpr (requires { value.size(); }) {
        if (value.size() > rule.limit)
            detail::failField(DecodeErrorCode::Oversize, name,
                              "has over " + std::to_string(rule.limit) + " items");
    } else {
        static_assert(std::is_unsigned_v<T>, "AtMost limits unsigned numbers, lists and texts");
        if (value > rule.limit)
            detail::failField(
                DecodeErrorCode::BadValue, name,
                "is over " + std::to_string(rule.limit) + " (" + std::to_string(value) + ")");
    }
}

inline void checkRule(const char*, std::uint16_t version, SameProtocolVersion rule) {
    if (version == rule.ours)
        return;
    DecodeFailure failure(DecodeErrorCode::WrongVersion,
                          "peer runs version " + std::to_string(version) + ", this runs " +
                              std::to_string(rule.ours));
    failure.peerVersion = version;
    throw failure;
}

/// Everything a reader checks once it has read `field`.
template <class T, class Rule>
void checkField(const RuledField<T, Rule>& field) {
    checkField(field.name, field.value);
    checkRule(field.name, field.value, field.rule);
}

}  // namespace dovui::core

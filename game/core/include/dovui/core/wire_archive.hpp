#pragma once
/// The binary wire archives. Size tags are LEB128 varints; every size tag read from the
/// network is checked against a limit and the bytes left *before* anything is allocated
/// (cereal's own binary archive trusts them: 15 bytes could demand 2 GiB).
#include <bit>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <variant>

#include <cereal/cereal.hpp>

#include "dovui/core/field_rules.hpp"

namespace dovui::core {

static_assert(std::endian::native == std::endian::little, "the wire format is little-endian");

/// Largest element count any size tag may claim (no message needs more).
inline constexpr std::uint64_t kMaxWireCount = 8192;

/// Writes the wire format into a std::string.
class WireOutputArchive
    : public cereal::OutputArchive<WireOutputArchive, cereal::AllowEmptyClassElision> {
public:
    explicit WireOutputArchive(std::string& out)
        : OutputArchive<WireOutputArchive, cereal::AllowEmptyClassElision>(this), m_out(out) {}
    void saveBinary(const void* data, std::size_t size) {
        m_out.append(static_cast<const char*>(data), size);
    }
    void saveVarint(std::uint64_t value) {
        do {
            auto byte = static_cast<std::uint8_t>(value & 0x7f);
            value >>= 7;
            if (value != 0)
                byte |= 0x80;
            m_out.push_back(static_cast<char>(byte));
        } while (value != 0);
    }

private:
    std::string& m_out;
};

/// Reads the wire format from a byte span; knows how many bytes are left.
class WireInputArchive
    : public cereal::InputArchive<WireInputArchive, cereal::AllowEmptyClassElision> {
public:
    WireInputArchive(const std::uint8_t* data, std::size_t size)
        : InputArchive<WireInputArchive, cereal::AllowEmptyClassElision>(this),
          m_cur(data),
          m_end(data + size) {}
    std::size_t remaining() const { return static_cast<std::size_t>(m_end - m_cur); }
    void loadBinary(void* data, std::size_t size) {
        if (size > remaining())
            throw DecodeFailure(DecodeErrorCode::Truncated, "message ends early");
        if (size == 0)
            return;  // an empty vector's data() may be null, and memcpy(null, …, 0) is UB
        std::memcpy(data, m_cur, size);
        m_cur += size;
    }
    std::uint64_t loadVarint() {
        std::uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            std::uint8_t byte = 0;
            loadBinary(&byte, 1);
            value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if ((byte & 0x80) == 0)
                return value;
        }
        throw DecodeFailure(DecodeErrorCode::BadValue, "size tag longer than 64 bits");
    }
    /// Reads a count and checks it: at most `limit`, and every element needs at least a byte.
    std::size_t loadCount(std::uint64_t limit) {
        std::uint64_t count = loadVarint();
        if (count > limit)
            throw DecodeFailure(
                DecodeErrorCode::Oversize,
                "size tag " + std::to_string(count) + " over the limit " + std::to_string(limit));
        if (count > remaining())
            throw DecodeFailure(DecodeErrorCode::Truncated,
                                "size tag " + std::to_string(count) + " but only " +
                                    std::to_string(remaining()) + " bytes left");
        return static_cast<std::size_t>(count);
    }

private:
    const std::uint8_t* m_cur;
    const std::uint8_t* m_end;
};

// Arithmetic types: raw little-endian bytes. Bools are checked to be 0 or 1.
template <class T>
std::enable_if_t<std::is_arithmetic_v<T>> CEREAL_SAVE_FUNCTION_NAME(WireOutputArchive& ar,
                                                                    const T& t) {
    ar.saveBinary(std::addressof(t), sizeof(t));
}
template <class T>
std::enable_if_t<std::is_arithmetic_v<T>> CEREAL_LOAD_FUNCTION_NAME(WireInputArchive& ar, T& t) {
    if constexpr (std::is_same_v<T, bool>) {
        std::uint8_t byte = 0;
        ar.loadBinary(&byte, 1);
        if (byte > 1)
            throw DecodeFailure(DecodeErrorCode::BadValue, "bool is not 0 or 1");
        t = byte == 1;
    } else {
        ar.loadBinary(std::addressof(t), sizeof(t));
    }
}

// Table fields: names are not on the wire; each field is checked as soon as it is read.
template <class T>
void CEREAL_SAVE_FUNCTION_NAME(WireOutputArchive& ar, const cereal::NameValuePair<T>& t) {
    ar(t.value);
}
template <class T>
void CEREAL_LOAD_FUNCTION_NAME(WireInputArchive& ar, cereal::NameValuePair<T>& t) {
    ar(t.value);
    checkField(t.name, t.value);
}
template <class T, class Rule>
void CEREAL_SAVE_FUNCTION_NAME(WireOutputArchive& ar, const RuledField<T, Rule>& f) {
    ar(f.value);
}
template <class T, class Rule>
void CEREAL_LOAD_FUNCTION_NAME(WireInputArchive& ar, RuledField<T, Rule>& f) {
    ar(f.value);
    checkField(f);
}

template <class T>
void CEREAL_SAVE_FUNCTION_NAME(WireOutputArchive& ar, const cereal::SizeTag<T>& tag) {
    ar.saveVarint(static_cast<std::uint64_t>(tag.size));
}
template <class T>
void CEREAL_LOAD_FUNCTION_NAME(WireInputArchive& ar, cereal::SizeTag<T>& tag) {
    tag.size = static_cast<std::remove_reference_t<T>>(ar.loadCount(kMaxWireCount));
}

template <class T>
void CEREAL_SAVE_FUNCTION_NAME(WireOutputArchive& ar, const cereal::BinaryData<T>& bd) {
    ar.saveBinary(bd.data, static_cast<std::size_t>(bd.size));
}
template <class T>
void CEREAL_LOAD_FUNCTION_NAME(WireInputArchive& ar, cereal::BinaryData<T>& bd) {
    ar.loadBinary(bd.data, static_cast<std::size_t>(bd.size));
}

// std::variant with a one-byte index, checked on load.
template <class... Ts>
void CEREAL_SAVE_FUNCTION_NAME(WireOutputArchive& ar, const std::variant<Ts...>& v) {
    static_assert(sizeof...(Ts) < 256);
    auto index = static_cast<std::uint8_t>(v.index());
    ar(index);
    std::visit([&ar](const auto& alt) { ar(alt); }, v);
}

namespace detail {
template <std::size_t I, class Variant>
void loadVariantAlternative(WireInputArchive& ar, std::size_t index, Variant& v) {
    if constexpr (I < std::variant_size_v<Variant>) {
        if (index == I) {
            std::variant_alternative_t<I, Variant> alt{};
            ar(alt);
            v = std::move(alt);
            return;
        }
        loadVariantAlternative<I + 1>(ar, index, v);
    } else {
        throw DecodeFailure(DecodeErrorCode::BadValue, "variant index " + std::to_string(index));
    }
}
}  // namespace detail

template <class... Ts>
void CEREAL_LOAD_FUNCTION_NAME(WireInputArchive& ar, std::variant<Ts...>& v) {
    std::uint8_t index = 0;
    ar(index);
    detail::loadVariantAlternative<0>(ar, index, v);
}

}  // namespace dovui::core

CEREAL_REGISTER_ARCHIVE(dovui::core::WireOutputArchive)
CEREAL_REGISTER_ARCHIVE(dovui::core::WireInputArchive)
CEREAL_SETUP_ARCHIVE_TRAITS(dovui::core::WireInputArchive, dovui::core::WireOutputArchive)

#pragma once
/// Bounded wire types for fields that come from untrusted peers: the size tag is checked
/// against the field's limit and the bytes left before anything is allocated.
#include <cstdint>
#include <string>
#include <vector>

#include "dovui/core/wire_archive.hpp"

namespace dovui::core {

/// A UTF-8 string of at most MaxBytes bytes.
template <std::size_t MaxBytes>
struct BoundedString {
    std::string value;

    static constexpr std::size_t kMaxBytes = MaxBytes;
    bool operator==(const BoundedString&) const = default;

    void save(WireOutputArchive& ar) const {
        ar.saveVarint(value.size());
        ar.saveBinary(value.data(), value.size());
    }
    void load(WireInputArchive& ar) {
        std::size_t size = ar.loadCount(MaxBytes);
        value.resize(size);
        ar.loadBinary(value.data(), size);
    }
    template <class A>
    void save(A& ar) const {
        ar(value);
    }
    template <class A>
    void load(A& ar) {
        ar(value);
        if (value.size() > MaxBytes)
            throw DecodeFailure(DecodeErrorCode::Oversize,
                                "string over " + std::to_string(MaxBytes));
    }
};

/// A vector of at most MaxCount arithmetic elements.
template <class T, std::size_t MaxCount>
struct BoundedVector {
    static_assert(std::is_arithmetic_v<T>);
    std::vector<T> value;

    static constexpr std::size_t kMaxCount = MaxCount;
    bool operator==(const BoundedVector&) const = default;

    void save(WireOutputArchive& ar) const {
        ar.saveVarint(value.size());
        for (const T& item : value)
            ar(item);
    }
    void load(WireInputArchive& ar) {
        std::size_t count = ar.loadCount(MaxCount);
        if (count * sizeof(T) > ar.remaining())
            throw DecodeFailure(DecodeErrorCode::Truncated, "vector ends early");
        value.resize(count);
        for (T& item : value)
            ar(item);
    }
};

}  // namespace dovui::core

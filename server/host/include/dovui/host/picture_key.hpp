#pragma once
/// Folds what a screen's picture depends on (snapshot version, shown second, banner…) into
/// one number: the screen asks for a redraw when the number differs from the one it drew.
#include <cstdint>
#include <functional>
#include <string_view>

namespace dovui::host {

class PictureKey {
public:
    PictureKey& add(std::uint64_t value) {
        // splitmix64's finaliser: every input bit moves about half the output bits.
        std::uint64_t z = m_value ^ (value + 0x9e3779b97f4a7c15ull + (m_value << 6));
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        m_value = z ^ (z >> 31);
        return *this;
    }
    PictureKey& add(std::string_view text) { return add(std::hash<std::string_view>{}(text)); }
    [[nodiscard]] std::uint64_t value() const { return m_value; }

private:
    std::uint64_t m_value = 0;
};

}  // namespace dovui::host

#pragma once
/// The two bundled faces (DejaVu Sans, full Vietnamese coverage), loaded once.
#include <SFML/Graphics/Font.hpp>
#include <string>

namespace dovui::ui {

struct Fonts {
    sf::Font regular;
    sf::Font bold;
    /// A problem worth showing (a bundled file missing, a system fallback used); empty if none.
    std::string warning;
    bool ok = false;

    /// Loads `<assetsDir>/fonts/DejaVuSans{,-Bold}.ttf`, falling back to the system's DejaVu.
    /// `ok` is false only when no usable font was found at all.
    static Fonts load(const std::string& assetsDir);
};

}  // namespace dovui::ui

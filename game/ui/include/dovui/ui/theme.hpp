#pragma once
/// Colours and sizes of the projected look: dark background, high-contrast text, one accent.
#include <SFML/Graphics/Color.hpp>

namespace dovui::ui::theme {

inline const sf::Color kBackground{12, 20, 38};
inline const sf::Color kPanel{28, 40, 66};
inline const sf::Color kPanelLight{44, 60, 94};
inline const sf::Color kText{255, 255, 255};
inline const sf::Color kTextDim{190, 200, 220};
inline const sf::Color kAccent{255, 204, 0};
inline const sf::Color kGood{46, 170, 80};
inline const sf::Color kBad{220, 50, 60};
inline const sf::Color kInk{20, 20, 24};  ///< text on light surfaces

/// Logical view: the width is fixed; the height follows the window between 16:9 and 4:3.
inline constexpr float kLogicalWidth = 1600.f;
inline constexpr float kMinLogicalHeight = 900.f;
inline constexpr float kMaxLogicalHeight = 1200.f;
inline constexpr float kMargin = 32.f;
/// The smallest text the shared widgets draw, in logical units: 18 px on a 1024×768
/// projector (0.64 px per unit there), 28 px on a 720-wide phone.
inline constexpr float kMinText = 28.f;

}  // namespace dovui::ui::theme

#pragma once
/// Filled primitives SFML lacks: rounded rectangles, circles by centre, and the four answer
/// shapes (triangle, diamond, circle, square) that tell tiles apart without colour.
#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

namespace dovui::ui {

enum class TileShape { Triangle, Diamond, Circle, Square, Star };

void fillRect(sf::RenderTarget& target, sf::FloatRect rect, sf::Color color);
void fillRoundedRect(sf::RenderTarget& target, sf::FloatRect rect, float radius, sf::Color color,
                     float outline = 0.f, sf::Color outlineColor = sf::Color::Transparent);
void fillCircle(sf::RenderTarget& target, sf::Vector2f centre, float radius, sf::Color color);
/// One of the answer shapes, centred in `box` (drawn as large as the box allows).
void drawTileShape(sf::RenderTarget& target, TileShape shape, sf::FloatRect box, sf::Color color);
/// A thick check mark (✓) in `box`.
void drawCheck(sf::RenderTarget& target, sf::FloatRect box, sf::Color color);
/// A thick cross (✗) in `box`.
void drawCross(sf::RenderTarget& target, sf::FloatRect box, sf::Color color);

/// Shrinks `rect` by `by` on every side.
sf::FloatRect inset(sf::FloatRect rect, float by);
bool overlaps(const sf::FloatRect& a, const sf::FloatRect& b);
bool contains(const sf::FloatRect& outer, const sf::FloatRect& inner, float slack = 0.5f);

}  // namespace dovui::ui

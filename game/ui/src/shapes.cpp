#include "dovui/ui/shapes.hpp"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/ConvexShape.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/VertexArray.hpp>
#include <algorithm>
#include <cmath>

namespace dovui::ui {
namespace {

constexpr float kPi = 3.14159265f;

/// Opaque fills skip blending: identical pixels, and much less work for a software
/// rasteriser (projector laptops without a GPU driver, Xvfb).
sf::RenderStates statesFor(sf::Color color) {
    return color.a == 255 ? sf::RenderStates(sf::BlendNone) : sf::RenderStates::Default;
}

void drawBar(sf::RenderTarget& target, sf::Vector2f a, sf::Vector2f b, float thickness,
             sf::Color color) {
    sf::Vector2f d = b - a;
    float length = std::sqrt(d.x * d.x + d.y * d.y);
    sf::RectangleShape bar({length + thickness, thickness});
    bar.setOrigin(thickness / 2.f, thickness / 2.f);
    bar.setPosition(a);
    bar.setRotation(std::atan2(d.y, d.x) * 180.f / kPi);
    bar.setFillColor(color);
    target.draw(bar);
}

}  // namespace

void fillRect(sf::RenderTarget& target, sf::FloatRect rect, sf::Color color) {
    sf::RectangleShape shape({rect.width, rect.height});
    shape.setPosition(rect.left, rect.top);
    shape.setFillColor(color);
    target.draw(shape, statesFor(color));
}

void fillRoundedRect(sf::RenderTarget& target, sf::FloatRect rect, float radius, sf::Color color,
                     float outline, sf::Color outlineColor) {
    radius = std::max(0.f, std::min({radius, rect.width / 2.f, rect.height / 2.f}));
    constexpr int kSteps = 5;  // per corner: round enough at projector sizes, few triangles
    sf::ConvexShape shape(4 * (kSteps + 1));
    const sf::Vector2f centres[4] = {
        {rect.left + rect.width - radius, rect.top + radius},
        {rect.left + rect.width - radius, rect.top + rect.height - radius},
        {rect.left + radius, rect.top + rect.height - radius},
        {rect.left + radius, rect.top + radius}};
    std::size_t point = 0;
    for (int corner = 0; corner < 4; ++corner) {
        float start = -90.f + 90.f * static_cast<float>(corner);
        for (int i = 0; i <= kSteps; ++i) {
            float angle = (start + 90.f * static_cast<float>(i) / kSteps) * kPi / 180.f;
            shape.setPoint(point++, {centres[corner].x + radius * std::cos(angle),
                                     centres[corner].y + radius * std::sin(angle)});
        }
    }
    shape.setFillColor(color);
    if (outline > 0.f) {
        shape.setOutlineThickness(-outline);
        shape.setOutlineColor(outlineColor);
    }
    target.draw(shape, statesFor(outline > 0.f && outlineColor.a != 255 ? outlineColor : color));
}

void fillCircle(sf::RenderTarget& target, sf::Vector2f centre, float radius, sf::Color color) {
    sf::CircleShape circle(radius, 48);
    circle.setOrigin(radius, radius);
    circle.setPosition(centre);
    circle.setFillColor(color);
    target.draw(circle, statesFor(color));
}

void drawTileShape(sf::RenderTarget& target, TileShape shape, sf::FloatRect box, sf::Color color) {
    float side = std::min(box.width, box.height);
    sf::Vector2f c{box.left + box.width / 2.f, box.top + box.height / 2.f};
    float h = side / 2.f;
    switch (shape) {
        case TileShape::Triangle: {
            sf::ConvexShape t(3);
            t.setPoint(0, {c.x, c.y - h});
            t.setPoint(1, {c.x + h, c.y + h * 0.8f});
            t.setPoint(2, {c.x - h, c.y + h * 0.8f});
            t.setFillColor(color);
            target.draw(t);
            break;
        }
        case TileShape::Diamond: {
            sf::ConvexShape d(4);
            d.setPoint(0, {c.x, c.y - h});
            d.setPoint(1, {c.x + h * 0.8f, c.y});
            d.setPoint(2, {c.x, c.y + h});
            d.setPoint(3, {c.x - h * 0.8f, c.y});
            d.setFillColor(color);
            target.draw(d);
            break;
        }
        case TileShape::Circle:
            fillCircle(target, c, h * 0.9f, color);
            break;
        case TileShape::Square:
            fillRect(target, {c.x - h * 0.8f, c.y - h * 0.8f, h * 1.6f, h * 1.6f}, color);
            break;
        case TileShape::Star: {
            // Five points: a fan from the centre over alternating outer and inner corners.
            sf::VertexArray fan(sf::TriangleFan, 12);
            fan[0] = sf::Vertex(c, color);
            for (int i = 0; i <= 10; ++i) {
                float r = i % 2 == 0 ? h : h * 0.42f;
                float a = -1.5707963f + static_cast<float>(i) * 0.6283185f;
                fan[static_cast<std::size_t>(i + 1)] =
                    sf::Vertex({c.x + r * std::cos(a), c.y + r * std::sin(a)}, color);
            }
            target.draw(fan);
            break;
        }
    }
}

void drawCheck(sf::RenderTarget& target, sf::FloatRect box, sf::Color color) {
    float s = std::min(box.width, box.height);
    sf::Vector2f o{box.left + (box.width - s) / 2.f, box.top + (box.height - s) / 2.f};
    float thick = s * 0.16f;
    drawBar(target, {o.x + s * 0.12f, o.y + s * 0.55f}, {o.x + s * 0.4f, o.y + s * 0.82f}, thick,
            color);
    drawBar(target, {o.x + s * 0.4f, o.y + s * 0.82f}, {o.x + s * 0.9f, o.y + s * 0.2f}, thick,
            color);
}

void drawCross(sf::RenderTarget& target, sf::FloatRect box, sf::Color color) {
    float s = std::min(box.width, box.height);
    sf::Vector2f o{box.left + (box.width - s) / 2.f, box.top + (box.height - s) / 2.f};
    float thick = s * 0.16f;
    drawBar(target, {o.x + s * 0.2f, o.y + s * 0.2f}, {o.x + s * 0.8f, o.y + s * 0.8f}, thick,
            color);
    drawBar(target, {o.x + s * 0.8f, o.y + s * 0.2f}, {o.x + s * 0.2f, o.y + s * 0.8f}, thick,
            color);
}

sf::FloatRect inset(sf::FloatRect rect, float by) {
    return {rect.left + by, rect.top + by, std::max(0.f, rect.width - 2 * by),
            std::max(0.f, rect.height - 2 * by)};
}

bool overlaps(const sf::FloatRect& a, const sf::FloatRect& b) {
    return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height &&
           b.top < a.top + a.height;
}

bool contains(const sf::FloatRect& outer, const sf::FloatRect& inner, float slack) {
    return inner.left >= outer.left - slack && inner.top >= outer.top - slack &&
           inner.left + inner.width <= outer.left + outer.width + slack &&
           inner.top + inner.height <= outer.top + outer.height + slack;
}

}  // namespace dovui::ui

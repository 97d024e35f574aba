#include "dovui/ui/qr_image.hpp"

#include <qrencode.h>

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/Sprite.hpp>
#include <algorithm>
#include <cmath>
#include <memory>

#include "dovui/ui/shapes.hpp"
#include "dovui/ui/theme.hpp"

namespace dovui::ui {
namespace {
constexpr int kQuietZone = 4;
}

QrImage::QrImage(const std::string& text) : m_text(text) {
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return;
    int side = code->width + 2 * kQuietZone;
    sf::Image image;
    image.create(static_cast<unsigned>(side), static_cast<unsigned>(side), sf::Color::White);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                image.setPixel(static_cast<unsigned>(x + kQuietZone),
                               static_cast<unsigned>(y + kQuietZone), sf::Color::Black);
    if (!m_texture.loadFromImage(image))
        return;
    m_texture.setSmooth(false);
    m_modules = side;
}

sf::FloatRect QrImage::draw(Canvas& canvas, sf::FloatRect box) const {
    float sideLogical = std::min(box.width, box.height);
    if (!ok()) {
        fillRect(canvas.target, {box.left, box.top, sideLogical, sideLogical}, theme::kPanel);
        return {box.left, box.top, sideLogical, sideLogical};
    }
    // Whole device pixels per module, at least one.
    float devicePerModule =
        std::max(1.f, std::floor(sideLogical * canvas.pixelScale / static_cast<float>(m_modules)));
    float side = devicePerModule * static_cast<float>(m_modules) / canvas.pixelScale;
    float left = box.left + (box.width - side) / 2.f;
    float top = box.top + (box.height - side) / 2.f;
    left = std::round(left * canvas.pixelScale) / canvas.pixelScale;
    top = std::round(top * canvas.pixelScale) / canvas.pixelScale;
    sf::Sprite sprite(m_texture);
    float scale = side / static_cast<float>(m_modules);
    sprite.setScale(scale, scale);
    sprite.setPosition(left, top);
    canvas.target.draw(sprite);
    return {left, top, side, side};
}

}  // namespace dovui::ui

#include "dovui/ui/qr_image.hpp"

#include <qrencode.h>

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/Sprite.hpp>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>

#include "dovui/ui/shapes.hpp"
#include "dovui/ui/text_layout.hpp"
#include "dovui/ui/theme.hpp"

namespace dovui::ui {
namespace {
constexpr int kQuietZone = 4;
constexpr int kFinder = 7;  ///< a finder pattern's side, in modules
const sf::Color kStampRed{196, 28, 40};

/// Makes a code unreadable while it still looks like one: the three finder patterns (what
/// every decoder looks for first) become plain solid squares, and a third of the other
/// modules are flipped (far past what error correction M repairs), the same way each time.
void spoil(sf::Image& image, int width, const std::string& text) {
    auto inFinder = [width](int x, int y) {
        bool left = x <= kFinder, right = x >= width - kFinder - 1;
        bool top = y <= kFinder, bottom = y >= width - kFinder - 1;
        return (left && top) || (right && top) || (left && bottom);
    };
    std::uint32_t seed = 2166136261u;  // FNV-1a of the payload: same picture every frame
    for (unsigned char c : text)
        seed = (seed ^ c) * 16777619u;
    for (int y = 0; y < width; ++y)
        for (int x = 0; x < width; ++x) {
            const unsigned px = static_cast<unsigned>(x + kQuietZone);
            const unsigned py = static_cast<unsigned>(y + kQuietZone);
            if (inFinder(x, y)) {
                bool block = x != kFinder && y != kFinder && x != width - kFinder - 1 &&
                             y != width - kFinder - 1;
                image.setPixel(px, py, block ? kStampRed : sf::Color::White);
                continue;
            }
            seed = seed * 1664525u + 1013904223u;
            if ((seed >> 16) % 3 == 0) {
                sf::Color c = image.getPixel(px, py);
                image.setPixel(px, py, c == sf::Color::Black ? sf::Color::White : sf::Color::Black);
            }
        }
}

}  // namespace

QrImage::QrImage(const std::string& text, Use use) : m_text(text), m_use(use) {
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
    if (use == Use::Sample)
        spoil(image, code->width, text);
    if (!m_texture.loadFromImage(image))
        return;
    m_texture.setSmooth(false);
    m_modules = side;
}

sf::FloatRect QrImage::draw(Canvas& canvas, sf::FloatRect box, std::string_view stamp) const {
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
    if (m_use == Use::Sample && !stamp.empty()) {
        // A band across the middle says what it is, in words a learner reads.
        TextStyle words;
        words.size = std::max(side * 0.11f, canvas.minTextSize());
        words.minSize = canvas.minTextSize() > 0.f ? canvas.minTextSize() : 12.f;
        words.bold = true;
        words.color = sf::Color::White;
        words.align = Align::Center;
        words.valign = VAlign::Middle;
        words.maxLines = 3;
        float pad = side * 0.04f;
        // A code drawn small keeps the first word ("MẪU") rather than cut the sentence.
        std::string_view said = stamp;
        TextLayout fit = layoutText(canvas, fromUtf8(said), {0, 0, side - 2 * pad, side}, words);
        if ((fit.truncated || fit.bounds.height > side * 0.5f) &&
            stamp.find(" — ") != std::string_view::npos) {
            said = stamp.substr(0, stamp.find(" — "));
            words.maxLines = 1;
            fit = layoutText(canvas, fromUtf8(said), {0, 0, side - 2 * pad, side}, words);
        }
        float bandH = fit.bounds.height + 2 * pad;
        sf::FloatRect band{left, top + (side - bandH) / 2.f, side, bandH};
        fillRect(canvas.target, band, kStampRed);
        if (!fit.truncated)
            drawText(canvas, said, inset(band, pad), words, "card:qr-sample");
    }
    return {left, top, side, side};
}

}  // namespace dovui::ui

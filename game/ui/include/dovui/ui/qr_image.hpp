#pragma once
/// A QR code (libqrencode) as a texture of one pixel per module, drawn with whole device
/// pixels per module so phone cameras and zbar read it off a projector or a screenshot.
#include <SFML/Graphics/Texture.hpp>
#include <string>

#include "dovui/ui/canvas.hpp"

namespace dovui::ui {

class QrImage {
public:
    QrImage() = default;
    /// Encodes `text` (byte mode, error correction M). ok() is false if it does not fit.
    explicit QrImage(const std::string& text);

    bool ok() const { return m_modules > 0; }
    const std::string& text() const { return m_text; }
    /// Draws the code (with its white quiet zone) centred in the square that fits `box`;
    /// returns the rectangle actually covered.
    sf::FloatRect draw(Canvas& canvas, sf::FloatRect box) const;

private:
    std::string m_text;
    int m_modules = 0;  ///< modules per side, quiet zone included
    sf::Texture m_texture;
};

}  // namespace dovui::ui

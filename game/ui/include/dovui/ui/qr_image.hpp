#pragma once
/// A QR code (libqrencode) as a texture of one pixel per module, drawn with whole device
/// pixels per module so phone cameras and zbar read it off a projector or a screenshot.
/// A scenario card's QR is drawn as a Sample instead: it looks like a QR code, but no
/// scanner reads it (issue 13: a lesson must never be scannable into a real payment).
#include <SFML/Graphics/Texture.hpp>
#include <string>
#include <string_view>

#include "dovui/ui/canvas.hpp"

namespace dovui::ui {

class QrImage {
public:
    enum class Use {
        Real,    ///< to be scanned: the lobby's join address, the Wi-Fi, the practice page
        Sample,  ///< a picture of a QR code: finder patterns replaced, modules scrambled
    };

    QrImage() = default;
    /// Encodes `text` (byte mode, error correction M). ok() is false if it does not fit.
    explicit QrImage(const std::string& text, Use use = Use::Real);

    bool ok() const { return m_modules > 0; }
    const std::string& text() const { return m_text; }
    /// Draws the code (with its white quiet zone) centred in the square that fits `box`;
    /// returns the rectangle actually covered. A Sample gets `stamp` ("MẪU — KHÔNG QUÉT")
    /// in a band across its middle.
    sf::FloatRect draw(Canvas& canvas, sf::FloatRect box, std::string_view stamp = {}) const;

private:
    std::string m_text;
    Use m_use = Use::Real;
    int m_modules = 0;  ///< modules per side, quiet zone included
    sf::Texture m_texture;
};

}  // namespace dovui::ui

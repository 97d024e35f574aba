#pragma once
/// Checks on what a screen's layout probe recorded: text inside its box and on screen,
/// tiles and name chips not overlapping, nothing important cut short.
#include <string>
#include <vector>

#include "dovui/ui/canvas.hpp"

namespace dovui::uitest {

/// Problems found (empty = the layout is clean). `screen` is the logical view size.
std::vector<std::string> checkLayout(const ui::LayoutProbe& probe, sf::Vector2f screen);

/// Every text drawn smaller than `minPixels` (character size in device pixels), named.
std::vector<std::string> checkGlyphs(const ui::LayoutProbe& probe, unsigned minPixels);

/// Empty when zbarimg (zbar-tools) runs; else what to install. Tests that decode QR codes
/// fail with this message instead of passing with nothing decoded.
std::string zbarMissing();

/// Lines zbarimg decodes from `png` (runs `zbarimg --raw -q`).
std::vector<std::string> decodeQrCodes(const std::string& png);

}  // namespace dovui::uitest

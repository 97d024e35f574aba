#pragma once
/// Checks on what a screen's layout probe recorded: text inside its box and on screen,
/// tiles and name chips not overlapping, nothing important cut short.
#include <string>
#include <vector>

#include "dovui/ui/canvas.hpp"

namespace dovui::uitest {

/// How strict checkLayout() is. The projector may shorten a name chip's text; the learner's
/// phone may cut nothing and keeps every text box on screen.
struct LayoutRules {
    bool noTextCut = false;      ///< every text whole, not only the lesson's (question, options…)
    bool boxesOnScreen = false;  ///< each text's box on screen, not only the text drawn in it
};

/// Problems found (empty = the layout is clean): text spilling out of its box or off screen,
/// lesson text cut short, regions of one group overlapping or off screen. `screen` is the
/// logical view size. The one layout checker of the host's and the learner's screenshots.
std::vector<std::string> checkLayout(const ui::LayoutProbe& probe, sf::Vector2f screen,
                                     LayoutRules rules = {});

/// Every text drawn smaller than `minPixels` (character size in device pixels), named.
std::vector<std::string> checkGlyphs(const ui::LayoutProbe& probe, unsigned minPixels);

/// Empty when zbarimg (zbar-tools) runs; else what to install. Tests that decode QR codes
/// fail with this message instead of passing with nothing decoded.
std::string zbarMissing();

/// Lines zbarimg decodes from `png` (runs `zbarimg --raw -q`).
std::vector<std::string> decodeQrCodes(const std::string& png);

}  // namespace dovui::uitest

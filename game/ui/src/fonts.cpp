#include "dovui/ui/fonts.hpp"

#include <filesystem>

namespace dovui::ui {
namespace {

bool loadFirst(sf::Font& font, std::initializer_list<std::string> paths, std::string& used) {
    for (const auto& path : paths) {
        std::error_code ec;
        if (std::filesystem::exists(path, ec) && font.loadFromFile(path)) {
            used = path;
            return true;
        }
    }
    return false;
}

}  // namespace

Fonts Fonts::load(const std::string& assetsDir) {
    Fonts fonts;
    const std::string bundled = assetsDir + "/fonts/DejaVuSans.ttf";
    const std::string bundledBold = assetsDir + "/fonts/DejaVuSans-Bold.ttf";
    const std::string system = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    const std::string systemBold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
    std::string used, usedBold;
    bool regular = loadFirst(fonts.regular, {bundled, system}, used);
    bool bold = loadFirst(fonts.bold, {bundledBold, systemBold, bundled, system}, usedBold);
    fonts.ok = regular && bold;
    if (!fonts.ok)
        fonts.warning =
            "Thiếu phông chữ " + bundled + " (cài lại trò chơi hoặc gói fonts-dejavu-core)";
    else if (used != bundled || usedBold != bundledBold)
        fonts.warning =
            "Thiếu phông chữ trong " + assetsDir + "/fonts; đang dùng phông của hệ thống";
    return fonts;
}

}  // namespace dovui::ui

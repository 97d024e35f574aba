// dovui-play: the learner app. Play with the class over the LAN, or practise alone.
#include <CLI/CLI.hpp>
#include <SFML/Window/VideoMode.hpp>

#include <iostream>

#include "dovui/paths/paths.hpp"
#include "dovui/play/app/app.hpp"
#include "dovui/play/session/data_folder.hpp"
#include "dovui/ui/window_fit.hpp"

int main(int argc, char** argv) {
    using namespace dovui;
    CLI::App cli{"Đố Vui Số — ứng dụng học viên"};
    std::string dataDir = play::userDataFolder().string();
    std::string assetsDir = paths::assetsDir().string();
    std::string lang = "vi";
    std::uint16_t infoPort = net::kDiscoveryPort;
    unsigned width = 720, height = 1280;
    bool largeText = false;
    cli.add_option("--data-dir", dataDir, "thư mục lưu tiến độ luyện tập");
    cli.add_option("--assets", assetsDir, "thư mục phông chữ và bộ câu hỏi");
    cli.add_option("--lang", lang, "vi | en")->check(CLI::IsMember({"vi", "en"}));
    cli.add_option("--info-port", infoPort, "cổng UDP để tìm trò chơi trong mạng LAN");
    auto* widthOption = cli.add_option("--width", width, "chiều rộng cửa sổ (điểm ảnh)");
    auto* heightOption = cli.add_option("--height", height, "chiều cao cửa sổ (điểm ảnh)");
    cli.add_flag("--large-text", largeText, "chữ to");
    CLI11_PARSE(cli, argc, argv);

    play::PlayContext ctx(dataDir, assetsDir, infoPort);
    if (!ctx.fonts.ok) {
        std::cerr << "Không tìm thấy phông chữ trong " << assetsDir << "/fonts\n";
        return 1;
    }
    ctx.settings.lang = lang == "en" ? core::Lang::En : core::Lang::Vi;
    ctx.settings.largeText = largeText;
    ctx.session.setLang(ctx.settings.lang);
    sf::Vector2u size{width, height};
    if (!widthOption->count() && !heightOption->count()) {  // a phone's shape, on this desktop
        sf::VideoMode desktop = sf::VideoMode::getDesktopMode();
        size = ui::fitWindow(size, {desktop.width, desktop.height});
    }
    return play::runApp(ctx, size);
}

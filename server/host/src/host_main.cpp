// dovui-host: the facilitator's projector window with the match server inside.
#include <cstdlib>
#include <iostream>

#include "dovui/host/app.hpp"
#include "dovui/server/match_server.hpp"

int main(int argc, char** argv) {
    using namespace dovui;
    host::HostOptions options;
    if (auto exit = host::parseOptions(argc, argv, options))
        return *exit;
    const char* display = std::getenv("DISPLAY");
    if (!display || !*display) {
        // SFML aborts without an X display; say what to do instead.
        std::cerr << "dovui-host: không có màn hình để mở cửa sổ (biến DISPLAY trống).\n"
                     "  - Chạy trên máy có màn hình/máy chiếu (phiên đồ họa), hoặc\n"
                     "  - thử không màn hình: xvfb-run -a build/dovui-host ..., hoặc\n"
                     "  - dùng máy chủ không cửa sổ: build/dovui-server --help\n"
                     "dovui-host: no display to open a window on (DISPLAY is empty); run it in "
                     "a desktop session, under xvfb-run -a, or use build/dovui-server.\n";
        return 3;
    }
    try {
        host::App app(std::move(options), server::assetsDir());
        return app.run();
    } catch (const std::exception& e) {
        std::cerr << "dovui-host: " << e.what() << "\n";
        return 1;
    }
}

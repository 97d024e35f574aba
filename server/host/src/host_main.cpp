// dovui-host: the facilitator's projector window with the match server inside.
#include <csignal>
#include <cstdlib>
#include <iostream>
#ifdef _WIN32
#define NOMINMAX
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#endif

#include "dovui/host/app.hpp"
#include "dovui/server/match_server.hpp"

int main(int argc, char** argv) {
    using namespace dovui;
    host::HostOptions options;
    if (auto exit = host::parseOptions(argc, argv, options))
        return *exit;
#ifndef _WIN32
    // A file size limit fails the results store's write (held and retried), not the match.
    std::signal(SIGXFSZ, SIG_IGN);
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
#endif
    try {
        host::App app(std::move(options), server::assetsDir());
        return app.run();
    } catch (const std::exception& e) {
        std::cerr << "dovui-host: " << e.what() << "\n";
#ifdef _WIN32
        // A GUI program has no console: the facilitator sees the reason in a message box.
        std::string text = std::string("Đố Vui Số không mở được:\n") + e.what();
        int n = MultiByteToWideChar(CP_UTF8, 0, text.c_str(), -1, nullptr, 0);
        std::wstring wide(static_cast<std::size_t>(n > 0 ? n : 1), L'\0');
        MultiByteToWideChar(CP_UTF8, 0, text.c_str(), -1, wide.data(), n);
        MessageBoxW(nullptr, wide.c_str(), L"Đố Vui Số", MB_ICONERROR | MB_OK);
#endif
        return 1;
    }
}

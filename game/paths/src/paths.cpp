#include "dovui/paths/paths.hpp"

#include <cstdlib>
#include <string>
#include <system_error>

#ifdef _WIN32
#include <windows.h>
#endif

#ifndef DOVUI_SOURCE_ASSETS_DIR
#error "DOVUI_SOURCE_ASSETS_DIR must be defined by CMake"
#endif

namespace dovui::paths {

namespace fs = std::filesystem;

namespace {

bool holdsAssets(const fs::path& folder) {
    std::error_code ec;
    return !folder.empty() && fs::is_directory(folder / "packs", ec);
}

/// $NAME as a path; empty when unset or empty.
fs::path envPath(const char* name) {
#ifdef _WIN32
    std::wstring wide(name, name + std::char_traits<char>::length(name));
    const wchar_t* value = _wgetenv(wide.c_str());
    return value && *value ? fs::path(value) : fs::path();
#else
    const char* value = std::getenv(name);
    return value && *value ? fs::path(value) : fs::path();
#endif
}

}  // namespace

fs::path executableDir() {
#ifdef _WIN32
    std::wstring buffer(MAX_PATH, L'\0');
    for (;;) {
        DWORD n = GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
        if (n == 0)
            return {};
        if (n < buffer.size()) {
            buffer.resize(n);
            return fs::path(buffer).parent_path();
        }
        buffer.resize(buffer.size() * 2);
    }
#else
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe.parent_path();
#endif
}

fs::path assetsDir() {
    if (fs::path env = envPath("DOVUI_ASSETS"); !env.empty())
        return env;
    if (fs::path exe = executableDir(); !exe.empty()) {
        for (fs::path candidate : {exe.parent_path() / "share" / "dovui", exe / "assets"})
            if (holdsAssets(candidate))
                return candidate.lexically_normal();
    }
    return fs::path(DOVUI_SOURCE_ASSETS_DIR);
}

fs::path userDataDir() {
    if (fs::path xdg = envPath("XDG_DATA_HOME"); !xdg.empty())
        return xdg / "dovui";
#ifdef _WIN32
    if (fs::path local = envPath("LOCALAPPDATA"); !local.empty())
        return local / "DoVuiSo";
#endif
    if (fs::path home = envPath("HOME"); !home.empty())
        return home / ".local" / "share" / "dovui";
    return "dovui-data";
}

fs::path userConfigDir() {
    if (fs::path xdg = envPath("XDG_CONFIG_HOME"); !xdg.empty())
        return xdg / "dovui";
#ifdef _WIN32
    return userDataDir();
#else
    if (fs::path home = envPath("HOME"); !home.empty())
        return home / ".config" / "dovui";
    return "dovui-data";
#endif
}

}  // namespace dovui::paths

#pragma once
/// Where a program's files are: the one lookup every app uses (design.md §3, game/paths).
#include <filesystem>

namespace dovui::paths {

/// The folder holding the running executable (/proc/self/exe; GetModuleFileNameW on Windows).
/// Empty when it cannot be found.
std::filesystem::path executableDir();

/// The bundled assets (fonts/, packs/, sounds/, web/, templates/): the first of
///   1. $DOVUI_ASSETS, when set (tests, a copy being edited),
///   2. <executable dir>/../share/dovui (installed: /usr/bin → /usr/share/dovui, or any prefix),
///   3. <executable dir>/assets (the Windows zip: the folder beside the .exe),
///   4. the source tree's assets/ compiled in by CMake (run from the build folder),
/// that holds a packs/ folder. When none does, the compiled-in folder, so error messages name
/// the folder a developer expects.
std::filesystem::path assetsDir();

/// The user's data folder (results store, own packs, practice progress), not created here:
/// $XDG_DATA_HOME/dovui, else ~/.local/share/dovui (Windows: %LOCALAPPDATA%\DoVuiSo), else
/// ./dovui-data.
std::filesystem::path userDataDir();

/// The user's settings folder: $XDG_CONFIG_HOME/dovui, else ~/.config/dovui (Windows: the data
/// folder), else ./dovui-data.
std::filesystem::path userConfigDir();

}  // namespace dovui::paths

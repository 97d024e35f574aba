#include "dovui/host/guide_file.hpp"

#ifdef _WIN32
#define NOMINMAX
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
// after windows.h
#include <shellapi.h>
#else
#include <spawn.h>
#include <sys/wait.h>
extern char** environ;
#endif

#include <cstdlib>
#include <string>
#include <vector>

#include "dovui/paths/paths.hpp"

namespace dovui::host {

std::optional<std::filesystem::path> findGuide(core::Lang lang) {
    namespace fs = std::filesystem;
    const std::string name =
        std::string("facilitator-guide.") + (lang == core::Lang::En ? "en" : "vi") + ".pdf";
    std::vector<fs::path> folders;
    if (const char* docs = std::getenv("DOVUI_DOCS"))
        folders.emplace_back(docs);
    const fs::path exe = paths::executableDir();
    folders.push_back(exe / "docs");
    folders.push_back(exe / ".." / "share" / "doc" / "dovui");
    std::error_code ec;
    for (const fs::path& folder : folders)
        if (fs::is_regular_file(folder / name, ec))
            return fs::weakly_canonical(folder / name, ec);
    return std::nullopt;
}

bool openWithDesktop(const std::filesystem::path& file) {
#ifdef _WIN32
    auto opened = reinterpret_cast<INT_PTR>(
        ShellExecuteW(nullptr, L"open", file.wstring().c_str(), nullptr, nullptr, SW_SHOWNORMAL));
    return opened > 32;
#else
    // Reap our earlier launcher if it has finished (only ours: the report opener waits on its
    // own), so none is left as a zombie.
    static pid_t launched = 0;
    if (launched > 0 && waitpid(launched, nullptr, WNOHANG) != 0)
        launched = 0;
    std::string target = file.string();
    char program[] = "xdg-open";
    char* argv[] = {program, target.data(), nullptr};
    pid_t pid = 0;
    if (posix_spawnp(&pid, program, nullptr, nullptr, argv, environ) != 0)
        return false;
    if (launched == 0)
        launched = pid;
    return true;
#endif
}

}  // namespace dovui::host

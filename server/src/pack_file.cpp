#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "dovui/server/match_server.hpp"

namespace dovui::server {

std::string assetsDir() {
    if (const char* env = std::getenv("DOVUI_ASSETS"); env && *env)
        return env;
    return DOVUI_ASSETS_DIR;
}

std::string defaultPackPath() {
    std::string starter = assetsDir() + "/packs/vi/buoi-hoc-dau-tien.json";
    if (std::filesystem::exists(starter))
        return starter;
    return assetsDir() + "/packs/vi/starter.json";
}

LoadedPack loadPackFile(const std::string& path, core::Lang lang) {
    const bool vi = lang == core::Lang::Vi;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error((vi ? "không mở được bộ câu hỏi " : "cannot open pack ") + path);
    constexpr std::uintmax_t kMaxPackBytes = 8u << 20;
    std::error_code ec;
    if (std::filesystem::file_size(path, ec) > kMaxPackBytes)
        throw std::runtime_error(
            path + (vi ? ": tệp quá lớn (tối đa 8 MB)" : ": file too large (8 MB max)"));
    std::ostringstream text;
    text << in.rdbuf();
    LoadedPack loaded;
    loaded.json = text.str();
    core::PackLoadResult result = core::parsePack(loaded.json);
    if (!result.pack) {
        std::string message = path + (vi ? ": bộ câu hỏi có lỗi:" : ": the pack has problems:");
        for (const auto& problem : result.problems)
            message += "\n  " + core::describe(problem, lang);
        throw std::runtime_error(message);
    }
    loaded.pack = std::move(*result.pack);
    return loaded;
}

}  // namespace dovui::server

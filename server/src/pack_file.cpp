#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "dovui/core/pack_rules.hpp"
#include "dovui/paths/paths.hpp"
#include "dovui/server/match_server.hpp"

namespace dovui::server {

std::string assetsDir() {
    return paths::assetsDir().string();
}

std::string defaultPackPath() {
    std::string starter = assetsDir() + "/packs/vi/buoi-hoc-dau-tien.json";
    if (std::filesystem::exists(starter))
        return starter;
    return assetsDir() + "/packs/vi/starter.json";
}

LoadedPack loadPackFile(const std::string& path, core::Lang lang) {
    const bool vi = lang == core::Lang::Vi;
    std::error_code ec;
    auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        throw std::runtime_error((vi ? "không tìm thấy bộ câu hỏi " : "pack not found: ") + path);
    if (std::filesystem::is_directory(status))
        throw std::runtime_error(path + (vi ? ": đây là thư mục, không phải tệp bộ câu hỏi"
                                            : ": is a folder, not a pack file"));
    if (!std::filesystem::is_regular_file(status))
        throw std::runtime_error(path + (vi ? ": không phải tệp thường (thiết bị hoặc ống dẫn?)"
                                            : ": not a regular file (a device or a pipe?)"));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error((vi ? "không mở được bộ câu hỏi " : "cannot open pack ") + path);
    // Read with a hard cap whatever the size claims (a file may grow while it is read).
    constexpr std::size_t kMaxPackBytes = 8u << 20;
    std::string text;
    char chunk[64 * 1024];
    while (text.size() <= kMaxPackBytes && in.read(chunk, sizeof chunk).gcount() > 0)
        text.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxPackBytes)
        throw std::runtime_error(
            path + (vi ? ": tệp quá lớn (tối đa 8 MB)" : ": file too large (8 MB max)"));
    LoadedPack loaded;
    loaded.json = std::move(text);
    core::PackLoadResult result = core::parsePack(loaded.json);
    std::vector<std::string> problems;
    for (const auto& problem : result.problems)
        problems.push_back(core::describe(problem, lang));
    // The same rules as `dovui-pack check` (design.md §4): a pack the tool fails is not played.
    if (result.pack)
        problems = core::packRuleErrors(*result.pack, lang);
    if (!problems.empty()) {
        std::string message = path + (vi ? ": bộ câu hỏi có lỗi:" : ": the pack has problems:");
        for (const std::string& problem : problems)
            message += "\n  " + problem;
        throw std::runtime_error(message);
    }
    loaded.pack = std::move(*result.pack);
    return loaded;
}

}  // namespace dovui::server

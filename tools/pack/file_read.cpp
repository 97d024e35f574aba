#include "file_read.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace dovui::pack {
namespace {

constexpr std::uintmax_t kMaxFileBytes = 16u << 20;

FileText failure(Lang lang, std::string_view vi, std::string_view en,
                 const std::filesystem::path& path, const std::string& why = {}) {
    FileText out;
    out.error = tr(lang, vi, en) + ": " + path.string() + (why.empty() ? "" : " (" + why + ")");
    return out;
}

}  // namespace

FileText readTextFile(const std::filesystem::path& path, Lang lang) {
    std::error_code ec;
    auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        return failure(lang, "không tìm thấy tệp", "file not found", path);
    if (std::filesystem::is_directory(status))
        return failure(lang, "đây là thư mục, không phải tệp", "is a folder, not a file", path);
    if (!std::filesystem::is_regular_file(status))
        return failure(lang, "không phải tệp thường (thiết bị hoặc ống dẫn?)",
                       "not a regular file (a device or a pipe?)", path);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return failure(lang, "không đọc được tệp", "cannot read file", path, std::strerror(errno));
    // Read with a hard cap whatever the size claims: a file can grow while it is read.
    std::string text;
    char chunk[64 * 1024];
    while (text.size() <= kMaxFileBytes && in.read(chunk, sizeof chunk).gcount() > 0)
        text.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (in.bad())
        return failure(lang, "lỗi khi đọc tệp", "error while reading file", path,
                       std::strerror(errno));
    if (text.size() > kMaxFileBytes)
        return failure(lang, "tệp quá lớn (tối đa 16 MiB)", "file too large (16 MiB at most)",
                       path);
    FileText out;
    out.text = std::move(text);
    return out;
}

}  // namespace dovui::pack

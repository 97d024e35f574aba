#pragma once
/// Reading files for the tools (the core stays IO-free): errors say which file and why.
#include <filesystem>
#include <optional>
#include <string>

#include "messages.hpp"

namespace dovui::pack {

struct FileText {
    std::optional<std::string> text;  ///< the whole file, when it could be read
    std::string error;                ///< "không tìm thấy tệp: …" when it could not
};

/// Reads a whole regular file (at most 16 MiB).
FileText readTextFile(const std::filesystem::path& path, Lang lang);

}  // namespace dovui::pack

#pragma once
/// The browser page's files (assets/web/), loaded into memory once at start. A request can
/// only ever reach a file that was loaded: there is no path from a URL to the disk, and
/// traversal attempts (`..`, `%2e%2e`, backslashes, NUL) are refused before the lookup.
#include <cstddef>
#include <map>
#include <string>
#include <string_view>

namespace dovui::server {

struct StaticFile {
    std::string body;
    std::string contentType;  ///< with "; charset=utf-8" for text
    std::string etag;         ///< quoted content hash, for If-None-Match
};

class StaticSite {
public:
    static constexpr std::size_t kMaxFiles = 256;
    static constexpr std::size_t kMaxTotalBytes = 16 * 1024 * 1024;

    StaticSite() = default;
    /// Loads every regular file under `root`. Throws std::runtime_error naming the folder
    /// when it is missing, has no index.html, or is over the limits.
    explicit StaticSite(const std::string& root);

    /// Adds (or replaces) a file made in memory, e.g. "/banks.json".
    void add(const std::string& urlPath, std::string body, std::string contentType);

    struct Lookup {
        int status = 404;  ///< 200, 400 (bad or hostile path) or 404
        const StaticFile* file = nullptr;
    };
    /// Maps a request target ("/", "/app.js?v=2", "/img/a%20b.png") to a loaded file.
    Lookup find(std::string_view target) const;

    std::size_t size() const { return m_files.size(); }

private:
    std::map<std::string, StaticFile, std::less<>> m_files;  ///< key: "/path/in/root"
};

/// "text/javascript; charset=utf-8" for "app.js"; application/octet-stream when unknown.
std::string contentTypeFor(std::string_view fileName);
/// Percent-decodes a URL path into `out`; false on a bad escape or a NUL byte.
[[nodiscard]] bool percentDecode(std::string_view in, std::string& out);

}  // namespace dovui::server

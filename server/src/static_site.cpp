#include "dovui/server/static_site.hpp"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace dovui::server {
namespace {

namespace fs = std::filesystem;

std::string etagOf(const std::string& body) {
    std::uint64_t hash = 0xcbf29ce484222325ull;  // FNV-1a 64
    for (unsigned char c : body) {
        hash ^= c;
        hash *= 0x100000001b3ull;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string tag = "\"";
    for (int shift = 60; shift >= 0; shift -= 4)
        tag.push_back(kHex[(hash >> shift) & 0xF]);
    return tag + "\"";
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// A decoded path is safe when it is absolute and no segment is empty, "." or "..".
bool safePath(const std::string& path) {
    if (path.empty() || path[0] != '/' || path.find('\\') != std::string::npos)
        return false;
    std::size_t at = 1;
    while (at <= path.size()) {
        std::size_t slash = std::min(path.find('/', at), path.size());
        std::string_view segment(path.data() + at, slash - at);
        bool last = slash == path.size();
        if ((segment.empty() && !last) || segment == "." || segment == "..")
            return false;
        at = slash + 1;
    }
    return true;
}

}  // namespace

std::string contentTypeFor(std::string_view name) {
    struct Type {
        std::string_view ext;
        const char* type;
    };
    static constexpr Type kTypes[] = {
        {".html", "text/html; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".json", "application/json; charset=utf-8"},
        {".webmanifest", "application/manifest+json; charset=utf-8"},
        {".txt", "text/plain; charset=utf-8"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".ico", "image/x-icon"},
        {".woff2", "font/woff2"},
        {".ttf", "font/ttf"},
    };
    for (const Type& t : kTypes)
        if (name.size() >= t.ext.size() && name.substr(name.size() - t.ext.size()) == t.ext)
            return t.type;
    return "application/octet-stream";
}

bool percentDecode(std::string_view in, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < in.size(); ++i) {
        char c = in[i];
        if (c == '%') {
            if (i + 2 >= in.size())
                return false;
            int hi = hexValue(in[i + 1]);
            int lo = hexValue(in[i + 2]);
            if (hi < 0 || lo < 0)
                return false;
            c = static_cast<char>(hi * 16 + lo);
            i += 2;
        }
        if (c == '\0')
            return false;
        out.push_back(c);
    }
    return true;
}

StaticSite::StaticSite(const std::string& root) {
    std::error_code ec;
    if (!fs::is_directory(root, ec))
        throw std::runtime_error("the browser page folder is missing: " + root);
    std::size_t total = 0;
    for (auto it = fs::recursive_directory_iterator(root, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec))
            continue;
        std::string rel = fs::relative(it->path(), root, ec).generic_string();
        if (ec || rel.empty() || rel[0] == '.')
            continue;
        std::ifstream in(it->path(), std::ios::binary);
        std::ostringstream body;
        body << in.rdbuf();
        total += body.str().size();
        if (m_files.size() >= kMaxFiles || total > kMaxTotalBytes)
            throw std::runtime_error("the browser page folder is too big: " + root);
        add("/" + rel, body.str(), contentTypeFor(rel));
    }
    if (!m_files.count("/index.html"))
        throw std::runtime_error("the browser page folder has no index.html: " + root);
}

void StaticSite::add(const std::string& urlPath, std::string body, std::string contentType) {
    StaticFile file;
    file.etag = etagOf(body);
    file.body = std::move(body);
    file.contentType = std::move(contentType);
    m_files[urlPath] = std::move(file);
}

StaticSite::Lookup StaticSite::find(std::string_view target) const {
    target = target.substr(0, target.find_first_of("?#"));
    std::string path;
    if (!percentDecode(target, path) || !safePath(path))
        return {400, nullptr};
    if (path.back() == '/')
        path += "index.html";
    auto it = m_files.find(path);
    if (it == m_files.end())
        return {404, nullptr};
    return {200, &it->second};
}

}  // namespace dovui::server
